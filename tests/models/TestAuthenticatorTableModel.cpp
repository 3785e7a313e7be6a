#include "TestStores.h"
#include "crypto/StoreKey.h"
#include "items/AuthenticatorTableModel.h"
#include "store/AuthenticatorRepository.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>

#include <algorithm>

// The help desk's authenticator table on SQLite and PostgreSQL: it reads pages on demand in
// SQL order, whichever way it is walked, and its searches and filters match what they say.
class TestAuthenticatorTableModel : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        TestStores stores;
        std::unique_ptr<Store> store;
        StoreKey key = StoreKey::generate();
        QStringList keys; // every login key, in the model's order
    };

    static const QDateTime& t0()
    {
        static const QDateTime at(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC);
        return at;
    }

    // 60 authenticators: numbered users, names sharing prefixes, LIKE's wildcards and a
    // non-ASCII login; every 7th blocked, every 11th denied, every 5th with failures.
    std::unique_ptr<Fixture> fixture()
    {
        QFETCH_GLOBAL(QString, dialect);
        auto f = std::make_unique<Fixture>();
        f->store = f->stores.openFresh(dialect);
        if (!f->store)
            return nullptr;
        AuthenticatorRepository repo(*f->store, &f->key);
        QStringList logins = {QStringLiteral("anna.berg"), QStringLiteral("anna.lind"), QStringLiteral("Annika"),
                              QStringLiteral("bo"),        QStringLiteral("Björn"),     QStringLiteral("carl_x"),
                              QStringLiteral("carlax"),    QStringLiteral("d%e"),       QStringLiteral("dxe"),
                              QStringLiteral("zz.last")};
        for (int i = 0; i < 50; ++i)
            logins << QStringLiteral("user%1").arg(i, 3, 10, QLatin1Char('0'));
        for (int i = 0; i < logins.size(); ++i) {
            const QString phone = QStringLiteral("+7916100%1").arg(i, 4, 10, QLatin1Char('0'));
            auto id = repo.insert(logins[i], phone, QStringLiteral("+7"), QStringLiteral("Name %1").arg(i),
                                  QStringLiteral("comment %1").arg(i), t0().addSecs(qint64(logins.size() - i) * 60));
            if (!id) {
                qWarning("%s", qPrintable(id.error()));
                return nullptr;
            }
            if (i % 7 == 3)
                repo.block(logins[i],
                           i % 2 ? Authenticator::BlockState::UntilUnblock : Authenticator::BlockState::UntilTime,
                           t0().addDays(400));
            if (i % 11 == 4)
                repo.setUseDenied(logins[i], true);
            if (i % 5 == 1)
                repo.recordFailure(logins[i], i % 4 + 1, t0().addSecs(i));
            f->keys << AuthenticatorRepository::loginKey(logins[i]);
        }
        // Code-point order: what SQLite's BINARY and PostgreSQL's "C" collation both give.
        std::sort(f->keys.begin(), f->keys.end());
        return f;
    }

    static QStringList column(AuthenticatorTableModel& model, const QList<int>& rows)
    {
        QStringList result;
        for (int row : rows)
            result << AuthenticatorRepository::loginKey(
                model.index(row, AuthenticatorTableModel::Login).data().toString());
        return result;
    }

    static QStringList all(AuthenticatorTableModel& model)
    {
        QList<int> rows;
        for (int i = 0; i < model.rowCount(); ++i)
            rows << i;
        return column(model, rows);
    }

private Q_SLOTS:
    void initTestCase_data();
    void passesTheModelTester();
    void readsEveryRowInOrderWhicheverWayItIsWalked();
    void searchesLoginsByPrefixAndSubstring();
    void findsAPhoneNumberExactly();
    void filtersByStatus();
    void combinesSearchAndStatus();
    void sortsInSql();
    void jumpsAgreeWithWalkingForEveryFilterAndOrder();
    void refreshKeepsShapeWhenTheCountIsUnchanged();
    void showsStatusInWords();
    void neverHoldsMoreThanItsPageLimit();
    void countsLargeResultsInTheBackgroundOnAServer();
};

void TestAuthenticatorTableModel::initTestCase_data()
{
    TestStores::addDialectRows();
}

