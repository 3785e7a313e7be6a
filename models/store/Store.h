#pragma once

#include "Migrations.h"
#include "SqlDialect.h"
#include "StoreAccess.h"
#include "StoreUrl.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>

// One open connection to a store (SQLite file or SQL server) with its schema brought up to
// date. Not shared between threads: each thread opens its own Store.
// A server's connection can be lost (the database restarts): a failed statement whose error says
// so marks it lost, and from then on every statement through the Store is refused until
// reconnect() opens it again (StoreReconnector does that with backoff for the console).
class Store : public QObject {
    Q_OBJECT

public:
    enum class OpenMode {
        OpenExisting,   // the store must exist and be initialised
        CreateIfMissing // create the file or the schema with default settings when missing
    };

    // `schemaVersion` stops a new or older store's migrations at that version, for tests that
    // build the store an older program made; 0 brings it up to date.
    // `progress` hears of every step of a schema upgrade, so a caller can show a long one.
    static Result<std::unique_ptr<Store>> open(const StoreUrl& url, const QString& password,
                                               OpenMode mode = OpenMode::OpenExisting, int schemaVersion = 0,
                                               const Migrations::Progress& progress = {});
    ~Store() override;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const StoreUrl& url() const { return m_url; }
    const SqlDialect& dialect() const { return *m_dialect; }
    QSqlDatabase& db() { return m_db; }
    QString uuid() const { return m_uuid; }
    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();
    // What the connected login may do, read when the store was opened (StoreAccess).
    StoreAccess::Role role() const { return m_role; }

    // Runs `work` in one transaction: commits when it succeeds, rolls back when it fails.
    // SQLite takes the write lock at the start so concurrent writers queue instead of failing.
    Status transaction(const std::function<Status()>& work);
    QSqlQuery query() { return QSqlQuery(m_db); }

    // A statement the engine runs on every request, parsed once per connection. It is reset when
    // the holder goes away, so a finished SELECT never keeps SQLite's read snapshot open.
    class Prepared {
    public:
        explicit Prepared(std::shared_ptr<QSqlQuery> query)
            : m_query(std::move(query))
        {
        }
        ~Prepared() { m_query->finish(); }
        Prepared(const Prepared&) = delete;
        Prepared& operator=(const Prepared&) = delete;
        QSqlQuery& operator*() { return *m_query; }
        QSqlQuery* operator->() { return m_query.get(); }

    private:
        std::shared_ptr<QSqlQuery> m_query; // the cached statement, or a one-off that failed to prepare
    };
    Prepared prepared(const QString& sql);
    // Executes a prepared query; the failure message names what was being done.
    Status exec(QSqlQuery& q, const QString& what);
    Status exec(const QString& sql, const QString& what);

    // A bind value for a NOT NULL text column: Qt binds a null QString as SQL NULL.
    static QVariant text(const QString& value)
    {
        return value.isNull() ? QVariant(QLatin1String("")) : QVariant(value);
    }

    // The database's own one-line reason, never its statement text: Qt's PostgreSQL driver sends
    // bound values inside an EXECUTE statement it writes itself (with the driver's literal
    // quoting), and PostgreSQL quotes that statement ("LINE 1: EXECUTE qpsqlpstmt_1 ('...')") in
    // some errors, so the raw text could show a user's value and spans several lines.
    static QString databaseMessage(const QSqlError& error);

    // The connection to a server: lost when a statement failed because the server went away.
    bool isConnected() const { return m_connected; }
    // Looks at a failed statement's error: when it says the server is gone (and a trivial statement
    // confirms it), marks the connection lost and emits connectionLost(). Returns whether it is lost.
    bool noteFailure(const QSqlError& error);
    // Asks the server with a trivial statement whether the connection still works (true for SQLite).
    bool checkConnection();
    // Opens the connection again with the same address, credentials and session set-up, and checks
    // that it reaches the same store. Statements prepared on the old connection are dropped. On
    // failure the connection stays lost. The store key and everything above the Store are kept.
    Status reconnect();
    // What a statement refused for a lost connection says.
    QString notConnectedMessage() const;

    QString metaValue(const QString& name) const;
    Status setMetaValue(const QString& name, const QString& value);

Q_SIGNALS:
    // The server went away; `reason` is the database's one-line message.
    void connectionLost(const QString& reason);
    // reconnect() succeeded: a new connection with its session set-up. Anything bound to the old
    // connection (LISTEN subscriptions, cached statements elsewhere) must be set up again.
    void connectionRestored();

private:
    Store(const StoreUrl& url, std::unique_ptr<SqlDialect> dialect);
    Status openSession();
    Status openConnection(const QString& password, OpenMode mode);
    Status prepareSchema(OpenMode mode, int target, const Migrations::Progress& progress);
    // The message for a failed statement; a refusal for lack of rights names the login's role.
    QString failureMessage(const QString& what, const QSqlError& error) const;

    StoreUrl m_url;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_uuid;
    int m_schemaVersion = 0;
    StoreAccess::Role m_role = StoreAccess::Role::Administrator;
    bool m_createdFile = false;
    bool m_connected = true;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
};
