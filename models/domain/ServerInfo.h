#pragma once

#include <QDateTime>
#include <QString>

// One smsotp-server process as its heartbeat row in the store shows it (DESIGN §6a).
struct ServerInfo {
    // A running server writes a heartbeat every few seconds; one without for this long is
    // shown as silent (crashed, hung, or cut off from the store).
    static constexpr int kSilentAfterSeconds = 60;
    enum class State { Running, Silent, Stopped };

    qint64 id = 0;
    QString host;
    QString listen;
    QString version;
    QDateTime started;
    QDateTime lastHeartbeat;
    qint64 requestsServed = 0;
    QString lastError;
    QDateTime stopped; // invalid while the server runs

    State state(const QDateTime& now) const
    {
        if (stopped.isValid())
            return State::Stopped;
        return lastHeartbeat.secsTo(now) > kSilentAfterSeconds ? State::Silent : State::Running;
    }
};