void TestAuthenticatorTableModel::passesTheModelTester()
{
    auto f = fixture();
    QVERIFY(f);
    AuthenticatorTableModel model;
    model.setPageSize(8);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(f->store.get());
    model.setStoreKey(&f->key);
    QCOMPARE(model.rowCount(), 60);
    QCOMPARE(model.columnCount(), int(AuthenticatorTableModel::ColumnCount));
    model.setSearch(QStringLiteral("anna"));
    model.setStatusFilter(AuthenticatorTableModel::StatusFilter::Blocked);
    model.setStatusFilter(AuthenticatorTableModel::StatusFilter::All);
    model.sort(AuthenticatorTableModel::RegisteredAt, Qt::DescendingOrder);
    model.refreshAll();
    model.setStore(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestAuthenticatorTableModel::readsEveryRowInOrderWhicheverWayItIsWalked()
{
    auto f = fixture();
    QVERIFY(f);
    for (int pageSize : {1, 7, 60, 200}) {
        AuthenticatorTableModel model;
        model.setPageSize(pageSize);
        model.setStore(f->store.get());
        QCOMPARE(all(model), f->keys);

        // Backwards from the last row: reverse OFFSET pages, then keyset before each page.
        AuthenticatorTableModel backwards;
        backwards.setPageSize(pageSize);
        backwards.setStore(f->store.get());
        QList<int> rows;
        for (int i = 59; i >= 0; --i)
            rows << i;
        QStringList expected = f->keys;
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(column(backwards, rows), expected);

        // Jumps: the middle, the end, the start, with a tiny cache that keeps forgetting.
        AuthenticatorTableModel jumping;
        jumping.setPageSize(pageSize);
        jumping.setCachedPageLimit(2);
        jumping.setStore(f->store.get());
        QRandomGenerator random(pageSize);
        for (int n = 0; n < 100; ++n) {
            const int row = int(random.bounded(60));
            QCOMPARE(column(jumping, {row}).first(), f->keys.at(row));
        }
    }
}

void TestAuthenticatorTableModel::searchesLoginsByPrefixAndSubstring()
{
    auto f = fixture();
    QVERIFY(f);
    AuthenticatorTableModel model;
    model.setPageSize(4);
    model.setStore(f->store.get());
    const auto expect = [&](const QString& text, AuthenticatorTableModel::SearchMode mode, const QStringList& keys) {
        model.setSearch(text, mode);
        QCOMPARE(all(model), keys);
        QCOMPARE(model.totalRows(), qint64(keys.size()));
    };
    using M = AuthenticatorTableModel::SearchMode;
    expect(QStringLiteral("ANNA"), M::LoginPrefix, {QStringLiteral("anna.berg"), QStringLiteral("anna.lind")});
    expect(QStringLiteral("ann"), M::LoginPrefix,
           {QStringLiteral("anna.berg"), QStringLiteral("anna.lind"), QStringLiteral("annika")});
    expect(QStringLiteral("  bjö"), M::LoginPrefix, {QStringLiteral("björn")});
    expect(QStringLiteral("user04"), M::LoginPrefix,
           {QStringLiteral("user040"), QStringLiteral("user041"), QStringLiteral("user042"), QStringLiteral("user043"),
            QStringLiteral("user044"), QStringLiteral("user045"), QStringLiteral("user046"), QStringLiteral("user047"),
            QStringLiteral("user048"), QStringLiteral("user049")});
    expect(QStringLiteral("nobody"), M::LoginPrefix, {});
    expect(QStringLiteral("lind"), M::LoginPrefix, {});
    expect(QStringLiteral("lind"), M::LoginContains, {QStringLiteral("anna.lind")});
    expect(QStringLiteral("RN"), M::LoginContains, {QStringLiteral("björn")});
    // LIKE's wildcards are literal characters in a search.
    expect(QStringLiteral("l_x"), M::LoginContains, {QStringLiteral("carl_x")});
    expect(QStringLiteral("d%"), M::LoginPrefix, {QStringLiteral("d%e")});
    expect(QStringLiteral("%"), M::LoginContains, {QStringLiteral("d%e")});
    expect(QString(), M::LoginPrefix, f->keys);
}

void TestAuthenticatorTableModel::findsAPhoneNumberExactly()
{
    auto f = fixture();
    QVERIFY(f);
    AuthenticatorTableModel model;
    model.setStore(f->store.get());
    // Without the key the number cannot be hashed: only logins are searched.
    model.setSearch(QStringLiteral("8 (916) 100-00-12"));
    QVERIFY(!model.searchesPhone());
    QCOMPARE(model.rowCount(), 0);
    model.setStoreKey(&f->key);
    QVERIFY(model.searchesPhone());
    QCOMPARE(all(model), QStringList{QStringLiteral("user002")}); // the 13th registered
    model.setSearch(QStringLiteral("+79161000012"));
    QCOMPARE(all(model), QStringList{QStringLiteral("user002")});
    // A number nobody has, and a prefix of a number, find nothing.
    model.setSearch(QStringLiteral("+79161009999"));
    QCOMPARE(model.rowCount(), 0);
    model.setSearch(QStringLiteral("+7916100"));
    QCOMPARE(model.rowCount(), 0);
}

void TestAuthenticatorTableModel::filtersByStatus()
{
    auto f = fixture();
    QVERIFY(f);
    AuthenticatorTableModel model;
    model.setPageSize(5);
    model.setStore(f->store.get());
    AuthenticatorRepository repo(*f->store, &f->key);
    const QList<Authenticator> every = repo.list({}).value();
    QCOMPARE(every.size(), 60);
    const auto keysWhere = [&](const std::function<bool(const Authenticator&)>& test) {
        QStringList keys;
        for (const Authenticator& a : every)
            if (test(a))
                keys << AuthenticatorRepository::loginKey(a.login);
        std::sort(keys.begin(), keys.end());
        return keys;
    };
    using S = AuthenticatorTableModel::StatusFilter;
    model.setStatusFilter(S::Blocked);
    const QStringList blocked =
        keysWhere([](const Authenticator& a) { return a.blockState != Authenticator::BlockState::None; });
    QVERIFY(blocked.size() >= 8);
    QCOMPARE(all(model), blocked);
    model.setStatusFilter(S::UseDenied);
    QCOMPARE(all(model), keysWhere([](const Authenticator& a) { return a.useDenied; }));
    model.setStatusFilter(S::WithFailures);
    QCOMPARE(all(model), keysWhere([](const Authenticator& a) { return a.failedCount > 0; }));
    model.setStatusFilter(S::Active);
    QCOMPARE(all(model), keysWhere([](const Authenticator& a) {
                 return a.blockState == Authenticator::BlockState::None && !a.useDenied;
             }));
    model.setStatusFilter(S::All);
    QCOMPARE(all(model), f->keys);
}

void TestAuthenticatorTableModel::combinesSearchAndStatus()
{
    auto f = fixture();
    QVERIFY(f);
    AuthenticatorTableModel model;
    model.setStore(f->store.get());
    model.setStoreKey(&f->key);
    model.setStatusFilter(AuthenticatorTableModel::StatusFilter::Blocked);
    model.setSearch(QStringLiteral("user0"));
    for (const QString& key : all(model)) {
        QVERIFY(key.startsWith(QLatin1String("user0")));
        const auto a = AuthenticatorRepository(*f->store, &f->key).find(key).value();
        QVERIFY(a->blockState != Authenticator::BlockState::None);
    }
    QVERIFY(model.rowCount() > 0);
    // The phone of a blocked account (index 3: "bo") is found; that of an active one is not.
    model.setSearch(QStringLiteral("+79161000003"));
    QCOMPARE(all(model), QStringList{QStringLiteral("bo")});
    model.setSearch(QStringLiteral("+79161000002"));
    QCOMPARE(model.rowCount(), 0);
}

void TestAuthenticatorTableModel::sortsInSql()
{
    auto f = fixture();
    QVERIFY(f);
    AuthenticatorTableModel model;
    model.setPageSize(6);
    model.setStore(f->store.get());
    model.sort(AuthenticatorTableModel::Login, Qt::DescendingOrder);
    QStringList reversed = f->keys;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(all(model), reversed);

    // Registered later for earlier logins of the fixture: ascending time is the reverse of insertion.
    model.sort(AuthenticatorTableModel::RegisteredAt, Qt::AscendingOrder);
    QCOMPARE(model.index(0, AuthenticatorTableModel::Login).data().toString(), QStringLiteral("user049"));
    QCOMPARE(model.index(59, AuthenticatorTableModel::Login).data().toString(), QStringLiteral("anna.berg"));
    QList<int> backwards;
    for (int i = 59; i >= 0; --i)
        backwards << i;
    AuthenticatorTableModel walker;
    walker.setPageSize(6);
    walker.setStore(f->store.get());
    walker.sort(AuthenticatorTableModel::RegisteredAt, Qt::AscendingOrder);
    QStringList fromEnd = column(walker, backwards);
    std::reverse(fromEnd.begin(), fromEnd.end());
    QCOMPARE(fromEnd, all(model));

    model.sort(AuthenticatorTableModel::FailedAttempts, Qt::DescendingOrder);
    int previous = 1000;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int failed = model.index(row, AuthenticatorTableModel::FailedAttempts).data().toInt();
        QVERIFY(failed <= previous);
        previous = failed;
    }
    // Nullable columns page by OFFSET; every row still appears once.
    model.sort(AuthenticatorTableModel::LastFailure, Qt::AscendingOrder);
    QStringList seen = all(model);
    std::sort(seen.begin(), seen.end());
    QCOMPARE(seen, f->keys);
    // Phone numbers are encrypted: asking to sort by them changes nothing.
    const QStringList before = all(model);
    model.sort(AuthenticatorTableModel::Phone, Qt::AscendingOrder);
    QCOMPARE(all(model), before);
}

// Counts and deep jumps read the narrowest tables the filter and the order need (schema version 5
// keeps the sign-in state apart): for every filter, order and search, a model that jumps with a
// tiny page and cache shows exactly the rows a model reading from the start shows.
void TestAuthenticatorTableModel::jumpsAgreeWithWalkingForEveryFilterAndOrder()
{
    auto f = fixture();
    QVERIFY(f);
    using S = AuthenticatorTableModel::StatusFilter;
    using M = AuthenticatorTableModel::SearchMode;
    const QList<S> statuses = {S::All, S::Active, S::Blocked, S::UseDenied, S::WithFailures};
    const QList<QPair<QString, M>> searches = {{QString(), M::LoginPrefix},
                                               {QStringLiteral("user0"), M::LoginPrefix},
                                               {QStringLiteral("a"), M::LoginContains},
                                               {QStringLiteral("+79161000024"), M::LoginPrefix}};
    int compared = 0;
    for (S status : statuses) {
        for (const auto& search : searches) {
            for (int sortColumn = 0; sortColumn < AuthenticatorTableModel::ColumnCount; ++sortColumn) {
                if (!AuthenticatorTableModel::isSortable(sortColumn))
                    continue;
                for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    const auto setUp = [&](AuthenticatorTableModel& m, int pageSize) {
                        m.setPageSize(pageSize);
                        m.setStoreKey(&f->key);
                        m.setStore(f->store.get());
                        m.setStatusFilter(status);
                        m.setSearch(search.first, search.second);
                        m.sort(sortColumn, order);
                    };
                    AuthenticatorTableModel walker;
                    setUp(walker, 500);
                    AuthenticatorTableModel jumper;
                    jumper.setCachedPageLimit(2);
                    setUp(jumper, 2);
                    const QString what = QStringLiteral("status %1, search '%2', column %3, order %4")
                                             .arg(int(status))
                                             .arg(search.first)
                                             .arg(sortColumn)
                                             .arg(int(order));
                    QCOMPARE(jumper.rowCount(), walker.rowCount());
                    const QStringList expected = all(walker);
                    QList<int> rows;
                    for (int i = walker.rowCount() - 1; i >= 0; i -= 3)
                        rows << i;
                    for (int i = walker.rowCount() / 2; i >= 0; i -= 5)
                        rows << i;
                    QVERIFY2(expected.size() == walker.rowCount(), qPrintable(what));
                    for (int row : std::as_const(rows)) {
                        const QString seen = column(jumper, {row}).value(0);
                        QVERIFY2(seen == expected.value(row),
                                 qPrintable(what + QStringLiteral(": row %1 is '%2', expected '%3'")
                                                       .arg(row)
                                                       .arg(seen, expected.value(row))));
                    }
                    QVERIFY2(walker.lastError().isEmpty() && jumper.lastError().isEmpty(),
                             qPrintable(what + QStringLiteral(": ") + walker.lastError() + jumper.lastError()));
                    compared += int(rows.size());
                }
            }
        }
    }
    QVERIFY(compared > 1000);
}

