#pragma once

#include "domain/IpAllowListSettings.h"

#include <QAbstractTableModel>

// The allow-list's entries as an editable table of address and comment. Duplicates (the same
// canonical range) are refused here, where every way of adding an entry passes, and the
// refusal is announced so the view can say why nothing happened.
class IpAllowListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Address, Comment, ColumnCount };

    explicit IpAllowListModel(QObject* parent = nullptr);

    const QList<IpAllowListSettings::Entry>& entries() const { return m_entries; }
    void setEntries(const QList<IpAllowListSettings::Entry>& entries);

    // Appends an entry; returns why it was refused (invalid address, duplicate), else empty.
    QString addEntry(const IpAllowListSettings::Entry& entry);
    // Appends several, skipping the refused ones; their reasons go to `refusals`. Returns how many were added.
    int addEntries(const QList<IpAllowListSettings::Entry>& entries, QStringList& refusals);
    // The row holding the same canonical range as `ip`, ignoring `exceptRow`; -1 when none.
    int findDuplicate(const QString& ip, int exceptRow = -1) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

Q_SIGNALS:
    // An edit or an addition was refused; `reason` is translated.
    void refused(const QString& reason);

private:
    QList<IpAllowListSettings::Entry> m_entries;
};
