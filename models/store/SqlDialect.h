#pragma once

#include "StoreUrl.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariantList>

#include <memory>

// What differs between SQL servers: the Qt driver, connection options, column types and the
// wording of errors. Everything else in the store is plain SQL with bound parameters.
// A third dialect (SQL Server over ODBC/FreeTDS) plugs in by implementing this interface.
class SqlDialect {
public:
    virtual ~SqlDialect() = default;

    static std::unique_ptr<SqlDialect> create(StoreUrl::Dialect dialect);

    virtual StoreUrl::Dialect id() const = 0;
    virtual QString qtDriver() const = 0;
    virtual void configure(QSqlDatabase& db, const StoreUrl& url, const QString& password) const = 0;
    // Runs once after connecting (pragmas, session settings).
    virtual Status initSession(QSqlDatabase& db) const = 0;
    // Expands the type placeholders of the logical schema: {id} {blob} {text} {bigint} {bool}.
    virtual QString ddl(QString statement) const = 0;
    virtual bool tableExists(QSqlDatabase& db, const QString& table) const = 0;
    // Turns a driver error into words a person can act on (unreachable, bad login, ...).
    virtual QString describeOpenError(const QSqlError& error, const StoreUrl& url) const = 0;
    // Whether a failed statement's error may mean the connection to the server is gone (the
    // Store confirms with a trivial statement before it calls the connection lost).
    virtual bool isConnectionError(const QSqlError& error) const;
    // A text to match literally in "LIKE ? ESCAPE '\'": the wildcards and the escape escaped.
    static QString likeEscaped(QString text);
    // "column LIKE ? ESCAPE '\'" as this dialect spells a case-insensitive match.
    virtual QString caseInsensitiveLike(const QString& column) const = 0;
    // Appended to a SELECT inside a transaction to lock the rows it reads until commit
    // (empty where the transaction already holds the write lock, as SQLite's BEGIN IMMEDIATE).
    virtual QString rowLock() const = 0;
    // The planner's estimate of how many rows `select` returns, its "?" placeholders taking
    // `binds`; plans without running it. -1 where the dialect offers no estimate worth asking
    // for (SQLite counts a million rows in 20 ms) or the estimate failed: then count exactly.
    virtual qint64 estimatedRows(QSqlDatabase& db, const QString& select, const QVariantList& binds) const;
};
