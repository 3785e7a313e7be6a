#include "StoreReconnector.h"

#include "Store.h"

#include <algorithm>

namespace {
constexpr int kDefaultCheckMs = 5000;
} // namespace

StoreReconnector::StoreReconnector(Store& store, QObject* parent)
    : QObject(parent)
    , m_store(&store)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &StoreReconnector::tryReconnect);
    connect(&m_check, &QTimer::timeout, this, [this] {
        if (m_store && m_state == State::Connected)
            m_store->checkConnection(); // a loss arrives through connectionLost
    });
    connect(&store, &Store::connectionLost, this, &StoreReconnector::onLost);
    connect(&store, &Store::connectionRestored, this, &StoreReconnector::onRestored);
    if (!store.url().isLocalFile())
        setCheckInterval(kDefaultCheckMs);
    if (!store.isConnected())
        onLost(store.notConnectedMessage());
}

void StoreReconnector::setCheckInterval(int ms)
{
    m_check.stop();
    m_check.setInterval(std::max(0, ms));
    if (ms > 0 && m_store && !m_store->url().isLocalFile() && m_state == State::Connected)
        m_check.start();
}

void StoreReconnector::setBackoff(int firstMs, int maxMs)
{
    m_firstDelayMs = std::max(1, firstMs);
    m_maxDelayMs = std::max(m_firstDelayMs, maxMs);
}

int StoreReconnector::delayBefore(int attempt) const
{
    qint64 delay = m_firstDelayMs;
    for (int i = 1; i < attempt && delay < m_maxDelayMs; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, m_maxDelayMs));
}

void StoreReconnector::onLost(const QString& reason)
{
    if (m_state != State::Connected)
        return;
    m_check.stop();
    m_lastError = reason;
    m_attempt = 1;
    setState(State::Lost);
    m_retry.start(delayBefore(m_attempt));
}

void StoreReconnector::tryReconnect()
{
    if (!m_store || m_state == State::Connected)
        return;
    setState(State::Reconnecting);
    const Status status = m_store->reconnect(); // success arrives through connectionRestored
    if (status || m_state == State::Connected)
        return;
    m_lastError = status.error();
    ++m_attempt;
    setState(State::Lost);
    m_retry.start(delayBefore(m_attempt));
}

void StoreReconnector::onRestored()
{
    m_retry.stop();
    const bool wasLost = m_state != State::Connected;
    m_attempt = 0;
    m_lastError.clear();
    if (m_check.interval() > 0)
        m_check.start();
    setState(State::Connected);
    if (wasLost)
        Q_EMIT reconnected();
}

void StoreReconnector::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged();
}
