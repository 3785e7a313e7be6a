#include "EventTableModel.h"

#include "domain/EventCatalog.h"
#include "domain/EventText.h"
#include "store/EventQuery.h"

#include <QLocale>

namespace {

enum Value { VId, VAt, VCode, VSeverity, VAccount, VClientAddress, VActor, VMessage, VParams };

Event fromValues(const QVariantList& v)
{
    Event e;
    e.id = v.value(VId).toLongLong();
    e.at = QDateTime::fromMSecsSinceEpoch(v.value(VAt).toLongLong(), Qt::UTC);
    e.code = v.value(VCode).toInt();
    e.severity = static_cast<Event::Severity>(v.value(VSeverity).toInt());
    e.account = v.value(VAccount).toString();
    e.clientAddress = v.value(VClientAddress).toString();
    e.actor = v.value(VActor).toString();
    e.message = v.value(VMessage).toString();
    e.params = EventQuery::parseParams(v.value(VParams).toString());
    return e;
}

} // namespace

EventTableModel::EventTableModel(QObject* parent)
    : PagedSqlModel(parent)
{
    setObjectName(QStringLiteral("eventTableModel"));
}

void EventTableModel::setFilter(const Filter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

QString EventTableModel::selectColumns() const
{
    return QStringLiteral("id, at, code, severity, account, client_address, actor, message, params");
}

QString EventTableModel::fromClause() const
{
    return QStringLiteral("FROM events");
}

void EventTableModel::filter(QStringList& conditions, QVariantList& binds) const
{
    if (m_filter.code != 0) {
        conditions << QStringLiteral("code = ?");
        binds << m_filter.code;
    }
    if (m_filter.since.isValid()) {
        conditions << QStringLiteral("at >= ?");
        binds << m_filter.since.toMSecsSinceEpoch();
    }
    if (m_filter.until.isValid()) {
        conditions << QStringLiteral("at < ?");
        binds << m_filter.until.toMSecsSinceEpoch();
    }
    if (!m_filter.account.trimmed().isEmpty()) {
        conditions << QStringLiteral("account = ?");
        binds << m_filter.account.trimmed();
    }
}

QList<PagedSqlModel::SortTerm> EventTableModel::sortTerms() const
{
    // Newest first; the id tells apart events of the same millisecond.
    return {{QStringLiteral("at"), VAt, false}, {QStringLiteral("id"), VId, false}};
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::cellText(const Event& e, int column) const
{
    switch (column) {
    case Time:
        return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Code:
        return QString::number(e.code);
    case Severity:
        return EventCatalog::severityName(e.severity);
    case Account:
        return e.account;
    case ClientAddress:
        return e.clientAddress;
    case Actor:
        return e.actor;
    case Message:
        return EventText::render(e);
    default:
        return {};
    }
}

void EventTableModel::retranslate()
{
    // The rows themselves are the same; only their words change.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != CodeRole && role != SeverityRole &&
        role != TimeRole)
        return {};
    const QVariantList* values = rowValues(index.row());
    if (!values)
        return {};
    const Event e = fromValues(*values);
    switch (role) {
    case CodeRole:
        return e.code;
    case SeverityRole:
        return int(e.severity);
    case TimeRole:
        return e.at;
    case Qt::ToolTipRole:
        if (index.column() == Code)
            return EventCatalog::title(e.code);
        if (index.column() == Time)
            return e.at.toString(Qt::ISODateWithMs);
        if (index.column() == Message)
            return EventText::render(e);
        return {};
    default:
        return cellText(e, index.column());
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Code:
        return tr("Code");
    case Severity:
        return tr("Severity");
    case Account:
        return tr("Account");
    case ClientAddress:
        return tr("Client address");
    case Actor:
        return tr("Actor");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

std::optional<Event> EventTableModel::eventAt(int row) const
{
    const QVariantList* values = rowValues(row);
    if (!values)
        return std::nullopt;
    return fromValues(*values);
}
