#include "GatewayRedactor.h"

#include "domain/GatewaySettings.h"

#include <QRegularExpression>

#include <algorithm>

namespace {
const QString kRedacted = QStringLiteral("••••");

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
        // Padded before unpadded: the first form that matches is taken.
    }
    Rule rule{{}, replacement};
    rule.forms.reserve(size_t(forms.size()));
    for (const QString& f : forms)
        rule.forms.emplace_back(f, false);
    m_rules.append(std::move(rule));
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
    Rule rule{{}, maskNumber(e164)};
    rule.forms.emplace_back(QLatin1Char('+') + digits, true);
    const int shortest = std::min<int>(int(digits.size()), std::max<int>(7, int(digits.size()) - 3));
    for (int from = 0; digits.size() - from >= shortest; ++from)
        rule.forms.emplace_back(digits.mid(from), true);
    m_rules.append(std::move(rule));
}

QString GatewayRedactor::Rule::apply(const QString& text) const
{
    std::vector<EncodedForm::Scan> scans(forms.size());
    QString out;
    qsizetype copied = 0;
    bool replaced = false;
    for (qsizetype at = 0; at < text.size();) {
        qsizetype end = -1;
        for (size_t f = 0; f < forms.size() && end < 0; ++f)
            end = forms[f].matchAt(text, at, scans[f]);
        if (end < 0) {
            ++at;
            continue;
        }
        out += QStringView(text).mid(copied, at - copied);
        out += replacement;
        copied = at = end;
        replaced = true;
    }
    if (!replaced)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

QString GatewayRedactor::redact(const QString& text) const
{
    if (text.isEmpty())
        return text;
    QString out = text;
    for (const Rule& rule : m_rules)
        out = rule.apply(out);
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
