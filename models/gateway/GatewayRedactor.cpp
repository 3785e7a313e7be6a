#include "GatewayRedactor.h"

#include "domain/GatewaySettings.h"

#include <algorithm>

namespace {
const QString kRedacted = QStringLiteral("••••");

QString hexPair(uchar byte)
{
    return QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0'));
}

// Every way one character may appear in a reply: itself, percent-encoded (each UTF-8 byte),
// '+' for a space, a JSON \u escape, an HTML entity, a JSON-escaped quote, slash or backslash.
QString characterPattern(char32_t c)
{
    const QString ch = QString::fromUcs4(&c, 1);
    QStringList alternatives{QRegularExpression::escape(ch)};
    QString percent;
    for (const char byte : ch.toUtf8())
        percent += QLatin1Char('%') + hexPair(uchar(byte));
    alternatives << percent;
    if (c < 0x10000)
        alternatives << QStringLiteral("\\\\u") + QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    if (c == U' ')
        alternatives << QStringLiteral("\\+");
    if (c == U'"' || c == U'/' || c == U'\\')
        alternatives << QStringLiteral("\\\\") + QRegularExpression::escape(ch);
    if (c < 0x80 && !QChar(c).isLetterOrNumber() && c != U' ') {
        alternatives << QStringLiteral("&#%1;").arg(uint(c)) << QStringLiteral("&#x%1;").arg(uint(c), 0, 16);
        static const QList<QPair<char32_t, QString>> named{{U'&', QStringLiteral("&amp;")},
                                                           {U'<', QStringLiteral("&lt;")},
                                                           {U'>', QStringLiteral("&gt;")},
                                                           {U'"', QStringLiteral("&quot;")},
                                                           {U'\'', QStringLiteral("&apos;")}};
        for (const auto& n : named)
            if (n.first == c)
                alternatives << n.second;
    }
    return QStringLiteral("(?:") + alternatives.join(QLatin1Char('|')) + QLatin1Char(')');
}

QString encodedPattern(const QString& text, const QString& between = {})
{
    QStringList parts;
    for (const char32_t c : text.toUcs4())
        parts << characterPattern(c);
    return parts.join(between);
}

QRegularExpression compile(const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

QString maskNumber(const QString& number)
{
    if (number.size() <= 4)
        return QString(number.size(), QLatin1Char('*'));
    return number.left(2) + QString(number.size() - 4, QLatin1Char('*')) + number.right(2);
}

QString escapeControls(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\n') || (u >= 0x7f && u < 0xa0) || c.isSurrogate())
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}
} // namespace

GatewayRedactor::GatewayRedactor(const GatewaySettings* gateway, const SmsMessage& message)
{
    // The longest first, so a text that holds a secret is replaced whole.
    if (!message.text.isEmpty())
        addForms(message.text, QStringLiteral("[message]"), true);
    if (gateway)
        addSecrets(*gateway);
    if (!message.to.isEmpty())
        addNumber(message.to);
    if (!message.otp.isEmpty())
        addForms(message.otp, kRedacted, false);
}

void GatewayRedactor::addSecrets(const GatewaySettings& gateway)
{
    QList<QString> secrets;
    for (const GatewaySettings* g = &gateway; g; g = g->failover.get()) {
        if (!g->password.isEmpty()) {
            secrets << g->login + QLatin1Char(':') + g->password << g->password;
        }
        if (!g->token.isEmpty())
            secrets << g->token;
        // A generic gateway's key may travel in a header of its own (X-Api-Key: ...).
        static const QRegularExpression secretHeader(QStringLiteral("auth|key|token|secret|pass"),
                                                     QRegularExpression::CaseInsensitiveOption);
        for (const GatewaySettings::NameValue& h : g->headers)
            if (secretHeader.match(h.name).hasMatch() && !h.value.contains(QLatin1Char('{')) && h.value.size() >= 4)
                secrets << h.value;
    }
    std::sort(secrets.begin(), secrets.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& s : secrets)
        addForms(s, kRedacted, true);
}

void GatewayRedactor::addForms(const QString& secret, const QString& replacement, bool withBase64)
{
    QStringList forms{secret};
    if (withBase64) {
        const QByteArray utf8 = secret.toUtf8();
        for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            forms << QString::fromLatin1(utf8.toBase64(options));
            forms << QString::fromLatin1(utf8.toBase64(options | QByteArray::OmitTrailingEquals));
        }
        forms.removeDuplicates();
        // Padded before unpadded: the alternation takes the first that matches.
    }
    QStringList patterns;
    for (const QString& f : forms)
        patterns << encodedPattern(f);
    m_rules.append({compile(patterns.join(QLatin1Char('|'))), replacement});
}

void GatewayRedactor::addNumber(const QString& e164)
{
    QString digits;
    for (const QChar c : e164)
        if (c.isDigit())
            digits += c;
    if (digits.isEmpty())
        return;
    // "+79161234567", "79161234567", the national "9161234567" or "89161234567" (any country code
    // of up to three digits), also written "+7 916 123-45-67".
    const QString separator = QStringLiteral("(?:[\\s.()\\-]|%20|\\+){0,2}");
    QStringList patterns{characterPattern(U'+') + separator + encodedPattern(digits, separator)};
    const int shortest = std::min<int>(int(digits.size()), std::max<int>(7, int(digits.size()) - 3));
    for (int from = 0; digits.size() - from >= shortest; ++from)
        patterns << encodedPattern(digits.mid(from), separator);
    m_rules.append({compile(patterns.join(QLatin1Char('|'))), maskNumber(e164)});
}

QString GatewayRedactor::redact(const QString& text) const
{
    if (text.isEmpty())
        return text;
    QString out = text;
    for (const Rule& rule : m_rules)
        out.replace(rule.pattern, rule.replacement);
    return escapeControls(out);
}

SendResult GatewayRedactor::seal(const RawSendResult& raw) const
{
    SendResult r;
    r.success = raw.success;
    r.errorClass = raw.errorClass;
    r.m_providerMessageId = redact(raw.providerMessageId).left(kMaxCodeLength);
    r.m_gatewayCode = redact(raw.gatewayCode).left(kMaxCodeLength);
    r.m_gatewayText = redact(raw.gatewayText).left(kMaxTextLength);
    r.m_message = redact(raw.message).left(kMaxMessageLength);
    return r;
}
