#include "EventQuery.h"

#include "RowLoop.h"
#include "Store.h"

#include <QJsonDocument>

EventQuery::EventQuery(Store& store)
    : m_store(store)
{
}

QString EventQuery::where(const Filter& filter, QVariantList& binds) const
{
    QStringList conditions;
    if (filter.code != 0) {
        conditions << QStringLiteral("code = ?");
        binds << filter.code;
    }
    if (filter.since.isValid()) {
        conditions << QStringLiteral("at >= ?");
        binds << filter.since.toMSecsSinceEpoch();
    }
    if (filter.until.isValid()) {
        conditions << QStringLiteral("at < ?");
        binds << filter.until.toMSecsSinceEpoch();
    }
    if (!filter.account.isEmpty()) {
        conditions << QStringLiteral("account = ?");
        binds << filter.account;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<QList<Event>> EventQuery::list(const Filter& filter)
{
    QVariantList binds;
    QSqlQuery q = m_store.query();
    // sql: the conditions are constants with "?" marks; every value is bound.
    q.prepare(
        QStringLiteral("SELECT id, at, code, severity, account, client_address, actor, message, params FROM events") +
        where(filter, binds) + QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ? OFFSET ?"));
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(filter.limit);
    q.addBindValue(filter.offset);
    const Status s = m_store.exec(q, tr("Reading events"));
    if (!s)
        return Result<QList<Event>>::failure(s.error());
    QList<Event> events;
    const Status read = RowLoop::forEach(q, tr("Reading events"), [&](QSqlQuery& q) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.code = q.value(2).toInt();
        e.severity = static_cast<Event::Severity>(q.value(3).toInt());
        e.account = q.value(4).toString();
        e.clientAddress = q.value(5).toString();
        e.actor = q.value(6).toString();
        e.message = q.value(7).toString();
        e.params = EventQuery::parseParams(q.value(8).toString());
        events.append(e);
    });
    if (!read)
        return Result<QList<Event>>::failure(read.error());
    return events;
}

QJsonObject EventQuery::parseParams(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object(); // damaged: empty, so the English message shows
}

Result<qint64> EventQuery::count(const Filter& filter)
{
    QVariantList binds;
    QSqlQuery q = m_store.query();
    // sql: the conditions are constants with "?" marks; every value is bound.
    q.prepare(QStringLiteral("SELECT count(*) FROM events") + where(filter, binds));
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    const Status s = m_store.exec(q, tr("Counting events"));
    if (!s || !q.next())
        return Result<qint64>::failure(s.error());
    return q.value(0).toLongLong();
}
