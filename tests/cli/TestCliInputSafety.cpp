#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Issue 12, defects 3 and 7 through the real smsotp-cli: control characters are refused where
// they come in and escaped where they go out; the IP allow-list takes only full addresses and
// names a duplicate.
class TestCliInputSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registrationRefusesControlCharacters_data();
    void registrationRefusesControlCharacters();
    void tablesEscapeWhatTheyPrint();
    void settingsRefuseControlCharacters();
    void allowListRefusesShortFormsAndDuplicates_data();
    void allowListRefusesShortFormsAndDuplicates();
    void importAcceptsEnabledOneAndRefusesDuplicates();
    void limitsAreRefusedWithAMessage();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList& args) { return m_runner.run(args); }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("s.db")); }

    QTemporaryDir m_dir;
    CliRunner m_runner{QStringLiteral(SMSOTP_CLI_PATH)};
};

void TestCliInputSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_runner.setEnv(QStringLiteral("SMSOTP_STORE"), QStringLiteral("sqlite:///") + dbPath());
    m_runner.setEnv(QStringLiteral("SMSOTP_PASSPHRASE"), QStringLiteral("correct horse battery staple"));
    const Run r = cli({QStringLiteral("store"), QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

void TestCliInputSafety::registrationRefusesControlCharacters_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("comment");
    QTest::newRow("comment forging a row") << "bob"
                                           << "ok\nmallory\t+7 *** *** 00 00\tactive\tfailures: 0\tadmin";
    QTest::newRow("comment with a tab") << "bob"
                                        << "a\tb";
    QTest::newRow("comment with ESC") << "bob" << QStringLiteral("a") + QChar(0x1b) + QStringLiteral("[2J");
    QTest::newRow("comment with C1 CSI") << "bob" << QStringLiteral("a") + QChar(0x9b) + QStringLiteral("2J");
    QTest::newRow("login with ESC") << QStringLiteral("b") + QChar(0x1b) + QStringLiteral("ob") << "";
    QTest::newRow("comment too long") << "bob" << QString(1001, QLatin1Char('c'));
}

void TestCliInputSafety::registrationRefusesControlCharacters()
{
    QFETCH(QString, login);
    QFETCH(QString, comment);
    QStringList args{QStringLiteral("users"), QStringLiteral("register"), login, QStringLiteral("+79161234567")};
    if (!comment.isEmpty())
        args << QStringLiteral("--comment") << comment;
    const Run r = cli(args);
    QVERIFY2(r.exitCode != 0, qPrintable(r.out));
    QVERIFY2(r.err.contains(comment.isEmpty() ? QStringLiteral("login") : QStringLiteral("comment")),
             qPrintable(r.err));
    const Run list = cli({QStringLiteral("users"), QStringLiteral("list")});
    QVERIFY2(!list.out.contains(QStringLiteral("bob")), qPrintable(list.out));
}

void TestCliInputSafety::tablesEscapeWhatTheyPrint()
{
    // Rows written before these rules (or by hand) are escaped when printed: one line each,
    // no escape sequence reaches the terminal.
    const QString esc = QString(QChar(0x1b)) + QStringLiteral("]0;pwned") + QChar(0x07);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO authenticators (login, login_key, phone_mask, comment, "
                                         "registered_at) VALUES (?, ?, '+7 *** *** 45 67', ?, 0)")));
        q.addBindValue(QStringLiteral("legacy"));
        q.addBindValue(QStringLiteral("legacy"));
        q.addBindValue(QString(QStringLiteral("x\nmallory\tforged\t") + esc));
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO authenticator_state (authenticator_id, login_key) "
                                      "SELECT id, login_key FROM authenticators WHERE login_key = 'legacy'")));
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO events (at, code, severity, account, message) VALUES (1700000000000, 1301, 2, ?, ?)")));
        q.addBindValue(QString(QStringLiteral("legacy") + esc));
        q.addBindValue(QString(QStringLiteral("gateway said ") + esc + QStringLiteral("\tcolumn")));
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const Run users = cli({QStringLiteral("users"), QStringLiteral("list")});
    QVERIFY2(users.exitCode == 0, qPrintable(users.err));
    const QStringList lines = users.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().count(QLatin1Char('\t')), 4);
    QVERIFY2(lines.first().contains(QStringLiteral("x\\nmallory\\tforged\\t\\x1b]0;pwned\\x07")),
             qPrintable(users.out));
    QVERIFY(!users.out.contains(QChar(0x1b)));

    const Run events =
        cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--code"), QStringLiteral("1301")});
    QVERIFY2(events.exitCode == 0, qPrintable(events.err));
    QVERIFY2(!events.out.contains(QChar(0x1b)) && !events.out.contains(QChar(0x07)), qPrintable(events.out));
    QVERIFY2(events.out.contains(QStringLiteral("\\x1b]0;pwned")), qPrintable(events.out));
    QCOMPARE(events.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
    QCOMPARE(events.out.trimmed().count(QLatin1Char('\t')), 6);
}