void TestAuthenticatorTableModel::refreshKeepsShapeWhenTheCountIsUnchanged()
{
    auto f = fixture();
    QVERIFY(f);
    AuthenticatorTableModel model;
    model.setStore(f->store.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    const int row = int(f->keys.indexOf(QStringLiteral("bo")));
    QVERIFY(model.index(row, AuthenticatorTableModel::Status).data().toString().contains(QLatin1String("blocked")));
    AuthenticatorRepository(*f->store, &f->key).clearBlock(QStringLiteral("bo"));
    model.refreshAll();
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(model.index(row, AuthenticatorTableModel::Status).data().toString(), QStringLiteral("active"));

    AuthenticatorRepository(*f->store, &f->key).remove(QStringLiteral("bo"));
    model.refreshAll();
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 59);
}

void TestAuthenticatorTableModel::showsStatusInWords()
{
    auto f = fixture();
    QVERIFY(f);
    AuthenticatorTableModel model;
    model.setStore(f->store.get());
    const auto status = [&](const QString& key) {
        return model.index(int(f->keys.indexOf(key)), AuthenticatorTableModel::Status).data().toString();
    };
    model.setNow(t0());
    const auto detail = [&](const QString& key) {
        return model.index(int(f->keys.indexOf(key)), AuthenticatorTableModel::Status).data(Qt::ToolTipRole).toString();
    };
    // A short word in the column; the tool tip says why and until when (issue 15).
    QCOMPARE(status(QStringLiteral("bo")), QStringLiteral("blocked")); // index 3, odd
    QCOMPARE(detail(QStringLiteral("bo")),
             QStringLiteral("blocked after too many wrong codes until a help-desk unblock"));
    QCOMPARE(status(QStringLiteral("user000")), QStringLiteral("blocked")); // index 10, even
    QVERIFY(detail(QStringLiteral("user000")).startsWith(QLatin1String("blocked after too many wrong codes until 2")));
    QCOMPARE(status(QStringLiteral("björn")), QStringLiteral("denied")); // index 4
    QCOMPARE(status(QStringLiteral("anna.berg")), QStringLiteral("active"));
    // A timed block whose time has passed is shown as what it is: no longer blocking.
    model.setNow(t0().addDays(500));
    QCOMPARE(status(QStringLiteral("user000")), QStringLiteral("active"));
    QCOMPARE(model.index(int(f->keys.indexOf(QStringLiteral("user000"))), 0)
                 .data(AuthenticatorTableModel::BlockedRole)
                 .toBool(),
             false);
    QVERIFY(
        model.index(int(f->keys.indexOf(QStringLiteral("bo"))), 0).data(AuthenticatorTableModel::BlockedRole).toBool());
    // Sending suspended by the spam protection shows on every account that is otherwise active.
    QVERIFY(f->store->exec(
        QStringLiteral("UPDATE spam_state SET suspended_until = %1").arg(t0().addDays(600).toMSecsSinceEpoch()),
        QStringLiteral("test")));
    model.refreshAll();
    QCOMPARE(status(QStringLiteral("anna.berg")), QStringLiteral("suspended"));
    QCOMPARE(status(QStringLiteral("bo")), QStringLiteral("blocked"));
}

