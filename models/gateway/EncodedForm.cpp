#include "EncodedForm.h"

#include <QChar>
#include <QList>

#include <cstdio>

namespace {
// A scan this long has overlapping encodings to try (a secret of backslashes or '%' against a
// reply full of them): from here on failed states are remembered, which bounds the scan by
// text length x form length.
constexpr long kRememberAfter = 20000;
constexpr qsizetype kMaxRemembered = qsizetype(64) * 1024 * 1024;
constexpr int kSeparatorStates = 3; // 0, 1 or 2 separators still allowed

char32_t lowerAscii(char32_t c)
{
    return c >= U'A' && c <= U'Z' ? c + 32 : c;
}

// The code point at `at` (a lone surrogate stands for itself) and its length in code units.
char32_t codePointAt(QStringView text, qsizetype at, int* length)
{
    const QChar c = text[at];
    if (c.isHighSurrogate() && at + 1 < text.size() && text[at + 1].isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, text[at + 1]);
    }
    *length = 1;
    return c.unicode();
}

// The length of the ASCII `piece` (lower case) at `at`, compared case-insensitively, or 0.
qsizetype asciiAt(QStringView text, qsizetype at, const char* piece)
{
    qsizetype n = 0;
    for (; piece[n]; ++n)
        if (at + n >= text.size() || lowerAscii(text[at + n].unicode()) != char32_t(uchar(piece[n])))
            return 0;
    return n;
}

// White space, '.', '(', ')', '-', "%20" or '+' between the digits of a phone number.
qsizetype separatorAt(QStringView text, qsizetype at, int alternative)
{
    if (at >= text.size())
        return 0;
    const char16_t c = text[at].unicode();
    switch (alternative) {
    case 0:
        return (c == u' ' || (c >= u'\t' && c <= u'\r') || c == u'.' || c == u'(' || c == u')' || c == u'-') ? 1 : 0;
    case 1:
        return asciiAt(text, at, "%20");
    default:
        return c == u'+' ? 1 : 0;
    }
}

const char* namedEntity(char32_t c)
{
    switch (c) {
    case U'&':
        return "&amp;";
    case U'<':
        return "&lt;";
    case U'>':
        return "&gt;";
    case U'"':
        return "&quot;";
    case U'\'':
        return "&apos;";
    default:
        return nullptr;
    }
}
} // namespace

EncodedForm::EncodedForm(const QString& form, bool separated)
    : m_separated(separated)
{
    const auto codePoints = form.toUcs4();
    m_chars.reserve(size_t(codePoints.size()));
    for (const auto c : codePoints)
        m_chars.push_back(encodingsOf(char32_t(c)));
}

EncodedForm::Char EncodedForm::encodingsOf(char32_t c)
{
    Char out;
    out.folded = QChar::toCaseFolded(c);
    auto add = [&out](const char* format, unsigned value) {
        std::snprintf(out.encodings[size_t(out.count++)].data(), 16, format, value);
    };
    auto addText = [&out](const char* text) {
        std::snprintf(out.encodings[size_t(out.count++)].data(), 16, "%s", text);
    };
    // In the order the alternatives are tried: each UTF-8 byte percent-encoded, a JSON \u escape,
    // '+' for a space, a JSON-escaped quote, slash or backslash, then the HTML entities.
    char* percent = out.encodings[size_t(out.count++)].data();
    for (const char byte : QString::fromUcs4(&c, 1).toUtf8())
        percent += std::snprintf(percent, 4, "%%%02x", unsigned(uchar(byte)));
    if (c < 0x10000)
        add("\\u%04x", unsigned(c));
    if (c == U' ')
        addText("+");
    if (c == U'"' || c == U'/' || c == U'\\')
        add("\\%c", unsigned(c));
    if (c < 0x80 && !QChar(c).isLetterOrNumber() && c != U' ') {
        add("&#%u;", unsigned(c));
        add("&#x%x;", unsigned(c));
        if (const char* named = namedEntity(c))
            addText(named);
    }
    return out;
}

qsizetype EncodedForm::matchAt(QStringView text, qsizetype at, Scan& scan) const
{
    if (m_chars.empty())
        return -1;
    return matchFrom(text, at, 0, 0, scan);
}

qsizetype EncodedForm::matchFrom(QStringView text, qsizetype at, qsizetype index, int separators, Scan& scan) const
{
    if (index == qsizetype(m_chars.size()))
        return at;
    if (at >= text.size() || failedBefore(scan, at, index, separators))
        return -1;
    ++scan.steps;
    // Greedy, in order: as many separators as allowed first, then fewer.
    for (int alternative = 0; separators > 0 && alternative < 3; ++alternative) {
        if (const qsizetype n = separatorAt(text, at, alternative)) {
            const qsizetype end = matchFrom(text, at + n, index, separators - 1, scan);
            if (end >= 0)
                return end;
        }
    }
    const Char& c = m_chars[size_t(index)];
    const int next = m_separated ? 2 : 0;
    int length = 0;
    if (QChar::toCaseFolded(codePointAt(text, at, &length)) == c.folded) {
        const qsizetype end = matchFrom(text, at + length, index + 1, next, scan);
        if (end >= 0)
            return end;
    }
    const char16_t first = text[at].unicode();
    if (first == u'%' || first == u'\\' || first == u'+' || first == u'&') {
        for (int e = 0; e < c.count; ++e) {
            if (const qsizetype n = asciiAt(text, at, c.encodings[size_t(e)].data())) {
                const qsizetype end = matchFrom(text, at + n, index + 1, next, scan);
                if (end >= 0)
                    return end;
            }
        }
    }
    remember(scan, text, at, index, separators);
    return -1;
}

bool EncodedForm::failedBefore(const Scan& scan, qsizetype at, qsizetype index, int separators) const
{
    if (scan.failed.empty())
        return false;
    return scan.failed[size_t((at * qsizetype(m_chars.size() + 1) + index) * kSeparatorStates + separators)] != 0;
}

void EncodedForm::remember(Scan& scan, QStringView text, qsizetype at, qsizetype index, int separators) const
{
    if (scan.failed.empty()) {
        const qsizetype size = (text.size() + 1) * qsizetype(m_chars.size() + 1) * kSeparatorStates;
        if (scan.steps < kRememberAfter || size > kMaxRemembered)
            return;
        scan.failed.assign(size_t(size), 0);
    }
    scan.failed[size_t((at * qsizetype(m_chars.size() + 1) + index) * kSeparatorStates + separators)] = 1;
}
