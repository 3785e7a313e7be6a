#pragma once

#include <QCoreApplication>
#include <QString>

// The outcome of one send (DESIGN §5). `gatewayText` is the gateway's raw reply for the event
// log and the test-send dialog, with secrets already redacted; it is never shown to end users.
struct SendResult {
    Q_DECLARE_TR_FUNCTIONS(SendResult)

public:
    enum class ErrorClass { None, Transport, Authentication, RejectedNumber, RejectedSender, Throttled, Other };

    bool success = false;
    ErrorClass errorClass = ErrorClass::None;
    QString providerMessageId;
    QString gatewayCode;
    QString gatewayText;
    QString message; // translated, for the administrator
    qint64 latencyMs = 0;
    QString gatewayName; // which gateway answered (translated display name), for the dialog
    // Set when the first gateway failed and the failover gateway was tried: what went wrong with
    // the first one (redacted), so the engine can log the switch as an event.
    bool viaFailover = false;
    QString failoverReason;

    // Transport failures and throttling may succeed on another try or another gateway.
    bool isRetryable() const { return errorClass == ErrorClass::Transport || errorClass == ErrorClass::Throttled; }
    static QString errorClassName(ErrorClass c);
    // One line for logs and events: "class: message [code] text", secrets already redacted.
    QString summary() const;

    static SendResult failure(ErrorClass c, QString message, QString code = {}, QString text = {})
    {
        SendResult r;
        r.errorClass = c;
        r.message = std::move(message);
        r.gatewayCode = std::move(code);
        r.gatewayText = std::move(text);
        return r;
    }
};
