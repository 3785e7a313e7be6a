// How smsotp-server shares a SQLite store between its engine workers (EnginePool): one worker
// uses the store at a time, and one waiting for the SMS gateway gives the store up meanwhile.

#include "LoopbackHttpServer.h"
#include "ServerHarness.h"

#include <QJsonObject>
#include <QScopeGuard>
#include <QtTest>

#include <atomic>
#include <thread>

class TestServerScheduling : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void slowGatewayDoesNotHoldTheStore();
    void cleanupTestCase();

private:
    ServerHarness m_harness;
    LoopbackHttpServer m_gateway;
    QByteArray m_token;
};

void TestServerScheduling::initTestCase()
{
    QString error;
    QVERIFY2(m_harness.prepare({}, &error), qPrintable(error));
    // The gateway keeps every answer back until the test releases it: a provider that is slow.
    m_gateway.setHandler([](const LoopbackHttpServer::Request&) {
        LoopbackHttpServer::Answer a;
        a.body = R"({"count":1,"list":[{"id":"t-1","status":"QUEUE"}]})";
        a.held = true;
        return a;
    });
    const QList<QStringList> setup = {
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("gateway.type=smsapi"),
         QStringLiteral("gateway.address=") + m_gateway.url(), QStringLiteral("gateway.token=tok-123")},
        {QStringLiteral("users"), QStringLiteral("register"), QStringLiteral("alice"), QStringLiteral("+79161234567")},
        {QStringLiteral("users"), QStringLiteral("register"), QStringLiteral("bob"), QStringLiteral("+79161112233")}};
    for (const QStringList& args : setup) {
        const CliRunner::Run r = m_harness.cli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }
    m_token = m_harness.createToken(QStringLiteral("scheduling"),
                                    {QStringLiteral("otp:request"), QStringLiteral("otp:verify")});
    QVERIFY(!m_token.isEmpty());
    QCOMPARE(m_harness.start({}, &error), 0);
    QVERIFY2(m_harness.log().contains(QLatin1String("storeTurns=1")), qPrintable(m_harness.log()));
}

void TestServerScheduling::slowGatewayDoesNotHoldTheStore()
{
    // Each caller on a thread of its own: this thread serves the loopback gateway.
    const auto call = [this](const QByteArray& path, const QJsonObject& body, std::atomic<int>& status) {
        return std::thread([this, path, body, &status] {
            std::unique_ptr<RawHttpClient> client = m_harness.client();
            status = client->postJson(path, body, m_token).status;
        });
    };
    std::atomic<int> alice{-1};
    std::atomic<int> bob{-1};
    std::thread first;
    std::thread second;
    // Whatever fails below, the callers end before their threads are destroyed.
    const auto finish = qScopeGuard([&] {
        m_gateway.releaseHeld();
        for (std::thread* t : {&first, &second})
            if (t->joinable())
                t->join();
    });
    first = call("/api/v1/otp/request", {{QStringLiteral("login"), QStringLiteral("alice")}}, alice);
    QTRY_COMPARE_WITH_TIMEOUT(m_gateway.requests().size(), 1, 60000); // alice's SMS is at the gateway

    // Bob's verification needs the store from start to end; it must not wait for alice's SMS.
    second = call(
        "/api/v1/otp/verify",
        {{QStringLiteral("login"), QStringLiteral("bob")}, {QStringLiteral("code"), QStringLiteral("000000")}}, bob);
    QTRY_VERIFY_WITH_TIMEOUT(bob != -1, 60000);
    QCOMPARE(alice.load(), -1); // still waiting for the gateway
    QCOMPARE(bob.load(), 403);

    m_gateway.releaseHeld();
    QTRY_COMPARE_WITH_TIMEOUT(alice.load(), 200, 60000);
}

void TestServerScheduling::cleanupTestCase()
{
    m_gateway.releaseHeld();
}

QTEST_GUILESS_MAIN(TestServerScheduling)
#include "TestServerScheduling.moc"
