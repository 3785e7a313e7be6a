#include "TestStores.h"
#include "items/PagedSqlModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>

// The PostgreSQL fixture of a test, which is skipped when no server is configured.
#define POSTGRES_FIXTURE(f)                                                                                            \
    if (!postgres())                                                                                                   \
        QSKIP("No PostgreSQL configured (SMSOTP_TEST_PG_URL)");                                                        \
    auto f = fixture(QStringLiteral("postgresql"));                                                                    \
    QVERIFY(f)

// How the paged model counts: on PostgreSQL a large result shows the planner's estimate at
// once and the exact count follows from a worker thread, changing the shape at the end without
// a reset; SQLite counts exactly at once. The table is analyzed and then a third of it deleted,
// so PostgreSQL's estimate is wrong until the exact count corrects it.
class TestPagedSqlModel : public QObject {
    Q_OBJECT

private:
    // The numbers 1..3000 and a label, ordered by number; the filter is set by the test.
    class NumberModel : public PagedSqlModel {
    public:
        void setFilter(const QStringList& conditions, const QVariantList& binds)
        {
            m_conditions = conditions;
            m_binds = binds;
            reload();
        }
        int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 2; }
        QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
        {
            if (!index.isValid() || role != Qt::DisplayRole)
                return {};
            const QVariantList* values = rowValues(index.row());
            return values ? values->value(index.column()) : QVariant();
        }
        qint64 number(int row) const { return index(row, 0).data().toLongLong(); }

    protected:
        QString selectColumns() const override { return QStringLiteral("n, label"); }
        QString fromClause() const override { return QStringLiteral("FROM numbers"); }
        void filter(QStringList& conditions, QVariantList& binds) const override
        {
            conditions << m_conditions;
            binds << m_binds;
        }
        QList<SortTerm> sortTerms() const override { return {{QStringLiteral("n"), 0, false}}; }

    private:
        QStringList m_conditions;
        QVariantList m_binds;
    };

    struct Fixture {
        TestStores stores;
        std::unique_ptr<Store> store;
    };

    static constexpr int kInserted = 3000;

    // What the table holds after the fixture: 1..3000 without the multiples of 3 (2,000 rows).
    static QList<qint64> expected(const std::function<bool(qint64)>& match = {})
    {
        QList<qint64> numbers;
        for (qint64 n = 1; n <= kInserted; ++n)
            if (n % 3 != 0 && (!match || match(n)))
                numbers << n;
        return numbers;
    }

    static std::unique_ptr<Fixture> fixture(const QString& dialect)
    {
        auto f = std::make_unique<Fixture>();
        f->store = f->stores.openFresh(dialect);
        if (!f->store)
            return nullptr;
        const bool pg = dialect == QLatin1String("postgresql");
        // No autovacuum: its ANALYZE would correct the estimate behind the test's back.
        const QStringList statements = {
            QStringLiteral("CREATE TABLE numbers (n BIGINT PRIMARY KEY, label TEXT NOT NULL)") +
                (pg ? QStringLiteral(" WITH (autovacuum_enabled = false)") : QString()),
            QStringLiteral("WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < %1) "
                           "INSERT INTO numbers (n, label) SELECT g, 'n' || g FROM s")
                .arg(kInserted),
            QStringLiteral("ANALYZE numbers"),
            // Dead rows keep their pages, so the planner still believes in 3,000 rows.
            QStringLiteral("DELETE FROM numbers WHERE n % 3 = 0"),
        };
        for (const QString& sql : statements) {
            const Status s = f->store->exec(sql, QStringLiteral("Preparing the test table"));
            if (!s) {
                qWarning("%s", qPrintable(s.error()));
                return nullptr;
            }
        }
        return f;
    }

    static QList<qint64> all(const NumberModel& model)
    {
        QList<qint64> numbers;
        for (int row = 0; row < model.rowCount(); ++row)
            numbers << model.number(row);
        return numbers;
    }

    static bool postgres() { return TestStores::dialects().contains(QStringLiteral("postgresql")); }

    static QStringList countConnections()
    {
        QStringList names = QSqlDatabase::connectionNames();
        names.removeIf([](const QString& name) { return !name.contains(QLatin1String("-count-")); });
        return names;
    }

    // A millisecond for every row looked at: counting all 2,000 takes two seconds, long enough to
    // act while it runs, while a page of a few rows read in order is quick (EXPLAIN runs nothing).
    static QString slowly() { return QStringLiteral("pg_sleep(0.001) IS NOT NULL"); }

