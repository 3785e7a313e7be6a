#include "StoreLink.h"

#include "StoreOutage.h"
#include "store/Store.h"

StoreLink::StoreLink(Store& store, std::shared_ptr<StoreOutage> outage)
    : m_store(store)
    , m_outage(std::move(outage))
    , m_seenEpoch(m_outage->epoch())
{
    // Emitted in this thread, inside the statement that found the loss.
    m_lostConnection = QObject::connect(&m_store, &Store::connectionLost,
                                        [this](const QString& reason) { m_outage->noteLost(m_seenEpoch, reason); });
}

StoreLink::~StoreLink()
{
    QObject::disconnect(m_lostConnection);
}

bool StoreLink::prepare()
{
    if (m_store.isConnected()) {
        const quint64 epoch = m_outage->epoch();
        if (epoch == m_seenEpoch)
            return true;
        // Another connection found the store lost since this one was last used.
        if (m_store.checkConnection()) {
            m_outage->restored(); // a working connection: the store is reachable again
            m_seenEpoch = m_outage->epoch();
            return true;
        }
    }
    return m_outage->claimAttempt() && reconnect();
}

bool StoreLink::reconnect()
{
    const Status status = m_store.reconnect();
    if (!status) {
        m_outage->attemptFailed(status.error());
        return false;
    }
    m_outage->restored();
    m_seenEpoch = m_outage->epoch();
    return true;
}
