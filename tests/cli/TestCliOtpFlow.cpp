#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The engine end to end through the real smsotp-cli: register, request (through the
// development gateway's outbox), verify, block, unblock, the IP allow-list and the event log.
class TestCliOtpFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestThenVerifyOnce();
    void wrongCodesBlockThenUnblock();
    void allowListRefusesWith1201();
    void eventsHoldNeitherCodeNorPhone();
    void phoneSearchNeedsPassphrase();
    void badUsage_data();
    void badUsage();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList& args, bool withPassphrase = true);
    void ok(const QStringList& args);
    QString lastCodeSentTo(const QString& phone);

    QTemporaryDir m_dir;
    CliRunner m_runner{QStringLiteral(SMSOTP_CLI_PATH)};
    QStringList m_codes;
};

TestCliOtpFlow::Run TestCliOtpFlow::cli(const QStringList& args, bool withPassphrase)
{
    if (withPassphrase)
        return m_runner.run(args);
    return m_runner.run(args, {{QStringLiteral("SMSOTP_PASSPHRASE"), QString()}});
}

void TestCliOtpFlow::ok(const QStringList& args)
{
    const Run r = cli(args);
    QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.out + r.err));
}

// The development gateway appends one JSON line per message; the OTP is the message text.
QString TestCliOtpFlow::lastCodeSentTo(const QString& phone)
{
    QFile outbox(m_dir.filePath(QStringLiteral("outbox.jsonl")));
    if (!outbox.open(QIODevice::ReadOnly))
        return {};
    QString code;
    const QList<QByteArray> lines = outbox.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("to")).toString() == phone)
            code = o.value(QStringLiteral("text")).toString();
    }
    return code;
}

void TestCliOtpFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_runner.setEnv(QStringLiteral("SMSOTP_STORE"),
                    QStringLiteral("sqlite:///") + m_dir.filePath(QStringLiteral("s.db")));
    m_runner.setEnv(QStringLiteral("SMSOTP_PASSPHRASE"), QStringLiteral("correct horse battery staple"));
    ok({QStringLiteral("store"), QStringLiteral("init")});
    ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("gateway.type=devFile"),
        QStringLiteral("gateway.filePath=") + m_dir.filePath(QStringLiteral("outbox.jsonl")),
        QStringLiteral("block.attemptsBeforeBlock=3"), QStringLiteral("block.unblockMinutes=0")});
    ok({QStringLiteral("users"), QStringLiteral("register"), QStringLiteral("alice"),
        QStringLiteral("8 (916) 123-45-67"), QStringLiteral("--comment"), QStringLiteral("front desk")});
    ok({QStringLiteral("users"), QStringLiteral("register"), QStringLiteral("bob"), QStringLiteral("+79161112233")});
}

void TestCliOtpFlow::requestThenVerifyOnce()
{
    const Run sent = cli({QStringLiteral("otp"), QStringLiteral("request"), QStringLiteral("alice")});
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
    QVERIFY2(!sent.out.contains(QStringLiteral("1234567")), "the full number was printed");
    const QString code = lastCodeSentTo(QStringLiteral("+79161234567"));
    QCOMPARE(code.size(), 6);
    m_codes << code;

    const Run good = cli({QStringLiteral("otp"), QStringLiteral("verify"), QStringLiteral("alice"), code}, false);
    QVERIFY2(good.exitCode == 0, qPrintable(good.err));
    const Run again = cli({QStringLiteral("otp"), QStringLiteral("verify"), QStringLiteral("alice"), code}, false);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("error ")), qPrintable(again.err));
}

