#include "SpamStatusQuery.h"

#include "Store.h"

#include <algorithm>

namespace {

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace

SpamStatusQuery::SpamStatusQuery(Store& store)
    : m_store(store)
{
}

Result<SpamStatusQuery::State> SpamStatusQuery::status(const SpamProtectionSettings& settings, const QDateTime& now)
{
    State status;
    QSqlQuery q = m_store.query();
    q.prepare(QStringLiteral("SELECT suspended_at, suspended_until FROM spam_state WHERE id = 1"));
    Status s = m_store.exec(q, tr("Reading the spam protection state"));
    if (!s)
        return Result<State>::failure(s.error());
    if (q.next()) {
        status.suspendedAt = fromMs(q.value(0));
        status.suspendedUntil = fromMs(q.value(1));
        // A suspension whose end has passed lasts only until the next request resumes it.
        status.suspended = status.suspendedUntil.isValid() && status.suspendedUntil > now;
    }
    const qint64 nowSecond = now.toMSecsSinceEpoch() / 1000;
    q.prepare(QStringLiteral("SELECT coalesce(sum(sent), 0), coalesce(sum(succeeded), 0) FROM send_stats "
                             "WHERE second > ? AND second <= ?"));
    q.addBindValue(nowSecond - settings.windowSeconds);
    q.addBindValue(nowSecond);
    s = m_store.exec(q, tr("Reading the spam protection counters"));
    if (!s)
        return Result<State>::failure(s.error());
    if (q.next()) {
        status.sent = q.value(0).toLongLong();
        status.succeeded = q.value(1).toLongLong();
    }
    return status;
}

Result<QList<SpamStatusQuery::Point>> SpamStatusQuery::series(const SpamProtectionSettings& settings,
                                                              const QDateTime& now, int points)
{
    points = std::max(points, 2);
    const qint64 nowSecond = now.toMSecsSinceEpoch() / 1000;
    const qint64 start = nowSecond - settings.windowSeconds;
    QSqlQuery q = m_store.query();
    // At most one row a second over the window (a day at most): small enough to sum here.
    q.prepare(QStringLiteral("SELECT second, sent, succeeded FROM send_stats WHERE second > ? AND second <= ? "
                             "ORDER BY second"));
    q.addBindValue(start);
    q.addBindValue(nowSecond);
    const Status s = m_store.exec(q, tr("Reading the spam protection counters"));
    if (!s)
        return Result<QList<Point>>::failure(s.error());

    QList<Point> result;
    result.reserve(points);
    const double step = double(settings.windowSeconds) / (points - 1);
    qint64 sent = 0;
    qint64 succeeded = 0;
    bool pending = q.next();
    for (int i = 0; i < points; ++i) {
        const qint64 end = i == points - 1 ? nowSecond : start + qint64(step * i);
        while (pending && q.value(0).toLongLong() <= end) {
            sent += q.value(1).toLongLong();
            succeeded += q.value(2).toLongLong();
            pending = q.next();
        }
        result.append({QDateTime::fromSecsSinceEpoch(end, Qt::UTC), sent, succeeded});
    }
    return result;
}
