#include "Store.h"

#include "Migrations.h"
#include "PrivateFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace {
// PostgreSQL's SQLSTATE for a statement the login's privileges do not allow.
constexpr char kInsufficientPrivilege[] = "42501";
} // namespace

Store::Store(const StoreUrl& url, std::unique_ptr<SqlDialect> dialect)
    : m_url(url)
    , m_dialect(std::move(dialect))
    , m_connectionName(QStringLiteral("smsotp-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Store::~Store()
{
    m_prepared.clear(); // statements go before their connection
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Store::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

Result<std::unique_ptr<Store>> Store::open(const StoreUrl& url, const QString& password, OpenMode mode,
                                           int schemaVersion, const Migrations::Progress& progress)
{
    using R = Result<std::unique_ptr<Store>>;
    std::unique_ptr<SqlDialect> dialect = SqlDialect::create(url.dialect());
    if (!dialect)
        return R::failure(tr("%1 stores are not supported by this version yet.").arg(url.dialectName()));
    if (!QSqlDatabase::isDriverAvailable(dialect->qtDriver()))
        return R::failure(tr("The Qt driver %1 for %2 is not installed.").arg(dialect->qtDriver(), url.dialectName()));

    std::unique_ptr<Store> store(new Store(url, std::move(dialect)));
    Status status = store->openConnection(password, mode);
    if (status)
        status = store->prepareSchema(mode, schemaVersion, progress);
    if (!status) {
        const bool removeFile = store->m_createdFile;
        store.reset();
        // A store that could not be created leaves nothing behind.
        if (removeFile) {
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(url.path() + QLatin1String(suffix));
        }
        return R::failure(status.error());
    }
    return R(std::move(store));
}

Status Store::openConnection(const QString& password, OpenMode mode)
{
    if (m_url.isLocalFile()) {
        const QFileInfo file(m_url.path());
        if (!file.exists()) {
            if (mode == OpenMode::OpenExisting)
                return Status::failure(tr("There is no store at %1. Create one with \"smsotp-cli store init\".")
                                           .arg(m_url.displayLocation()));
            // Private from the first byte (docs/store.md): SQLite's -wal and -shm files copy the
            // file's permissions.
            Status created = PrivateFile::createFolder(file.absolutePath());
            if (created)
                created = PrivateFile::createFile(file.absoluteFilePath());
            if (!created)
                return created;
            m_createdFile = true;
        } else if (!file.isFile()) {
            return Status::failure(tr("%1 is not a file.").arg(m_url.displayLocation()));
        } else if (!file.isWritable()) {
            return Status::failure(
                tr("The store %1 is read-only. Check the file's permissions.").arg(m_url.displayLocation()));
        }
    }

    m_db = QSqlDatabase::addDatabase(m_dialect->qtDriver(), m_connectionName);
    m_dialect->configure(m_db, m_url, password.isEmpty() ? m_url.passwordInUrl() : password);
    return openSession();
}

Status Store::openSession()
{
    if (!m_db.open())
        return Status::failure(m_dialect->describeOpenError(m_db.lastError(), m_url));
    const Status session = m_dialect->initSession(m_db);
    if (!session)
        return Status::failure(m_dialect->describeOpenError(QSqlError(session.error(), session.error()), m_url));
    return {};
}

bool Store::noteFailure(const QSqlError& error)
{
    if (!m_connected)
        return true;
    if (m_url.isLocalFile())
        return false;
    // libpq knows when the server closed the socket, and the driver then reports the database as
    // not open. Otherwise an error without the server's SQLSTATE may be a lost connection too, or
    // one the driver made up on its own: a trivial statement tells.
    if (m_db.isOpen() && !m_dialect->isConnectionError(error))
        return false;
    return !checkConnection();
}

bool Store::checkConnection()
{
    if (!m_connected)
        return false;
    if (m_url.isLocalFile())
        return true;
    QString why;
    if (m_db.isOpen()) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT 1")) && q.next())
            return true;
        // Inside a failed transaction the server answers, with an error of its own (25P02).
        if (m_db.isOpen() && !m_dialect->isConnectionError(q.lastError()))
            return true;
        if (q.lastError().isValid())
            why = databaseMessage(q.lastError());
    }
    if (why.isEmpty())
        why = tr("The server closed the connection.");
    m_connected = false;
    // Statements prepared on the dead connection are of no use on the next one.
    m_prepared.clear();
    Q_EMIT connectionLost(why);
    return false;
}

Status Store::reconnect()
{
    if (m_url.isLocalFile())
        return {};
    m_prepared.clear();
    if (m_db.isOpen())
        m_db.close();
    Status status = openSession();
    if (status) {
        // The same address may now reach another store (a restored backup of something else):
        // fail closed rather than write this store's data into it.
        const QString uuid = metaValue(QStringLiteral("uuid"));
        if (uuid != m_uuid)
            status = Status::failure(uuid.isEmpty()
                                         ? tr("Cannot read the identity of the store %1.").arg(m_url.displayLocation())
                                         : tr("%1 now holds a different store (identity %2, expected %3).")
                                               .arg(m_url.displayLocation(), uuid, m_uuid));
    }
    if (!status) {
        m_db.close();
        return status;
    }
    m_role = StoreAccess::detect(m_db, m_url.dialect());
    m_connected = true;
    Q_EMIT connectionRestored();
    return {};
}

QString Store::notConnectedMessage() const
{
    return tr("The connection to the store %1 is lost, so nothing was read or changed. Try again once it is "
              "restored.")
        .arg(m_url.displayLocation());
}

Status Store::prepareSchema(OpenMode mode, int target, const Migrations::Progress& progress)
{
    m_role = StoreAccess::detect(m_db, m_url.dialect());
    int version = 0;
    if (m_dialect->tableExists(m_db, QStringLiteral("schema_version"))) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !q.next()) {
            // A login without any of the store's roles (never granted, or revoked) cannot even read.
            if (q.lastError().nativeErrorCode() == QLatin1String(kInsufficientPrivilege))
                return Status::failure(tr("The login '%1' has no role in the store %2, so it may not read it. Ask "
                                          "the store's administrator to run \"smsotp-cli store grant %1 auditor\" "
                                          "(or helpdesk, or administrator).")
                                           .arg(m_url.user(), m_url.displayLocation()));
            return Status::failure(tr("Cannot read the schema version of %1: %2")
                                       .arg(m_url.displayLocation(), databaseMessage(q.lastError())));
        }
        version = q.value(0).toInt();
    } else if (!m_db.tables(QSql::Tables).isEmpty()) {
        // Someone else's database: never add our tables to it.
        return Status::failure(tr("%1 holds other data and is not an SMS OTP store.").arg(m_url.displayLocation()));
    } else if (mode == OpenMode::OpenExisting) {
        return Status::failure(tr("The store %1 is not initialised yet. Run \"smsotp-cli store init\" first.")
                                   .arg(m_url.displayLocation()));
    }

    if (version > latestSchemaVersion())
        return Status::failure(tr("The store %1 was created by a newer version of SMS OTP Console (schema %2; this "
                                  "program knows up to %3). Update this program to open it.")
                                   .arg(m_url.displayLocation())
                                   .arg(version)
                                   .arg(latestSchemaVersion()));
    const int wanted = target > 0 ? target : latestSchemaVersion();
    if (version < wanted) {
        // Changing the schema needs the owner's rights; say so instead of a refused CREATE TABLE.
        if (version > 0 && !StoreAccess::mayChangeSettings(m_role))
            return Status::failure(tr("The store %1 needs its schema brought up to date (version %2 to %3), which "
                                      "only its administrator may do: ask them to run \"smsotp-cli store init\" "
                                      "with this version of the program. Your login is %4.")
                                       .arg(m_url.displayLocation())
                                       .arg(version)
                                       .arg(wanted)
                                       .arg(StoreAccess::displayName(m_role)));
        Result<int> migrated = Migrations::migrate(*this, version, target, progress);
        if (!migrated)
            return Status::failure(migrated.error());
        version = migrated.value();
        m_role = StoreAccess::detect(m_db, m_url.dialect());
    }
    m_schemaVersion = version;
    m_uuid = metaValue(QStringLiteral("uuid"));
    if (m_uuid.isEmpty())
        return Status::failure(tr("The store %1 has no identity; it is damaged.").arg(m_url.displayLocation()));
    return {};
}