void TestCliOtpFlow::wrongCodesBlockThenUnblock()
{
    ok({QStringLiteral("otp"), QStringLiteral("request"), QStringLiteral("bob")});
    m_codes << lastCodeSentTo(QStringLiteral("+79161112233"));
    for (int i = 0; i < 3; ++i) {
        const Run r =
            cli({QStringLiteral("otp"), QStringLiteral("verify"), QStringLiteral("bob"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
    }
    const Run listed =
        cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--blocked"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray blocked = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(blocked.size(), 1);
    QCOMPARE(blocked.at(0).toObject().value(QStringLiteral("login")).toString(), QStringLiteral("bob"));

    const Run refused = cli({QStringLiteral("otp"), QStringLiteral("request"), QStringLiteral("bob")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("1203")), qPrintable(refused.err));

    ok({QStringLiteral("users"), QStringLiteral("unblock"), QStringLiteral("bob")});
    ok({QStringLiteral("otp"), QStringLiteral("request"), QStringLiteral("bob")});
    m_codes << lastCodeSentTo(QStringLiteral("+79161112233"));
}

void TestCliOtpFlow::allowListRefusesWith1201()
{
    ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("ipAllowList.enabled=true"),
        QStringLiteral(R"(ipAllowList.entries=[{"ip":"10.0.0.0/8","comment":"office"}])")});
    const Run refused = cli({QStringLiteral("otp"), QStringLiteral("request"), QStringLiteral("alice"),
                             QStringLiteral("--client-ip"), QStringLiteral("192.0.2.5")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("error 1201")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("192.0.2.5")), qPrintable(refused.err));
    ok({QStringLiteral("otp"), QStringLiteral("request"), QStringLiteral("alice"), QStringLiteral("--client-ip"),
        QStringLiteral("10.1.2.3")});
    m_codes << lastCodeSentTo(QStringLiteral("+79161234567"));
    ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("ipAllowList.enabled=false")});
}

void TestCliOtpFlow::eventsHoldNeitherCodeNorPhone()
{
    const Run r = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray events = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(events.size() >= 10);
    QSet<int> codes;
    for (const QJsonValue& v : events)
        codes.insert(v.toObject().value(QStringLiteral("code")).toInt());
    for (int expected : {1001, 1002, 1003, 1004, 1005, 1010, 1201, 1203})
        QVERIFY2(codes.contains(expected), qPrintable(QString::number(expected)));
    for (const QString& code : std::as_const(m_codes)) {
        QVERIFY(!code.isEmpty());
        QVERIFY2(!r.out.contains(code), qPrintable(QStringLiteral("an OTP is in the event log")));
    }
    QVERIFY(!r.out.contains(QStringLiteral("9161234567")));
    QVERIFY(!r.out.contains(QStringLiteral("9161112233")));

    const Run filtered = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--code"),
                              QStringLiteral("1004"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(filtered.out.toUtf8()).array().size(), 1);
    // The parameters added in schema 7 change nothing here: the stored English message, tab-separated.
    const Run plain =
        cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--code"), QStringLiteral("1004")});
    QVERIFY2(plain.out.contains(QStringLiteral("\tblocked after ")), qPrintable(plain.out));
    QCOMPARE(plain.out.trimmed().count(QLatin1Char('\t')), 6);
}

void TestCliOtpFlow::phoneSearchNeedsPassphrase()
{
    const Run found = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--search"),
                           QStringLiteral("8 916 123 45 67"), QStringLiteral("--json")});
    QVERIFY2(found.exitCode == 0, qPrintable(found.err));
    const QJsonArray rows = QJsonDocument::fromJson(found.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("login")).toString(), QStringLiteral("alice"));
    QVERIFY2(!found.out.contains(QStringLiteral("1234567")), "users list shows masked phones only");

    const Run withoutKey = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--search"),
                                QStringLiteral("8 916 123 45 67"), QStringLiteral("--json")},
                               false);
    QCOMPARE(withoutKey.exitCode, 0);
    QVERIFY(withoutKey.err.contains(QStringLiteral("passphrase")));
    QCOMPARE(QJsonDocument::fromJson(withoutKey.out.toUtf8()).array().size(), 0);
}

void TestCliOtpFlow::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("request without login") << QStringList{QStringLiteral("otp"), QStringLiteral("request")} << 2;
    QTest::newRow("verify without code") << QStringList{QStringLiteral("otp"), QStringLiteral("verify"),
                                                        QStringLiteral("alice")}
                                         << 2;
    QTest::newRow("client-ip without value") << QStringList{QStringLiteral("otp"), QStringLiteral("request"),
                                                            QStringLiteral("alice"), QStringLiteral("--client-ip")}
                                             << 2;
    QTest::newRow("unknown account") << QStringList{QStringLiteral("otp"), QStringLiteral("request"),
                                                    QStringLiteral("nobody")}
                                     << 1;
    QTest::newRow("invalid phone") << QStringList{QStringLiteral("users"), QStringLiteral("register"),
                                                  QStringLiteral("carol"), QStringLiteral("12")}
                                   << 1;
    QTest::newRow("events bad code") << QStringList{QStringLiteral("events"), QStringLiteral("list"),
                                                    QStringLiteral("--code"), QStringLiteral("x")}
                                     << 2;
}

void TestCliOtpFlow::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.trimmed().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliOtpFlow)
#include "TestCliOtpFlow.moc"
