#include "SqliteDialect.h"

#include <QSqlQuery>

void SqliteDialect::configure(QSqlDatabase& db, const StoreUrl& url, const QString&) const
{
    db.setDatabaseName(url.path());
    // Wait for a writer in another process instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
}

Status SqliteDialect::initSession(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    // Reading the schema first makes a file that is not a database fail here, clearly.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return Status::failure(q.lastError().text());
    // Switching to WAL rewrites the file's header: only for a new file or one of our stores,
    // never for someone else's database (Store refuses that one without changing it).
    const bool ours = q.value(0).toInt() == 0 || tableExists(db, QStringLiteral("schema_version"));
    // WAL lets the console read while a provider process writes; NORMAL is durable in WAL mode.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        if (!ours && qstrcmp(pragma, "PRAGMA journal_mode=WAL") == 0)
            continue;
        if (!q.exec(QLatin1String(pragma)))
            return Status::failure(q.lastError().text());
    }
    return {};
}

QString SqliteDialect::ddl(QString statement) const
{
    return statement.replace(QLatin1String("{id}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"))
        .replace(QLatin1String("{blob}"), QLatin1String("BLOB"))
        .replace(QLatin1String("{text}"), QLatin1String("TEXT"))
        .replace(QLatin1String("{bigint}"), QLatin1String("INTEGER"))
        .replace(QLatin1String("{bool}"), QLatin1String("INTEGER"));
}

bool SqliteDialect::tableExists(QSqlDatabase& db, const QString& table) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

QString SqliteDialect::describeOpenError(const QSqlError& error, const StoreUrl& url) const
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (text.contains(QLatin1String("not a database")) || text.contains(QLatin1String("malformed")))
        return tr("The file %1 is not an SMS OTP store or it is damaged (%2). Restore it from a backup or choose "
                  "another file.")
            .arg(url.displayLocation(), text);
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return tr("The store %1 is read-only. Check the file's permissions.").arg(url.displayLocation());
    return tr("Cannot open the store %1: %2").arg(url.displayLocation(), text);
}

QString SqliteDialect::caseInsensitiveLike(const QString& column) const
{
    // SQLite's LIKE is case-insensitive for ASCII already.
    return column + QStringLiteral(" LIKE ? ESCAPE '\\'");
}
