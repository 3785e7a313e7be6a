#include "EventLog.h"

#include "Store.h"
#include "domain/EventCatalog.h"
#include "domain/Limits.h"

#include <QJsonDocument>

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

// NULL when there is nothing to render from, or too much: a cut JSON text would not parse, and
// the reader then falls back to the (bounded) English message anyway.
QVariant EventLog::paramsText(const QJsonObject& params)
{
    if (params.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    const QString text = QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
    if (text.size() > Limits::kEventMessageLength)
        return QVariant(QMetaType(QMetaType::QString));
    return Store::text(text);
}

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
        QStringLiteral("INSERT INTO events (at, code, severity, account, client_address, actor, message, params) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery& q = *prepared;
    q.addBindValue(event.at.toMSecsSinceEpoch());
    q.addBindValue(event.code);
    q.addBindValue(static_cast<int>(event.severity));
    q.addBindValue(Store::text(bounded(event.account, Limits::kAccountLength)));
    q.addBindValue(Store::text(bounded(event.clientAddress, Limits::kClientAddressLength)));
    q.addBindValue(Store::text(bounded(event.actor, Limits::kAccountLength)));
    q.addBindValue(Store::text(bounded(event.message, Limits::kEventMessageLength)));
    q.addBindValue(paramsText(event.params));
    return m_store.exec(q, tr("Writing event %1").arg(event.code));
}

Status EventLog::append(int code, const QString& message, const QString& account, const QString& actor,
                        const QString& clientAddress)
{
    return append(code, message, QJsonObject(), account, actor, clientAddress);
}

Status EventLog::append(int code, const QString& message, const QJsonObject& params, const QString& account,
                        const QString& actor, const QString& clientAddress)
{
    Event e;
    e.code = code;
    e.message = message;
    e.params = params;
    e.account = account;
    e.actor = actor;
    e.clientAddress = clientAddress;
    return append(e);
}
