#include "Migrations.h"

#include "Store.h"
#include "domain/Settings.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QUuid>

namespace {

Status seedVersion1(Store& store)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Status s = store.setMetaValue(QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (s)
        s = store.setMetaValue(QStringLiteral("createdAt"), QString::number(now));
    const Settings defaults;
    for (const QString& key : Settings::sectionKeys()) {
        if (!s)
            break;
        QSqlQuery q = store.query();
        q.prepare(QStringLiteral("INSERT INTO settings (section, version, body, updated_at, updated_by) "
                                 "VALUES (?, 1, ?, ?, ?)"));
        q.addBindValue(key);
        q.addBindValue(QString::fromUtf8(QJsonDocument(defaults.sectionJson(key)).toJson(QJsonDocument::Compact)));
        q.addBindValue(now);
        q.addBindValue(QStringLiteral("store init"));
        s = store.exec(q, QStringLiteral("Writing default settings"));
    }
    return s;
}

// Help desk (issue 5): paging a million authenticators in login order, with a status filter or
// a login prefix, must walk an index instead of sorting the table. PostgreSQL compares text by
// its database collation, which neither matches SQLite's byte order nor serves a prefix range
// with bound parameters; its indexes use the "C" collation, which orders UTF-8 by bytes exactly as
// SQLite does, so both dialects page and search the same way. The partial indexes serve the
// status filters (blocked, use denied, with failures) in login order.
Status helpDeskIndexes(Store& store)
{
    const bool pg = store.url().dialect() == StoreUrl::Dialect::Postgres;
    const QString login = pg ? QStringLiteral("login_key COLLATE \"C\"") : QStringLiteral("login_key");
    // sql: column names of the schema (constants); no value is written into the text.
    QStringList statements = {
        QStringLiteral("CREATE INDEX authenticators_blocked_login ON authenticators (%1) WHERE block_state <> 0"),
        QStringLiteral("CREATE INDEX authenticators_denied_login ON authenticators (%1) WHERE use_denied <> 0"),
        QStringLiteral("CREATE INDEX authenticators_failing_login ON authenticators (%1) WHERE failed_count > 0"),
        QStringLiteral("CREATE INDEX authenticators_registered ON authenticators (registered_at, %1)"),
        QStringLiteral("CREATE INDEX authenticators_last_failure ON authenticators (last_failure_at, %1)"),
    };
    if (pg) {
        // sql: column names of the schema (constants); no value is written into the text.
        statements << QStringLiteral("CREATE INDEX authenticators_login_c ON authenticators (%1)");
        // SQLite's index on (at) already ends with the row id; PostgreSQL's needs it spelled out
        // for the events view's newest-first paging by (at, id).
        statements << QStringLiteral("CREATE INDEX events_at_id ON events (at, id)");
    }
    for (const QString& statement : std::as_const(statements)) {
        const QString sql = statement.contains(QLatin1String("%1")) ? statement.arg(login) : statement;
        const Status s = store.exec(sql, QStringLiteral("Schema migration 3"));
        if (!s)
            return s;
    }
    return {};
}

// Version 5 splits what changes at every sign-in (counter, block, pending code) from who the
// account is. Unblocking 100,000 accounts rewrote 100,000 wide rows and, on PostgreSQL, added an
// entry to each of the table's nine indexes per row; on the narrow table it rewrites a tenth of the
// pages and touches three indexes (measured on a million rows: SQLite 2.3 s -> 0.65 s of CPU,
// PostgreSQL 9.4 s -> 1.3 s). The state row keeps a copy of the login key, which never changes, so
// the blocked and failing lists and the last-failure order page by login from its own indexes.
Status splitSignInState(Store& store)
{
    const bool pg = store.url().dialect() == StoreUrl::Dialect::Postgres;
    const QString login = pg ? QStringLiteral("login_key COLLATE \"C\"") : QStringLiteral("login_key");
    QStringList statements = {
        QStringLiteral("CREATE TABLE authenticator_state ("
                       "authenticator_id {bigint} PRIMARY KEY REFERENCES authenticators (id) ON DELETE CASCADE, "
                       "login_key VARCHAR(256) NOT NULL, "
                       "failed_count INTEGER NOT NULL DEFAULT 0, "
                       "last_failure_at {bigint}, "
                       "last_success_at {bigint}, "
                       "block_state INTEGER NOT NULL DEFAULT 0, "
                       "blocked_until {bigint}, "
                       "otp_hash {blob}, "
                       "otp_salt {blob}, "
                       "otp_expires_at {bigint})"),
        QStringLiteral("INSERT INTO authenticator_state (authenticator_id, login_key, failed_count, last_failure_at, "
                       "last_success_at, block_state, blocked_until, otp_hash, otp_salt, otp_expires_at) "
                       "SELECT id, login_key, failed_count, last_failure_at, last_success_at, block_state, "
                       "blocked_until, otp_hash, otp_salt, otp_expires_at FROM authenticators"),
        QStringLiteral("DROP INDEX authenticators_blocked_login"),
        QStringLiteral("DROP INDEX authenticators_failing_login"),
        QStringLiteral("DROP INDEX authenticators_last_failure"),
    };
    // sql: column names of the schema (constants); no value is written into the text.
    for (const char* column : {"failed_count", "last_failure_at", "last_success_at", "block_state", "blocked_until",
                               "otp_hash", "otp_salt", "otp_expires_at"})
        statements << QStringLiteral("ALTER TABLE authenticators DROP COLUMN %1").arg(QLatin1String(column));
    // sql: column names of the schema (constants); no value is written into the text.
    statements << QStringLiteral("CREATE INDEX authenticator_state_blocked ON authenticator_state (%1) "
                                 "WHERE block_state <> 0")
                      .arg(login)
               << QStringLiteral("CREATE INDEX authenticator_state_failing ON authenticator_state (%1) "
                                 "WHERE failed_count > 0")
                      .arg(login)
               << QStringLiteral("CREATE INDEX authenticator_state_last_failure ON authenticator_state "
                                 "(last_failure_at, %1)")
                      .arg(login)
               << QStringLiteral("ANALYZE authenticator_state");
    for (const QString& statement : std::as_const(statements)) {
        const Status s = store.exec(store.dialect().ddl(statement), QStringLiteral("Schema migration 5"));
        if (!s)
            return s;
    }
    return {};
}

// Times are milliseconds since the epoch (UTC) in {bigint} columns, the same on every dialect.
const QList<Migrations::Migration> kMigrations = {
    {1,
     {
         QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE store_meta (name VARCHAR(64) PRIMARY KEY, value {text} NOT NULL)"),
         QStringLiteral("CREATE TABLE settings (section VARCHAR(64) PRIMARY KEY, version INTEGER NOT NULL, "
                        "body {text} NOT NULL, updated_at {bigint} NOT NULL, updated_by VARCHAR(256) NOT NULL)"),
         QStringLiteral("CREATE TABLE settings_history (id {id}, section VARCHAR(64) NOT NULL, "
                        "version INTEGER NOT NULL, body {text} NOT NULL, saved_at {bigint} NOT NULL, "
                        "saved_by VARCHAR(256) NOT NULL, diff {text} NOT NULL)"),
         QStringLiteral("CREATE INDEX settings_history_section ON settings_history (section, version)"),
         QStringLiteral("CREATE TABLE secrets (name VARCHAR(64) PRIMARY KEY, ciphertext {blob} NOT NULL, "
                        "updated_at {bigint} NOT NULL)"),
         QStringLiteral("CREATE TABLE authenticators ("
                        "id {id}, "
                        "login VARCHAR(256) NOT NULL, "
                        "login_key VARCHAR(256) NOT NULL UNIQUE, "
                        "display_name VARCHAR(256) NOT NULL DEFAULT '', "
                        "phone_cipher {blob}, "
                        "phone_hash {blob}, "
                        "phone_mask VARCHAR(32) NOT NULL DEFAULT '', "
                        "comment {text} NOT NULL DEFAULT '', "
                        "registered_at {bigint} NOT NULL, "
                        "use_denied {bool} NOT NULL DEFAULT 0, "
                        "failed_count INTEGER NOT NULL DEFAULT 0, "
                        "last_failure_at {bigint}, "
                        "last_success_at {bigint}, "
                        "block_state INTEGER NOT NULL DEFAULT 0, "
                        "blocked_until {bigint}, "
                        "otp_hash {blob}, "
                        "otp_salt {blob}, "
                        "otp_expires_at {bigint})"),
         QStringLiteral("CREATE INDEX authenticators_phone_hash ON authenticators (phone_hash)"),
         QStringLiteral("CREATE INDEX authenticators_block_state ON authenticators (block_state, login_key)"),
         QStringLiteral("CREATE TABLE events ("
                        "id {id}, "
                        "at {bigint} NOT NULL, "
                        "code INTEGER NOT NULL, "
                        "severity INTEGER NOT NULL, "
                        "account VARCHAR(256) NOT NULL DEFAULT '', "
                        "client_address VARCHAR(64) NOT NULL DEFAULT '', "
                        "actor VARCHAR(256) NOT NULL DEFAULT '', "
                        "message {text} NOT NULL)"),
         QStringLiteral("CREATE INDEX events_at ON events (at)"),
         QStringLiteral("CREATE INDEX events_code_at ON events (code, at)"),
         QStringLiteral("CREATE INDEX events_account_at ON events (account, at)"),
     },
     seedVersion1},
    {2,
     {
         // Spam protection (DESIGN §4): messages sent and successful sign-ins per second, shared
         // by every provider server, and whether sending is suspended.
         QStringLiteral("CREATE TABLE send_stats (second {bigint} PRIMARY KEY, sent INTEGER NOT NULL DEFAULT 0, "
                        "succeeded INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE TABLE spam_state (id INTEGER PRIMARY KEY, suspended_until {bigint}, "
                        "suspended_at {bigint})"),
         QStringLiteral("INSERT INTO spam_state (id, suspended_until, suspended_at) VALUES (1, NULL, NULL)"),
     },
     {}},
    {3, {}, helpDeskIndexes},
    {4,
     {
         // Superseded by the partial index authenticators_blocked_login (version 3); every block
         // and unblock had to maintain both, which doubled the cost of unblocking 100,000 accounts.
         QStringLiteral("DROP INDEX authenticators_block_state"),
     },
     {}},
    {5, {}, splitSignInState},
    {6,
     {
         // smsotp-server (issue 13): API tokens, stored only as the SHA-256 of the secret and found
         // by the public id that starts it; and one heartbeat row per running provider server.
         QStringLiteral("CREATE TABLE api_tokens ("
                        "id {id}, "
                        "name VARCHAR(64) NOT NULL UNIQUE, "
                        "public_id VARCHAR(32) NOT NULL UNIQUE, "
                        "secret_hash {blob} NOT NULL, "
                        "scopes VARCHAR(256) NOT NULL, "
                        "created_at {bigint} NOT NULL, "
                        "created_by VARCHAR(256) NOT NULL DEFAULT '', "
                        "expires_at {bigint}, "
                        "last_used_at {bigint}, "
                        "last_address VARCHAR(64) NOT NULL DEFAULT '', "
                        "enabled {bool} NOT NULL DEFAULT 1, "
                        "exempt_ip_allow_list {bool} NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE TABLE provider_servers ("
                        "id {id}, "
                        "host VARCHAR(256) NOT NULL, "
                        "listen VARCHAR(256) NOT NULL, "
                        "version VARCHAR(256) NOT NULL, "
                        "started_at {bigint} NOT NULL, "
                        "last_heartbeat_at {bigint} NOT NULL, "
                        "requests_served {bigint} NOT NULL DEFAULT 0, "
                        "last_error VARCHAR(1000) NOT NULL DEFAULT '', "
                        "stopped_at {bigint})"),
     },
     {}},
    {7,
     {
         // Issue 15: each event also keeps its parameters (JSON), so the console can say it in
         // the reader's language; older rows have none and are shown by their English message.
         QStringLiteral("ALTER TABLE events ADD COLUMN params {text}"),
     },
     {}},
};

Result<int> currentVersion(Store& store)
{
    if (!store.dialect().tableExists(store.db(), QStringLiteral("schema_version")))
        return 0;
    QSqlQuery q = store.query();
    if (!q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !q.next())
        return Result<int>::failure(q.lastError().text());
    return q.value(0).toInt();
}

} // namespace

