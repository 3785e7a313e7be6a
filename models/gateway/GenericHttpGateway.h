#pragma once

#include "HttpGatewayBase.h"

// Any HTTP SMS service, configured like privacyIDEA's HTTP provider (DESIGN §5): the address
// is a URL template; GET or POST; a form or JSON body; parameters whose values may hold
// {phone} (+E.164), {phoneDigits} (without '+'), {sender} and {message}; Basic or bearer
// authentication; extra headers. Success is a 2xx status whose body contains the success text
// and matches the success pattern (when set; a named group "id" becomes the message id) and
// does not contain the failure text.
class GenericHttpGateway : public HttpGatewayBase {
    Q_OBJECT

public:
    explicit GenericHttpGateway(GatewaySettings settings, QObject* parent = nullptr);

    // Replaces the placeholders in `text`; `encode` percent-encodes the values (for URLs).
    static QString expand(const QString& text, const SmsMessage& message, bool encode);
    // The provider's answer judged by the success and failure rules of `settings`, without the
    // network (a pure function: the fuzz target's entry).
    static RawSendResult parseReply(const GatewaySettings& settings, int status, const QByteArray& body);

protected:
    Result<Request> buildRequest(const SmsMessage& message) override;
    RawSendResult interpret(const Reply& reply) override;
};
