#pragma once

#include <QCoreApplication>
#include <QString>

// The outcome of one send (DESIGN §5, §6). Every string that came from a gateway (its code,
// text, message id, and our message quoting it) is private and set only by GatewayRedactor,
// so nothing a provider echoes (a password, the code, the number) can reach an event, the CLI
// or the test-send dialog without passing the one redaction boundary.
class SendResult {
    Q_DECLARE_TR_FUNCTIONS(SendResult)

public:
    enum class ErrorClass { None, Transport, Authentication, RejectedNumber, RejectedSender, Throttled, Other };

    bool success = false;
    ErrorClass errorClass = ErrorClass::None;
    qint64 latencyMs = 0;
    QString gatewayName; // which gateway answered (translated display name), for the dialog
    // Set when the first gateway failed and the failover gateway was tried.
    bool viaFailover = false;

    const QString& providerMessageId() const { return m_providerMessageId; }
    const QString& gatewayCode() const { return m_gatewayCode; }
    // The gateway's reply for the event log and the test-send dialog; never shown to end users.
    const QString& gatewayText() const { return m_gatewayText; }
    const QString& message() const { return m_message; } // translated, for the administrator
    // What went wrong with the first gateway when the failover one answered (already redacted).
    const QString& failoverReason() const { return m_failoverReason; }

    // Transport failures and throttling may succeed on another try or another gateway.
    bool isRetryable() const { return errorClass == ErrorClass::Transport || errorClass == ErrorClass::Throttled; }
    static QString errorClassName(ErrorClass c);
    // One line for logs and events: "class: message [code] text", secrets already redacted.
    QString summary() const;

    // A failure the engine reports itself, before or without any gateway: `message` is our own
    // text and must never quote a gateway.
    static SendResult localFailure(ErrorClass c, QString message);
    // This result came from the second gateway after `first` failed.
    void markViaFailover(const SendResult& first);
    // Replaces the message with the engine's own note (the event could not be written...).
    void setLocalMessage(QString message) { m_message = std::move(message); }

private:
    friend class GatewayRedactor;

    QString m_providerMessageId;
    QString m_gatewayCode;
    QString m_gatewayText;
    QString m_message;
    QString m_failoverReason;
};
