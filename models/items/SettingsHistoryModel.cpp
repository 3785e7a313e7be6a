#include "SettingsHistoryModel.h"

#include <QLocale>

SettingsHistoryModel::SettingsHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SettingsHistoryModel::setEntries(const QList<SettingsRepository::HistoryEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const SettingsRepository::HistoryEntry* SettingsHistoryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int SettingsHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SettingsHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SettingsHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SettingsRepository::HistoryEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Version:
            return e.version;
        case SavedAt:
            // The store keeps UTC; people read their own time.
            return QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat);
        case SavedBy:
            return e.savedBy;
        case Changes:
            // The first line only: the full diff is shown beside the table.
            return QString(e.diff.section(QLatin1Char('\n'), 0, 0) +
                           (e.diff.contains(QLatin1Char('\n')) ? QStringLiteral(" …") : QString()));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Changes)
        return e.diff;
    if (role == Qt::TextAlignmentRole && index.column() == Version)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SettingsHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Version:
        return tr("Version");
    case SavedAt:
        return tr("Saved");
    case SavedBy:
        return tr("By");
    case Changes:
        return tr("Changes");
    default:
        return {};
    }
}