void TestAuthenticatorTableModel::neverHoldsMoreThanItsPageLimit()
{
    auto f = fixture();
    QVERIFY(f);
    AuthenticatorTableModel model;
    model.setPageSize(3);
    model.setCachedPageLimit(4);
    model.setStore(f->store.get());
    const int before = model.queryCount();
    QCOMPARE(all(model).size(), 60);
    // 20 pages, one query each, plus none for rows already read.
    QCOMPARE(model.queryCount() - before, 20);
    model.index(59, 0).data();
    QCOMPARE(model.queryCount() - before, 20);
    model.index(0, 0).data(); // forgotten long ago
    QCOMPARE(model.queryCount() - before, 21);
}

void TestAuthenticatorTableModel::countsLargeResultsInTheBackgroundOnAServer()
{
    QFETCH_GLOBAL(QString, dialect);
    auto f = fixture();
    QVERIFY(f);
    AuthenticatorTableModel model;
    model.setPageSize(7);
    // Every result counts as large: PostgreSQL estimates first, SQLite counts at once regardless.
    model.setEstimateThreshold(0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy exact(&model, &PagedSqlModel::exactCountReady);
    model.setStore(f->store.get());
    model.setStoreKey(&f->key);
    if (dialect == QLatin1String("postgresql")) {
        QVERIFY(!model.totalIsExact());
        QVERIFY(exact.wait(20000));
    }
    QVERIFY(model.totalIsExact());
    QCOMPARE(model.rowCount(), 60);
    QCOMPARE(all(model), f->keys);

    model.setStatusFilter(AuthenticatorTableModel::StatusFilter::Blocked);
    if (!model.totalIsExact())
        QVERIFY(exact.wait(20000));
    QSqlQuery blocked = f->store->query();
    QVERIFY(blocked.exec(QStringLiteral("SELECT count(*) FROM authenticator_state WHERE block_state <> 0")) &&
            blocked.next());
    QCOMPARE(model.totalRows(), blocked.value(0).toLongLong());
    QVERIFY(model.totalRows() >= 8);
    model.sort(AuthenticatorTableModel::Login, Qt::DescendingOrder);
    model.setStatusFilter(AuthenticatorTableModel::StatusFilter::All);
    if (!model.totalIsExact())
        QVERIFY(exact.wait(20000));
    QStringList reversed = f->keys;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(all(model), reversed);
    // Counts of replaced filters run on: let them end before the test database is dropped.
    QThreadPool::globalInstance()->waitForDone(20000);
}

QTEST_GUILESS_MAIN(TestAuthenticatorTableModel)
#include "TestAuthenticatorTableModel.moc"
