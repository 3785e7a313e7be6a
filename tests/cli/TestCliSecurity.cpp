#include "CliRunner.h"
#include "SqliteCorruption.h"
#include "TestStores.h"
#include "domain/Limits.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// Issue 12 through the real smsotp-cli, on SQLite and PostgreSQL: what an attacker or a clumsy
// administrator types is refused with one clear message and changes nothing.
class TestCliSecurity : public QObject {
    Q_OBJECT

private:
    using Run = CliRunner::Run;

    // A fresh store of the row's dialect with a development gateway writing to outbox.jsonl.
    bool setUpStore()
    {
        QFETCH_GLOBAL(QString, dialect);
        m_stores = std::make_unique<TestStores>();
        m_url = m_stores->freshUrl(dialect);
        if (m_url.isEmpty())
            return false;
        m_outbox = m_stores->tempPath(QStringLiteral("outbox.jsonl"));
        m_runner.setEnv(QStringLiteral("SMSOTP_STORE"), m_url);
        m_runner.setEnv(QStringLiteral("SMSOTP_DB_PASSWORD"), TestStores::postgresPassword());
        m_runner.setEnv(QStringLiteral("SMSOTP_PASSPHRASE"), QStringLiteral("correct horse battery staple"));
        for (const QStringList& args :
             {QStringList{QStringLiteral("store"), QStringLiteral("init")},
              QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("gateway.type=devFile"),
                          QStringLiteral("gateway.filePath=") + m_outbox},
              QStringList{QStringLiteral("users"), QStringLiteral("register"), QStringLiteral("bob"),
                          QStringLiteral("+79161112233")}}) {
            const Run r = m_runner.run(args);
            if (r.exitCode != 0) {
                qWarning("%s: %s", qPrintable(args.join(u' ')), qPrintable(r.out + r.err));
                return false;
            }
        }
        return true;
    }

    Run cli(const QStringList& args) { return m_runner.run(args); }

    std::unique_ptr<TestStores> m_stores;
    QString m_url;
    QString m_outbox;
    CliRunner m_runner{QStringLiteral(SMSOTP_CLI_PATH)};

private Q_SLOTS:
    void initTestCase_data() { TestStores::addDialectRows(); }

    // Defect 1: an address of 65 characters or with a long zone id is refused before the SMS.
    void malformedClientAddressSendsNothing()
    {
        QVERIFY(setUpStore());
        for (const QString& address :
             QStringList{QString(65, QLatin1Char('1')), QStringLiteral("fe80::1%") + QString(60, QLatin1Char('e'))}) {
            const Run r = cli({QStringLiteral("otp"), QStringLiteral("request"), QStringLiteral("bob"),
                               QStringLiteral("--client-ip"), address});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.startsWith(QStringLiteral("error 1210: ")), qPrintable(r.err));
            QVERIFY2(!QFile::exists(m_outbox), "an SMS was sent");
            const Run v = cli({QStringLiteral("otp"), QStringLiteral("verify"), QStringLiteral("bob"),
                               QStringLiteral("123456"), QStringLiteral("--client-ip"), address});
            QCOMPARE(v.exitCode, 1);
            QVERIFY2(v.err.startsWith(QStringLiteral("error 1210: ")), qPrintable(v.err));
        }
    }

    // Defect 5: a damaged page makes `users list` fail, never print a shorter list.
    void damagedStoreFailsTheList()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (dialect != QLatin1String("sqlite"))
            QSKIP("a damaged data page is made in a SQLite file");
        QVERIFY(setUpStore());
        const Run populated = cli(
            {QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--users"), QStringLiteral("3000")});
        QVERIFY2(populated.exitCode == 0, qPrintable(populated.err));
        QVERIFY(corruptMiddlePageOf(QUrl(m_url).path(), QStringLiteral("authenticators")));
        const Run r = cli({QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("damaged")) || r.err.contains(QStringLiteral("malformed")),
                 qPrintable(r.err));
    }

    // Defect 8: duplicate keys, an oversized file, a no-op save and an endless search.
    void settingsAndSearchInputsAreBounded()
    {
        QVERIFY(setUpStore());
        const QString file = m_stores->tempPath(QStringLiteral("dup.json"));
        QFile dup(file);
        QVERIFY(dup.open(QIODevice::WriteOnly));
        dup.write("{\"block\":{\"attemptsBeforeBlock\":5,\"attemptsBeforeBlock\":100}}");
        dup.close();
        Run r = cli({QStringLiteral("settings"), QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("block.attemptsBeforeBlock")), qPrintable(r.err));

        QVERIFY(dup.open(QIODevice::WriteOnly));
        dup.write(QByteArray(Limits::kSettingsImportBytes + 10, ' '));
        dup.close();
        r = cli({QStringLiteral("settings"), QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QString::number(Limits::kSettingsImportBytes)), qPrintable(r.err));

        r = cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("block.attemptsBeforeBlock=5")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("No changes")), qPrintable(r.out));
        const Run events =
            cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--code"), QStringLiteral("3001")});
        QCOMPARE(events.out.count(QLatin1Char('\n')), 1); // only the gateway set-up above

        r = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--search"),
                 QString(50000, QLatin1Char('a'))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QString::number(Limits::kSearchLength)), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSecurity)
#include "TestCliSecurity.moc"
