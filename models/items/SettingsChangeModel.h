#pragma once

#include "domain/Settings.h"

#include <QAbstractTableModel>

// Field-level differences between two versions of the settings, one row a changed field: what
// an import would change, or how the page's input differs from what another console saved.
class SettingsChangeModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Section, Field, Before, After, ColumnCount };

    struct Row {
        QString section;
        QString field;
        QString before;
        QString after;
    };

    explicit SettingsChangeModel(QObject* parent = nullptr);

    // Compares `sections` (all when empty) of the two; secrets are never shown.
    void compare(const Settings& before, const Settings& after, const QStringList& sections = {});
    // The headers of the two value columns ("Now" / "After import", "Yours" / "Saved by the other").
    void setValueTitles(const QString& before, const QString& after);

    const QList<Row>& rows() const { return m_rows; }
    // The sections with at least one change, in the console's order.
    QStringList changedSections() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    QString m_beforeTitle;
    QString m_afterTitle;
};
