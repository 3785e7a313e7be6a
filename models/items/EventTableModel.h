#pragma once

#include "PagedSqlModel.h"
#include "domain/Event.h"

#include <QDateTime>

#include <optional>

// The event log, newest first, read in pages on demand like the authenticators (DESIGN §7),
// filtered in SQL by code, time range and account over the events indexes.
class EventTableModel : public PagedSqlModel {
    Q_OBJECT

public:
    enum Column { Time, Code, Severity, Account, ClientAddress, Actor, Message, ColumnCount };
    enum Role {
        CodeRole = Qt::UserRole + 1, // int
        SeverityRole,                // int: Event::Severity
        TimeRole,                    // QDateTime, UTC
    };

    struct Filter {
        int code = 0;    // 0: every code
        QDateTime since; // inclusive; invalid: no lower bound
        QDateTime until; // exclusive; invalid: no upper bound
        QString account; // exact login; empty: every account
        bool operator==(const Filter& o) const
        {
            return code == o.code && since == o.since && until == o.until && account == o.account;
        }
    };

    explicit EventTableModel(QObject* parent = nullptr);

    void setFilter(const Filter& filter);
    const Filter& currentFilter() const { return m_filter; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<Event> eventAt(int row) const;
    // The text of a cell as the view shows it (also what the CSV export writes).
    QString cellText(const Event& event, int column) const;
    // Tells the views that every cell's text changed: the message, severity and header follow
    // the language (called by the pages on QEvent::LanguageChange).
    void retranslate();

protected:
    QString selectColumns() const override;
    QString fromClause() const override;
    void filter(QStringList& conditions, QVariantList& binds) const override;
    QList<SortTerm> sortTerms() const override;
    bool descending() const override { return true; }

private:
    Filter m_filter;
};
