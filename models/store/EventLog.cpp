#include "EventLog.h"

#include "Store.h"
#include "domain/EventCatalog.h"
#include "domain/Limits.h"

namespace {

// Bounded so that no caller can make an event fail to be written (and so roll back what it
// records) or make one row huge: the cut is marked with an ellipsis.
QString bounded(const QString& text, int limit)
{
    if (text.size() <= limit)
        return text;
    return text.left(limit - 1) + QChar(0x2026);
}

} // namespace

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
    q.addBindValue(Store::text(bounded(event.account, Limits::kAccountLength)));
    q.addBindValue(Store::text(bounded(event.clientAddress, Limits::kClientAddressLength)));
    q.addBindValue(Store::text(bounded(event.actor, Limits::kAccountLength)));
    q.addBindValue(Store::text(bounded(event.message, Limits::kEventMessageLength)));
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
