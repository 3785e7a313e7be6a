#pragma once

#include <QString>

// What a gateway sends: DESIGN §5's {to (E.164), sender, text}.
struct SmsMessage {
    QString to;
    QString sender;
    QString text;
    // The one-time password inside `text`, never sent on its own: the redaction boundary hides
    // it wherever a provider quotes it (GatewayRedactor).
    QString otp;
    bool validateOnly = false; // where the gateway offers a test mode (SMSAPI test=1)
};