private Q_SLOTS:
    // Counts of replaced filters run on: let them end before the test database is dropped.
    void cleanup() { QThreadPool::globalInstance()->waitForDone(20000); }
    void estimatesFirstThenCountsExactlyOnPostgres();
    void growsAtTheEndWhenTheEstimateWasLow();
    void ignoresTheCountOfAnOldFilter();
    void destroyingTheModelWhileItCountsIsSafe();
    void reportsAFailedCountAndKeepsTheEstimate();
    void refreshKeepsTheShapeOfALargeResult();
    void countExactlyCountsAtOnce();
    void smallEstimatesAreCountedAtOnce();
    void sqliteCountsExactlyAtOnce();
    void estimatesWithValuesOfEveryKind();
};

void TestPagedSqlModel::estimatesFirstThenCountsExactlyOnPostgres()
{
    POSTGRES_FIXTURE(f);
    NumberModel model;
    model.setEstimateThreshold(0);
    model.setPageSize(50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy exact(&model, &PagedSqlModel::exactCountReady);
    QSignalSpy totals(&model, &PagedSqlModel::totalRowsChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setStore(f->store.get());

    const QList<qint64> truth = expected();
    QVERIFY(!model.totalIsExact());
    QCOMPARE(totals.count(), 1);
    const qint64 estimate = model.totalRows();
    // The planner still counts the deleted third: the test sees the estimate corrected.
    QVERIFY2(estimate > truth.size(), qPrintable(QStringLiteral("estimate %1").arg(estimate)));
    QCOMPARE(model.rowCount(), int(estimate));

    // Before the count arrives: the first rows, and the last ones read from the end.
    QCOMPARE(model.number(0), qint64(1));
    QCOMPARE(model.number(model.rowCount() - 1), truth.last());
    QCOMPARE(model.number(model.rowCount() - 51), truth.at(truth.size() - 51));
    QItemSelectionModel selection(&model);
    selection.select(model.index(7, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

    QVERIFY(exact.wait(20000));
    QVERIFY(model.totalIsExact());
    QCOMPARE(exact.count(), 1);
    QCOMPARE(exact.first().first().toLongLong(), qint64(truth.size()));
    QCOMPARE(totals.last().first().toLongLong(), qint64(truth.size()));
    QCOMPARE(model.rowCount(), int(truth.size()));
    // The shape changed at the end, without a reset: the selection stays.
    QCOMPARE(resets.count(), 1);
    QCOMPARE(removed.count(), 1);
    QVERIFY(selection.isRowSelected(7, {}));
    // The pages read from the end are read again at their right places.
    QCOMPARE(model.number(model.rowCount() - 1), truth.last());
    QCOMPARE(model.number(model.rowCount() - 51), truth.at(truth.size() - 51));
    QCOMPARE(all(model), truth);
}

void TestPagedSqlModel::growsAtTheEndWhenTheEstimateWasLow()
{
    POSTGRES_FIXTURE(f);
    NumberModel model;
    model.setEstimateThreshold(0);
    model.setPageSize(4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy exact(&model, &PagedSqlModel::exactCountReady);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setStore(f->store.get());
    // The planner knows nothing of "n % 2": it guesses half a percent of the rows.
    model.setFilter({QStringLiteral("n % 2 = ?")}, {0});
    const QList<qint64> truth = expected([](qint64 n) { return n % 2 == 0; });
    QVERIFY(!model.totalIsExact());
    const int estimate = model.rowCount();
    QVERIFY2(estimate > 0 && estimate < truth.size(), qPrintable(QStringLiteral("estimate %1").arg(estimate)));

    // The last rows the estimate shows are the true last rows until the count arrives.
    QCOMPARE(model.number(estimate - 1), truth.last());
    QCOMPARE(model.number(0), truth.first());
    QItemSelectionModel selection(&model);
    selection.select(model.index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

    QVERIFY(exact.wait(20000));
    QCOMPARE(model.rowCount(), int(truth.size()));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), estimate);
    QCOMPARE(inserted.first().at(2).toInt(), int(truth.size()) - 1);
    QVERIFY(selection.isRowSelected(0, {}));
    // The row that showed the end is in its place now.
    QCOMPARE(model.number(estimate - 1), truth.at(estimate - 1));
    QCOMPARE(model.number(model.rowCount() - 1), truth.last());
    QCOMPARE(all(model), truth);
}

void TestPagedSqlModel::ignoresTheCountOfAnOldFilter()
{
    POSTGRES_FIXTURE(f);
    NumberModel model;
    model.setEstimateThreshold(0);
    model.setPageSize(4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({slowly()}, {});
    model.setStore(f->store.get());
    QVERIFY(!model.totalIsExact());
    QSignalSpy exact(&model, &PagedSqlModel::exactCountReady);
    QSignalSpy totals(&model, &PagedSqlModel::totalRowsChanged);

    // While the slow count of every row runs, the filter narrows to n <= 500.
    model.setFilter({QStringLiteral("n <= ?")}, {500});
    const QList<qint64> truth = expected([](qint64 n) { return n <= 500; });
    QVERIFY(exact.wait(20000));
    QCOMPARE(model.rowCount(), int(truth.size()));
    QVERIFY2(QThreadPool::globalInstance()->activeThreadCount() > 0, "the old count should still be running");
    // The old count finishes later (every row: 2,000) and changes nothing.
    QThreadPool::globalInstance()->waitForDone(20000);
    QTest::qWait(100);
    QCOMPARE(exact.count(), 1);
    QCOMPARE(totals.last().first().toLongLong(), qint64(truth.size()));
    QCOMPARE(model.rowCount(), int(truth.size()));
    QVERIFY(model.totalIsExact());
    QCOMPARE(all(model), truth);
}

void TestPagedSqlModel::destroyingTheModelWhileItCountsIsSafe()
{
    POSTGRES_FIXTURE(f);
    {
        auto model = std::make_unique<NumberModel>();
        model->setEstimateThreshold(0);
        model->setFilter({slowly()}, {});
        model->setStore(f->store.get());
        QVERIFY(!model->totalIsExact());
        model.reset();
    }
    {
        // The store goes away from under a count too (the model first, as the pages do).
        NumberModel model;
        model.setEstimateThreshold(0);
        model.setFilter({slowly()}, {});
        model.setStore(f->store.get());
        QSignalSpy exact(&model, &PagedSqlModel::exactCountReady);
        QSignalSpy errors(&model, &PagedSqlModel::errorOccurred);
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QThreadPool::globalInstance()->waitForDone(20000);
        QTest::qWait(100);
        QCOMPARE(exact.count(), 0);
        QCOMPARE(errors.count(), 0);
        QCOMPARE(model.rowCount(), 0);
    }
    QThreadPool::globalInstance()->waitForDone(20000);
    QTest::qWait(100);
    // Every counting connection was closed and removed by its thread.
    QCOMPARE(countConnections(), QStringList());
    // The store's own connection is untouched.
    QVERIFY(f->store->exec(QStringLiteral("SELECT count(*) FROM numbers"), QStringLiteral("test")));
}

void TestPagedSqlModel::reportsAFailedCountAndKeepsTheEstimate()
{
    POSTGRES_FIXTURE(f);
    NumberModel model;
    model.setEstimateThreshold(0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &PagedSqlModel::errorOccurred);
    QSignalSpy exact(&model, &PagedSqlModel::exactCountReady);
    model.setStore(f->store.get());
    // Planned without complaint, but dividing by zero on the first row counted.
    model.setFilter({QStringLiteral("n / ? > -1")}, {0});
    QVERIFY(!model.totalIsExact());
    const int estimate = model.rowCount();
    // Reading a row fails alike ("Cannot read the rows"); the count's own message says what is shown.
    const auto countMessage = [&]() {
        for (const QList<QVariant>& error : std::as_const(errors))
            if (error.first().toString().contains(QLatin1String("estimate")))
                return error.first().toString();
        return QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!countMessage().isEmpty(), 20000);
    QVERIFY2(countMessage().contains(QLatin1String("division by zero")), qPrintable(countMessage()));
    QCOMPARE(exact.count(), 0);
    QVERIFY(!model.totalIsExact());
    QCOMPARE(model.rowCount(), estimate);
}

void TestPagedSqlModel::refreshKeepsTheShapeOfALargeResult()
{
    POSTGRES_FIXTURE(f);
    NumberModel model;
    model.setEstimateThreshold(0);
    model.setPageSize(16);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy exact(&model, &PagedSqlModel::exactCountReady);
    model.setStore(f->store.get());
    QVERIFY(exact.wait(20000));
    QCOMPARE(model.rowCount(), 2000);
    QItemSelectionModel selection(&model);
    selection.select(model.index(10, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

    QVERIFY(
        f->store->exec(QStringLiteral("INSERT INTO numbers (n, label) VALUES (3001, 'a'), (3002, 'b'), (3004, 'c')"),
                       QStringLiteral("test")));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.refresh();
    // Until counted, the last count stands.
    QVERIFY(!model.totalIsExact());
    QCOMPARE(model.rowCount(), 2000);
    QCOMPARE(model.number(model.rowCount() - 1), qint64(3004));
    QVERIFY(exact.wait(20000));
    QCOMPARE(model.rowCount(), 2003);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(selection.isRowSelected(10, {}));
    QList<qint64> truth = expected();
    truth << 3001 << 3002 << 3004;
    QCOMPARE(model.number(1999), qint64(2999));
    QCOMPARE(all(model), truth);
}

void TestPagedSqlModel::countExactlyCountsAtOnce()
{
    POSTGRES_FIXTURE(f);
    NumberModel model;
    model.setEstimateThreshold(0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy exact(&model, &PagedSqlModel::exactCountReady);
    model.setStore(f->store.get());
    QVERIFY(!model.totalIsExact());
    model.countExactly();
    QVERIFY(model.totalIsExact());
    QCOMPARE(model.rowCount(), 2000);
    QCOMPARE(exact.count(), 1);
    // The background count, overtaken, changes nothing when it ends.
    QThreadPool::globalInstance()->waitForDone(20000);
    QTest::qWait(100);
    QCOMPARE(exact.count(), 1);
    QCOMPARE(model.rowCount(), 2000);
}

void TestPagedSqlModel::smallEstimatesAreCountedAtOnce()
{
    POSTGRES_FIXTURE(f);
    NumberModel model;
    QCOMPARE(model.estimateThreshold(), qint64(100000));
    QSignalSpy exact(&model, &PagedSqlModel::exactCountReady);
    model.setStore(f->store.get());
    // An estimate of 3,000 is below the default threshold: an exact count at once.
    QVERIFY(model.totalIsExact());
    QCOMPARE(model.rowCount(), 2000);
    QCOMPARE(model.queryCount(), 2); // the estimate and the count
    QTest::qWait(50);
    QCOMPARE(exact.count(), 0);
    QCOMPARE(countConnections(), QStringList());
}

void TestPagedSqlModel::sqliteCountsExactlyAtOnce()
{
    auto f = fixture(QStringLiteral("sqlite"));
    QVERIFY(f);
    NumberModel model;
    model.setEstimateThreshold(0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy exact(&model, &PagedSqlModel::exactCountReady);
    model.setStore(f->store.get());
    QVERIFY(model.totalIsExact());
    QCOMPARE(model.rowCount(), 2000);
    model.refresh();
    QVERIFY(model.totalIsExact());
    QTest::qWait(50);
    QCOMPARE(exact.count(), 0);
    QCOMPARE(all(model), expected());

    NumberModel untested;
    untested.setEstimateThreshold(0);
    untested.setStore(f->store.get());
    QCOMPARE(untested.queryCount(), 1); // the count alone: SQLite has no estimate to ask for
}

void TestPagedSqlModel::estimatesWithValuesOfEveryKind()
{
    POSTGRES_FIXTURE(f);
    const SqlDialect& dialect = f->store->dialect();
    // EXPLAIN cannot be prepared, so its values are written in as literals: quotes, backslashes
    // and question marks in a search must stay data.
    const QString hostile = QStringLiteral("it's \\ a ? '; DROP TABLE numbers; --");
    QVERIFY(dialect.estimatedRows(f->store->db(), QStringLiteral("SELECT 1 FROM numbers WHERE label = ? AND n > ?"),
                                  {hostile, qint64(5)}) >= 0);
    QVERIFY(dialect.estimatedRows(f->store->db(),
                                  QStringLiteral("SELECT 1 FROM numbers WHERE label LIKE ? ESCAPE '\\' AND "
                                                 "CAST(label AS BYTEA) <> ? AND n <> ?"),
                                  {QStringLiteral("n1\\_%"), QByteArray("\0\x01'\\?", 5), QVariant()}) >= 0);
    QCOMPARE(dialect.estimatedRows(f->store->db(), QStringLiteral("SELECT 1 FROM numbers WHERE n > ?"), {}), -1);
    QCOMPARE(dialect.estimatedRows(f->store->db(), QStringLiteral("SELECT 1 FROM numbers"), {1}), -1);
    const qint64 all = dialect.estimatedRows(f->store->db(), QStringLiteral("SELECT 1 FROM numbers"), {});
    QVERIFY2(all >= 2000, qPrintable(QString::number(all)));
    // Nothing ran: the table and its rows are all still there.
    QSqlQuery q = f->store->query();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM numbers")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(2000));

    auto lite = fixture(QStringLiteral("sqlite"));
    QVERIFY(lite);
    QCOMPARE(lite->store->dialect().estimatedRows(lite->store->db(), QStringLiteral("SELECT 1 FROM numbers"), {}), -1);
}

QTEST_GUILESS_MAIN(TestPagedSqlModel)
#include "TestPagedSqlModel.moc"
