#include "StoreRoles.h"

#include "RowLoop.h"
#include "Store.h"

#include <QPair>
#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>

namespace {

constexpr StoreAccess::Role kRoles[] = {StoreAccess::Role::Administrator, StoreAccess::Role::HelpDesk,
                                        StoreAccess::Role::Auditor};
// PostgreSQL cuts longer names to 63 bytes (NAMEDATALEN - 1); two stores could then share roles.
constexpr int kMaxIdentifierBytes = 63;

// The tables the help desk writes (unblock, register, import, fix a phone) and the one it only adds to.
const QStringList kHelpDeskWrites = {QStringLiteral("authenticators"), QStringLiteral("authenticator_state")};
const QString kHelpDeskAppends = QStringLiteral("events");

} // namespace

StoreRoles::StoreRoles(Store& store)
    : m_store(store)
{
}

QString StoreRoles::groupRoleName(const QString& database, StoreAccess::Role role)
{
    return database + QLatin1Char('_') + StoreAccess::keyword(role);
}

Status StoreRoles::requirePostgres() const
{
    if (m_store.url().dialect() == StoreUrl::Dialect::Postgres)
        return {};
    return Status::failure(tr("The store %1 is a local file: it has no logins and no roles. Whoever may write the "
                              "file administers the store; protect it with the file's permissions.")
                               .arg(m_store.url().displayLocation()));
}

Status StoreRoles::run(const QString& sql)
{
    return m_store.exec(sql, tr("Changing the store's roles"));
}

Result<QString> StoreRoles::database()
{
    if (m_database.isEmpty()) {
        QSqlQuery q = m_store.query();
        q.prepare(QStringLiteral("SELECT current_database()"));
        const Status s = m_store.exec(q, tr("Reading the database's name"));
        if (!s)
            return Result<QString>::failure(s.error());
        if (q.next())
            m_database = q.value(0).toString();
    }
    return m_database;
}

Result<QString> StoreRoles::roleName(StoreAccess::Role role)
{
    Result<QString> db = database();
    if (!db)
        return db;
    const QString name = groupRoleName(db.value(), role);
    if (name.toUtf8().size() > kMaxIdentifierBytes)
        return Result<QString>::failure(tr("The database name '%1' is too long for the store's role names (at most "
                                           "%2 bytes with \"_administrator\"). Rename the database to use roles.")
                                            .arg(db.value())
                                            .arg(kMaxIdentifierBytes));
    return name;
}

Result<QString> StoreRoles::quoted(const QString& name) const
{
    const QSqlDriver* driver = m_store.db().driver();
    // The driver leaves a name that starts and ends with a double quote as it is; such a name
    // would be spliced into the statement unquoted, so it is refused rather than trusted.
    if (name.isEmpty() || driver->isIdentifierEscaped(name, QSqlDriver::TableName) || name.contains(QChar(0)))
        return Result<QString>::failure(tr("'%1' cannot be used as a PostgreSQL role name here.").arg(name));
    return driver->escapeIdentifier(name, QSqlDriver::TableName);
}

