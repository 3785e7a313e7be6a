#include "MegafonGateway.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

MegafonGateway::MegafonGateway(GatewaySettings settings, QObject* parent)
    : HttpGatewayBase(std::move(settings), parent)
{
}

Result<HttpGatewayBase::Request> MegafonGateway::buildRequest(const SmsMessage& message)
{
    bool ok = false;
    const qint64 to = digitsOnly(message.to).toLongLong(&ok);
    if (!ok)
        return Result<Request>::failure(tr("The number %1 is not an international number.").arg(message.to));
    Request r;
    r.request.setUrl(endpoint(QStringLiteral("/sms/v1/sms")));
    r.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.request.setRawHeader("Authorization", basicAuthorization(settings().login, settings().password).toLatin1());
    // `to` is a JSON number: Megafon refuses a string there.
    const QJsonObject body{{QStringLiteral("from"), message.sender},
                           {QStringLiteral("to"), to},
                           {QStringLiteral("message"), message.text}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

RawSendResult MegafonGateway::interpret(const Reply& reply)
{
    return parseReply(reply.status, reply.body);
}

RawSendResult MegafonGateway::parseReply(int httpStatus, const QByteArray& body)
{
    using E = SendResult::ErrorClass;
    const QString raw = replyText(body);
    if (httpStatus != 200) {
        if (auto failed = classifyStatus(httpStatus, raw))
            return *failed;
        return RawSendResult::failure(E::Other, tr("Megafon answered HTTP %1 instead of 200.").arg(httpStatus),
                                      QStringLiteral("HTTP %1").arg(httpStatus), raw);
    }
    const QJsonObject result = QJsonDocument::fromJson(body).object().value(QStringLiteral("result")).toObject();
    const QJsonObject status = result.value(QStringLiteral("status")).toObject();
    if (!status.value(QStringLiteral("code")).isDouble())
        return RawSendResult::failure(E::Other, tr("Megafon's answer is not in the expected form."), {}, raw);
    const int code = status.value(QStringLiteral("code")).toInt();
    const QString description = status.value(QStringLiteral("description")).toString();
    if (code == 0)
        return RawSendResult::sent(result.value(QStringLiteral("msg_id")).toString(), QStringLiteral("0"), raw);
    // 20101 names the missing or invalid field in `payload` (beside or inside `status`).
    QJsonValue payload = result.value(QStringLiteral("payload"));
    if (payload.isUndefined())
        payload = status.value(QStringLiteral("payload"));
    const QString field = payload.isString()
                              ? payload.toString()
                              : QString::fromUtf8(QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact));
    E errorClass = E::Other;
    QString text = tr("Megafon refused the message: %1 (code %2).").arg(description).arg(code);
    if (code == 20101) {
        static const QRegularExpression toField(QStringLiteral("\\bto\\b"));
        static const QRegularExpression fromField(QStringLiteral("\\bfrom\\b"));
        if (toField.match(field).hasMatch()) {
            errorClass = E::RejectedNumber;
            text = tr("Megafon refused the phone number (code %1).").arg(code);
        } else if (fromField.match(field).hasMatch()) {
            errorClass = E::RejectedSender;
            text = tr("Megafon refused the sender name (code %1).").arg(code);
        }
    }
    return RawSendResult::failure(errorClass, text, QString::number(code), raw);
}
