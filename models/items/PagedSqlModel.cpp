#include "PagedSqlModel.h"

#include "store/RowLoop.h"
#include "store/Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

PagedSqlModel::PagedSqlModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_wantedCount(std::make_shared<std::atomic<quint64>>(0))
{
    connect(&m_countWatcher, &QFutureWatcherBase::finished, this, &PagedSqlModel::backgroundCountFinished);
}

PagedSqlModel::~PagedSqlModel()
{
    // A count still running is left to finish on its own connection (a query cannot be stopped
    // half-way from here); the watcher goes with the model, so its answer reaches nobody. One
    // still queued skips its work.
    m_wantedCount->store(0);
}

void PagedSqlModel::setStore(Store* store)
{
    m_store = store;
    storeChanged();
    reload();
}

int PagedSqlModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    // A view cannot show more rows than an int holds; a billion is far beyond any store.
    return int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

void PagedSqlModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
    m_pages.clear();
}

void PagedSqlModel::setCachedPageLimit(int pages)
{
    m_cachedPageLimit = std::max(2, pages);
    evict();
}

void PagedSqlModel::reload()
{
    beginResetModel();
    m_pages.clear();
    newCountGeneration();
    m_exact = true;
    m_total = 0;
    if (m_store) {
        const qint64 estimated = estimate();
        if (estimated >= 0 && estimated >= m_estimateThreshold) {
            m_total = estimated;
            m_exact = false;
            startBackgroundCount();
        } else {
            m_total = std::max<qint64>(0, count());
        }
    }
    endResetModel();
    Q_EMIT totalRowsChanged(m_total);
}

