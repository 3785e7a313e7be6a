#include "store/Store.h"
#include "store/StoreUrl.h"

#include <QDir>
#include <QTest>

class TestStoreUrl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sqliteAbsolute();
    void plainPathIsASqliteFile();
    void sqliteRejected_data();
    void sqliteRejected();
    void postgres();
    void postgresDefaults();
    void postgresRejected_data();
    void postgresRejected();
    void passwordNeverShown();
    void sqlServerParsesButIsNotSupported();
    void defaultUrlFollowsEnvironment();
};

void TestStoreUrl::sqliteAbsolute()
{
    const auto url = StoreUrl::parse(QStringLiteral("sqlite:///var/lib/smsotp/store.db"));
    QVERIFY2(url, qPrintable(url.error()));
    QCOMPARE(url->dialect(), StoreUrl::Dialect::Sqlite);
    QVERIFY(url->isLocalFile());
    QCOMPARE(url->path(), QStringLiteral("/var/lib/smsotp/store.db"));
    QCOMPARE(url->toString(), QStringLiteral("sqlite:///var/lib/smsotp/store.db"));
    QCOMPARE(url->dialectName(), QStringLiteral("SQLite"));
    QCOMPARE(url->displayLocation(), QStringLiteral("/var/lib/smsotp/store.db"));

    const auto cleaned = StoreUrl::parse(QStringLiteral("  sqlite:///tmp/a/../b//store.db  "));
    QVERIFY(cleaned);
    QCOMPARE(cleaned->path(), QStringLiteral("/tmp/b/store.db"));
    QCOMPARE(StoreUrl::parse(cleaned->toString())->path(), cleaned->path());
}

void TestStoreUrl::sqliteRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("relative, two slashes") << "sqlite://store.db";
    QTest::newRow("host form") << "sqlite://server/var/store.db";
    QTest::newRow("relative path") << "sqlite:store.db";
    QTest::newRow("folder") << "sqlite:///var/lib/";
    QTest::newRow("nothing") << "sqlite://";
    QTest::newRow("empty") << "";
    QTest::newRow("plain folder") << "/var/lib/";
    QTest::newRow("unknown scheme") << "mysql://u@h/db";
    QTest::newRow("garbage") << "nonsense:::";
}

// Issue 15: `--store /path/to/store.db` opens that SQLite file instead of being refused.
void TestStoreUrl::plainPathIsASqliteFile()
{
    const auto absolute = StoreUrl::parse(QStringLiteral(" /var/lib/smsotp/../smsotp/store.db "));
    QVERIFY2(absolute, qPrintable(absolute.error()));
    QCOMPARE(absolute->dialect(), StoreUrl::Dialect::Sqlite);
    QCOMPARE(absolute->path(), QStringLiteral("/var/lib/smsotp/store.db"));
    QCOMPARE(absolute->toString(), StoreUrl::parse(QStringLiteral("sqlite:///var/lib/smsotp/store.db"))->toString());

    // A relative path is taken from the current folder, as a shell user means it.
    const auto relative = StoreUrl::parse(QStringLiteral("stores/store.db"));
    QVERIFY2(relative, qPrintable(relative.error()));
    QCOMPARE(relative->path(), QDir::current().absoluteFilePath(QStringLiteral("stores/store.db")));

    // A folder is refused with a message naming it.
    const auto folder = StoreUrl::parse(QDir::tempPath());
    QVERIFY(!folder);
    QVERIFY(folder.error().contains(QDir::tempPath()));
}

void TestStoreUrl::sqliteRejected()
{
    QFETCH(QString, text);
    const auto url = StoreUrl::parse(text);
    QVERIFY(!url);
    QVERIFY(!url.error().isEmpty());
    if (!text.isEmpty())
        QVERIFY2(url.error().contains(text.trimmed()), qPrintable(url.error())); // names what was typed
}

void TestStoreUrl::postgres()
{
    const auto url = StoreUrl::parse(QStringLiteral("postgresql://smsotp@db.example.com:6543/otp?sslmode=require"));
    QVERIFY2(url, qPrintable(url.error()));
    QCOMPARE(url->dialect(), StoreUrl::Dialect::Postgres);
    QVERIFY(!url->isLocalFile());
    QCOMPARE(url->user(), QStringLiteral("smsotp"));
    QCOMPARE(url->host(), QStringLiteral("db.example.com"));
    QCOMPARE(url->port(), 6543);
    QCOMPARE(url->database(), QStringLiteral("otp"));
    QCOMPARE(url->sslMode(), QStringLiteral("require"));
    QCOMPARE(url->dialectName(), QStringLiteral("PostgreSQL"));
    QCOMPARE(url->displayLocation(), QStringLiteral("smsotp@db.example.com:6543/otp"));
    QCOMPARE(url->toString(), QStringLiteral("postgresql://smsotp@db.example.com:6543/otp?sslmode=require"));
    // toString() parses back to the same place.
    const auto again = StoreUrl::parse(url->toString());
    QVERIFY(again);
    QCOMPARE(again->identity(), url->identity());

    for (const char* mode : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"}) {
        const auto u = StoreUrl::parse(QStringLiteral("postgresql://u@h/db?sslmode=") + QLatin1String(mode));
        QVERIFY2(u, mode);
        QCOMPARE(u->sslMode(), QLatin1String(mode));
    }
    QVERIFY(StoreUrl::parse(QStringLiteral("postgres://u@h/db"))); // the short scheme too
    const auto v6 = StoreUrl::parse(QStringLiteral("postgresql://u@[::1]:5433/db"));
    QVERIFY(v6);
    QCOMPARE(v6->host(), QStringLiteral("::1"));
}

