#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class Store;

// Keeps a server store's connection alive for a long-running program (the console): it asks the
// server now and then whether the connection still works, and when the Store reports it lost,
// reopens it with backoff (1, 2, 4, 8 s, then every 10 s) until it is back. It never repeats a
// failed statement: whoever ran it was told it failed; only the next one uses the new connection.
// A SQLite store has no connection to lose, so nothing is done for it.
class StoreReconnector : public QObject {
    Q_OBJECT

public:
    enum class State {
        Connected,
        Lost,        // waiting for the next attempt
        Reconnecting // an attempt is running
    };
    Q_ENUM(State)

    explicit StoreReconnector(Store& store, QObject* parent = nullptr);

    State state() const { return m_state; }
    // The number of the attempt running or waited for (1 for the first), 0 while connected.
    int attempt() const { return m_attempt; }
    // Why the connection was lost or the last attempt failed.
    QString lastError() const { return m_lastError; }

    // How often an idle connection is checked (0: only failed statements show a loss).
    void setCheckInterval(int ms);
    // The first delay before reconnecting and the longest one; each failed attempt doubles it.
    void setBackoff(int firstMs, int maxMs);
    // The delay before attempt `attempt` (1-based).
    int delayBefore(int attempt) const;

Q_SIGNALS:
    void stateChanged();
    // The connection is back after having been lost.
    void reconnected();

private:
    void onLost(const QString& reason);
    void onRestored();
    void tryReconnect();
    void setState(State state);

    QPointer<Store> m_store;
    QTimer m_check;
    QTimer m_retry;
    State m_state = State::Connected;
    int m_attempt = 0;
    int m_firstDelayMs = 1000;
    int m_maxDelayMs = 10000;
    QString m_lastError;
};
