#pragma once

#include "store/Store.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// Fresh stores for tests: a SQLite file in a temporary folder, or a new database on the
// throwaway PostgreSQL that scripts/test starts (SMSOTP_TEST_PG_URL). Each instance is its
// own store and is removed when the instance goes away.
class TestStores {
public:
    TestStores();
    ~TestStores();

    // The dialects to run a data-driven test on. PostgreSQL is left out when no server is
    // configured, unless SMSOTP_REQUIRE_PG is set (scripts/test), which makes its absence a failure.
    static QStringList dialects();
    // The "dialect" column of a data-driven test, one row per dialect().
    static void addDialectRows();
    static bool postgresConfigured();
    static QString postgresPassword();
    // A connection to the test role's own database on the server (not a store), for making and
    // dropping databases and roles.
    static QSqlDatabase serverDatabase();

    // A URL for a new, empty store of `dialect` ("sqlite" or "postgresql").
    QString freshUrl(const QString& dialect);
    // Opens (creating) a fresh store; fails the current test when that is impossible.
    std::unique_ptr<Store> openFresh(const QString& dialect);
    // Opens another connection to a store made by this instance.
    std::unique_ptr<Store> openAgain(const QString& url);
    // Opens a store at a URL from freshUrl(), creating it.
    std::unique_ptr<Store> openAgainOrCreate(const QString& url);
    QString tempPath(const QString& name) const { return m_dir.filePath(name); }

private:
    static std::unique_ptr<Store> open(const QString& url, Store::OpenMode mode);

    QTemporaryDir m_dir;
    QStringList m_pgDatabases;
    int m_counter = 0;
};
