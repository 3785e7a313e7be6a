#pragma once

#include "StoreUrl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// What the connected login may do in a store (DESIGN §6). On PostgreSQL the database itself
// enforces it through the group roles that StoreRoles grants; the console only reads it here to
// hide what would be refused anyway. A SQLite file has no logins: whoever can write it may do all.
class StoreAccess {
    Q_DECLARE_TR_FUNCTIONS(StoreAccess)

public:
    enum class Role { Administrator, HelpDesk, Auditor };

    // Asks the server what the session's login may do (its own grants, its roles' and ownership).
    static Role detect(QSqlDatabase& db, StoreUrl::Dialect dialect);

    // The word used on the command line and in role names: administrator, helpdesk, auditor.
    static QString keyword(Role role);
    static std::optional<Role> fromKeyword(const QString& word);
    // The role as a person reads it inside a sentence ("auditor", "help desk"), translated.
    static QString displayName(Role role);

    static bool mayChangeSettings(Role role) { return role == Role::Administrator; }
    static bool mayChangeAuthenticators(Role role) { return role != Role::Auditor; }
};
