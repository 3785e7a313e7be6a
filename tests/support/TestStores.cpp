#include "TestStores.h"

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace {

QString adminConnection()
{
    // Databases are created and dropped over a separate connection to the test role's database.
    const QString name = QStringLiteral("smsotp-test-admin");
    if (!QSqlDatabase::contains(name)) {
        const auto url = StoreUrl::parse(qEnvironmentVariable("SMSOTP_TEST_PG_URL"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url->host());
        db.setPort(url->port());
        db.setDatabaseName(url->database());
        db.setUserName(url->user());
        db.setPassword(TestStores::postgresPassword());
    }
    return name;
}

} // namespace

TestStores::TestStores() = default;

void TestStores::addDialectRows()
{
    QTest::addColumn<QString>("dialect");
    for (const QString& d : dialects())
        QTest::newRow(qPrintable(d)) << d;
}

QSqlDatabase TestStores::serverDatabase()
{
    return QSqlDatabase::database(adminConnection());
}

TestStores::~TestStores()
{
    if (m_pgDatabases.isEmpty())
        return;
    QSqlDatabase db = QSqlDatabase::database(adminConnection());
    QSqlQuery q(db);
    for (const QString& name : std::as_const(m_pgDatabases))
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

bool TestStores::postgresConfigured()
{
    return !qEnvironmentVariable("SMSOTP_TEST_PG_URL").isEmpty();
}

QString TestStores::postgresPassword()
{
    return qEnvironmentVariable("SMSOTP_TEST_PG_PASSWORD");
}

QStringList TestStores::dialects()
{
    QStringList result{QStringLiteral("sqlite")};
    if (postgresConfigured() || qEnvironmentVariableIsSet("SMSOTP_REQUIRE_PG"))
        result << QStringLiteral("postgresql");
    return result;
}

QString TestStores::freshUrl(const QString& dialect)
{
    ++m_counter;
    if (dialect == QLatin1String("sqlite"))
        return QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("store%1.db").arg(m_counter));

    if (!postgresConfigured())
        return {};
    const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QSqlDatabase db = QSqlDatabase::database(adminConnection());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
        qWarning("cannot create test database: %s", qPrintable(q.lastError().text()));
        return {};
    }
    m_pgDatabases << name;
    auto url = StoreUrl::parse(qEnvironmentVariable("SMSOTP_TEST_PG_URL"));
    return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
        .arg(url->user(), url->host())
        .arg(url->port())
        .arg(name);
}

std::unique_ptr<Store> TestStores::openFresh(const QString& dialect)
{
    const QString url = freshUrl(dialect);
    if (url.isEmpty()) {
        if (dialect == QLatin1String("postgresql") && !postgresConfigured())
            qWarning("SMSOTP_REQUIRE_PG is set but no PostgreSQL is configured (SMSOTP_TEST_PG_URL)");
        return nullptr;
    }
    auto parsed = StoreUrl::parse(url);
    auto store = Store::open(*parsed, postgresPassword(), Store::OpenMode::CreateIfMissing);
    if (!store) {
        qWarning("cannot open %s: %s", qPrintable(url), qPrintable(store.error()));
        return nullptr;
    }
    return store.take();
}

std::unique_ptr<Store> TestStores::openAgain(const QString& url)
{
    return open(url, Store::OpenMode::OpenExisting);
}

std::unique_ptr<Store> TestStores::openAgainOrCreate(const QString& url)
{
    return open(url, Store::OpenMode::CreateIfMissing);
}

std::unique_ptr<Store> TestStores::open(const QString& url, Store::OpenMode mode)
{
    auto parsed = StoreUrl::parse(url);
    auto store = Store::open(*parsed, postgresPassword(), mode);
    if (!store) {
        qWarning("cannot open %s: %s", qPrintable(url), qPrintable(store.error()));
        return nullptr;
    }
    return store.take();
}
