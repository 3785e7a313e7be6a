#pragma once

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QSqlError>
#include <QVariantList>

#include <atomic>
#include <memory>

class Store;
class StoreUrl;

// A read-only table over one SQL query that may match millions of rows. It counts the rows
// once (so the scroll bar and "jump to the last row" are honest) and reads them on demand, in
// pages, only when a view asks for a row's data; at most a bounded number of pages stay in
// memory. The filter and the order are SQL, chosen by the subclass:
//
// - counting: SQLite counts a million rows in 20 ms, so it counts exactly at once. PostgreSQL
//   takes 0.1-0.3 s, so there the planner's estimate comes first: a small result (under the
//   estimate threshold) is then counted exactly at once; a large one is shown with the estimate
//   and counted exactly on a connection of its own in a worker thread. When that count arrives
//   the rows at the end are inserted or removed (no reset: the scroll position and the
//   selection stay) and pages placed from the end are read again;
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
    // Every row the query matches, counted in SQL; the database's estimate while
    // totalIsExact() is false.
    qint64 totalRows() const { return m_total; }
    // False from an estimate until the exact count arrives (exactCountReady), or for good when
    // that count failed (errorOccurred said why; a refresh tries again).
    bool totalIsExact() const { return m_exact; }

    // Counts again and forgets the rows read. When the number of rows is unchanged the model
    // keeps its shape (selections and scroll position survive) and announces changed data.
    // A large result keeps the shape it has and is counted in the background as after a reload.
    void refresh();
    // Counts exactly now, on this thread, unless the count already is exact: for a caller about
    // to read every row (an export), which needs the real end.
    void countExactly();

    // Results the planner estimates at this many rows or more are counted in the background
    // (dialects with estimates only). 0: always, however small (tests).
    void setEstimateThreshold(qint64 rows) { m_estimateThreshold = rows; }
    qint64 estimateThreshold() const { return m_estimateThreshold; }

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setCachedPageLimit(int pages);
    // For tests and benchmarks: how many SQL statements the model has run.
    int queryCount() const { return m_queries; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void errorOccurred(const QString& message);
    // After every count and estimate: the number of rows the current filter matches (read
    // totalIsExact() to tell which it is).
    void totalRowsChanged(qint64 rows);
    // A background count finished and changed the shape to `rows`; totalIsExact() is now true.
    void exactCountReady(qint64 rows);

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
    // What counts and deep jumps read: fromClause() unless the subclass knows a narrower one
    // (fewer joins) that holds exactly the same rows for the current filter and, when
    // `withOrder`, the columns of sortTerms().
    virtual QString narrowFromClause(bool withOrder) const
    {
        Q_UNUSED(withOrder);
        return fromClause();
    }
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
    // The reason a read failed: the lost connection when that is why (the Store is told), else the
    // database's words after `what`.
    QString readFailure(const QString& what, const QSqlError& error) const;
    // False (and the lost connection reported) when the store's connection is lost.
    bool connectedForReading() const;

private:
    struct Page {
        QList<QVariantList> rows;
        quint64 lastUse = 0;
        // Placed counting from the end of the table (reversed OFFSET, or keyset next to such a
        // page): right only while the total it was read under holds.
        bool fromEnd = false;
    };
    // What a background count sends back; `generation` says which count it answers.
    struct ExactCount {
        quint64 generation = 0;
        qint64 rows = -1;
        QString error;
    };

    bool loadPage(int page) const;
    bool runPage(int page, const QString& keysetCondition, const QVariantList& keysetBinds, bool reverse, int limit,
                 qint64 offset, QList<QVariantList>& rows) const;
    // The sort key of the row `offset` rows from the start (or from the end when `reverse`);
    // empty when there is no such row.
    bool keyAt(qint64 offset, bool reverse, QVariantList& key) const;
    // The exact count on this connection; -1 when it failed (the error was reported).
    qint64 count() const;
    // The planner's estimate, or -1 when the dialect has none.
    qint64 estimate() const;
    QString countStatement(const QString& what, QVariantList& binds) const;
    // Forgets any count still running: its answer will be ignored.
    void newCountGeneration();
    void startBackgroundCount();
    static ExactCount countOnOwnConnection(quint64 generation, std::shared_ptr<const std::atomic<quint64>> wanted,
                                           const QString& sourceConnection, const StoreUrl& url, const QString& sql,
                                           const QVariantList& binds);
    void backgroundCountFinished();
    // Inserts or removes rows at the end (no reset) and re-reads what moved.
    void changeTotal(qint64 total);
    void dropShiftedPages(qint64 total);
    void evict() const;
    int rowsInPage(int page) const;

    Store* m_store = nullptr;
    qint64 m_total = 0;
    bool m_exact = true;
    qint64 m_estimateThreshold = 100000;
    quint64 m_countGeneration = 0;
    // The generation whose count is still wanted, shared with the worker so a count queued
    // behind others skips the work once overtaken; 0 when the model is gone.
    std::shared_ptr<std::atomic<quint64>> m_wantedCount;
    QFutureWatcher<ExactCount> m_countWatcher;
    int m_pageSize = 200;
    int m_cachedPageLimit = 64;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable int m_queries = 0;
    mutable QString m_lastError;
};
