#include "CliRunner.h"
#include "LoopbackHttpServer.h"
#include "SecretForms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// `smsotp-cli test-send` as the real program against a loopback gateway: the message goes
// out with a fresh OTP or the given text, and event 1303 records it without the OTP, the full
// number or the gateway's password.
class TestCliTestSend : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sendsAFreshOtp();
    void sendsACustomText();
    void validateOnly();
    void gatewayFailureExitsOne();
    void gatewayEchoingEverySecretLeavesNoneInJson();
    void badUsage_data();
    void badUsage();

private:
    using Run = CliRunner::Run;
    // Runs the CLI without blocking the event loop, so the loopback server can answer.
    Run cli(const QStringList& args);
    void set(const QStringList& assignments);
    QJsonArray testSendEvents();

    QTemporaryDir m_dir;
    LoopbackHttpServer m_server;
    CliRunner m_runner{QStringLiteral(SMSOTP_CLI_PATH)};
    const QString m_password = QStringLiteral("Megafon-Secret-77");
};

TestCliTestSend::Run TestCliTestSend::cli(const QStringList& args)
{
    return m_runner.run(args);
}

void TestCliTestSend::set(const QStringList& assignments)
{
    const Run r = cli(QStringList{QStringLiteral("settings"), QStringLiteral("set")} + assignments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

QJsonArray TestCliTestSend::testSendEvents()
{
    const Run r = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--code"),
                       QStringLiteral("1303"), QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

void TestCliTestSend::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_runner.setServeEvents(true); // the loopback gateway answers from this thread
    m_runner.setEnv(QStringLiteral("SMSOTP_STORE"),
                    QStringLiteral("sqlite:///") + m_dir.filePath(QStringLiteral("s.db")));
    m_runner.setEnv(QStringLiteral("SMSOTP_PASSPHRASE"), QStringLiteral("correct horse battery staple"));
    const Run r = cli({QStringLiteral("store"), QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    m_server.answer(200, R"({"result":{"msg_id":"cli-1","status":{"code":0,"description":"ok"}}})");
    set({QStringLiteral("gateway.type=megafon"), QStringLiteral("gateway.address=") + m_server.url(),
         QStringLiteral("gateway.login=console"), QStringLiteral("gateway.password=") + m_password,
         QStringLiteral("messageFormat.textBeforeOtp=Code:"), QStringLiteral("messageFormat.sender=Bank")});
}

void TestCliTestSend::sendsAFreshOtp()
{
    const int before = int(m_server.requests().size());
    const Run r = cli({QStringLiteral("test-send"), QStringLiteral("8 (916) 123-45-67")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("+79161234567")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("cli-1")));
    QCOMPARE(m_server.requests().size(), before + 1);
    const QJsonObject body = QJsonDocument::fromJson(m_server.last().body).object();
    const QString text = body.value(QStringLiteral("message")).toString();
    QVERIFY2(text.startsWith(QStringLiteral("Code: ")), qPrintable(text));
    const QString otp = text.mid(6).section(QLatin1Char('\n'), 0, 0);
    QCOMPARE(otp.size(), 6);
    QCOMPARE(body.value(QStringLiteral("from")).toString(), QStringLiteral("Bank"));
    QVERIFY(!r.out.contains(otp) && !r.err.contains(otp));

    const QJsonArray events = testSendEvents();
    QVERIFY(!events.isEmpty());
    const QString all = QString::fromUtf8(QJsonDocument(events).toJson());
    QVERIFY2(!all.contains(otp), qPrintable(all));
    QVERIFY(!all.contains(m_password));
    QVERIFY(!all.contains(QStringLiteral("9161234567")));
    QVERIFY(all.contains(QStringLiteral("cli-1")));
}

void TestCliTestSend::sendsACustomText()
{
    const Run r = cli({QStringLiteral("test-send"), QStringLiteral("+79161234567"), QStringLiteral("--text"),
                       QStringLiteral("Hello from the console")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QJsonObject body = QJsonDocument::fromJson(m_server.last().body).object();
    QCOMPARE(body.value(QStringLiteral("message")).toString(), QStringLiteral("Hello from the console"));
}

void TestCliTestSend::validateOnly()
{
    // Megafon has no test mode: refused, nothing sent.
    const int before = int(m_server.requests().size());
    Run r = cli({QStringLiteral("test-send"), QStringLiteral("+79161234567"), QStringLiteral("--validate-only")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("validate-only")), qPrintable(r.err));
    QCOMPARE(m_server.requests().size(), before);

    LoopbackHttpServer smsapi;
    smsapi.answer(200, R"({"count":1,"list":[{"id":"t-1","status":"QUEUE"}]})");
    set({QStringLiteral("gateway.type=smsapi"), QStringLiteral("gateway.address=") + smsapi.url(),
         QStringLiteral("gateway.token=tok-123")});
    r = cli({QStringLiteral("test-send"), QStringLiteral("+79161234567"), QStringLiteral("--validate-only"),
             QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("validateOnly")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("messageId")).toString(), QStringLiteral("t-1"));
    QVERIFY(smsapi.last().body.contains("test=1"));
    set({QStringLiteral("gateway.type=megafon"), QStringLiteral("gateway.address=") + m_server.url()});
}

void TestCliTestSend::gatewayFailureExitsOne()
{
    LoopbackHttpServer refusing;
    refusing.answer(401, R"({"error":"bad credentials"})");
    set({QStringLiteral("gateway.address=") + refusing.url()});
    const Run r = cli({QStringLiteral("test-send"), QStringLiteral("+79161234567")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("401")), qPrintable(r.err));
    QVERIFY(!r.err.contains(m_password));
    set({QStringLiteral("gateway.address=") + m_server.url()});
}

void TestCliTestSend::gatewayEchoingEverySecretLeavesNoneInJson()
{
    // Issue 12: a proxy's page quoting the request (password, code, number, in every form) in
    // the refusal: the CLI's JSON and event 1303 carry none of it.
    SecretForms::Secrets secrets{QStringLiteral("console"), m_password, {}, {}, {}, QStringLiteral("+79161234567")};
    LoopbackHttpServer echoing;
    echoing.setHandler([&secrets](const LoopbackHttpServer::Request& req) {
        const QString text = QJsonDocument::fromJson(req.body).object().value(QStringLiteral("message")).toString();
        secrets.otp = text.mid(6).section(QLatin1Char('\n'), 0, 0);
        secrets.text = text;
        LoopbackHttpServer::Answer a;
        a.status = 200;
        a.body = R"({"result":{"msg_id":"ECHO","status":{"code":20101,"description":"ECHO"},"payload":{"value":")" +
                 secrets.otp.toUtf8() + R"("}}})";
        a.body.replace("ECHO", secrets.echo());
        return a;
    });
    set({QStringLiteral("gateway.address=") + echoing.url()});
    const Run r = cli({QStringLiteral("test-send"), QStringLiteral("+79161234567"), QStringLiteral("--json")});
    set({QStringLiteral("gateway.address=") + m_server.url()});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(secrets.otp.size(), 6);
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(!o.value(QStringLiteral("gatewayText")).toString().isEmpty(), qPrintable(r.out));
    o.remove(QStringLiteral("to")); // the number the administrator typed, echoed on purpose
    const QString json = QString::fromUtf8(QJsonDocument(o).toJson());
    QString leak = secrets.leakIn(json);
    QVERIFY2(leak.isEmpty(), qPrintable(leak + QStringLiteral(" in: ") + json));
    leak = secrets.leakIn(r.err);
    QVERIFY2(leak.isEmpty(), qPrintable(leak + QStringLiteral(" in: ") + r.err));
    const QString events = QString::fromUtf8(QJsonDocument(testSendEvents()).toJson());
    QVERIFY2(events.contains(QStringLiteral("20101")), qPrintable(events));
    leak = secrets.leakIn(events);
    QVERIFY2(leak.isEmpty(), qPrintable(leak + QStringLiteral(" in: ") + events));
}

void TestCliTestSend::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no phone") << QStringList{QStringLiteral("test-send")};
    QTest::newRow("two phones") << QStringList{QStringLiteral("test-send"), QStringLiteral("1"), QStringLiteral("2")};
    QTest::newRow("text without value") << QStringList{QStringLiteral("test-send"), QStringLiteral("+79161234567"),
                                                       QStringLiteral("--text")};
}

void TestCliTestSend::badUsage()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliTestSend)
#include "TestCliTestSend.moc"
