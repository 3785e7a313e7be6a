#include "EncodedForm.h"

#include <QChar>
#include <QList>

#include <algorithm>
#include <cstring>

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

char* appendHex(char* p, unsigned value, int digits)
{
    static const char kHex[] = "0123456789abcdef";
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
        *p++ = kHex[(value >> shift) & 0xf];
    return p;
}

// The UTF-8 bytes of one code point (a lone surrogate as Qt encodes it); returns how many.
int utf8Of(char32_t c, uchar* bytes)
{
    if (c < 0x80) {
        bytes[0] = uchar(c);
        return 1;
    }
    if (c < 0x800) {
        bytes[0] = uchar(0xc0 | (c >> 6));
        bytes[1] = uchar(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000 && (c < 0xd800 || c > 0xdfff)) {
        bytes[0] = uchar(0xe0 | (c >> 12));
        bytes[1] = uchar(0x80 | ((c >> 6) & 0x3f));
        bytes[2] = uchar(0x80 | (c & 0x3f));
        return 3;
    }
    const QByteArray qt = QString::fromUcs4(&c, 1).toUtf8();
    const int n = int(std::min<qsizetype>(qt.size(), 4));
    std::memcpy(bytes, qt.constData(), size_t(n));
    return n;
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
    // Written by hand: a redactor is built for every message, and printf-style formatting was
    // most of building one.
    Char out;
    out.folded = QChar::toCaseFolded(c);
    // In the order the alternatives are tried: each UTF-8 byte percent-encoded, a JSON \u escape,
    // '+' for a space, a JSON-escaped quote, slash or backslash, then the HTML entities.
    char* p = out.encodings[size_t(out.count++)].data();
    uchar bytes[4];
    const int n = utf8Of(c, bytes);
    for (int i = 0; i < n; ++i) {
        *p++ = '%';
        p = appendHex(p, bytes[i], 2);
    }
    if (c < 0x10000) {
        p = out.encodings[size_t(out.count++)].data();
        *p++ = '\\';
        *p++ = 'u';
        appendHex(p, unsigned(c), 4);
    }
    if (c == U' ')
        out.encodings[size_t(out.count++)][0] = '+';
    if (c == U'"' || c == U'/' || c == U'\\') {
        p = out.encodings[size_t(out.count++)].data();
        *p++ = '\\';
        *p = char(c);
    }
    if (c < 0x80 && !QChar(c).isLetterOrNumber() && c != U' ') {
        p = out.encodings[size_t(out.count++)].data();
        *p++ = '&';
        *p++ = '#';
        if (c >= 100)
            *p++ = char('0' + c / 100);
        if (c >= 10)
            *p++ = char('0' + c / 10 % 10);
        *p++ = char('0' + c % 10);
        *p = ';';
        p = out.encodings[size_t(out.count++)].data();
        *p++ = '&';
        *p++ = '#';
        *p++ = 'x';
        p = appendHex(p, unsigned(c), c < 16 ? 1 : 2);
        *p = ';';
        if (const char* named = namedEntity(c))
            std::strcpy(out.encodings[size_t(out.count++)].data(), named);
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
