#include "StoreCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "store/StoreKeyVault.h"

#include <QSqlQuery>

QString StoreCommand::usage() const
{
    return tr("  store init                       create the store (or bring its schema up to date) and its key\n"
              "  store info                       dialect, location, schema version, identity\n");
}

int StoreCommand::run(CliContext& context, const QStringList& args)
{
    if (args == QStringList{QStringLiteral("init")})
        return init(context);
    if (args == QStringList{QStringLiteral("info")})
        return info(context);
    return context.usage(tr("Usage: smsotp-cli store init | info"));
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
    out << tr("Authenticators: %1").arg(count("authenticators")) << Qt::endl;
    out << tr("Events:         %1").arg(count("events")) << Qt::endl;
    return ExitOk;
}
