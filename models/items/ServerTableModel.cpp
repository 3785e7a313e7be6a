#include "ServerTableModel.h"

#include <QLocale>

namespace {

// Heartbeats to the second (they come every few seconds); the start to the minute.
QString localTime(const QDateTime& at, bool seconds = true)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                                       : QStringLiteral("yyyy-MM-dd HH:mm"))
                        : QString();
}

bool sameRows(const QList<ServerInfo>& a, const QList<ServerInfo>& b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id)
            return false;
    }
    return true;
}

} // namespace

ServerTableModel::ServerTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ServerTableModel::setServers(const QList<ServerInfo>& servers, const QDateTime& now)
{
    if (sameRows(m_servers, servers) && !servers.isEmpty()) {
        m_servers = servers;
        m_now = now;
        Q_EMIT dataChanged(index(0, 0), index(int(m_servers.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_servers = servers;
    m_now = now;
    endResetModel();
}

std::optional<ServerInfo> ServerTableModel::serverAt(int row) const
{
    if (row < 0 || row >= m_servers.size())
        return std::nullopt;
    return m_servers.at(row);
}

int ServerTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_servers.size(); ++row) {
        if (m_servers.at(row).id == id)
            return row;
    }
    return -1;
}

QString ServerTableModel::stateText(const ServerInfo& s) const
{
    switch (s.state(m_now)) {
    case ServerInfo::State::Running:
        return tr("Running");
    case ServerInfo::State::Stopped:
        return tr("Stopped");
    case ServerInfo::State::Silent: {
        const qint64 minutes = s.lastHeartbeat.secsTo(m_now) / 60;
        if (minutes < 120)
            return tr("Silent for %n min", nullptr, int(minutes));
        if (minutes < 48 * 60)
            return tr("Silent for %n h", nullptr, int(minutes / 60));
        return tr("Silent for %n days", nullptr, int(minutes / (24 * 60)));
    }
    }
    return {};
}

QString ServerTableModel::cellText(const ServerInfo& s, int column) const
{
    switch (column) {
    case Host:
        return s.host;
    case Listen:
        return s.listen;
    case Version:
        return s.version;
    case State:
        return stateText(s);
    case Started:
        return localTime(s.started, false);
    case LastHeartbeat:
        return localTime(s.lastHeartbeat);
    case Requests:
        return QLocale().toString(s.requestsServed);
    case LastError:
        return s.lastError;
    }
    return {};
}

int ServerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_servers.size());
}

int ServerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_servers.size())
        return {};
    const ServerInfo& s = m_servers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == State && s.state(m_now) == ServerInfo::State::Silent)
            return tr("No heartbeat for more than a minute: the server may have crashed, hung, or lost its "
                      "connection to the store.");
        if (index.column() == LastError)
            return s.lastError;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Requests ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return s.id;
    case StateRole:
        return int(s.state(m_now));
    default:
        return {};
    }
}

QVariant ServerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Host:
        return tr("Host");
    case Listen:
        return tr("Listens on");
    case Version:
        return tr("Version");
    case State:
        return tr("State");
    case Started:
        return tr("Started");
    case LastHeartbeat:
        return tr("Last heartbeat");
    case Requests:
        return tr("Requests served");
    case LastError:
        return tr("Last error");
    }
    return {};
}
