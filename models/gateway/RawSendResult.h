#pragma once

#include "SendResult.h"

// What a gateway read from its provider, before redaction: every string here may hold a
// secret the provider echoed (a proxy's error page quoting the request URL, a field quoting
// the code). Only GatewayRedactor::seal turns it into a SendResult.
struct RawSendResult {
    bool success = false;
    SendResult::ErrorClass errorClass = SendResult::ErrorClass::None;
    QString providerMessageId;
    QString gatewayCode;
    QString gatewayText;
    QString message;

    static RawSendResult failure(SendResult::ErrorClass c, QString message, QString code = {}, QString text = {})
    {
        RawSendResult r;
        r.errorClass = c;
        r.message = std::move(message);
        r.gatewayCode = std::move(code);
        r.gatewayText = std::move(text);
        return r;
    }
    static RawSendResult sent(QString messageId, QString code, QString text)
    {
        RawSendResult r;
        r.success = true;
        r.providerMessageId = std::move(messageId);
        r.gatewayCode = std::move(code);
        r.gatewayText = std::move(text);
        return r;
    }
};