void TestCliInputSafety::settingsRefuseControlCharacters()
{
    const QString before = cli({QStringLiteral("settings"), QStringLiteral("export")}).out;
    for (const QString& value :
         QStringList{QStringLiteral("Code\x01"), QStringLiteral("Code") + QChar(0x1b), QStringLiteral("Code\tx")}) {
        const Run r = cli({QStringLiteral("settings"), QStringLiteral("set"),
                           QStringLiteral("messageFormat.textBeforeOtp=") + value});
        QVERIFY2(r.exitCode != 0, qPrintable(value));
        QVERIFY2(r.err.contains(QStringLiteral("messageFormat.textBeforeOtp")), qPrintable(r.err));
    }
    // By import, a NUL too (JSON \u0000).
    const QString file = m_dir.filePath(QStringLiteral("nul.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"messageFormat":{"textBeforeOtp":"Code\u0000"}})");
    f.close();
    const Run r = cli({QStringLiteral("settings"), QStringLiteral("import"), file});
    QVERIFY2(r.exitCode != 0, qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("messageFormat.textBeforeOtp")) && r.err.contains(QStringLiteral("U+0000")),
             qPrintable(r.err));
    QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("export")}).out, before);
}

void TestCliInputSafety::allowListRefusesShortFormsAndDuplicates_data()
{
    QTest::addColumn<QString>("entries");
    QTest::addColumn<QString>("named");
    QTest::newRow("192.168.1") << R"([{"ip":"192.168.1"}])"
                               << "192.168.1";
    QTest::newRow("100") << R"([{"ip":"100"}])"
                         << "100";
    QTest::newRow("10/8") << R"([{"ip":"10/8"}])"
                          << "10/8";
    QTest::newRow("duplicate") << R"([{"ip":"10.0.0.1"},{"ip":"10.0.0.1/32"}])"
                               << "10.0.0.1/32";
}

void TestCliInputSafety::allowListRefusesShortFormsAndDuplicates()
{
    QFETCH(QString, entries);
    QFETCH(QString, named);
    const Run r =
        cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("ipAllowList.entries=") + entries});
    QVERIFY2(r.exitCode != 0, qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1Char('\'') + named + QLatin1Char('\'')), qPrintable(r.err));
    const Run get = cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("ipAllowList.entries")});
    QVERIFY2(!get.out.contains(named), qPrintable(get.out));
}

void TestCliInputSafety::importAcceptsEnabledOneAndRefusesDuplicates()
{
    const QString file = m_dir.filePath(QStringLiteral("allow.json"));
    auto write = [&](const QByteArray& json) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
    };
    write(R"({"ipAllowList":{"enabled":1,"entries":[{"ip":"10.0.0.1"},{"ip":"10.0.0.1"}]}})");
    Run r = cli({QStringLiteral("settings"), QStringLiteral("import"), file});
    QVERIFY2(r.exitCode != 0, qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("'10.0.0.1' (entry 2)")), qPrintable(r.err));
    write(R"({"ipAllowList":{"enabled":1,"entries":[{"ip":"10.0.0.1","comment":"office"}]}})");
    r = cli({QStringLiteral("settings"), QStringLiteral("import"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("ipAllowList.enabled")});
    QVERIFY2(r.out.contains(QStringLiteral("true")), qPrintable(r.out));
    write(R"({"ipAllowList":{"enabled":0}})");
    r = cli({QStringLiteral("settings"), QStringLiteral("import"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliInputSafety::limitsAreRefusedWithAMessage()
{
    // Issue 12, defect 6: 5,001 allow-list entries, 1,001 exempt accounts, an over-long text.
    QStringList entries;
    for (int i = 0; i <= 5000; ++i)
        entries << QStringLiteral(R"({"ip":"10.%1.%2.%3"})").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255);
    Run r = cli({QStringLiteral("settings"), QStringLiteral("set"),
                 QStringLiteral("ipAllowList.entries=[") + entries.join(QLatin1Char(',')) + QLatin1Char(']')});
    QVERIFY2(r.exitCode != 0, "5001 entries accepted");
    QVERIFY2(r.err.contains(QStringLiteral("5000")) || r.err.contains(QStringLiteral("5,000")), qPrintable(r.err));
    QStringList accounts;
    for (int i = 0; i <= 1000; ++i)
        accounts << QStringLiteral("\"user%1\"").arg(i);
    r = cli({QStringLiteral("settings"), QStringLiteral("set"),
             QStringLiteral("ipAllowList.exemptAccounts=[") + accounts.join(QLatin1Char(',')) + QLatin1Char(']')});
    QVERIFY2(r.exitCode != 0, "1001 exempt accounts accepted");
    QVERIFY2(r.err.contains(QStringLiteral("ipAllowList.exemptAccounts")), qPrintable(r.err));
    r = cli({QStringLiteral("settings"), QStringLiteral("set"),
             QStringLiteral("gateway.successText=") + QString(2049, QLatin1Char('x'))});
    QVERIFY2(r.exitCode != 0, "a 2049-character success text accepted");
    QVERIFY2(r.err.contains(QStringLiteral("gateway.successText")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliInputSafety)
#include "TestCliInputSafety.moc"
