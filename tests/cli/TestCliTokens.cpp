#include "CliRunner.h"

#include "store/ApiTokenRepository.h"
#include "store/ServerRegistry.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `tokens` and `servers` run as the real smsotp-cli against a fresh SQLite store.
class TestCliTokens : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void createPrintsTheSecretOnce();
    void listNeverShowsSecrets();
    void disableEnableDelete();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void expiryForms_data();
    void expiryForms();
    void serversList();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList& args) { return m_runner.run(args); }
    std::unique_ptr<Store> openStore();
    QString tokensJson();
    qint64 eventCount();

    QTemporaryDir m_dir;
    QString m_url;
    int m_counter = 0;
    CliRunner m_runner{QStringLiteral(SMSOTP_CLI_PATH)};
};

std::unique_ptr<Store> TestCliTokens::openStore()
{
    auto store = Store::open(*StoreUrl::parse(m_url), QString());
    if (!store)
        qWarning("%s", qPrintable(store.error()));
    return store ? store.take() : nullptr;
}

QString TestCliTokens::tokensJson()
{
    const Run r = cli({QStringLiteral("tokens"), QStringLiteral("list"), QStringLiteral("--json")});
    return r.exitCode == 0 ? r.out : QStringLiteral("failed: ") + r.err;
}

qint64 TestCliTokens::eventCount()
{
    auto store = openStore();
    QSqlQuery q = store->query();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM events")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestCliTokens::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCliTokens::init()
{
    // A fresh store per test.
    m_url = QStringLiteral("sqlite:///") + m_dir.filePath(QStringLiteral("s%1.db").arg(++m_counter));
    m_runner.setEnv(QStringLiteral("SMSOTP_STORE"), m_url);
    m_runner.setEnv(QStringLiteral("USER"), QStringLiteral("tester"));
    m_runner.setEnv(QStringLiteral("SMSOTP_PASSPHRASE"), QStringLiteral("correct horse battery staple"));
    const Run r = cli({QStringLiteral("store"), QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

void TestCliTokens::createPrintsTheSecretOnce()
{
    const Run r = cli({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("vpn radius"),
                       QStringLiteral("--scope"), QStringLiteral("otp:verify,otp:request"),
                       QStringLiteral("--exempt-ip-allow-list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString secret = r.out.trimmed();
    QVERIFY2(secret.startsWith(QLatin1String("smsotp_")), qPrintable(r.out));
    QVERIFY(!secret.contains(QLatin1Char('\n')));
    QVERIFY2(r.err.contains(QLatin1String("will not be shown again")), qPrintable(r.err));

    // The printed secret is the one the server accepts.
    auto store = openStore();
    QVERIFY(store);
    auto auth = ApiTokenRepository(*store).authenticate(secret, QDateTime::currentDateTimeUtc(), QString());
    QVERIFY(auth);
    QCOMPARE(auth->check, TokenCheck::Ok);
    QCOMPARE(auth->token.name, QStringLiteral("vpn radius"));
    QCOMPARE(auth->token.scopes, (QStringList{QStringLiteral("otp:request"), QStringLiteral("otp:verify")}));
    QVERIFY(auth->token.exemptIpAllowList);
    // Who made it is in the list (a request's check reads only what it needs).
    auto tokens = ApiTokenRepository(*store).list();
    QVERIFY(tokens);
    QCOMPARE(tokens->size(), 1);
    QCOMPARE(tokens->first().createdBy, QStringLiteral("cli:tester"));

    // Nothing shows it again.
    const QString listed = cli({QStringLiteral("tokens"), QStringLiteral("list")}).out + tokensJson() +
                           cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--json")}).out;
    QVERIFY(listed.contains(QLatin1String("vpn radius")));
    QVERIFY(!listed.contains(secret.mid(20)));
}

void TestCliTokens::listNeverShowsSecrets()
{
    QVERIFY(cli({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("a"), QStringLiteral("--scope"),
                 QStringLiteral("phones:read"), QStringLiteral("--expires"), QStringLiteral("2999-01-31")})
                .exitCode == 0);
    QVERIFY(cli({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("b"), QStringLiteral("--scope"),
                 QStringLiteral("metrics:read,phones:write,phones:read")})
                .exitCode == 0);
    const Run plain = cli({QStringLiteral("tokens"), QStringLiteral("list")});
    QCOMPARE(plain.exitCode, 0);
    const QStringList lines = plain.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("a\tphones:read\tenabled\t2999-01-31T00:00:00Z\tnever\t\t-"));
    QCOMPARE(lines.at(1), QStringLiteral("b\tphones:read,phones:write,metrics:read\tenabled\tnever\tnever\t\t-"));

    const QJsonArray list = QJsonDocument::fromJson(tokensJson().toUtf8()).array();
    QCOMPARE(list.size(), 2);
    const QJsonObject a = list.at(0).toObject();
    QCOMPARE(a.value(QStringLiteral("name")).toString(), QStringLiteral("a"));
    QCOMPARE(a.value(QStringLiteral("expires")).toString(), QStringLiteral("2999-01-31T00:00:00Z"));
    QCOMPARE(a.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
    QVERIFY(a.value(QStringLiteral("lastUsed")).isNull());
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("scopes")).toArray().size(), 3);
    for (const auto& v : list) {
        for (const QString& key : v.toObject().keys())
            QVERIFY2(!key.contains(QLatin1String("secret")) && !key.contains(QLatin1String("hash")), qPrintable(key));
    }
}

void TestCliTokens::disableEnableDelete()
{
    const Run created = cli({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("idp"),
                             QStringLiteral("--scope"), QStringLiteral("otp:request")});
    QCOMPARE(created.exitCode, 0);
    const QString secret = created.out.trimmed();
    const auto check = [&] {
        auto store = openStore();
        return ApiTokenRepository(*store).authenticate(secret, QDateTime::currentDateTimeUtc(), QString())->check;
    };
    Run r = cli({QStringLiteral("tokens"), QStringLiteral("disable"), QStringLiteral("idp")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(check(), TokenCheck::Disabled);
    QVERIFY(tokensJson().contains(QLatin1String("\"disabled\"")));
    r = cli({QStringLiteral("tokens"), QStringLiteral("enable"), QStringLiteral("idp")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(check(), TokenCheck::Ok);
    r = cli({QStringLiteral("tokens"), QStringLiteral("delete"), QStringLiteral("idp")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(check(), TokenCheck::Unknown);

    const Run events = cli({QStringLiteral("events"), QStringLiteral("list")});
    for (const char* code : {"3020", "3021", "3022", "3023"})
        QVERIFY2(events.out.contains(QLatin1Char('\t') + QLatin1String(code) + QLatin1Char('\t')), code);
    QVERIFY(events.out.contains(QLatin1String("tester")));

    r = cli({QStringLiteral("tokens"), QStringLiteral("delete"), QStringLiteral("idp")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("no API token named \"idp\"")), qPrintable(r.err));
}

void TestCliTokens::badInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    const QString c = QStringLiteral("create");
    QTest::newRow("unknown scope") << QStringList{c, QStringLiteral("x"), QStringLiteral("--scope"),
                                                  QStringLiteral("otp:request,otp:admin")}
                                   << 2 << QStringLiteral("Unknown scope 'otp:admin'");
    QTest::newRow("no scope") << QStringList{c, QStringLiteral("x")} << 2 << QStringLiteral("--scope");
    QTest::newRow("bad date") << QStringList{c,
                                             QStringLiteral("x"),
                                             QStringLiteral("--scope"),
                                             QStringLiteral("otp:request"),
                                             QStringLiteral("--expires"),
                                             QStringLiteral("2027-02-30")}
                              << 2 << QStringLiteral("not a date");
    QTest::newRow("words for a date") << QStringList{c,
                                                     QStringLiteral("x"),
                                                     QStringLiteral("--scope"),
                                                     QStringLiteral("otp:request"),
                                                     QStringLiteral("--expires"),
                                                     QStringLiteral("tomorrow")}
                                      << 2 << QStringLiteral("not a date");
    QTest::newRow("past expiry") << QStringList{c,
                                                QStringLiteral("x"),
                                                QStringLiteral("--scope"),
                                                QStringLiteral("otp:request"),
                                                QStringLiteral("--expires"),
                                                QStringLiteral("2020-01-01")}
                                 << 1 << QStringLiteral("already passed");
    QTest::newRow("duplicate") << QStringList{c, QStringLiteral("taken"), QStringLiteral("--scope"),
                                              QStringLiteral("otp:request")}
                               << 1 << QStringLiteral("exists already");
    QTest::newRow("long name") << QStringList{c, QString(65, QLatin1Char('n')), QStringLiteral("--scope"),
                                              QStringLiteral("otp:request")}
                               << 2 << QStringLiteral("at most 64");
    QTest::newRow("control character") << QStringList{c, QStringLiteral("a\tb"), QStringLiteral("--scope"),
                                                      QStringLiteral("otp:request")}
                                       << 2 << QStringLiteral("control characters");
    QTest::newRow("unknown option") << QStringList{c, QStringLiteral("x"), QStringLiteral("--scope"),
                                                   QStringLiteral("otp:request"), QStringLiteral("--forever")}
                                    << 2 << QStringLiteral("--forever");
    QTest::newRow("two names") << QStringList{c, QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("--scope"),
                                              QStringLiteral("otp:request")}
                               << 2 << QStringLiteral("Usage");
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("rotate"), QStringLiteral("taken")} << 2
                                        << QStringLiteral("Usage");
    QTest::newRow("disable unknown") << QStringList{QStringLiteral("disable"), QStringLiteral("nobody")} << 1
                                     << QStringLiteral("no API token named");
}

void TestCliTokens::badInputWritesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QVERIFY(cli({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("taken"), QStringLiteral("--scope"),
                 QStringLiteral("otp:request")})
                .exitCode == 0);
    const QString before = tokensJson();
    const qint64 events = eventCount();
    const Run r = cli(QStringList{QStringLiteral("tokens")} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QCOMPARE(tokensJson(), before);
    QCOMPARE(eventCount(), events);
}

void TestCliTokens::expiryForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc");
    QTest::newRow("date") << "2031-03-04"
                          << "2031-03-04T00:00:00Z";
    QTest::newRow("no zone") << "2031-03-04T18:30"
                             << "2031-03-04T18:30:00Z";
    QTest::newRow("Z") << "2031-03-04T18:30:15Z"
                       << "2031-03-04T18:30:15Z";
    QTest::newRow("offset") << "2031-03-04T18:30:00+02:00"
                            << "2031-03-04T16:30:00Z";
    QTest::newRow("impossible day") << "2031-02-30"
                                    << "";
    QTest::newRow("text") << "next week"
                          << "";
    QTest::newRow("trailing text") << "2031-03-04 please"
                                   << "";
}

void TestCliTokens::expiryForms()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const Run r = cli({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("t"),
                       QStringLiteral("--scope"), QStringLiteral("otp:request"), QStringLiteral("--expires"), text});
    if (utc.isEmpty()) {
        QCOMPARE(r.exitCode, 2);
        return;
    }
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray list = QJsonDocument::fromJson(tokensJson().toUtf8()).array();
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("expires")).toString(), utc);
}

void TestCliTokens::serversList()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        auto store = openStore();
        QVERIFY(store);
        ServerRegistry registry(*store);
        auto running = registry.registerServer(QStringLiteral("sso1"), QStringLiteral("0.0.0.0:8443"),
                                               QStringLiteral("0.1.0"), now.addSecs(-600));
        QVERIFY(running);
        QVERIFY(registry.heartbeat(running.value(), 42, QString(), now.addSecs(-5)));
        auto silent = registry.registerServer(QStringLiteral("sso2"), QStringLiteral("0.0.0.0:8443"),
                                              QStringLiteral("0.1.0"), now.addSecs(-600));
        QVERIFY(silent);
        QVERIFY(registry.heartbeat(silent.value(), 7, QStringLiteral("store unreachable"), now.addSecs(-120)));
        auto stopped = registry.registerServer(QStringLiteral("sso3"), QStringLiteral("127.0.0.1:8080"),
                                               QStringLiteral("0.1.0"), now.addSecs(-600));
        QVERIFY(stopped);
        QVERIFY(registry.markStopped(stopped.value(), now.addSecs(-300)));
    }
    const Run plain = cli({QStringLiteral("servers"), QStringLiteral("list")});
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    const QStringList lines = plain.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("sso1\t0.0.0.0:8443\t0.1.0\trunning\t")), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).endsWith(QLatin1String("\t42\t")));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("sso2\t0.0.0.0:8443\t0.1.0\tsilent\t")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).endsWith(QLatin1String("\tstore unreachable")));
    QVERIFY2(lines.at(2).startsWith(QLatin1String("sso3\t127.0.0.1:8080\t0.1.0\tstopped\t")), qPrintable(lines.at(2)));

    const Run json = cli({QStringLiteral("servers"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("silent"));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("requestsServed")).toInt(), 7);
    QVERIFY(list.at(1).toObject().value(QStringLiteral("secondsSinceHeartbeat")).toInt() >= 120);
    QVERIFY(list.at(0).toObject().value(QStringLiteral("stopped")).isNull());
    QVERIFY(!list.at(2).toObject().value(QStringLiteral("stopped")).isNull());

    QCOMPARE(cli({QStringLiteral("servers"), QStringLiteral("list"), QStringLiteral("--csv")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("servers")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliTokens)
#include "TestCliTokens.moc"
