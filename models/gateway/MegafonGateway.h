#pragma once

#include "HttpGatewayBase.h"

// Megafon A2P (DESIGN §5): POST {address}/sms/v1/sms with HTTP Basic login:password and JSON
// {"from","to" (a number, no '+'),"message"}. Success only when HTTP 200 and
// result.status.code is 0; errors come as HTTP 200 with another code, or 401/403.
class MegafonGateway : public HttpGatewayBase {
    Q_OBJECT

public:
    explicit MegafonGateway(GatewaySettings settings, QObject* parent = nullptr);

    // The provider's answer read without the network (a pure function: the fuzz target's entry).
    static RawSendResult parseReply(int status, const QByteArray& body);

protected:
    Result<Request> buildRequest(const SmsMessage& message) override;
    RawSendResult interpret(const Reply& reply) override;
};
