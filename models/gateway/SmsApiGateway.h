#pragma once

#include "HttpGatewayBase.h"

// SMSAPI by LINK Mobility (DESIGN §5): POST {address}/sms.do with "Authorization: Bearer
// <OAuth2 token>" and form fields to, message, from, format=json, encoding=utf-8, and test=1
// for a validate-only send. Errors come as HTTP 200 with {"error":N,"message":"..."}.
class SmsApiGateway : public HttpGatewayBase {
    Q_OBJECT

public:
    explicit SmsApiGateway(GatewaySettings settings, QObject* parent = nullptr);

    // The provider's answer read without the network (a pure function: the fuzz target's entry).
    static RawSendResult parseReply(int status, const QByteArray& body);

    bool supportsValidateOnly() const override { return true; }

protected:
    Result<Request> buildRequest(const SmsMessage& message) override;
    RawSendResult interpret(const Reply& reply) override;
};
