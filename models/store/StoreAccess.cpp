#include "StoreAccess.h"

#include <QSqlQuery>

namespace {

// Whether the session may `privilege` the table; nullopt when the server could not say.
std::optional<bool> tablePrivilege(QSqlDatabase& db, const char* table, const char* privilege)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT has_table_privilege(?, ?)"));
    q.addBindValue(QLatin1String(table));
    q.addBindValue(QLatin1String(privilege));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toBool();
}

} // namespace

StoreAccess::Role StoreAccess::detect(QSqlDatabase& db, StoreUrl::Dialect dialect)
{
    if (dialect != StoreUrl::Dialect::Postgres)
        return Role::Administrator;
    // A question the server cannot answer hides nothing: the database still refuses what the
    // login may not do, and hiding the console's pages on a failed query would only confuse.
    const std::optional<bool> settings = tablePrivilege(db, "settings", "UPDATE");
    if (!settings || *settings)
        return Role::Administrator;
    const std::optional<bool> helpDesk = tablePrivilege(db, "authenticator_state", "UPDATE");
    if (!helpDesk || *helpDesk)
        return Role::HelpDesk;
    return Role::Auditor;
}

QString StoreAccess::keyword(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::HelpDesk:
        return QStringLiteral("helpdesk");
    case Role::Auditor:
        break;
    }
    return QStringLiteral("auditor");
}

std::optional<StoreAccess::Role> StoreAccess::fromKeyword(const QString& word)
{
    for (Role role : {Role::Administrator, Role::HelpDesk, Role::Auditor})
        if (word.compare(keyword(role), Qt::CaseInsensitive) == 0)
            return role;
    return std::nullopt;
}

QString StoreAccess::displayName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("administrator");
    case Role::HelpDesk:
        return tr("help desk");
    case Role::Auditor:
        break;
    }
    return tr("auditor");
}
