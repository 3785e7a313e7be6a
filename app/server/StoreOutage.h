#pragma once

#include <QDateTime>
#include <QString>

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>

// What this process knows about losing its server store, shared by every connection to that store
// (each engine worker's and the main thread's). The first connection that finds itself lost starts
// an outage (logged once); reconnect attempts are spaced pool-wide with backoff (1, 2, 4, 8 s, then
// every 10 s) and only one runs at a time, so while the store is away requests fail fast instead of
// each waiting for a connect timeout; the first connection that gets back ends the outage (logged
// with its length) and leaves a report for the main thread to write as an event. Thread-safe.
class StoreOutage {
public:
    // A finished outage.
    struct Report {
        QDateTime lostAt; // UTC
        qint64 seconds = 0;
        QString reason; // the database's one-line reason for the loss
    };

    // The one instance for the store with this identity in this process (made on first use).
    static std::shared_ptr<StoreOutage> forStore(const QString& storeUuid);
    // The delay before pool-wide attempt `attempt` (1-based).
    static int delayBeforeMs(int attempt);

    // Each outage has a number; a connection remembers the last one it has seen, so a connection
    // that was idle through an outage checks itself before its next use.
    quint64 epoch() const;
    bool isLost() const;

    // A connection that had seen `seenEpoch` found itself lost. Returns whether this starts an outage.
    bool noteLost(quint64 seenEpoch, const QString& reason);
    // Whether a lost connection may try to reconnect now; true reserves the attempt, which must end
    // with attemptFailed() or restored(). After the outage ended, every lost connection may try at once.
    bool claimAttempt();
    void attemptFailed(const QString& reason);
    // A connection is back. Ends the outage when there was one (returns true).
    bool restored();

    // The oldest finished outage not yet written as an event.
    std::optional<Report> takeReport();
    // A report taken but not written (the store went away again): first in line again.
    void putBack(const Report& report);
    // The outage as one line for the server's registry row (empty: none since the start).
    QString describe() const;

private:
    static qint64 nowMs();

    mutable std::mutex m_mutex;
    std::atomic<quint64> m_epoch{0}; // read without the lock before every job
    bool m_lost = false;
    bool m_attempting = false;
    int m_attempt = 0;
    qint64 m_nextAttemptMs = 0;
    qint64 m_lostMs = 0;
    QDateTime m_lostAt;
    QString m_reason;
    QString m_lastAttemptError; // logged when it changes, not at every attempt
    std::optional<Report> m_last;
    std::deque<Report> m_reports;
};
