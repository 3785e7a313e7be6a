#pragma once

#include "HttpGatewayBase.h"

// MFMSolutions "Connector" simple HTTP API (DESIGN §5): GET {address}/send?login=L&password=P&
// subject[0]=SENDER&address[0]=79161234567&text[0]=TEXT. The plain-text reply is split by ';':
// "ok;...;<providerId>" on success, "error-auth", "error-address-format", ... otherwise.
// The password travels in the query, as the protocol demands: never log the URL.
class MfmsGateway : public HttpGatewayBase {
    Q_OBJECT

public:
    explicit MfmsGateway(GatewaySettings settings, QObject* parent = nullptr);

    // The provider's answer read without the network (a pure function: the fuzz target's entry).
    static RawSendResult parseReply(int status, const QByteArray& body);

protected:
    Result<Request> buildRequest(const SmsMessage& message) override;
    RawSendResult interpret(const Reply& reply) override;
};
