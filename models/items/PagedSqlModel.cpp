#include "PagedSqlModel.h"

#include "store/Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <limits>

PagedSqlModel::PagedSqlModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

PagedSqlModel::~PagedSqlModel() = default;

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
    m_total = count();
    endResetModel();
    Q_EMIT totalRowsChanged(m_total);
}

void PagedSqlModel::refresh()
{
    const qint64 total = count();
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

void PagedSqlModel::reportError(const QString& message) const
{
    m_lastError = message;
    // data() is const and may run while a view paints; tell the view later, not from inside.
    QMetaObject::invokeMethod(const_cast<PagedSqlModel*>(this), "errorOccurred", Qt::QueuedConnection,
                              Q_ARG(QString, message));
}

qint64 PagedSqlModel::count() const
{
    if (!m_store)
        return 0;
    QStringList conditions;
    QVariantList binds;
    filter(conditions, binds);
    QSqlQuery q = m_store->query();
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT count(*) ") + countFromClause() +
        (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))));
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    ++m_queries;
    if (!q.exec() || !q.next()) {
        reportError(tr("Cannot count the rows: %1").arg(q.lastError().text()));
        return 0;
    }
    return q.value(0).toLongLong();
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
            done = true;
        } else if (next != m_pages.constEnd() && !next->rows.isEmpty()) {
            QString condition;
            QVariantList binds;
            keyset(next->rows.first(), false, condition, binds);
            if (!runPage(page, condition, binds, true, wanted, 0, rows))
                return false;
            std::reverse(rows.begin(), rows.end());
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
        }
    }
    Page p;
    p.rows = std::move(rows);
    p.lastUse = ++m_useCounter;
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
    QSqlQuery q = m_store->query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    ++m_queries;
    if (!q.exec()) {
        reportError(tr("Cannot read the rows: %1").arg(q.lastError().text()));
        return false;
    }
    rows.reserve(limit);
    while (q.next()) {
        const int columns = q.record().count();
        QVariantList values;
        values.reserve(columns);
        for (int i = 0; i < columns; ++i)
            values << q.value(i);
        rows << std::move(values);
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
    QSqlQuery q = m_store->query();
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QLatin1Char(' ') + fromClause() +
        (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", ")) + QStringLiteral(" LIMIT 1 OFFSET ?"));
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(offset);
    ++m_queries;
    if (!q.exec()) {
        reportError(tr("Cannot read the rows: %1").arg(q.lastError().text()));
        return false;
    }
    key.clear();
    if (!q.next())
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
