#pragma once

#include "EncodedForm.h"
#include "RawSendResult.h"
#include "SendResult.h"
#include "SmsMessage.h"

#include <QList>

struct GatewaySettings;

// The one boundary every string from a gateway passes before it is stored or shown (DESIGN §6):
// it replaces the gateway's password, token and login:password, the message text, the one-time
// password and the phone number, in whatever form a provider or a proxy may echo them: plain,
// percent-encoded (either case, '+' for a space, fully or partly), HTML- or JSON-escaped, and
// Base64 (standard and URL-safe, with or without padding; "login:password" as in HTTP Basic).
// A phone number is also found without its '+', without its country code and with spaces or
// dashes between the digits. Control characters are shown escaped. It is built for every message
// (the text and the code differ each time), so it compiles no regular expression: each rule is a
// plain scan for its forms (EncodedForm).
class GatewayRedactor {
public:
    static constexpr int kMaxTextLength = 2000;
    static constexpr int kMaxMessageLength = 1000;
    static constexpr int kMaxCodeLength = 100;

    // `gateway` may be null (a gateway without credentials, such as the development file).
    GatewayRedactor(const GatewaySettings* gateway, const SmsMessage& message);

    QString redact(const QString& text) const;
    // Redacts every string of `raw` (then shortens it: never a secret cut in half).
    SendResult seal(const RawSendResult& raw) const;

private:
    // Every match of any of `forms` (the first that matches at the leftmost place) is replaced.
    struct Rule {
        std::vector<EncodedForm> forms;
        QString replacement;
        QString apply(const QString& text) const;
    };
    void addSecrets(const GatewaySettings& gateway);
    void addForms(const QString& secret, const QString& replacement, bool withBase64);
    void addNumber(const QString& e164);

    QList<Rule> m_rules;
};
