#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrlQuery>

// Where a store lives: sqlite:///abs/path.db, postgresql://user@host:port/db?sslmode=...,
// or (later) mssql://user@host:port/db. Never holds a password for display.
class StoreUrl {
    Q_DECLARE_TR_FUNCTIONS(StoreUrl)

public:
    enum class Dialect { Sqlite, Postgres, SqlServer };

    static Result<StoreUrl> parse(const QString& text);
    static StoreUrl sqlite(const QString& absolutePath);
    // A plain file path (no scheme) names a SQLite store; a relative one is taken from the
    // current folder.
    static Result<StoreUrl> fromPlainPath(const QString& path);
    // The console's local store: <user data folder>/smsotp/store.db, or $SMSOTP_STORE when set.
    static QString defaultUrlText();

    Dialect dialect() const { return m_dialect; }
    QString path() const { return m_path; } // SQLite file
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString passwordInUrl() const { return m_password; }
    QString sslMode() const { return m_sslMode; }
    bool isLocalFile() const { return m_dialect == Dialect::Sqlite; }

    QString toString() const;        // canonical, without password
    QString dialectName() const;     // "SQLite", "PostgreSQL", "SQL Server"
    QString displayLocation() const; // file path or user@host:port/db
    // A stable name for keychain entries and "recent stores" lists.
    QString identity() const { return toString(); }

private:
    Dialect m_dialect = Dialect::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_sslMode;
};
