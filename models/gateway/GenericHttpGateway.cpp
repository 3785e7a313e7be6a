#include "GenericHttpGateway.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

GenericHttpGateway::GenericHttpGateway(GatewaySettings settings, QObject* parent)
    : HttpGatewayBase(std::move(settings), parent)
{
}

QString GenericHttpGateway::expand(const QString& text, const SmsMessage& message, bool encode)
{
    const QList<QPair<QString, QString>> values{{QStringLiteral("{phone}"), message.to},
                                                {QStringLiteral("{phoneDigits}"), digitsOnly(message.to)},
                                                {QStringLiteral("{sender}"), message.sender},
                                                {QStringLiteral("{message}"), message.text}};
    // One pass from left to right, so a value that itself looks like a placeholder stays as is.
    QString out;
    int i = 0;
    while (i < text.size()) {
        bool replaced = false;
        if (text.at(i) == QLatin1Char('{')) {
            for (const auto& v : values) {
                if (QStringView(text).mid(i).startsWith(v.first)) {
                    out += encode ? QString::fromLatin1(QUrl::toPercentEncoding(v.second)) : v.second;
                    i += int(v.first.size());
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced)
            out += text.at(i++);
    }
    return out;
}

Result<HttpGatewayBase::Request> GenericHttpGateway::buildRequest(const SmsMessage& message)
{
    const GatewaySettings& s = settings();
    QUrl url(expand(s.address.trimmed(), message, true), QUrl::StrictMode);
    if (!url.isValid())
        return Result<Request>::failure(
            tr("The URL template does not give a valid address: %1").arg(url.errorString()));
    QList<QPair<QString, QString>> fields;
    for (const GatewaySettings::NameValue& p : s.parameters)
        fields.append({p.name, expand(p.value, message, false)});

    Request r;
    if (s.method == GatewaySettings::Method::Get) {
        r.verb = "GET";
        if (!fields.isEmpty()) {
            QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
            if (!query.isEmpty())
                query += '&';
            url.setQuery(QString::fromLatin1(query + formEncode(fields)), QUrl::StrictMode);
        }
    } else if (s.bodyFormat == GatewaySettings::BodyFormat::Json) {
        QJsonObject body;
        for (const auto& f : fields)
            body.insert(f.first, f.second);
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        r.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    } else {
        r.body = formEncode(fields);
        r.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    }
    r.request.setUrl(url);
    if (s.authMode == GatewaySettings::AuthMode::Basic)
        r.request.setRawHeader("Authorization", basicAuthorization(s.login, s.password).toLatin1());
    else if (s.authMode == GatewaySettings::AuthMode::Bearer)
        r.request.setRawHeader("Authorization", "Bearer " + s.token.toUtf8());
    for (const GatewaySettings::NameValue& h : s.headers)
        r.request.setRawHeader(h.name.trimmed().toLatin1(), expand(h.value, message, false).toUtf8());
    return r;
}

RawSendResult GenericHttpGateway::interpret(const Reply& reply)
{
    return parseReply(settings(), reply.status, reply.body);
}

RawSendResult GenericHttpGateway::parseReply(const GatewaySettings& s, int status, const QByteArray& reply)
{
    using E = SendResult::ErrorClass;
    const QString body = QString::fromUtf8(reply);
    const QString raw = replyText(reply);
    const QString code = QStringLiteral("HTTP %1").arg(status);
    if (auto failed = classifyStatus(status, raw))
        return *failed;
    if (!s.failureText.isEmpty() && body.contains(s.failureText))
        return RawSendResult::failure(E::Other, tr("The gateway answered with the failure text."), code, raw);
    if (!s.successText.isEmpty() && !body.contains(s.successText))
        return RawSendResult::failure(E::Other, tr("The gateway's answer does not contain the success text."), code,
                                      raw);
    RawSendResult r = RawSendResult::sent({}, code, raw);
    if (!s.successPattern.isEmpty()) {
        const QRegularExpression pattern(s.successPattern);
        const QRegularExpressionMatch match = pattern.match(body);
        if (!match.hasMatch())
            return RawSendResult::failure(E::Other, tr("The gateway's answer does not match the success pattern."),
                                          code, raw);
        if (pattern.namedCaptureGroups().contains(QStringLiteral("id")))
            r.providerMessageId = match.captured(QStringLiteral("id"));
    }
    return r;
}
