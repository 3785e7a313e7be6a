#include "PrivatePostgres.h"
#include "ServerHarness.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// smsotp-server survives a restart of its PostgreSQL store: while the database is away every
// request is refused with 503 and the safe message (nothing is allowed without the store), the
// health check says the store is unreachable; once it is back the same process serves again, its
// heartbeat resumes with the outage as its last error, and event 3032 records the outage. SIGTERM
// during an outage still ends the process cleanly.
class TestServerReconnect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void servesAgainAfterTheDatabaseRestarts();
    void shutsDownCleanlyDuringAnOutage();

private:
    RawHttpClient::Response otpRequest(int server);
    RawHttpClient::Response health(int server);
    // Retries `call` (each a new request on a new connection) until it answers `status`.
    bool waitForStatus(const std::function<RawHttpClient::Response()>& call, int status);
    QJsonObject serverRow();
    QList<QJsonObject> events(int code);

    PrivatePostgres m_postgres;
    ServerHarness m_harness;
    QByteArray m_token;
};

void TestServerReconnect::initTestCase()
{
    if (!PrivatePostgres::available()) {
        if (qEnvironmentVariableIsSet("SMSOTP_REQUIRE_PG"))
            QFAIL("SMSOTP_REQUIRE_PG is set but PG_THROWAWAY_BIN has no initdb");
        QSKIP("no PostgreSQL binaries (scripts/test finds them)");
    }
    QString error = m_postgres.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_harness.setDbPassword(PrivatePostgres::password());
    QVERIFY2(m_harness.prepare(m_postgres.url(), &error), qPrintable(error));
    QCOMPARE(m_harness
                 .cli({QStringLiteral("users"), QStringLiteral("register"), QStringLiteral("alice"),
                       QStringLiteral("+79161234567")})
                 .exitCode,
             0);
    m_token = m_harness.createToken(QStringLiteral("reconnect"), {QStringLiteral("otp:request")});
    QVERIFY(!m_token.isEmpty());
}

// A test that failed half-way must not leave the next one without its database.
void TestServerReconnect::cleanup()
{
    if (PrivatePostgres::available() && !m_postgres.running())
        QVERIFY(m_postgres.restart().isEmpty());
}

RawHttpClient::Response TestServerReconnect::otpRequest(int server)
{
    auto client = m_harness.client(server);
    return client->postJson("/api/v1/otp/request", {{QStringLiteral("login"), QStringLiteral("alice")}}, m_token);
}

RawHttpClient::Response TestServerReconnect::health(int server)
{
    return m_harness.client(server)->request("GET", "/api/v1/health");
}

bool TestServerReconnect::waitForStatus(const std::function<RawHttpClient::Response()>& call, int status)
{
    // Reconnect attempts are spaced 1, 2, 4, 8, then 10 s apart: a minute is plenty.
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (call().status == status)
            return true;
        QTest::qWait(250);
    }
    return false;
}

QJsonObject TestServerReconnect::serverRow()
{
    const CliRunner::Run r =
        m_harness.cli({QStringLiteral("servers"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        if (v.toObject().value(QStringLiteral("state")).toString() != QLatin1String("stopped"))
            return v.toObject();
    return {};
}

QList<QJsonObject> TestServerReconnect::events(int code)
{
    const CliRunner::Run r = m_harness.cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--code"),
                                            QString::number(code), QStringLiteral("--json")});
    QList<QJsonObject> rows;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        rows << v.toObject();
    return rows;
}

void TestServerReconnect::servesAgainAfterTheDatabaseRestarts()
{
    QString error;
    const int server = m_harness.start({QStringLiteral("--workers"), QStringLiteral("3")}, &error, false);
    QVERIFY2(server >= 0, qPrintable(error));
    QCOMPARE(otpRequest(server).code(), 1001);
    QCOMPARE(health(server).status, 200);
    const QString beatBefore = serverRow().value(QStringLiteral("lastHeartbeat")).toString();
    QVERIFY(!beatBefore.isEmpty());

    QVERIFY(m_postgres.stop().isEmpty());
    // More requests than workers, so every worker finds its connection gone.
    for (int i = 0; i < 8; ++i) {
        const RawHttpClient::Response refused = otpRequest(server);
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.json().value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(refused.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("The service could not complete the request; try again later."));
    }
    const RawHttpClient::Response down = health(server);
    QCOMPARE(down.status, 503);
    QCOMPARE(down.json().value(QStringLiteral("store")).toString(), QStringLiteral("unreachable"));
    QCOMPARE(m_harness.log(server).count(QLatin1String("store connection lost")), 1);

    QVERIFY(m_postgres.restart().isEmpty());
    // The same process, without a restart.
    QVERIFY(waitForStatus([&] { return otpRequest(server); }, 200));
    for (int i = 0; i < 6; ++i)
        QCOMPARE(otpRequest(server).code(), 1001);
    QCOMPARE(health(server).status, 200);
    QCOMPARE(m_harness.process(server).state(), QProcess::Running);

    // The heartbeat resumes and the row shows the outage; the outage is one event.
    // Only a heartbeat written after the outage can hold the outage as the row's last error.
    QTRY_VERIFY_WITH_TIMEOUT(serverRow()
                                 .value(QStringLiteral("lastError"))
                                 .toString()
                                 .startsWith(QLatin1String("store connection lost at ")),
                             60000);
    const QJsonObject row = serverRow();
    QVERIFY2(row.value(QStringLiteral("lastError")).toString().contains(QLatin1String("restored after")),
             qPrintable(row.value(QStringLiteral("lastError")).toString()));
    QVERIFY(row.value(QStringLiteral("lastHeartbeat")).toString() >= beatBefore);
    QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    QTRY_COMPARE_WITH_TIMEOUT(events(3032).size(), 1, 60000);
    const QJsonObject event = events(3032).constFirst();
    QVERIFY2(event.value(QStringLiteral("message")).toString().contains(QLatin1String("restored after")),
             qPrintable(event.value(QStringLiteral("message")).toString()));
    QVERIFY(event.value(QStringLiteral("actor")).toString().startsWith(QLatin1String("server:")));
    const QString log = m_harness.log(server);
    QCOMPARE(log.count(QLatin1String("store connection lost")), 1);
    QCOMPARE(log.count(QLatin1String("store connection restored")), 1);
    QVERIFY(!log.contains(PrivatePostgres::password()));

    QCOMPARE(m_harness.stop(server), 0);
}

void TestServerReconnect::shutsDownCleanlyDuringAnOutage()
{
    QString error;
    const int server = m_harness.start({QStringLiteral("--workers"), QStringLiteral("2")}, &error, false);
    QVERIFY2(server >= 0, qPrintable(error));
    QCOMPARE(otpRequest(server).code(), 1001);
    QVERIFY(m_postgres.stop().isEmpty());
    QCOMPARE(otpRequest(server).status, 503);
    QCOMPARE(health(server).status, 503);

    // The harness waits up to a minute; the server's own bound is far below (docs/server-service.md).
    QCOMPARE(m_harness.stop(server), 0);
    QVERIFY(m_harness.log(server).contains(QLatin1String("stopped")));
}

QTEST_GUILESS_MAIN(TestServerReconnect)
#include "TestServerReconnect.moc"
