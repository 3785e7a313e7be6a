#include "DirectoryCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "directory/DirectoryPhoneSource.h"
#include "store/AuthenticatorRepository.h"

QString DirectoryCommand::usage() const
{
    return tr("  directory check LOGIN            bind to the directory, find LOGIN and show its number (masked)\n"
              "                                   or the reason there is none\n");
}

int DirectoryCommand::run(CliContext& context, const QStringList& args)
{
    if (args.value(0) == QLatin1String("check"))
        return check(context, args.mid(1));
    return context.usage(tr("Usage: smsotp-cli directory check LOGIN"));
}

int DirectoryCommand::check(CliContext& context, const QStringList& args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return context.usage(tr("Usage: smsotp-cli directory check LOGIN"));
    Result<Store*> store = context.store();
    if (!store)
        return context.fail(store.error());
    Result<const StoreKey*> key = context.storeKeyIfGiven();
    if (!key)
        return context.fail(key.error());
    Result<Settings> settings = context.settings();
    if (!settings)
        return context.fail(settings.error());
    const DirectoryPhoneLookup::Outcome out =
        DirectoryPhoneSource(*store.value(), key.value()).lookup(settings.value(), args.first());
    if (!out.found())
        return context.fail(tr("error %1: %2").arg(out.eventCode()).arg(out.message));
    context.out() << tr("%1: %2 (%3)")
                         .arg(args.first().trimmed(),
                              AuthenticatorRepository::maskPhone(out.normalized, settings->phoneFormat.prefix), out.dn)
                  << Qt::endl;
    if (!settings->phoneFormat.useDirectoryPhone)
        context.out() << tr("Note: phoneFormat.useDirectoryPhone is off, so the engine still sends to the store's "
                            "numbers.")
                      << Qt::endl;
    return ExitOk;
}
