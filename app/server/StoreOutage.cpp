#include "StoreOutage.h"

#include "ServerLog.h"

#include <QHash>

#include <algorithm>
#include <chrono>

namespace {
constexpr int kFirstDelayMs = 1000;
constexpr int kMaxDelayMs = 10000;

QString isoTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}
} // namespace

std::shared_ptr<StoreOutage> StoreOutage::forStore(const QString& storeUuid)
{
    static std::mutex registryMutex;
    static QHash<QString, std::weak_ptr<StoreOutage>> registry;
    const std::lock_guard<std::mutex> lock(registryMutex);
    std::shared_ptr<StoreOutage> outage = registry.value(storeUuid).lock();
    if (!outage) {
        outage = std::make_shared<StoreOutage>();
        registry.insert(storeUuid, outage);
    }
    return outage;
}

int StoreOutage::delayBeforeMs(int attempt)
{
    qint64 delay = kFirstDelayMs;
    for (int i = 1; i < attempt && delay < kMaxDelayMs; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, kMaxDelayMs));
}

qint64 StoreOutage::nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

quint64 StoreOutage::epoch() const
{
    return m_epoch.load();
}

bool StoreOutage::isLost() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_lost;
}

bool StoreOutage::noteLost(quint64 seenEpoch, const QString& reason)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        // A connection idle through an outage that has already ended finds its loss late: that is
        // still the old outage, not a new one.
        if (m_lost || seenEpoch != m_epoch)
            return false;
        ++m_epoch;
        m_lost = true;
        m_attempting = false;
        m_attempt = 1;
        m_lostMs = nowMs();
        m_nextAttemptMs = m_lostMs + delayBeforeMs(m_attempt);
        m_lostAt = QDateTime::currentDateTimeUtc();
        m_reason = reason;
        m_lastAttemptError.clear();
    }
    ServerLog::warning(QStringLiteral("store connection lost"), {{QStringLiteral("reason"), reason}});
    return true;
}

bool StoreOutage::claimAttempt()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_lost)
        return true;
    if (m_attempting || nowMs() < m_nextAttemptMs)
        return false;
    m_attempting = true;
    return true;
}

void StoreOutage::attemptFailed(const QString& reason)
{
    bool wasLost = false;
    bool newReason = false;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        wasLost = m_lost;
        if (m_lost) {
            m_attempting = false;
            ++m_attempt;
            m_nextAttemptMs = nowMs() + delayBeforeMs(m_attempt);
            newReason = reason != m_lastAttemptError;
            m_lastAttemptError = reason;
        }
    }
    if (!wasLost) {
        // A connection found dead after the last outage ended cannot get back: a new outage.
        noteLost(epoch(), reason);
        return;
    }
    // Once per different reason (a refused connection, then a refused password...), not per attempt.
    if (newReason)
        ServerLog::warning(QStringLiteral("store reconnect failed"),
                           {{QStringLiteral("reason"), reason},
                            {QStringLiteral("retry"), QStringLiteral("backoff up to %1 s").arg(kMaxDelayMs / 1000)}});
}

bool StoreOutage::restored()
{
    Report report;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_attempting = false;
        if (!m_lost)
            return false;
        m_lost = false;
        report.lostAt = m_lostAt;
        report.seconds = (nowMs() - m_lostMs + 500) / 1000;
        report.reason = m_reason;
        m_last = report;
        m_reports.push_back(report);
    }
    ServerLog::info(QStringLiteral("store connection restored"),
                    {{QStringLiteral("lostAt"), isoTime(report.lostAt)},
                     {QStringLiteral("outageSeconds"), QString::number(report.seconds)}});
    return true;
}

std::optional<StoreOutage::Report> StoreOutage::takeReport()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_reports.empty())
        return std::nullopt;
    Report report = m_reports.front();
    m_reports.pop_front();
    return report;
}

void StoreOutage::putBack(const Report& report)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_reports.push_front(report);
}

QString StoreOutage::describe() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_lost)
        return QStringLiteral("store connection lost at %1: %2").arg(isoTime(m_lostAt), m_reason);
    if (m_last)
        return QStringLiteral("store connection lost at %1, restored after %2 s: %3")
            .arg(isoTime(m_last->lostAt))
            .arg(m_last->seconds)
            .arg(m_last->reason);
    return {};
}
