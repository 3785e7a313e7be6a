#pragma once

#include "HttpGatewayBase.h"

// OneGate (DESIGN §5). No public protocol is known: Indeed configures it by its address only.
// We send POST {address} with JSON {"phone":"+7...","sender":"...","text":"..."}; a 2xx status
// is success, and a JSON "error" or "message" field explains a failure. docs/gateways.md says so.
class OneGateGateway : public HttpGatewayBase {
    Q_OBJECT

public:
    explicit OneGateGateway(GatewaySettings settings, QObject* parent = nullptr);

    // The provider's answer read without the network (a pure function: the fuzz target's entry).
    static RawSendResult parseReply(int status, const QByteArray& body);

protected:
    Result<Request> buildRequest(const SmsMessage& message) override;
    RawSendResult interpret(const Reply& reply) override;
};