Result<bool> StoreRoles::roleExists(const QString& name)
{
    QSqlQuery q = m_store.query();
    q.prepare(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"));
    q.addBindValue(name);
    const Status s = m_store.exec(q, tr("Looking up the role %1").arg(name));
    if (!s)
        return Result<bool>::failure(s.error());
    return q.next();
}

Status StoreRoles::requireManager(bool& ownsTables)
{
    QSqlQuery q = m_store.query();
    // The tables' owner may be a group the login belongs to; a superuser owns everything in effect.
    q.prepare(QStringLiteral("SELECT r.rolsuper, r.rolcreaterole, current_user, "
                             "(SELECT count(*) FROM pg_catalog.pg_tables t WHERE t.schemaname = current_schema() "
                             "AND NOT pg_has_role(current_user, t.tableowner, 'USAGE')), "
                             "(SELECT t.tableowner FROM pg_catalog.pg_tables t WHERE t.schemaname = current_schema() "
                             "AND t.tablename = 'schema_version') "
                             "FROM pg_catalog.pg_roles r WHERE r.rolname = current_user"));
    const Status s = m_store.exec(q, tr("Reading the rights of this login"));
    if (!s)
        return s;
    if (!q.next())
        return Status::failure(tr("Cannot read the rights of this login."));
    const bool super = q.value(0).toBool();
    const bool createRole = q.value(1).toBool();
    const QString me = q.value(2).toString();
    const QString owner = q.value(4).toString();
    ownsTables = super || q.value(3).toLongLong() == 0;
    if (!super && !createRole)
        return Status::failure(tr("The login '%1' may not manage the store's roles: that needs a PostgreSQL login with "
                                  "CREATEROLE (or a superuser). Run this as the store's owner (%2) if it has "
                                  "CREATEROLE, or ask the database's administrator.")
                                   .arg(me, owner));
    return {};
}

Status StoreRoles::requireLogin(const QString& login)
{
    for (StoreAccess::Role role : kRoles) {
        Result<QString> name = roleName(role);
        if (!name)
            return Status::failure(name.error());
        if (login == name.value())
            return Status::failure(
                tr("'%1' is one of the store's own roles; name the login of a person or a service.").arg(login));
    }
    QSqlQuery q = m_store.query();
    q.prepare(QStringLiteral("SELECT rolcanlogin FROM pg_catalog.pg_roles WHERE rolname = ?"));
    q.addBindValue(login);
    const Status s = m_store.exec(q, tr("Looking up the login %1").arg(login));
    if (!s)
        return s;
    if (!q.next())
        return Status::failure(tr("There is no PostgreSQL login '%1' on this server. Create it first, for example "
                                  "CREATE ROLE \"%1\" LOGIN PASSWORD '...', then grant it a store role.")
                                   .arg(login));
    if (!q.value(0).toBool())
        return Status::failure(
            tr("'%1' is a PostgreSQL role that cannot log in; give the store role to a login.").arg(login));
    return {};
}

Result<QStringList> StoreRoles::rolesOf(const QString& login)
{
    QStringList names;
    for (StoreAccess::Role role : kRoles) {
        Result<QString> name = roleName(role);
        if (!name)
            return Result<QStringList>::failure(name.error());
        names << name.value();
    }
    QSqlQuery q = m_store.query();
    q.prepare(QStringLiteral("SELECT g.rolname FROM pg_catalog.pg_auth_members am "
                             "JOIN pg_catalog.pg_roles g ON g.oid = am.roleid "
                             "JOIN pg_catalog.pg_roles m ON m.oid = am.member "
                             "WHERE m.rolname = ? AND g.rolname IN (?, ?, ?)"));
    q.addBindValue(login);
    for (const QString& name : std::as_const(names))
        q.addBindValue(name);
    const Status s = m_store.exec(q, tr("Reading the roles of %1").arg(login));
    if (!s)
        return Result<QStringList>::failure(s.error());
    QStringList held;
    const Status read = RowLoop::forEach(q, tr("Reading the roles of %1").arg(login),
                                         [&](QSqlQuery& row) { held << row.value(0).toString(); });
    if (!read)
        return Result<QStringList>::failure(read.error());
    return held;
}

Status StoreRoles::createRoles()
{
    for (StoreAccess::Role role : kRoles) {
        Result<QString> name = roleName(role);
        if (!name)
            return Status::failure(name.error());
        Result<bool> exists = roleExists(name.value());
        if (!exists)
            return Status::failure(exists.error());
        if (exists.value())
            continue;
        Result<QString> ident = quoted(name.value());
        if (!ident)
            return Status::failure(ident.error());
        // NOLOGIN: a group only hands rights to its members; nobody signs in as it.
        // sql: identifiers only, each quoted by the driver (escapeIdentifier, quoted()); roles cannot be bound.
        const Status s = run(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(ident.value()));
        if (!s)
            return s;
    }
    return {};
}

Status StoreRoles::applyTableGrants()
{
    QString admin, helpDesk, auditor;
    for (StoreAccess::Role role : kRoles) {
        Result<QString> name = roleName(role);
        if (!name)
            return Status::failure(name.error());
        Result<QString> ident = quoted(name.value());
        if (!ident)
            return Status::failure(ident.error());
        (role == StoreAccess::Role::Administrator ? admin
         : role == StoreAccess::Role::HelpDesk    ? helpDesk
                                                  : auditor) = ident.value();
    }
    const QString all = QStringList{admin, helpDesk, auditor}.join(QLatin1String(", "));
    QSqlDriver* driver = m_store.db().driver();

    // Every table there is now, so tables added by later migrations are covered on the next run.
    QSqlQuery tables = m_store.query();
    tables.prepare(QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                                  "ORDER BY tablename"));
    Status s = m_store.exec(tables, tr("Listing the store's tables"));
    if (!s)
        return s;
    QStringList tableNames;
    s = RowLoop::forEach(tables, tr("Listing the store's tables"),
                         [&](QSqlQuery& row) { tableNames << row.value(0).toString(); });
    if (!s)
        return s;
    for (const QString& table : std::as_const(tableNames)) {
        const QString t = driver->escapeIdentifier(table, QSqlDriver::TableName);
        // Revoked first so a re-run leaves exactly these rights, whatever an older version granted.
        // sql: identifiers only, each quoted by the driver (escapeIdentifier, quoted()); roles cannot be bound.
        QStringList statements{
            QStringLiteral("REVOKE ALL ON TABLE %1 FROM %2").arg(t, all),
            QStringLiteral("GRANT SELECT ON TABLE %1 TO %2, %3").arg(t, helpDesk, auditor),
            QStringLiteral("GRANT ALL PRIVILEGES ON TABLE %1 TO %2").arg(t, admin),
        };
        // sql: identifiers only, each quoted by the driver (escapeIdentifier, quoted()); roles cannot be bound.
        if (kHelpDeskWrites.contains(table))
            statements << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON TABLE %1 TO %2").arg(t, helpDesk);
        else if (table == kHelpDeskAppends)
            statements << QStringLiteral("GRANT INSERT ON TABLE %1 TO %2").arg(t, helpDesk);
        for (const QString& statement : std::as_const(statements)) {
            s = run(statement);
            if (!s)
                return s;
        }
    }

    // Identity columns draw from sequences: inserting a row needs USAGE on the table's sequence.
    QSqlQuery sequences = m_store.query();
    sequences.prepare(QStringLiteral(
        "SELECT s.relname, t.relname FROM pg_catalog.pg_class s "
        "JOIN pg_catalog.pg_namespace n ON n.oid = s.relnamespace "
        "LEFT JOIN pg_catalog.pg_depend d ON d.objid = s.oid AND d.classid = 'pg_catalog.pg_class'::regclass "
        "AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('a', 'i') "
        "LEFT JOIN pg_catalog.pg_class t ON t.oid = d.refobjid "
        "WHERE s.relkind = 'S' AND n.nspname = current_schema() ORDER BY s.relname"));
    s = m_store.exec(sequences, tr("Listing the store's sequences"));
    if (!s)
        return s;
    QList<QPair<QString, QString>> sequenceNames;
    s = RowLoop::forEach(sequences, tr("Listing the store's sequences"), [&](QSqlQuery& row) {
        sequenceNames.append({row.value(0).toString(), row.value(1).toString()});
    });
    if (!s)
        return s;
    for (const auto& [sequence, table] : std::as_const(sequenceNames)) {
        const QString q = driver->escapeIdentifier(sequence, QSqlDriver::TableName);
        // sql: identifiers only, each quoted by the driver (escapeIdentifier, quoted()); roles cannot be bound.
        QStringList statements{
            QStringLiteral("REVOKE ALL ON SEQUENCE %1 FROM %2").arg(q, all),
            QStringLiteral("GRANT ALL PRIVILEGES ON SEQUENCE %1 TO %2").arg(q, admin),
        };
        // sql: identifiers only, each quoted by the driver (escapeIdentifier, quoted()); roles cannot be bound.
        if (kHelpDeskWrites.contains(table) || table == kHelpDeskAppends)
            statements << QStringLiteral("GRANT USAGE ON SEQUENCE %1 TO %2").arg(q, helpDesk);
        for (const QString& statement : std::as_const(statements)) {
            s = run(statement);
            if (!s)
                return s;
        }
    }

    // PUBLIC usually has both already; a hardened server that revoked them needs them per role.
    QSqlQuery scope = m_store.query();
    scope.prepare(QStringLiteral("SELECT current_schema(), current_database()"));
    s = m_store.exec(scope, tr("Reading the store's schema"));
    if (!s || !scope.next())
        return s;
    const QString schema = scope.value(0).toString();
    const QString db = scope.value(1).toString();
    for (StoreAccess::Role role : kRoles) {
        const QString name = roleName(role).value();
        QSqlQuery q = m_store.query();
        q.prepare(
            QStringLiteral("SELECT has_schema_privilege(?, ?, 'USAGE'), has_database_privilege(?, ?, 'CONNECT')"));
        q.addBindValue(name);
        q.addBindValue(schema);
        q.addBindValue(name);
        q.addBindValue(db);
        s = m_store.exec(q, tr("Reading the rights of %1").arg(name));
        if (!s || !q.next())
            return s;
        const QString ident = quoted(name).value();
        if (!q.value(0).toBool()) {
            // sql: identifiers only, each quoted by the driver (escapeIdentifier, quoted()); roles cannot be bound.
            s = run(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2")
                        .arg(driver->escapeIdentifier(schema, QSqlDriver::TableName), ident));
            if (!s)
                return s;
        }
        if (!q.value(1).toBool()) {
            // sql: identifiers only, each quoted by the driver (escapeIdentifier, quoted()); roles cannot be bound.
            s = run(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2")
                        .arg(driver->escapeIdentifier(db, QSqlDriver::TableName), ident));
            if (!s)
                return s;
        }
    }
    return {};
}

