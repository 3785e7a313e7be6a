#include "TestStores.h"

#include "store/ServerRegistry.h"
#include "store/Store.h"

#include <QTest>

namespace {
const QDateTime kStart = QDateTime(QDate(2030, 5, 1), QTime(12, 0), Qt::UTC);
} // namespace

class TestServerRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void registerHeartbeatStop_data() { TestStores::addDialectRows(); }
    void registerHeartbeatStop();
    void twoServersOneStore_data() { TestStores::addDialectRows(); }
    void twoServersOneStore();
    void unknownServerRefused_data() { TestStores::addDialectRows(); }
    void unknownServerRefused();
    void oldRowsForgotten_data() { TestStores::addDialectRows(); }
    void oldRowsForgotten();
    void textBounded();
};

void TestServerRegistry::registerHeartbeatStop()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    ServerRegistry registry(*store);
    auto id = registry.registerServer(QStringLiteral("sso1"), QStringLiteral("0.0.0.0:8443"), QStringLiteral("1.2.0"),
                                      kStart);
    QVERIFY2(id, qPrintable(id.error()));
    QVERIFY(id.value() > 0);

    auto servers = registry.list();
    QVERIFY2(servers, qPrintable(servers.error()));
    QCOMPARE(servers->size(), 1);
    ServerInfo s = servers->first();
    QCOMPARE(s.id, id.value());
    QCOMPARE(s.host, QStringLiteral("sso1"));
    QCOMPARE(s.listen, QStringLiteral("0.0.0.0:8443"));
    QCOMPARE(s.version, QStringLiteral("1.2.0"));
    QCOMPARE(s.started, kStart);
    QCOMPARE(s.lastHeartbeat, kStart);
    QCOMPARE(s.requestsServed, qint64(0));
    QVERIFY(s.lastError.isEmpty());
    QCOMPARE(s.state(kStart.addSecs(60)), ServerInfo::State::Running);
    QCOMPARE(s.state(kStart.addSecs(61)), ServerInfo::State::Silent);

    QVERIFY(registry.heartbeat(id.value(), 1234, QStringLiteral("gateway timed out"), kStart.addSecs(50)));
    s = registry.list()->first();
    QCOMPARE(s.lastHeartbeat, kStart.addSecs(50));
    QCOMPARE(s.requestsServed, qint64(1234));
    QCOMPARE(s.lastError, QStringLiteral("gateway timed out"));
    QCOMPARE(s.state(kStart.addSecs(100)), ServerInfo::State::Running);

    QVERIFY(registry.markStopped(id.value(), kStart.addSecs(70)));
    s = registry.list()->first();
    QCOMPARE(s.stopped, kStart.addSecs(70));
    QCOMPARE(s.state(kStart.addSecs(1000)), ServerInfo::State::Stopped);
    QCOMPARE(s.requestsServed, qint64(1234));
}

void TestServerRegistry::twoServersOneStore()
{
    QFETCH(QString, dialect);
    TestStores stores;
    const QString url = stores.freshUrl(dialect);
    auto first = stores.openAgainOrCreate(url);
    auto second = stores.openAgain(url);
    QVERIFY(first && second);
    auto a = ServerRegistry(*first).registerServer(QStringLiteral("b-host"), QStringLiteral("127.0.0.1:8443"),
                                                   QStringLiteral("1"), kStart);
    auto b = ServerRegistry(*second).registerServer(QStringLiteral("a-host"), QStringLiteral("127.0.0.1:8444"),
                                                    QStringLiteral("1"), kStart);
    QVERIFY(a && b);
    QVERIFY(a.value() != b.value());
    QVERIFY(ServerRegistry(*first).markStopped(a.value(), kStart.addSecs(5)));
    auto servers = ServerRegistry(*second).list();
    QVERIFY(servers);
    QCOMPARE(servers->size(), 2);
    // Running servers first.
    QCOMPARE(servers->at(0).id, b.value());
    QCOMPARE(servers->at(1).id, a.value());
    QCOMPARE(servers->at(1).state(kStart.addSecs(6)), ServerInfo::State::Stopped);
}

void TestServerRegistry::unknownServerRefused()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    ServerRegistry registry(*store);
    QVERIFY(!registry.heartbeat(4242, 1, QString(), kStart));
    QVERIFY(!registry.markStopped(4242, kStart));
    QVERIFY(registry.list()->isEmpty());
}

void TestServerRegistry::oldRowsForgotten()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    ServerRegistry registry(*store);
    auto old = registry.registerServer(QStringLiteral("old"), QStringLiteral("l"), QStringLiteral("1"), kStart);
    QVERIFY(old);
    QVERIFY(registry.markStopped(old.value(), kStart));
    auto recent = registry.registerServer(QStringLiteral("recent"), QStringLiteral("l"), QStringLiteral("1"),
                                          kStart.addDays(ServerRegistry::kForgetAfterDays - 1));
    QVERIFY(recent);
    QCOMPARE(registry.list()->size(), 2);
    auto next = registry.registerServer(QStringLiteral("next"), QStringLiteral("l"), QStringLiteral("1"),
                                        kStart.addDays(ServerRegistry::kForgetAfterDays + 1));
    QVERIFY(next);
    auto servers = registry.list();
    QCOMPARE(servers->size(), 2);
    for (const ServerInfo& s : servers.value())
        QVERIFY(s.host != QLatin1String("old"));
}

void TestServerRegistry::textBounded()
{
    QCOMPARE(ServerRegistry::oneLine(QStringLiteral("a\nb\tc\x1b[31m"), 100), QStringLiteral("a b c [31m"));
    QCOMPARE(ServerRegistry::oneLine(QString(5000, QLatin1Char('e')), ServerRegistry::kMaxErrorLength).size(),
             ServerRegistry::kMaxErrorLength);
}

QTEST_GUILESS_MAIN(TestServerRegistry)
#include "TestServerRegistry.moc"
