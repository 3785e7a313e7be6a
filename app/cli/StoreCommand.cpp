#include "StoreCommand.h"

#include "CliContext.h"
#include "CliTable.h"
#include "ExitCode.h"
#include "store/StoreKeyVault.h"
#include "store/StoreRoles.h"

#include <QSqlQuery>

QString StoreCommand::usage() const
{
    return tr("  store init                       create the store (or bring its schema up to date) and its key\n"
              "  store info                       dialect, location, schema version, identity, your role\n"
              "  store grant LOGIN ROLE           PostgreSQL: make LOGIN administrator, helpdesk or auditor\n"
              "  store revoke LOGIN               PostgreSQL: take every store role from LOGIN\n"
              "  store roles                      PostgreSQL: who holds which role\n");
}

int StoreCommand::run(CliContext& context, const QStringList& args)
{
    if (args == QStringList{QStringLiteral("init")})
        return init(context);
    if (args == QStringList{QStringLiteral("info")})
        return info(context);
    if (args.size() == 3 && args.at(0) == QLatin1String("grant"))
        return grant(context, args.at(1), args.at(2));
    if (args.size() == 2 && args.at(0) == QLatin1String("revoke"))
        return revoke(context, args.at(1));
    if (args == QStringList{QStringLiteral("roles")})
        return roles(context);
    return context.usage(tr("Usage: smsotp-cli store init | info | grant LOGIN administrator|helpdesk|auditor | "
                            "revoke LOGIN | roles"));
}

int StoreCommand::init(CliContext& context)
{
    Result<Store*> store = context.store(true);
    if (!store)
        return context.fail(store.error());
    StoreKeyVault vault(*store.value());
    Result<QString> passphrase = context.passphrase();
    if (!vault.hasKey()) {
        if (!passphrase)
            return context.fail(tr("The store was created, but it has no key yet: %1").arg(passphrase.error()));
        Result<StoreKey> key = vault.create(passphrase.value(), context.actor());
        if (!key)
            return context.fail(key.error());
        context.out() << tr("Store key created (fingerprint %1).").arg(key->fingerprint()) << Qt::endl;
    } else if (passphrase) {
        Result<StoreKey> key = vault.unlock(passphrase.value());
        if (!key)
            return context.fail(key.error());
    }
    context.out() << tr("Store ready: %1 (%2), schema version %3.")
                         .arg(store.value()->url().displayLocation(), store.value()->url().dialectName())
                         .arg(store.value()->schemaVersion())
                  << Qt::endl;
    return ExitOk;
}

int StoreCommand::info(CliContext& context)
{
    Result<Store*> opened = context.store();
    if (!opened)
        return context.fail(opened.error());
    Store& store = *opened.value();
    auto count = [&](const char* table) {
        QSqlQuery q = store.query();
        // sql: the table names are constants of this file; nothing typed reaches the text.
        return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    };
    QTextStream& out = context.out();
    out << tr("Dialect:        %1").arg(store.url().dialectName()) << Qt::endl;
    out << tr("Location:       %1").arg(store.url().displayLocation()) << Qt::endl;
    out << tr("Schema version: %1 (this program: %2)").arg(store.schemaVersion()).arg(Store::latestSchemaVersion())
        << Qt::endl;
    out << tr("UUID:           %1").arg(store.uuid()) << Qt::endl;
    out << tr("Store key:      %1")
               .arg(StoreKeyVault(store).hasKey() ? tr("present, protected by a passphrase") : tr("not created yet"))
        << Qt::endl;
    out << tr("Your role:      %1").arg(StoreAccess::displayName(store.role())) << Qt::endl;
    out << tr("Authenticators: %1").arg(count("authenticators")) << Qt::endl;
    out << tr("Events:         %1").arg(count("events")) << Qt::endl;
    return ExitOk;
}

int StoreCommand::grant(CliContext& context, const QString& login, const QString& roleWord)
{
    // Checked before opening the store: bad usage is told as such even when the store is unreachable.
    const std::optional<StoreAccess::Role> role = StoreAccess::fromKeyword(roleWord);
    if (!role)
        return context.usage(tr("Unknown role '%1': use administrator, helpdesk or auditor.").arg(roleWord));
    Result<Store*> opened = context.store();
    if (!opened)
        return context.fail(opened.error());
    StoreRoles roles(*opened.value());
    const Status s = roles.grant(login, *role);
    if (!s)
        return context.fail(s.error());
    context.out() << tr("%1 is now %2 of this store (role %3).")
                         .arg(login, StoreAccess::displayName(*role),
                              StoreRoles::groupRoleName(opened.value()->url().database(), *role))
                  << Qt::endl;
    if (!roles.tableGrantsApplied())
        context.out() << tr("The table rights were left as they are: only the store's owner may re-apply them.")
                      << Qt::endl;
    return ExitOk;
}

int StoreCommand::revoke(CliContext& context, const QString& login)
{
    Result<Store*> opened = context.store();
    if (!opened)
        return context.fail(opened.error());
    Result<QStringList> removed = StoreRoles(*opened.value()).revoke(login);
    if (!removed)
        return context.fail(removed.error());
    if (removed->isEmpty())
        context.out() << tr("%1 held no role in this store; nothing changed.").arg(login) << Qt::endl;
    else
        context.out()
            << tr("%1 no longer holds a role in this store (was: %2).").arg(login, removed->join(QLatin1String(", ")))
            << Qt::endl;
    return ExitOk;
}

int StoreCommand::roles(CliContext& context)
{
    Result<Store*> opened = context.store();
    if (!opened)
        return context.fail(opened.error());
    StoreRoles roles(*opened.value());
    Result<QList<StoreRoles::Member>> members = roles.members();
    if (!members)
        return context.fail(members.error());
    Result<QString> owner = roles.owner();
    if (!owner)
        return context.fail(owner.error());
    QTextStream& out = context.out();
    // Keywords, not translated names: scripts read this. The owner has every right without a role.
    out << CliTable::row({owner.value(), QStringLiteral("owner")}) << Qt::endl;
    for (const StoreRoles::Member& m : members.value())
        out << CliTable::row({m.login, StoreAccess::keyword(m.role)}) << Qt::endl;
    return ExitOk;
}
