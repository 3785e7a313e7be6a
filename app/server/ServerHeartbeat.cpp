#include "ServerHeartbeat.h"

#include "ApiService.h"
#include "Metrics.h"
#include "ServerLog.h"
#include "StoreOutage.h"
#include "domain/EventCode.h"
#include "store/EventLog.h"
#include "store/ServerRegistry.h"
#include "store/Store.h"

namespace {
constexpr int kTickMs = 1000;
constexpr int kHeartbeatMs = 10000;
} // namespace

ServerHeartbeat::ServerHeartbeat(Store& store, ServerRegistry& registry, qint64 serverId, const Metrics& metrics,
                                 const ApiService& api, const QString& actor)
    : m_store(store)
    , m_registry(registry)
    , m_serverId(serverId)
    , m_metrics(metrics)
    , m_api(api)
    , m_actor(actor)
    , m_outage(StoreOutage::forStore(store.uuid()))
    , m_link(store, m_outage)
{
    QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
}

void ServerHeartbeat::start()
{
    m_sinceBeat.start();
    m_timer.start(kTickMs);
}

void ServerHeartbeat::stop()
{
    m_timer.stop();
}

bool ServerHeartbeat::storeReady()
{
    if (!m_link.prepare())
        return false;
    writeOutageEvents();
    return m_store.isConnected();
}

void ServerHeartbeat::tick()
{
    const bool wasConnected = m_store.isConnected();
    if (!m_link.prepare())
        return; // still lost: the outage was logged once, attempts are spaced by StoreOutage
    const bool outageEnded = writeOutageEvents();
    // At once after an outage, so the row shows the server alive again and why it was silent.
    if (outageEnded || !wasConnected || m_sinceBeat.hasExpired(kHeartbeatMs))
        beat();
}

void ServerHeartbeat::beat()
{
    m_sinceBeat.restart();
    const Status beat =
        m_registry.heartbeat(m_serverId, m_metrics.requestsServed(), lastError(), QDateTime::currentDateTimeUtc());
    // A lost store is logged once by StoreOutage, not at every beat.
    if (!beat && m_store.isConnected())
        ServerLog::warning(QStringLiteral("heartbeat failed"), {{QStringLiteral("reason"), beat.error()}});
}

bool ServerHeartbeat::writeOutageEvents()
{
    bool wrote = false;
    while (std::optional<StoreOutage::Report> report = m_outage->takeReport()) {
        const QString lostAt = report->lostAt.toString(Qt::ISODate);
        const Status written = EventLog(m_store).append(
            EventCode::ServerStoreRestored,
            tr("store connection lost at %1, restored after %n second(s): %2", nullptr, int(report->seconds))
                .arg(lostAt, report->reason),
            QJsonObject{{QStringLiteral("lostAt"), lostAt},
                        {QStringLiteral("seconds"), report->seconds},
                        {QStringLiteral("reason"), report->reason}},
            {}, m_actor);
        if (!written) {
            m_outage->putBack(*report); // lost again: written after the next reconnect
            return wrote;
        }
        m_apiErrorAtRestore = m_api.lastError();
        wrote = true;
    }
    return wrote;
}

QString ServerHeartbeat::lastError() const
{
    // The outage stays the row's last error until the API reports a newer one.
    const QString outage = m_outage->describe();
    const QString api = m_api.lastError();
    return !outage.isEmpty() && (m_outage->isLost() || api == m_apiErrorAtRestore) ? outage : api;
}
