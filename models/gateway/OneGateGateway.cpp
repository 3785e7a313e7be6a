#include "OneGateGateway.h"

#include <QJsonDocument>
#include <QJsonObject>

OneGateGateway::OneGateGateway(GatewaySettings settings, QObject* parent)
    : HttpGatewayBase(std::move(settings), parent)
{
}

Result<HttpGatewayBase::Request> OneGateGateway::buildRequest(const SmsMessage& message)
{
    Request r;
    r.request.setUrl(endpoint());
    r.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("phone"), message.to},
                           {QStringLiteral("sender"), message.sender},
                           {QStringLiteral("text"), message.text}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

RawSendResult OneGateGateway::interpret(const Reply& reply)
{
    return parseReply(reply.status, reply.body);
}

RawSendResult OneGateGateway::parseReply(int status, const QByteArray& body)
{
    return parseSimpleJson(status, body, GatewaySettings::displayName(GatewaySettings::Type::OneGate));
}