Status Store::transaction(const std::function<Status()>& work)
{
    // On SQLite the three statements are parsed once per connection (a pair of OTP request and
    // verify runs three transactions; parsing BEGIN and COMMIT anew cost a sixth of its CPU time).
    // PostgreSQL cannot PREPARE transaction control, so there they are sent as text.
    if (!m_connected)
        return Status::failure(notConnectedMessage());
    const bool local = m_url.isLocalFile();
    const auto run = [&](const QString& sql, QSqlError& error) {
        if (local) {
            Prepared q = prepared(sql);
            if (q->exec())
                return true;
            error = q->lastError();
            return false;
        }
        QSqlQuery q(m_db);
        if (q.exec(sql))
            return true;
        error = q.lastError();
        return false;
    };
    QSqlError error;
    if (!run(local ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), error)) {
        noteFailure(error);
        return Status::failure(
            tr("Cannot start a transaction on %1: %2").arg(m_url.displayLocation(), databaseMessage(error)));
    }
    Status status = work();
    if (status) {
        if (run(QStringLiteral("COMMIT"), error))
            return status;
        // A COMMIT without an answer may or may not have happened: it is reported as failed,
        // never retried; only the next operation goes through a new connection.
        noteFailure(error);
        status =
            Status::failure(error.nativeErrorCode() == QLatin1String(kInsufficientPrivilege)
                                ? failureMessage(tr("Saving"), error)
                                : tr("Cannot save to %1: %2").arg(m_url.displayLocation(), databaseMessage(error)));
    }
    if (m_connected && !run(QStringLiteral("ROLLBACK"), error))
        noteFailure(error);
    return status;
}

