#pragma once

#include "SendResult.h"
#include "SmsMessage.h"

#include <QObject>

#include <functional>

// One SMS gateway (DESIGN §5): sends asynchronously and reports exactly one result.
class SmsGateway : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const SendResult&)>;

    using QObject::QObject;
    ~SmsGateway() override = default;

    virtual QString displayName() const = 0;
    virtual bool supportsValidateOnly() const { return false; }
    // Whether a send waits for another machine (so the engine's caller may do other work meanwhile).
    virtual bool waitsOnNetwork() const { return true; }
    virtual void send(const SmsMessage& message, Callback done) = 0;
    // Stops the sends under way; each still reports once, as a transport failure. Whether the
    // provider already accepted a cancelled message is unknown, so the dialog says so.
    virtual void cancel() {}
    // Whether "Check connection" can test the address and credentials without sending an SMS.
    virtual bool supportsConnectionCheck() const { return false; }
    // Reaches the gateway without sending an SMS (address, TLS, certificates) and reports once.
    virtual void checkConnection(Callback done)
    {
        done(SendResult::localFailure(SendResult::ErrorClass::Other, tr("This gateway has no connection check.")));
    }

    // Waits for the result in a local event loop: for the CLI and the engine's synchronous API.
    SendResult sendAndWait(const SmsMessage& message);
};