Status StoreRoles::grant(const QString& login, StoreAccess::Role role)
{
    m_tableGrantsApplied = false;
    Status s = requirePostgres();
    if (!s)
        return s;
    bool ownsTables = false;
    s = requireManager(ownsTables);
    if (!s)
        return s;
    s = requireLogin(login);
    if (!s)
        return s;
    Result<QString> target = roleName(role);
    if (!target)
        return Status::failure(target.error());
    Result<bool> exists = roleExists(target.value());
    if (!exists)
        return Status::failure(exists.error());
    if (!exists.value() && !ownsTables) {
        Result<QString> by = owner();
        return Status::failure(tr("The store's roles do not exist yet, and only the store's owner (%1) may give them "
                                  "rights on its tables. Run the first \"store grant\" as %1.")
                                   .arg(by ? by.value() : QString()));
    }
    Result<QString> loginIdent = quoted(login);
    if (!loginIdent)
        return Status::failure(loginIdent.error());

    // One transaction: PostgreSQL's CREATE ROLE and GRANT are transactional, so a refusal halfway
    // leaves the roles and rights as they were.
    s = m_store.transaction([&]() -> Status {
        Status done = createRoles();
        if (done && ownsTables)
            done = applyTableGrants();
        if (!done)
            return done;
        Result<QStringList> held = rolesOf(login);
        if (!held)
            return Status::failure(held.error());
        for (const QString& other : held.value()) {
            if (other == target.value())
                continue;
            // sql: identifiers only, each quoted by the driver (escapeIdentifier, quoted()); roles cannot be bound.
            done = run(QStringLiteral("REVOKE %1 FROM %2").arg(quoted(other).value(), loginIdent.value()));
            if (!done)
                return done;
        }
        // sql: identifiers only, each quoted by the driver (escapeIdentifier, quoted()); roles cannot be bound.
        if (!held->contains(target.value()))
            done = run(QStringLiteral("GRANT %1 TO %2").arg(quoted(target.value()).value(), loginIdent.value()));
        if (!done)
            return done;
        held = rolesOf(login);
        if (!held)
            return Status::failure(held.error());
        // PostgreSQL 16 keeps a membership per grantor and revokes only this login's own grant.
        if (held.value() != QStringList{target.value()})
            return Status::failure(tr("'%1' still holds %2, granted by another login; ask that login or a superuser "
                                      "to revoke it.")
                                       .arg(login, held->join(QLatin1String(", "))));
        return {};
    });
    if (s)
        m_tableGrantsApplied = ownsTables;
    return s;
}

