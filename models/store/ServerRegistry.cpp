#include "ServerRegistry.h"

#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

QDateTime fromMs(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

ServerRegistry::ServerRegistry(Store& store)
    : m_store(store)
{
}

QString ServerRegistry::oneLine(const QString& text, int max)
{
    QString result = text.left(max);
    for (QChar& c : result) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return result.trimmed();
}

Result<qint64> ServerRegistry::registerServer(const QString& host, const QString& listen, const QString& version,
                                              const QDateTime& now)
{
    qint64 id = 0;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const Status s = m_store.transaction([&]() -> Status {
        QSqlQuery q = m_store.query();
        const qint64 forget = nowMs - qint64(kForgetAfterDays) * 24 * 3600 * 1000;
        q.prepare(QStringLiteral("DELETE FROM provider_servers WHERE last_heartbeat_at < ?"));
        q.addBindValue(forget);
        Status done = m_store.exec(q, tr("Forgetting old provider servers"));
        if (!done)
            return done;
        // Host and listen address are not unique: a restarted server gets a new row, and the old
        // one shows as stopped or silent until it is forgotten.
        q.prepare(QStringLiteral("INSERT INTO provider_servers (host, listen, version, started_at, "
                                 "last_heartbeat_at, requests_served, last_error) VALUES (?, ?, ?, ?, ?, 0, '')"));
        q.addBindValue(Store::text(oneLine(host, kMaxTextLength)));
        q.addBindValue(Store::text(oneLine(listen, kMaxTextLength)));
        q.addBindValue(Store::text(oneLine(version, kMaxTextLength)));
        q.addBindValue(nowMs);
        q.addBindValue(nowMs);
        done = m_store.exec(q, tr("Registering the provider server"));
        if (!done)
            return done;
        // This connection's own insert (SQLite's last row id, PostgreSQL's lastval()).
        id = q.lastInsertId().toLongLong();
        return id > 0 ? Status() : Status::failure(tr("The store did not return the new server's id."));
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status ServerRegistry::update(const QString& sql, const QVariantList& binds, qint64 id, const QString& what)
{
    Store::Prepared prepared = m_store.prepared(sql);
    QSqlQuery& q = *prepared;
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    q.addBindValue(id);
    const Status s = m_store.exec(q, what);
    if (!s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The provider server %1 is not registered in the store (it may have been "
                                  "forgotten after %2 days of silence).")
                                   .arg(id)
                                   .arg(kForgetAfterDays));
    return {};
}

Status ServerRegistry::heartbeat(qint64 id, qint64 requestsServed, const QString& lastError, const QDateTime& now)
{
    return update(QStringLiteral("UPDATE provider_servers SET last_heartbeat_at = ?, requests_served = ?, "
                                 "last_error = ? WHERE id = ?"),
                  {now.toMSecsSinceEpoch(), requestsServed, Store::text(oneLine(lastError, kMaxErrorLength))}, id,
                  tr("Writing the provider server's heartbeat"));
}

Status ServerRegistry::markStopped(qint64 id, const QDateTime& now)
{
    return update(QStringLiteral("UPDATE provider_servers SET last_heartbeat_at = ?, stopped_at = ? WHERE id = ?"),
                  {now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch()}, id, tr("Marking the provider server stopped"));
}

Result<QList<ServerInfo>> ServerRegistry::list()
{
    QSqlQuery q = m_store.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, host, listen, version, started_at, last_heartbeat_at, requests_served, "
                             "last_error, stopped_at FROM provider_servers "
                             "ORDER BY CASE WHEN stopped_at IS NULL THEN 0 ELSE 1 END, host, listen, id"));
    const Status s = m_store.exec(q, tr("Reading the provider servers"));
    if (!s)
        return Result<QList<ServerInfo>>::failure(s.error());
    QList<ServerInfo> servers;
    while (q.next()) {
        ServerInfo info;
        info.id = q.value(0).toLongLong();
        info.host = q.value(1).toString();
        info.listen = q.value(2).toString();
        info.version = q.value(3).toString();
        info.started = fromMs(q.value(4));
        info.lastHeartbeat = fromMs(q.value(5));
        info.requestsServed = q.value(6).toLongLong();
        info.lastError = q.value(7).toString();
        info.stopped = fromMs(q.value(8));
        servers.append(info);
    }
    if (q.lastError().isValid())
        return Result<QList<ServerInfo>>::failure(
            tr("Reading the provider servers failed: %1").arg(q.lastError().text()));
    return servers;
}