Store::Prepared Store::prepared(const QString& sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db);
        // Read once, front to back: Qt then caches one row instead of every row read so far.
        q->setForwardOnly(true);
        // A failed prepare is not cached: exec() then reports the error with its context.
        if (!q->prepare(sql))
            return Prepared(q);
        it = m_prepared.insert(sql, q);
    }
    return Prepared(it.value());
}

Status Store::exec(QSqlQuery& q, const QString& what)
{
    if (!m_connected)
        return Status::failure(notConnectedMessage());
    if (q.exec())
        return {};
    const QSqlError error = q.lastError();
    noteFailure(error);
    return Status::failure(failureMessage(what, error));
}

Status Store::exec(const QString& sql, const QString& what)
{
    if (!m_connected)
        return Status::failure(notConnectedMessage());
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return {};
    const QSqlError error = q.lastError();
    noteFailure(error);
    return Status::failure(failureMessage(what, error));
}

QString Store::failureMessage(const QString& what, const QSqlError& error) const
{
    // PostgreSQL's own words ("permission denied for table settings") name neither the role nor
    // what to do about it; the role is what the store's administrator changes.
    if (error.nativeErrorCode() == QLatin1String(kInsufficientPrivilege))
        return tr("Your store login (%1) may not do this: the database refused \"%2\" in %3. Ask the store's "
                  "administrator for a role that allows it.")
            .arg(StoreAccess::displayName(m_role), what, m_url.displayLocation());
    return tr("%1 failed in %2: %3").arg(what, m_url.displayLocation(), databaseMessage(error));
}

QString Store::databaseMessage(const QSqlError& error)
{
    QString text = error.databaseText().section(QLatin1Char('\n'), 0, 0).simplified();
    // "LINE 1: ..." quotes the statement; "at or near \"...\"" quotes a piece of it.
    for (const QLatin1String quote : {QLatin1String("LINE "), QLatin1String(" at or near ")}) {
        const qsizetype at = text.indexOf(quote);
        if (at >= 0)
            text.truncate(at);
    }
    text = text.trimmed();
    if (text.isEmpty())
        text = error.driverText().section(QLatin1Char('\n'), 0, 0).simplified();
    return text.left(300);
}

QString Store::metaValue(const QString& name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM store_meta WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status Store::setMetaValue(const QString& name, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE store_meta SET value = ? WHERE name = ?"));
    q.addBindValue(value);
    q.addBindValue(name);
    Status s = exec(q, tr("Saving %1").arg(name));
    if (!s || q.numRowsAffected() > 0)
        return s;
    q.prepare(QStringLiteral("INSERT INTO store_meta (name, value) VALUES (?, ?)"));
    q.addBindValue(name);
    q.addBindValue(value);
    return exec(q, tr("Saving %1").arg(name));
}