Result<QStringList> StoreRoles::revoke(const QString& login)
{
    using R = Result<QStringList>;
    Status s = requirePostgres();
    if (!s)
        return R::failure(s.error());
    bool ownsTables = false;
    s = requireManager(ownsTables);
    if (!s)
        return R::failure(s.error());
    Result<QString> loginIdent = quoted(login);
    if (!loginIdent)
        return R::failure(loginIdent.error());
    Result<bool> exists = roleExists(login);
    if (!exists)
        return R::failure(exists.error());
    if (!exists.value())
        return R::failure(tr("There is no PostgreSQL login '%1' on this server.").arg(login));
    QStringList removed;
    s = m_store.transaction([&]() -> Status {
        Result<QStringList> held = rolesOf(login);
        if (!held)
            return Status::failure(held.error());
        for (const QString& name : held.value()) {
            // sql: identifiers only, each quoted by the driver (escapeIdentifier, quoted()); roles cannot be bound.
            const Status done = run(QStringLiteral("REVOKE %1 FROM %2").arg(quoted(name).value(), loginIdent.value()));
            if (!done)
                return done;
        }
        Result<QStringList> left = rolesOf(login);
        if (!left)
            return Status::failure(left.error());
        if (!left->isEmpty())
            return Status::failure(tr("'%1' still holds %2, granted by another login; ask that login or a superuser "
                                      "to revoke it.")
                                       .arg(login, left->join(QLatin1String(", "))));
        removed = held.value();
        return {};
    });
    if (!s)
        return R::failure(s.error());
    // Keywords, not role names: what the person typed to grant them.
    Result<QString> db = database();
    for (QString& name : removed)
        name = name.mid(db.value().size() + 1);
    return removed;
}

