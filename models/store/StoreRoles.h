#pragma once

#include "StoreAccess.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Store;

// The store's three group roles on PostgreSQL (DESIGN §6) and who holds them. Role names are
// cluster-wide while a store is one database, so each store gets its own roles named after its
// database: <database>_administrator, <database>_helpdesk, <database>_auditor. A login gets its
// rights only by being a member of exactly one of them; the database then refuses the rest.
//
//   auditor:       SELECT on every table of the store
//   helpdesk:      the auditor's rights, INSERT/UPDATE/DELETE on authenticators and
//                  authenticator_state, INSERT on events, USAGE on those tables' sequences
//   administrator: every privilege on every table and sequence of the store
//
// Granting is re-runnable: each run re-applies the table grants to every table the store has
// now, so tables added by a later migration get theirs by running "store grant" again.
class StoreRoles {
    Q_DECLARE_TR_FUNCTIONS(StoreRoles)

public:
    struct Member {
        QString login;
        StoreAccess::Role role;
    };

    explicit StoreRoles(Store& store);

    static QString groupRoleName(const QString& database, StoreAccess::Role role);

    // Creates the group roles when missing, re-applies their table grants (when this login owns
    // the tables), and makes `login` a member of `role` and of neither other role.
    Status grant(const QString& login, StoreAccess::Role role);
    // Whether the last grant() re-applied the table grants (only the tables' owner can).
    bool tableGrantsApplied() const { return m_tableGrantsApplied; }
    // Takes every store role from `login`; the roles it had, as keywords (empty: it had none).
    Result<QStringList> revoke(const QString& login);
    // Who holds which role, by login.
    Result<QList<Member>> members();
    // The login that owns the store's tables: it has every right without any role.
    Result<QString> owner();

private:
    Status requirePostgres() const;
    Result<QString> database();
    Result<QString> roleName(StoreAccess::Role role);
    // The identifier quoted by the driver; refuses a name the driver would take as already quoted.
    Result<QString> quoted(const QString& name) const;
    Status requireManager(bool& ownsTables);
    Status requireLogin(const QString& login);
    Result<bool> roleExists(const QString& name);
    Result<QStringList> rolesOf(const QString& login);
    Status createRoles();
    Status applyTableGrants();
    Status run(const QString& sql);

    Store& m_store;
    QString m_database;
    bool m_tableGrantsApplied = false;
};
