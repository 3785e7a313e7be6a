#include "SettingsChangeModel.h"

#include "domain/SettingsDiff.h"

SettingsChangeModel::SettingsChangeModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_beforeTitle(tr("Before"))
    , m_afterTitle(tr("After"))
{
}

void SettingsChangeModel::compare(const Settings& before, const Settings& after, const QStringList& sections)
{
    beginResetModel();
    m_rows.clear();
    for (const QString& section : Settings::sectionKeys()) {
        if (!sections.isEmpty() && !sections.contains(section))
            continue;
        const QList<SettingsDiff::Change> changes =
            SettingsDiff::compare(before.sectionJson(section), after.sectionJson(section));
        for (const SettingsDiff::Change& c : changes)
            m_rows.append({section, c.field, c.before, c.after});
    }
    endResetModel();
}

void SettingsChangeModel::setValueTitles(const QString& before, const QString& after)
{
    m_beforeTitle = before;
    m_afterTitle = after;
    Q_EMIT headerDataChanged(Qt::Horizontal, Before, After);
}

QStringList SettingsChangeModel::changedSections() const
{
    QStringList sections;
    for (const Row& row : m_rows)
        if (!sections.contains(row.section))
            sections.append(row.section);
    return sections;
}

int SettingsChangeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SettingsChangeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SettingsChangeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Row& row = m_rows.at(index.row());
    switch (index.column()) {
    case Section:
        return row.section;
    case Field:
        return row.field;
    case Before:
        return row.before;
    case After:
        return row.after;
    default:
        return {};
    }
}

QVariant SettingsChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Section:
        return tr("Section");
    case Field:
        return tr("Field");
    case Before:
        return m_beforeTitle;
    case After:
        return m_afterTitle;
    default:
        return {};
    }
}
