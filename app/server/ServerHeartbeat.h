#pragma once

#include "StoreLink.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <memory>

class ApiService;
class Metrics;
class ServerRegistry;
class Store;
class StoreOutage;

// The main thread's use of the store while the server runs: the heartbeat of its registry row
// every 10 s, and surviving a lost store. While the store is away it tries to reconnect (with the
// pool-wide backoff of StoreOutage) every second it may; once back it writes each finished outage
// as event 3032, beats at once, and the row's last error shows the outage until a newer error.
class ServerHeartbeat {
    Q_DECLARE_TR_FUNCTIONS(ServerHeartbeat)

public:
    ServerHeartbeat(Store& store, ServerRegistry& registry, qint64 serverId, const Metrics& metrics,
                    const ApiService& api, const QString& actor);
    void start();
    void stop();
    // At shutdown: whether the store can take the last writes (reconnects only when the outage is
    // over or its backoff allows, so a shutdown during an outage is not held up).
    bool storeReady();

private:
    void tick();
    void beat();
    // Writes each finished outage as an event; whether it wrote any.
    bool writeOutageEvents();
    QString lastError() const;

    Store& m_store;
    ServerRegistry& m_registry;
    qint64 m_serverId;
    const Metrics& m_metrics;
    const ApiService& m_api;
    QString m_actor;
    std::shared_ptr<StoreOutage> m_outage;
    StoreLink m_link;
    QTimer m_timer;
    QElapsedTimer m_sinceBeat;
    QString m_apiErrorAtRestore; // the API's last error when the last outage ended
};
