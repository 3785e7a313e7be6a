#pragma once

#include "HttpGatewayBase.h"

// OneGate (DESIGN §5). No public protocol is known: Indeed configures it by its address only.
// We send POST {address} with JSON {"phone":"+7...","sender":"...","text":"..."}; a 2xx status
// is success, and a JSON "error" or "message" field explains a failure. docs/gateways.md says so.
class OneGateGateway : public HttpGatewayBase {
    Q_OBJECT

public:
    explicit OneGateGateway(GatewaySettings settings, QObject* parent = nullptr);

protected:
    Result<Request> buildRequest(const SmsMessage& message) override;
    SendResult interpret(const Reply& reply, const SmsMessage& message) override;
};