Result<QList<StoreRoles::Member>> StoreRoles::members()
{
    using R = Result<QList<Member>>;
    Status s = requirePostgres();
    if (!s)
        return R::failure(s.error());
    QList<Member> result;
    for (StoreAccess::Role role : kRoles) {
        Result<QString> name = roleName(role);
        if (!name)
            return R::failure(name.error());
        QSqlQuery q = m_store.query();
        q.prepare(QStringLiteral("SELECT m.rolname FROM pg_catalog.pg_auth_members am "
                                 "JOIN pg_catalog.pg_roles g ON g.oid = am.roleid "
                                 "JOIN pg_catalog.pg_roles m ON m.oid = am.member "
                                 "WHERE g.rolname = ? ORDER BY m.rolname"));
        q.addBindValue(name.value());
        s = m_store.exec(q, tr("Reading the members of %1").arg(name.value()));
        if (!s)
            return R::failure(s.error());
        s = RowLoop::forEach(q, tr("Reading the members of %1").arg(name.value()), [&](QSqlQuery& row) {
            result.append({row.value(0).toString(), role});
        });
        if (!s)
            return R::failure(s.error());
    }
    std::sort(result.begin(), result.end(), [](const Member& a, const Member& b) { return a.login < b.login; });
    return result;
}

Result<QString> StoreRoles::owner()
{
    Status s = requirePostgres();
    if (!s)
        return Result<QString>::failure(s.error());
    QSqlQuery q = m_store.query();
    q.prepare(QStringLiteral("SELECT tableowner FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                             "AND tablename = 'schema_version'"));
    s = m_store.exec(q, tr("Reading the store's owner"));
    if (!s)
        return Result<QString>::failure(s.error());
    return q.next() ? q.value(0).toString() : QString();
}
