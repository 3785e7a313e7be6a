#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariantList>

class Store;

// A read-only table over one SQL query that may match millions of rows. It counts the rows
// once (so the scroll bar and "jump to the last row" are honest) and reads them on demand, in
// pages, only when a view asks for a row's data; at most a bounded number of pages stay in
// memory. The filter and the order are SQL, chosen by the subclass:
//
// - next to a page already read, the neighbouring page is read by keyset ("rows after the last
//   key", an index range), so scrolling costs the same at row 10 and at row 900,000;
// - elsewhere (a jump), the page is read with OFFSET counted from the nearer end of the table,
//   reversing the order for the second half, so the last row is as cheap as the first; a deep
//   OFFSET skips over the sort key only (an index-only scan), then reads the page by keyset.
class PagedSqlModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit PagedSqlModel(QObject* parent = nullptr);
    ~PagedSqlModel() override;

    // The store to read, or nullptr (an empty table). Resets the model.
    void setStore(Store* store);
    Store* store() const { return m_store; }

    int rowCount(const QModelIndex& parent = {}) const override;
    // Every row the query matches, counted in SQL.
    qint64 totalRows() const { return m_total; }

    // Counts again and forgets the rows read. When the number of rows is unchanged the model
    // keeps its shape (selections and scroll position survive) and announces changed data.
    void refresh();

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setCachedPageLimit(int pages);
    // For tests and benchmarks: how many SQL statements the model has run.
    int queryCount() const { return m_queries; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void errorOccurred(const QString& message);
    // After every count: the number of rows the current filter matches.
    void totalRowsChanged(qint64 rows);

protected:
    // One ORDER BY term. `valueIndex` is the term's column in select(); keyset paging needs
    // every term NOT NULL, so nullable terms fall back to OFFSET paging.
    struct SortTerm {
        QString expression;
        int valueIndex = 0;
        bool nullable = false;
    };

    // "a, b, c": the columns each row holds, as the subclass reads them back in cellData().
    virtual QString selectColumns() const = 0;
    // "FROM table" (joins allowed).
    virtual QString fromClause() const = 0;
    // What count() reads: fromClause() unless the subclass knows a narrower one that holds
    // exactly the same rows for the current filter.
    virtual QString countFromClause() const { return fromClause(); }
    // Appends the filter's conditions (joined by AND) and their bound values.
    virtual void filter(QStringList& conditions, QVariantList& binds) const = 0;
    // The order of the rows, unique over the table (the last term must be a key).
    virtual QList<SortTerm> sortTerms() const = 0;
    virtual bool descending() const { return false; }
    // Called when the store changed, before the rows are counted (read settings here).
    virtual void storeChanged() {}

    // The values of `row` as selectColumns() named them, read on demand; nullptr when the row
    // could not be read (the error was reported).
    const QVariantList* rowValues(int row) const;
    // Forgets rows and count, re-counts, resets. Subclasses call it when the filter changes.
    void reload();
    void reportError(const QString& message) const;

private:
    struct Page {
        QList<QVariantList> rows;
        quint64 lastUse = 0;
    };

    bool loadPage(int page) const;
    bool runPage(int page, const QString& keysetCondition, const QVariantList& keysetBinds, bool reverse, int limit,
                 qint64 offset, QList<QVariantList>& rows) const;
    // The sort key of the row `offset` rows from the start (or from the end when `reverse`);
    // empty when there is no such row.
    bool keyAt(qint64 offset, bool reverse, QVariantList& key) const;
    qint64 count() const;
    void evict() const;
    int rowsInPage(int page) const;

    Store* m_store = nullptr;
    qint64 m_total = 0;
    int m_pageSize = 200;
    int m_cachedPageLimit = 64;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable int m_queries = 0;
    mutable QString m_lastError;
};
