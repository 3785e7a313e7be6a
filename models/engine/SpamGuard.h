#pragma once

#include "domain/SpamProtectionSettings.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

class Clock;
class Store;

// Spam protection (DESIGN §4, the seed's example): after each sent message, when more than
// the threshold were sent within the window and successful sign-ins per sent message fall
// below the minimum percent, sending is suspended for the window's length (event 2090).
// Sending resumes when the window has passed or the percent recovers (event 1118).
// The counters live in the store, so every provider server sharing it agrees; each step runs
// in the caller's transaction after locking the state row.
class SpamGuard {
    Q_DECLARE_TR_FUNCTIONS(SpamGuard)

public:
    struct State {
        bool suspended = false;
        QDateTime suspendedAt;
        QDateTime suspendedUntil;
        qint64 sent = 0;      // within the window
        qint64 succeeded = 0; // within the window
        int successPercent() const { return sent == 0 ? 100 : int(succeeded * 100 / sent); }
    };

    SpamGuard(Store& store, const Clock& clock);

    static QString suspendedMessage(); // "Potential spam attack detected"

    Result<State> state(const SpamProtectionSettings& settings);
    // Before sending: false while suspended. Resumes (1118) when the window has passed or the
    // percent has recovered. Call inside a transaction.
    Result<bool> allowsSending(const SpamProtectionSettings& settings);
    // After a message was sent: counts it and suspends (2090) when the rule says so.
    Status recordSent(const SpamProtectionSettings& settings);
    // After a successful sign-in: counts it and resumes (1118) when the percent has recovered.
    Status recordSuccess(const SpamProtectionSettings& settings);

private:
    // Locks the state row (serialising every server's counting) and reads the suspension.
    Result<State> lockState();
    // Adds the window's counters: only needed while suspended or when judging a sent message.
    Status readCounts(const SpamProtectionSettings& settings, State& state);
    Status bump(const char* column);
    Status setSuspended(const QDateTime& at, const QDateTime& until);
    Status resume(const QString& why, const QJsonObject& params);

    Store& m_store;
    const Clock& m_clock;
};
