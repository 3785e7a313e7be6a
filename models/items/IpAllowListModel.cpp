#include "IpAllowListModel.h"

IpAllowListModel::IpAllowListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void IpAllowListModel::setEntries(const QList<IpAllowListSettings::Entry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int IpAllowListModel::findDuplicate(const QString& ip, int exceptRow) const
{
    const QString key = IpAllowListSettings::canonicalEntry(ip);
    if (key.isEmpty())
        return -1;
    for (int row = 0; row < m_entries.size(); ++row)
        if (row != exceptRow && IpAllowListSettings::canonicalEntry(m_entries.at(row).ip) == key)
            return row;
    return -1;
}

QString IpAllowListModel::addEntry(const IpAllowListSettings::Entry& entry)
{
    const IpAllowListSettings::Entry trimmed{entry.ip.trimmed(), entry.comment.trimmed()};
    const QString problem = IpAllowListSettings::entryProblem(trimmed.ip);
    if (!problem.isEmpty())
        return tr("%1: %2").arg(trimmed.ip, problem);
    const int duplicate = findDuplicate(trimmed.ip);
    if (duplicate >= 0)
        return tr("%1 is already in the list (row %2).").arg(trimmed.ip).arg(duplicate + 1);
    beginInsertRows({}, m_entries.size(), m_entries.size());
    m_entries.append(trimmed);
    endInsertRows();
    return {};
}

int IpAllowListModel::addEntries(const QList<IpAllowListSettings::Entry>& entries, QStringList& refusals)
{
    int added = 0;
    for (const IpAllowListSettings::Entry& entry : entries) {
        const QString problem = addEntry(entry);
        if (problem.isEmpty())
            ++added;
        else
            refusals.append(problem);
    }
    return added;
}

int IpAllowListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int IpAllowListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IpAllowListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IpAllowListSettings::Entry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == Address ? entry.ip : entry.comment;
    case Qt::ToolTipRole:
        if (index.column() == Address) {
            const QString problem = IpAllowListSettings::entryProblem(entry.ip);
            return problem.isEmpty() ? tr("An address (100.10.10.2) or a CIDR range (100.10.10.0/24)") : problem;
        }
        return tr("A note for the administrators, for example the office's town");
    default:
        return {};
    }
}

QVariant IpAllowListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Address:
        return tr("Address or range");
    case Comment:
        return tr("Comment");
    default:
        return {};
    }
}

Qt::ItemFlags IpAllowListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool IpAllowListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString text = value.toString().trimmed();
    IpAllowListSettings::Entry& entry = m_entries[index.row()];
    if (index.column() == Address) {
        if (text == entry.ip)
            return true;
        const int duplicate = findDuplicate(text, index.row());
        if (duplicate >= 0) {
            Q_EMIT refused(tr("%1 is already in the list (row %2).").arg(text).arg(duplicate + 1));
            return false;
        }
        entry.ip = text;
    } else {
        if (text == entry.comment)
            return true;
        entry.comment = text;
    }
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    return true;
}

bool IpAllowListModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_entries.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_entries.remove(row, count);
    endRemoveRows();
    return true;
}