const QList<Migrations::Migration>& Migrations::all()
{
    return kMigrations;
}

int Migrations::latestVersion()
{
    return kMigrations.last().version;
}

QString Migrations::describe(const Step& step)
{
    return tr("Updating the store's schema from version %1 to %2: step %3 of %4…")
        .arg(step.from)
        .arg(step.to)
        .arg(std::min(step.done + 1, step.total))
        .arg(step.total);
}

Result<int> Migrations::migrate(Store& store, int current, int target, const Progress& progress)
{
    Step step;
    step.from = current;
    for (const Migration& m : kMigrations) {
        if (m.version > current && (target <= 0 || m.version <= target)) {
            step.to = m.version;
            step.total += int(m.statements.size()) + 1; // the statements, then the seed and the record
        }
    }
    const auto report = [&]() {
        if (progress)
            progress(step);
    };
    for (const Migration& m : kMigrations) {
        if (m.version <= current || (target > 0 && m.version > target))
            continue;
        const int doneBefore = step.done;
        step.version = m.version;
        step.statement = 0;
        step.statements = int(m.statements.size());
        const Status s = store.transaction([&]() -> Status {
            // Another process may be migrating the same server store: serialise and re-check.
            if (store.url().dialect() == StoreUrl::Dialect::Postgres) {
                Status locked = store.exec(QStringLiteral("SELECT pg_advisory_xact_lock(727274)"),
                                           QStringLiteral("Locking the schema"));
                if (!locked)
                    return locked;
            }
            Result<int> now = currentVersion(store);
            if (!now)
                return Status::failure(now.error());
            if (now.value() >= m.version)
                return {};
            for (const QString& statement : m.statements) {
                report();
                Status done =
                    store.exec(store.dialect().ddl(statement), QStringLiteral("Schema migration %1").arg(m.version));
                if (!done)
                    return done;
                ++step.statement;
                ++step.done;
            }
            report();
            if (m.seed) {
                Status seeded = m.seed(store);
                if (!seeded)
                    return seeded;
            }
            QSqlQuery q = store.query();
            q.prepare(m.version == 1 ? QStringLiteral("INSERT INTO schema_version (version) VALUES (?)")
                                     : QStringLiteral("UPDATE schema_version SET version = ?"));
            q.addBindValue(m.version);
            return store.exec(q, QStringLiteral("Recording schema version"));
        });
        if (!s)
            return Result<int>::failure(s.error());
        current = m.version;
        // Also when another process ran this migration meanwhile.
        step.done = doneBefore + step.statements + 1;
        step.statement = step.statements;
        report();
    }
    return current;
}