void TestStoreUrl::postgresDefaults()
{
    const auto url = StoreUrl::parse(QStringLiteral("postgresql://admin@10.0.0.5/smsotp"));
    QVERIFY2(url, qPrintable(url.error()));
    QCOMPARE(url->port(), 5432);
    QCOMPARE(url->sslMode(), QStringLiteral("prefer"));
}

void TestStoreUrl::postgresRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bad sslmode") << "postgresql://u@h/db?sslmode=sometimes"
                                 << "sslmode";
    QTest::newRow("unknown option") << "postgresql://u@h/db?timeout=5"
                                    << "timeout";
    QTest::newRow("no user") << "postgresql://h/db"
                             << "user";
    QTest::newRow("no database") << "postgresql://u@h"
                                 << "database";
    QTest::newRow("no database, slash") << "postgresql://u@h/"
                                        << "database";
    QTest::newRow("nested database") << "postgresql://u@h/db/x"
                                     << "database";
    QTest::newRow("no host") << "postgresql://u@/db"
                             << "host";
    QTest::newRow("port not a number") << "postgresql://u@h:port/db"
                                       << "store address";
}

void TestStoreUrl::postgresRejected()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const auto url = StoreUrl::parse(text);
    QVERIFY(!url);
    QVERIFY2(url.error().contains(mentions), qPrintable(url.error()));
}

void TestStoreUrl::passwordNeverShown()
{
    const auto url = StoreUrl::parse(QStringLiteral("postgresql://smsotp:S3cret-pw@db.example.com/otp"));
    QVERIFY(url);
    QCOMPARE(url->passwordInUrl(), QStringLiteral("S3cret-pw"));
    QVERIFY(!url->toString().contains(QLatin1String("S3cret-pw")));
    QVERIFY(!url->displayLocation().contains(QLatin1String("S3cret-pw")));
    QVERIFY(!url->identity().contains(QLatin1String("S3cret-pw")));

    // Nor in the message about an address that is otherwise wrong.
    for (const char* text : {"postgresql://smsotp:S3cret-pw@db.example.com/otp?sslmode=bad",
                             "postgresql://smsotp:S3cret-pw@db.example.com/otp?x=1",
                             "postgresql://smsotp:S3cret-pw@db.example.com", "mysql://smsotp:S3cret-pw@h/db"}) {
        const auto bad = StoreUrl::parse(QLatin1String(text));
        QVERIFY(!bad);
        QVERIFY2(!bad.error().contains(QLatin1String("S3cret-pw")), qPrintable(bad.error()));
        QVERIFY2(bad.error().contains(QLatin1String("smsotp")), qPrintable(bad.error()));
    }
}

void TestStoreUrl::sqlServerParsesButIsNotSupported()
{
    const auto url = StoreUrl::parse(QStringLiteral("mssql://sa@sql.example.com/smsotp"));
    QVERIFY2(url, qPrintable(url.error()));
    QCOMPARE(url->dialect(), StoreUrl::Dialect::SqlServer);
    QCOMPARE(url->port(), 1433);
    QCOMPARE(url->dialectName(), QStringLiteral("SQL Server"));
    const auto store = Store::open(*url, QString(), Store::OpenMode::OpenExisting);
    QVERIFY(!store);
    QVERIFY2(store.error().contains(QLatin1String("not supported")), qPrintable(store.error()));
    QVERIFY(store.error().contains(QLatin1String("SQL Server")));
}

void TestStoreUrl::defaultUrlFollowsEnvironment()
{
    qputenv("SMSOTP_STORE", "sqlite:///tmp/from-env.db");
    QCOMPARE(StoreUrl::defaultUrlText(), QStringLiteral("sqlite:///tmp/from-env.db"));
    qunsetenv("SMSOTP_STORE");
    const QString local = StoreUrl::defaultUrlText();
    QVERIFY2(local.startsWith(QLatin1String("sqlite:///")), qPrintable(local));
    QVERIFY(local.endsWith(QLatin1String("/smsotp/store.db")));
    QVERIFY(StoreUrl::parse(local));
}

QTEST_GUILESS_MAIN(TestStoreUrl)
#include "TestStoreUrl.moc"
