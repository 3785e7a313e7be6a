#pragma once

#include "store/SettingsRepository.h"

#include <QAbstractTableModel>

// One section's saved versions, newest first, for the settings history view.
class SettingsHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Version, SavedAt, SavedBy, Changes, ColumnCount };

    explicit SettingsHistoryModel(QObject* parent = nullptr);

    void setEntries(const QList<SettingsRepository::HistoryEntry>& entries);
    const SettingsRepository::HistoryEntry* entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SettingsRepository::HistoryEntry> m_entries;
};
