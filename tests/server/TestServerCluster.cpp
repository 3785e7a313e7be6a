#include "ServerHarness.h"
#include "TestStores.h"

#include <QTest>

// Two smsotp-server processes on one PostgreSQL store behave exactly as one: the block counter
// and the spam protection live in the store, so requests spread over both servers reach the
// block and the spam threshold at the same request as on a single server.
class TestServerCluster : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void twoServersCountAsOne();
    void concurrentFailuresBlockOnce();

private:
    bool prepare(ServerHarness& h, int servers);
    QList<int> scenario(ServerHarness& h, int servers);

    TestStores m_stores;
    QByteArray m_token;
};

void TestServerCluster::initTestCase()
{
    if (!TestStores::dialects().contains(QLatin1String("postgresql")))
        QSKIP("no PostgreSQL configured (scripts/test starts one)");
}

bool TestServerCluster::prepare(ServerHarness& h, int servers)
{
    QString error;
    if (!h.prepare(m_stores.freshUrl(QStringLiteral("postgresql")), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    const QList<QStringList> setup = {
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("block.attemptsBeforeBlock=4"),
         QStringLiteral("block.unblockMinutes=0"), QStringLiteral("spamProtection.enabled=true"),
         QStringLiteral("spamProtection.windowSeconds=600"), QStringLiteral("spamProtection.thresholdMessages=5"),
         QStringLiteral("spamProtection.minSuccessPercent=85")},
        {QStringLiteral("users"), QStringLiteral("register"), QStringLiteral("alice"), QStringLiteral("+79161234567")},
        {QStringLiteral("users"), QStringLiteral("register"), QStringLiteral("bob"), QStringLiteral("+79161112233")}};
    for (const QStringList& args : setup)
        if (h.cli(args).exitCode != 0)
            return false;
    m_token = h.createToken(QStringLiteral("cluster"), {QStringLiteral("otp:request"), QStringLiteral("otp:verify")});
    for (int i = 0; i < servers; ++i)
        if (h.start({}, &error) != i) {
            qWarning("%s", qPrintable(error));
            return false;
        }
    return !m_token.isEmpty();
}

// The event codes of one fixed sequence of calls, taking turns over the servers.
QList<int> TestServerCluster::scenario(ServerHarness& h, int servers)
{
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (int i = 0; i < servers; ++i)
        clients.push_back(h.client(i));
    int turn = 0;
    const auto next = [&]() -> RawHttpClient& {
        return *clients.at(size_t(turn++ % servers));
    };
    const QJsonObject alice{{QStringLiteral("login"), QStringLiteral("alice")}};
    const QJsonObject wrong{{QStringLiteral("login"), QStringLiteral("alice")},
                            {QStringLiteral("code"), QStringLiteral("x")}};
    const QJsonObject bob{{QStringLiteral("login"), QStringLiteral("bob")}};
    QList<int> codes;
    codes << next().postJson("/api/v1/otp/request", alice, m_token).code();
    for (int i = 0; i < 5; ++i)
        codes << next().postJson("/api/v1/otp/verify", wrong, m_token).code();
    codes << next().postJson("/api/v1/otp/request", alice, m_token).code();
    for (int i = 0; i < 7; ++i)
        codes << next().postJson("/api/v1/otp/request", bob, m_token).code();
    return codes;
}

void TestServerCluster::twoServersCountAsOne()
{
    ServerHarness one;
    QVERIFY(prepare(one, 1));
    const QList<int> single = scenario(one, 1);
    ServerHarness two;
    QVERIFY(prepare(two, 2));
    const QList<int> pair = scenario(two, 2);
    QCOMPARE(pair, single);
    // The sequence itself: blocked at the 4th failure; spam protection stops the 7th message.
    const QList<int> expected = {1001, 1003, 1003, 1003, 1004, 1203, 1203, 1001, 1001, 1001, 1001, 1001, 1204, 1204};
    QCOMPARE(pair, expected);
}

void TestServerCluster::concurrentFailuresBlockOnce()
{
    ServerHarness h;
    QVERIFY(prepare(h, 2));
    auto setup = h.client(0);
    QCOMPARE(
        setup->postJson("/api/v1/otp/request", {{QStringLiteral("login"), QStringLiteral("alice")}}, m_token).code(),
        1001);
    constexpr int kCallers = 8;
    std::vector<std::unique_ptr<RawHttpClient>> callers;
    for (int i = 0; i < kCallers; ++i)
        callers.push_back(h.client(i % 2));
    const QByteArray body = R"({"login":"alice","code":"x"})";
    const QByteArray request =
        "POST /api/v1/otp/verify HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_token +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    for (auto& c : callers)
        QVERIFY(c->sendRaw(request));
    QMap<int, int> counts;
    for (auto& c : callers)
        ++counts[c->readResponse().code()];
    QCOMPARE(counts.value(1003), 3);
    QCOMPARE(counts.value(1004), 1);
    QCOMPARE(counts.value(1203), kCallers - 4);
}

QTEST_GUILESS_MAIN(TestServerCluster)
#include "TestServerCluster.moc"
