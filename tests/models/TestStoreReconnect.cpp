#include "PrivatePostgres.h"
#include "TestStores.h"

#include "store/Store.h"
#include "store/StoreReconnector.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QTest>

// A server store's connection survives a restart of the server: the Store notices the loss,
// refuses statements meanwhile, and StoreReconnector opens it again with backoff.
class TestStoreReconnect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backoffDoublesUpToTheCap();
    void sqliteHasNoConnectionToLose();
    void failedStatementMarksTheConnectionLost();
    void reconnectsAfterTheServerRestarts();

private:
    std::unique_ptr<Store> openPrivate();

    PrivatePostgres m_server;
    TestStores m_stores;
};

void TestStoreReconnect::initTestCase()
{
    if (!PrivatePostgres::available()) {
        if (qEnvironmentVariableIsSet("SMSOTP_REQUIRE_PG"))
            QFAIL("SMSOTP_REQUIRE_PG is set but PG_THROWAWAY_BIN has no initdb");
        return;
    }
    const QString error = m_server.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

std::unique_ptr<Store> TestStoreReconnect::openPrivate()
{
    if (!PrivatePostgres::available())
        return nullptr;
    Result<std::unique_ptr<Store>> opened =
        Store::open(*StoreUrl::parse(m_server.url()), PrivatePostgres::password(), Store::OpenMode::CreateIfMissing);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error()));
        return nullptr;
    }
    return opened.take();
}

void TestStoreReconnect::backoffDoublesUpToTheCap()
{
    std::unique_ptr<Store> store = m_stores.openFresh(QStringLiteral("sqlite"));
    QVERIFY(store);
    StoreReconnector reconnector(*store);
    QCOMPARE(reconnector.delayBefore(1), 1000);
    QCOMPARE(reconnector.delayBefore(2), 2000);
    QCOMPARE(reconnector.delayBefore(3), 4000);
    QCOMPARE(reconnector.delayBefore(4), 8000);
    QCOMPARE(reconnector.delayBefore(5), 10000);
    QCOMPARE(reconnector.delayBefore(50), 10000);
    reconnector.setBackoff(100, 300);
    QCOMPARE(reconnector.delayBefore(2), 200);
    QCOMPARE(reconnector.delayBefore(3), 300);
}

void TestStoreReconnect::sqliteHasNoConnectionToLose()
{
    std::unique_ptr<Store> store = m_stores.openFresh(QStringLiteral("sqlite"));
    QVERIFY(store);
    StoreReconnector reconnector(*store);
    QVERIFY(store->checkConnection());
    QVERIFY(store->isConnected());
    QVERIFY(store->reconnect());
    QCOMPARE(reconnector.state(), StoreReconnector::State::Connected);
}

void TestStoreReconnect::failedStatementMarksTheConnectionLost()
{
    if (!PrivatePostgres::available())
        QSKIP("no PostgreSQL server binaries (PG_THROWAWAY_BIN)");
    std::unique_ptr<Store> store = openPrivate();
    QVERIFY(store);
    QSignalSpy lost(store.get(), &Store::connectionLost);
    // A statement the server refuses is no lost connection.
    QVERIFY(!store->exec(QStringLiteral("SELECT * FROM no_such_table"), QStringLiteral("Reading")));
    QVERIFY(store->isConnected());
    QCOMPARE(lost.count(), 0);

    QString error = m_server.stop();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Status failed = store->exec(QStringLiteral("SELECT 1"), QStringLiteral("Reading"));
    QVERIFY(!failed);
    QVERIFY(!store->isConnected());
    QCOMPARE(lost.count(), 1);
    // Fail closed: every later statement is refused with the reason, not sent.
    const Status refused = store->setMetaValue(QStringLiteral("note"), QStringLiteral("x"));
    QVERIFY(!refused);
    QCOMPARE(refused.error(), store->notConnectedMessage());
    const Status transaction = store->transaction([] { return Status(); });
    QCOMPARE(transaction.error(), store->notConnectedMessage());
    QVERIFY(!store->reconnect());
    QVERIFY(!store->isConnected());

    error = m_server.restart();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSignalSpy restored(store.get(), &Store::connectionRestored);
    QVERIFY(store->reconnect());
    QCOMPARE(restored.count(), 1);
    QVERIFY(store->isConnected());
    // The write refused while lost did not happen later behind anyone's back.
    QVERIFY(store->metaValue(QStringLiteral("note")).isEmpty());
}

void TestStoreReconnect::reconnectsAfterTheServerRestarts()
{
    if (!PrivatePostgres::available())
        QSKIP("no PostgreSQL server binaries (PG_THROWAWAY_BIN)");
    std::unique_ptr<Store> store = openPrivate();
    QVERIFY(store);
    const QString uuid = store->uuid();
    StoreReconnector reconnector(*store);
    reconnector.setCheckInterval(50);
    reconnector.setBackoff(50, 200);
    QSignalSpy states(&reconnector, &StoreReconnector::stateChanged);
    QSignalSpy reconnected(&reconnector, &StoreReconnector::reconnected);
    QSignalSpy restored(store.get(), &Store::connectionRestored);
    // A statement parsed on the first connection, cached by the Store.
    const QString select = QStringLiteral("SELECT value FROM store_meta WHERE name = ?");
    {
        Store::Prepared q = store->prepared(select);
        q->addBindValue(QStringLiteral("uuid"));
        QVERIFY(q->exec() && q->next());
    }

    QString error = m_server.stop();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Nobody runs a statement: the idle check notices, and the attempts fail while it is down.
    QTRY_COMPARE_WITH_TIMEOUT(reconnector.state(), StoreReconnector::State::Lost, 30000);
    QVERIFY(!store->isConnected());
    QTRY_VERIFY_WITH_TIMEOUT(reconnector.attempt() >= 3, 30000);
    QVERIFY(!reconnector.lastError().isEmpty());
    QCOMPARE(reconnected.count(), 0);

    error = m_server.restart();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(reconnector.state(), StoreReconnector::State::Connected, 30000);
    QCOMPARE(reconnected.count(), 1);
    QCOMPARE(restored.count(), 1);
    QCOMPARE(reconnector.attempt(), 0);
    QVERIFY(store->isConnected());
    QCOMPARE(store->uuid(), uuid);
    // The cached statement belonged to the old connection; the new one parses it again.
    {
        Store::Prepared q = store->prepared(select);
        q->addBindValue(QStringLiteral("uuid"));
        QVERIFY2(q->exec() && q->next(), qPrintable(q->lastError().text()));
        QCOMPARE(q->value(0).toString(), uuid);
    }
    QVERIFY(store->setMetaValue(QStringLiteral("note"), QStringLiteral("after")));
    QCOMPARE(store->metaValue(QStringLiteral("note")), QStringLiteral("after"));
    QVERIFY(states.count() >= 4);
}

QTEST_GUILESS_MAIN(TestStoreReconnect)
#include "TestStoreReconnect.moc"
