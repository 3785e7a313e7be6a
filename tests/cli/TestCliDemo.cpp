#include "TestStores.h"
#include "store/AuthenticatorRepository.h"
#include "store/StoreKeyVault.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// smsotp-cli demo populate, run as the real program on SQLite and PostgreSQL.
class TestCliDemo : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QString& url, const QStringList& args, bool withPassphrase = true)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (withPassphrase)
            env.insert(QStringLiteral("SMSOTP_PASSPHRASE"), QString::fromLatin1(kPassphrase));
        else
            env.remove(QStringLiteral("SMSOTP_PASSPHRASE"));
        env.insert(QStringLiteral("SMSOTP_DB_PASSWORD"), TestStores::postgresPassword());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SMSOTP_CLI_PATH), QStringList{QStringLiteral("--store"), url} + args);
        Run run;
        if (!process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static constexpr const char* kPassphrase = "correct horse battery staple";

    static qint64 scalar(Store& store, const QString& sql)
    {
        QSqlQuery q = store.query();
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        TestStores::addDialectRows();
    }

    void populatesRealisticEncryptedUsers()
    {
        QFETCH_GLOBAL(QString, dialect);
        TestStores stores;
        const QString url = stores.freshUrl(dialect);
        QVERIFY(!url.isEmpty());
        Run r = cli(url, {QStringLiteral("store"), QStringLiteral("init")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli(url, {QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--users"),
                      QStringLiteral("1234"), QStringLiteral("--blocked-percent"), QStringLiteral("20")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Added 1234 users")), qPrintable(r.out));

        std::unique_ptr<Store> store = stores.openAgain(url);
        QVERIFY(store);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM authenticators")), 1234);
        const qint64 blocked =
            scalar(*store, QStringLiteral("SELECT count(*) FROM authenticator_state WHERE block_state <> 0"));
        QVERIFY2(blocked > 180 && blocked < 320, qPrintable(QString::number(blocked)));
        // Every blocked account has its event, written as the engine would.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE code = 1004")), blocked);
        QVERIFY(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE code = 1002")) > 0);

        // Phones decrypt with the store key and match their hash and mask: the same code paths
        // as a registration, so the help desk can search and reveal them.
        Result<StoreKey> key = StoreKeyVault(*store).unlock(QString::fromLatin1(kPassphrase));
        QVERIFY(key);
        AuthenticatorRepository repo(*store, &key.value());
        const QList<Authenticator> some = repo.list({QString(), {}, false, 20, 100}).value();
        QCOMPARE(some.size(), 20);
        for (const Authenticator& a : some) {
            QVERIFY2(QRegularExpression(QStringLiteral("^[a-z]+\\.[a-z]+\\d+$")).match(a.login).hasMatch(),
                     qPrintable(a.login));
            QVERIFY(a.displayName.contains(QLatin1Char(' ')));
            const QString phone = repo.phone(a.login).value();
            QVERIFY2(QRegularExpression(QStringLiteral("^\\+79\\d{9}$")).match(phone).hasMatch(), qPrintable(phone));
            QCOMPARE(a.phoneMask, AuthenticatorRepository::maskPhone(phone, QStringLiteral("+7")));
            AuthenticatorRepository::Filter byPhone;
            byPhone.search = phone;
            byPhone.phoneHash = repo.phoneHash(phone);
            QVERIFY(repo.list(byPhone).value().size() >= 1);
            QVERIFY(!phone.isEmpty() && !a.phoneMask.contains(phone.right(6)));
        }
        // No event holds a whole number.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM events WHERE message LIKE '%+79%'")), 0);

        // A second run adds new users beside the first ones.
        r = cli(url,
                {QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--users"), QStringLiteral("100")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM authenticators")), 1334);
    }

    void refusesBadUsageAndAMissingKey()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (dialect != QLatin1String("sqlite"))
            QSKIP("the command line is the same for every dialect");
        TestStores stores;
        const QString url = stores.freshUrl(dialect);
        QCOMPARE(cli(url, {QStringLiteral("store"), QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(cli(url, {QStringLiteral("demo")}).exitCode, 2);
        QCOMPARE(cli(url, {QStringLiteral("demo"), QStringLiteral("populate")}).exitCode, 2);
        QCOMPARE(cli(url, {QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--users"),
                           QStringLiteral("-5")})
                     .exitCode,
                 2);
        QCOMPARE(cli(url, {QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--users"),
                           QStringLiteral("5"), QStringLiteral("--blocked-percent"), QStringLiteral("101")})
                     .exitCode,
                 2);
        const Run r = cli(
            url, {QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--users"), QStringLiteral("5")},
            false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "TestCliDemo.moc"