void PagedSqlModel::refresh()
{
    // Without a connection the rows shown stay as they are, with the reason, rather than become
    // an empty list that looks like an answer.
    if (!connectedForReading())
        return;
    newCountGeneration();
    const qint64 estimated = m_store ? estimate() : -1;
    if (estimated >= 0 && estimated >= m_estimateThreshold) {
        // The last count is a better guess than the planner's when it was of the same order: keep
        // the shape the view has until the exact count says otherwise.
        const qint64 total = m_total >= m_estimateThreshold ? m_total : estimated;
        m_exact = false;
        m_pages.clear();
        if (total != m_total)
            changeTotal(total);
        else if (m_total > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        startBackgroundCount();
        Q_EMIT totalRowsChanged(m_total);
        return;
    }
    const qint64 total = std::max<qint64>(0, count());
    m_exact = true;
    if (total != m_total) {
        beginResetModel();
        m_pages.clear();
        m_total = total;
        endResetModel();
    } else {
        m_pages.clear();
        if (m_total > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    Q_EMIT totalRowsChanged(m_total);
}

void PagedSqlModel::countExactly()
{
    if (m_exact || !m_store)
        return;
    const qint64 total = count();
    if (total < 0)
        return; // reported; the estimate stays
    newCountGeneration();
    m_exact = true;
    changeTotal(total);
    Q_EMIT totalRowsChanged(m_total);
    Q_EMIT exactCountReady(m_total);
}

void PagedSqlModel::reportError(const QString& message) const
{
    m_lastError = message;
    // data() is const and may run while a view paints; tell the view later, not from inside.
    QMetaObject::invokeMethod(const_cast<PagedSqlModel*>(this), "errorOccurred", Qt::QueuedConnection,
                              Q_ARG(QString, message));
}

QString PagedSqlModel::countStatement(const QString& what, QVariantList& binds) const
{
    QStringList conditions;
    filter(conditions, binds);
    return QStringLiteral("SELECT ") + what + QLatin1Char(' ') + narrowFromClause(false) +
           (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")));
}

QString PagedSqlModel::readFailure(const QString& what, const QSqlError& error) const
{
    if (m_store && m_store->noteFailure(error))
        return m_store->notConnectedMessage();
    return what.arg(Store::databaseMessage(error));
}

bool PagedSqlModel::connectedForReading() const
{
    if (!m_store || m_store->isConnected())
        return true;
    reportError(m_store->notConnectedMessage());
    return false;
}

qint64 PagedSqlModel::count() const
{
    if (!m_store)
        return 0;
    if (!connectedForReading())
        return -1;
    QVariantList binds;
    QSqlQuery q = m_store->query();
    q.setForwardOnly(true);
    q.prepare(countStatement(QStringLiteral("count(*)"), binds));
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    ++m_queries;
    if (!q.exec() || !q.next()) {
        reportError(readFailure(tr("Cannot count the rows: %1"), q.lastError()));
        return -1;
    }
    return q.value(0).toLongLong();
}

qint64 PagedSqlModel::estimate() const
{
    QVariantList binds;
    const QString select = countStatement(QStringLiteral("1"), binds);
    const qint64 rows = m_store->dialect().estimatedRows(m_store->db(), select, binds);
    if (rows >= 0)
        ++m_queries; // dialects without estimates answer -1 and run nothing
    return rows;
}

void PagedSqlModel::newCountGeneration()
{
    ++m_countGeneration;
    m_wantedCount->store(m_countGeneration);
}

void PagedSqlModel::startBackgroundCount()
{
    QVariantList binds;
    const QString sql = countStatement(QStringLiteral("count(*)"), binds);
    ++m_queries;
    // The watcher follows the newest count only; an older one still running is ignored.
    m_countWatcher.setFuture(QtConcurrent::run(&PagedSqlModel::countOnOwnConnection, m_countGeneration,
                                               std::shared_ptr<const std::atomic<quint64>>(m_wantedCount),
                                               m_store->db().connectionName(), m_store->url(), sql, binds));
}

PagedSqlModel::ExactCount PagedSqlModel::countOnOwnConnection(quint64 generation,
                                                              std::shared_ptr<const std::atomic<quint64>> wanted,
                                                              const QString& sourceConnection, const StoreUrl& url,
                                                              const QString& sql, const QVariantList& binds)
{
    ExactCount result;
    result.generation = generation;
    if (wanted->load() != generation)
        return result; // overtaken while queued: nobody waits for this answer
    // A connection belongs to the thread that made it, so the clone is made here. It copies the
    // store connection's settings, password included, by name (safe from another thread).
    const QString name = sourceConnection + QStringLiteral("-count-") + QUuid::createUuid().toString(QUuid::Id128);
    const auto failed = [](const QString& why) {
        return tr("The number of rows shown is the database's estimate: counting them exactly failed (%1). "
                  "Refresh to try again.")
            .arg(why);
    };
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(sourceConnection, name);
        const std::unique_ptr<SqlDialect> dialect = SqlDialect::create(url.dialect());
        if (!db.isValid() || !dialect) {
            result.error = failed(tr("the store was closed"));
        } else if (!db.open()) {
            result.error = failed(dialect->describeOpenError(db.lastError(), url));
        } else {
            const Status session = dialect->initSession(db);
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(sql);
            for (const QVariant& b : binds)
                q.addBindValue(b);
            if (!session)
                result.error = failed(session.error());
            else if (!q.exec() || !q.next())
                result.error = failed(Store::databaseMessage(q.lastError()));
            else
                result.rows = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void PagedSqlModel::backgroundCountFinished()
{
    const ExactCount result = m_countWatcher.future().result();
    // Answers a filter, store or reset that is gone: the count shown belongs to another query.
    if (result.generation != m_countGeneration || m_exact)
        return;
    if (result.rows < 0) {
        reportError(result.error);
        return;
    }
    m_exact = true;
    changeTotal(result.rows);
    Q_EMIT totalRowsChanged(m_total);
    Q_EMIT exactCountReady(m_total);
}

void PagedSqlModel::dropShiftedPages(qint64 total)
{
    // Pages placed from the end sit where the old total put them, and a page cut short by the old
    // end may now have more rows; pages read from the start keep their places.
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (it->fromEnd || it->rows.size() < m_pageSize || qint64(it.key() + 1) * m_pageSize > total)
            it = m_pages.erase(it);
        else
            ++it;
    }
}

void PagedSqlModel::changeTotal(qint64 total)
{
    if (total == m_total)
        return;
    const int before = rowCount();
    const int after = int(std::min<qint64>(total, std::numeric_limits<int>::max()));
    // While the rows are inserted or removed, views (and QAbstractItemModelTester) still read
    // them as they were, from the pages as they are; what moved is dropped afterwards.
    if (after > before) {
        beginInsertRows(QModelIndex(), before, after - 1);
        m_total = total;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows(QModelIndex(), after, before - 1);
        m_total = total;
        endRemoveRows();
    } else {
        m_total = total;
    }
    dropShiftedPages(total);
    const int stay = std::min(before, after);
    if (stay > 0)
        Q_EMIT dataChanged(index(0, 0), index(stay - 1, columnCount() - 1));
}

int PagedSqlModel::rowsInPage(int page) const
{
    const qint64 first = qint64(page) * m_pageSize;
    return int(std::clamp<qint64>(m_total - first, 0, m_pageSize));
}

const QVariantList* PagedSqlModel::rowValues(int row) const
{
    if (row < 0 || row >= m_total || !m_store)
        return nullptr;
    const int page = row / m_pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (!loadPage(page))
            return nullptr;
        it = m_pages.find(page);
    }
    it->lastUse = ++m_useCounter;
    const int inPage = row % m_pageSize;
    // Rows deleted since the count leave a short page: show those rows empty until a refresh.
    return inPage < it->rows.size() ? &it->rows.at(inPage) : nullptr;
}

bool PagedSqlModel::loadPage(int page) const
{
    const QList<SortTerm> terms = sortTerms();
    const bool keysetPossible =
        std::none_of(terms.begin(), terms.end(), [](const SortTerm& t) { return t.nullable; }) && !terms.isEmpty();
    const int wanted = rowsInPage(page);
    QList<QVariantList> rows;
    bool done = false;
    bool placedFromEnd = false;

    // "(a, b) > (?, ?)" after the previous page's last row, or "<" before the next page's first.
    const auto keyset = [&](const QVariantList& row, bool after, QString& condition, QVariantList& binds,
                            bool inclusive = false) {
        QStringList expressions, marks;
        for (const SortTerm& t : terms) {
            expressions << t.expression;
            marks << QStringLiteral("?");
            binds << row.value(t.valueIndex);
        }
        const bool greater = after != descending();
        const QString op = greater ? (inclusive ? QStringLiteral(" >= ") : QStringLiteral(" > "))
                                   : (inclusive ? QStringLiteral(" <= ") : QStringLiteral(" < "));
        if (terms.size() == 1)
            condition = expressions.first() + op + marks.first();
        else
            condition = QLatin1Char('(') + expressions.join(QStringLiteral(", ")) + QLatin1Char(')') + op +
                        QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    };

    if (keysetPossible) {
        const auto previous = m_pages.constFind(page - 1);
        const auto next = m_pages.constFind(page + 1);
        if (previous != m_pages.constEnd() && previous->rows.size() == m_pageSize) {
            QString condition;
            QVariantList binds;
            keyset(previous->rows.last(), true, condition, binds);
            if (!runPage(page, condition, binds, false, wanted, 0, rows))
                return false;
            placedFromEnd = previous->fromEnd;
            done = true;
        } else if (next != m_pages.constEnd() && !next->rows.isEmpty()) {
            QString condition;
            QVariantList binds;
            keyset(next->rows.first(), false, condition, binds);
            if (!runPage(page, condition, binds, true, wanted, 0, rows))
                return false;
            std::reverse(rows.begin(), rows.end());
            placedFromEnd = next->fromEnd;
            done = true;
        }
    }
    if (!done) {
        const qint64 first = qint64(page) * m_pageSize;
        const qint64 fromEnd = m_total - first - wanted;
        const bool forward = first <= fromEnd;
        // A deep OFFSET over whole rows makes PostgreSQL read every skipped row from the table
        // (0.9 s at row 500,000). Skipping over the sort key alone is an index-only scan; the page
        // is then read by keyset from that key.
        if (keysetPossible && (forward ? first : fromEnd) > m_pageSize) {
            QVariantList key;
            if (!keyAt(forward ? first : fromEnd, !forward, key))
                return false;
            if (!key.isEmpty()) {
                QString condition;
                QVariantList binds;
                keyset(key, forward, condition, binds, true);
                if (!runPage(page, condition, binds, !forward, wanted, 0, rows))
                    return false;
                if (!forward)
                    std::reverse(rows.begin(), rows.end());
                placedFromEnd = !forward;
                done = true;
            }
        }
    }
    if (!done) {
        const qint64 first = qint64(page) * m_pageSize;
        const qint64 fromEnd = m_total - first - wanted;
        if (first <= fromEnd) {
            if (!runPage(page, {}, {}, false, wanted, first, rows))
                return false;
        } else {
            if (!runPage(page, {}, {}, true, wanted, fromEnd, rows))
                return false;
            std::reverse(rows.begin(), rows.end());
            placedFromEnd = true;
        }
    }
    Page p;
    p.rows = std::move(rows);
    p.lastUse = ++m_useCounter;
    p.fromEnd = placedFromEnd;
    m_pages.insert(page, std::move(p));
    evict();
    return true;
}

bool PagedSqlModel::runPage(int, const QString& keysetCondition, const QVariantList& keysetBinds, bool reverse,
                            int limit, qint64 offset, QList<QVariantList>& rows) const
{
    QStringList conditions;
    QVariantList binds;
    filter(conditions, binds);
    if (!keysetCondition.isEmpty()) {
        conditions << keysetCondition;
        binds << keysetBinds;
    }
    QStringList order;
    const bool desc = descending() != reverse;
    for (const SortTerm& t : sortTerms())
        order << t.expression + (desc ? QStringLiteral(" DESC") : QString());
    const QString sql =
        QStringLiteral("SELECT ") + selectColumns() + QLatin1Char(' ') + fromClause() +
        (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", ")) + QStringLiteral(" LIMIT ? OFFSET ?");
    if (!connectedForReading())
        return false;
    QSqlQuery q = m_store->query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    ++m_queries;
    if (!q.exec()) {
        reportError(readFailure(tr("Cannot read the rows: %1"), q.lastError()));
        return false;
    }
    rows.reserve(limit);
    const Status read = RowLoop::forEach(q, tr("Reading the rows"), [&](QSqlQuery& q) {
        const int columns = q.record().count();
        QVariantList values;
        values.reserve(columns);
        for (int i = 0; i < columns; ++i)
            values << q.value(i);
        rows << std::move(values);
    });
    if (!read) {
        rows.clear();
        reportError(read.error());
        return false;
    }
    return true;
}

bool PagedSqlModel::keyAt(qint64 offset, bool reverse, QVariantList& key) const
{
    QStringList conditions;
    QVariantList binds;
    filter(conditions, binds);
    const QList<SortTerm> terms = sortTerms();
    QStringList columns, order;
    const bool desc = descending() != reverse;
    int width = 0;
    for (const SortTerm& t : terms) {
        columns << t.expression;
        order << t.expression + (desc ? QStringLiteral(" DESC") : QString());
        width = std::max(width, t.valueIndex + 1);
    }
    if (!connectedForReading())
        return false;
    QSqlQuery q = m_store->query();
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QLatin1Char(' ') + narrowFromClause(true) +
        (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", ")) + QStringLiteral(" LIMIT 1 OFFSET ?"));
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(offset);
    ++m_queries;
    if (!q.exec()) {
        reportError(readFailure(tr("Cannot read the rows: %1"), q.lastError()));
        return false;
    }
    key.clear();
    const Result<bool> found = RowLoop::first(q, tr("Reading the rows"));
    if (!found) {
        reportError(found.error());
        return false;
    }
    if (!found.value())
        return true; // the table shrank since it was counted: fall back to OFFSET
    // Laid out like a whole row, so the keyset condition reads each term at its value index.
    key = QVariantList(width);
    for (int i = 0; i < terms.size(); ++i)
        key[terms.at(i).valueIndex] = q.value(i);
    return true;
}

void PagedSqlModel::evict() const
{
    while (m_pages.size() > m_cachedPageLimit) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        m_pages.erase(oldest);
    }
}
