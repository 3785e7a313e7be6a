#include "SmsApiGateway.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

SmsApiGateway::SmsApiGateway(GatewaySettings settings, QObject* parent)
    : HttpGatewayBase(std::move(settings), parent)
{
}

Result<HttpGatewayBase::Request> SmsApiGateway::buildRequest(const SmsMessage& message)
{
    Request r;
    r.request.setUrl(endpoint(QStringLiteral("/sms.do")));
    r.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    r.request.setRawHeader("Authorization", "Bearer " + settings().token.toUtf8());
    QList<QPair<QString, QString>> fields{{QStringLiteral("to"), digitsOnly(message.to)},
                                          {QStringLiteral("message"), message.text},
                                          {QStringLiteral("from"), message.sender},
                                          {QStringLiteral("format"), QStringLiteral("json")},
                                          {QStringLiteral("encoding"), QStringLiteral("utf-8")}};
    if (message.validateOnly)
        fields.append({QStringLiteral("test"), QStringLiteral("1")});
    r.body = formEncode(fields);
    return r;
}

RawSendResult SmsApiGateway::interpret(const Reply& reply)
{
    return parseReply(reply.status, reply.body);
}

RawSendResult SmsApiGateway::parseReply(int status, const QByteArray& body)
{
    using E = SendResult::ErrorClass;
    const QString raw = replyText(body);
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (json.contains(QStringLiteral("error"))) {
        const int code = json.value(QStringLiteral("error")).toInt();
        E errorClass = E::Other;
        QString why;
        switch (code) {
        case 13:
            errorClass = E::RejectedNumber;
            why = tr("SMSAPI found no valid phone number.");
            break;
        case 14:
            errorClass = E::RejectedSender;
            why = tr("SMSAPI refused the sender name; it must be registered in the SMSAPI portal.");
            break;
        case 101:
        case 102:
            errorClass = E::Authentication;
            why = tr("SMSAPI refused the token.");
            break;
        case 105:
            errorClass = E::Authentication;
            why = tr("SMSAPI does not allow requests from this computer's address (IP filter in the SMSAPI portal).");
            break;
        case 201:
        case 999:
            errorClass = E::Throttled;
            why = tr("SMSAPI had an internal failure; try again later.");
            break;
        case 202:
        case 203:
            errorClass = E::Throttled;
            why = tr("SMSAPI received too many requests; try again later.");
            break;
        case 103:
            why = tr("The SMSAPI account has no credit left.");
            break;
        case 11:
            why = tr("SMSAPI refused the message: too long or empty.");
            break;
        default:
            why = tr("SMSAPI refused the request (error %1).").arg(code);
            break;
        }
        return RawSendResult::failure(errorClass, why, QString::number(code), raw);
    }
    if (auto failed = classifyStatus(status, raw))
        return *failed;
    const QJsonArray list = json.value(QStringLiteral("list")).toArray();
    if (json.value(QStringLiteral("count")).toInt() < 1 || list.isEmpty())
        return RawSendResult::failure(E::Other, tr("SMSAPI's answer is not in the expected form."), {}, raw);
    const QJsonObject first = list.first().toObject();
    // The status is one of SMSAPI's words (QUEUE, SENT...): anything else is not a code.
    static const QRegularExpression statusWord(QStringLiteral("^[A-Z_]{1,32}$"));
    const QString code = first.value(QStringLiteral("status")).toString();
    return RawSendResult::sent(first.value(QStringLiteral("id")).toString(),
                               statusWord.match(code).hasMatch() ? code : QString(), raw);
}
