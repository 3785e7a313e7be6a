#include "EventLog.h"

#include "Store.h"
#include "domain/EventCatalog.h"

EventLog::EventLog(Store& store)
    : m_store(store)
{
}

Status EventLog::append(Event event)
{
    if (!event.at.isValid())
        event.at = QDateTime::currentDateTimeUtc();
    if (event.severity == Event::Severity::Info)
        event.severity = EventCatalog::severity(event.code);
    Store::Prepared prepared = m_store.prepared(
        QStringLiteral("INSERT INTO events (at, code, severity, account, client_address, actor, message) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery& q = *prepared;
    q.addBindValue(event.at.toMSecsSinceEpoch());
    q.addBindValue(event.code);
    q.addBindValue(static_cast<int>(event.severity));
    q.addBindValue(Store::text(event.account));
    q.addBindValue(Store::text(event.clientAddress));
    q.addBindValue(Store::text(event.actor));
    q.addBindValue(Store::text(event.message));
    return m_store.exec(q, tr("Writing event %1").arg(event.code));
}

Status EventLog::append(int code, const QString& message, const QString& account, const QString& actor,
                        const QString& clientAddress)
{
    Event e;
    e.code = code;
    e.message = message;
    e.account = account;
    e.actor = actor;
    e.clientAddress = clientAddress;
    return append(e);
}
