#include "UsersCommand.h"

#include "CliContext.h"
#include "CliTable.h"
#include "ExitCode.h"
#include "directory/DirectoryUserImport.h"
#include "engine/OtpService.h"
#include "engine/PhoneNormalizer.h"
#include "store/AuthenticatorRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString statusText(const Authenticator& a, const QDateTime& now)
{
    if (a.useDenied)
        return UsersCommand::tr("use denied");
    if (a.blockState == Authenticator::BlockState::UntilUnblock)
        return UsersCommand::tr("blocked until a help-desk unblock");
    if (a.isBlockedAt(now))
        return UsersCommand::tr("blocked until %1").arg(a.blockedUntil.toString(Qt::ISODate));
    return UsersCommand::tr("active");
}

QString isoOrEmpty(const QDateTime& at)
{
    return at.isValid() ? at.toString(Qt::ISODate) : QString();
}

} // namespace

QString UsersCommand::usage() const
{
    return tr("  users register LOGIN PHONE [--comment C] [--self-service]\n"
              "                                   register an authenticator (the phone is normalised and encrypted)\n"
              "  users list [--blocked] [--search S] [--json]\n"
              "                                   list authenticators; S matches logins, or a phone number exactly\n"
              "  users unblock LOGIN... | --all   unblock accounts\n"
              "  users import-directory [--filter F] [--dry-run] [--update-existing]\n"
              "                                   register every directory user matching F (default:\n"
              "                                   directory.importFilter) with their number\n");
}

int UsersCommand::run(CliContext& context, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("register"))
        return registerUser(context, args.mid(1));
    if (sub == QLatin1String("list"))
        return list(context, args.mid(1));
    if (sub == QLatin1String("unblock"))
        return unblock(context, args.mid(1));
    if (sub == QLatin1String("import-directory"))
        return importDirectory(context, args.mid(1));
    return context.usage(tr("Usage: smsotp-cli users register LOGIN PHONE [--comment C] [--self-service] | "
                            "list [--blocked] [--search S] [--json] | unblock LOGIN... | unblock --all | "
                            "import-directory [--filter F] [--dry-run] [--update-existing]"));
}

int UsersCommand::registerUser(CliContext& context, QStringList args)
{
    QString comment;
    if (!CliContext::takeOption(args, QStringLiteral("--comment"), comment))
        return context.usage(tr("--comment needs a text."));
    const bool selfService = args.removeAll(QStringLiteral("--self-service")) > 0;
    if (args.size() != 2 || args.first().startsWith(QLatin1String("--")))
        return context.usage(tr("Usage: smsotp-cli users register LOGIN PHONE [--comment C] [--self-service]"));
    Result<OtpService*> service = context.service(CliContext::KeyUse::Required);
    if (!service)
        return context.fail(service.error());
    const auto out =
        service.value()->registerAuthenticator(args.at(0), args.at(1), comment, {context.actor(), selfService});
    if (!out.ok)
        return context.fail(out.describe());
    context.out() << tr("%1: %2").arg(args.at(0).trimmed(), out.message) << Qt::endl;
    return ExitOk;
}

int UsersCommand::list(CliContext& context, QStringList args)
{
    AuthenticatorRepository::Filter filter;
    if (!CliContext::takeOption(args, QStringLiteral("--search"), filter.search))
        return context.usage(tr("--search needs a text."));
    filter.blockedOnly = args.removeAll(QStringLiteral("--blocked")) > 0;
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    if (!args.isEmpty())
        return context.usage(tr("Usage: smsotp-cli users list [--blocked] [--search S] [--json]"));
    if (const QString problem = AuthenticatorRepository::searchProblem(filter.search); !problem.isEmpty())
        return context.fail(problem);
    Result<Store*> store = context.store();
    if (!store)
        return context.fail(store.error());
    Result<const StoreKey*> key = context.storeKeyIfGiven();
    if (!key)
        return context.fail(key.error());
    if (!filter.search.isEmpty()) {
        // A search that is a phone number matches it exactly through the keyed hash.
        Result<Settings> settings = context.settings();
        if (!settings)
            return context.fail(settings.error());
        const auto number = PhoneNormalizer(settings->phoneFormat).normalize(filter.search);
        if (number.ok && key.value())
            filter.phoneHash = key.value()->phoneHash(number.normalized);
        else if (number.ok)
            context.err()
                << tr("Note: searching phone numbers needs the store's passphrase; only logins were searched.")
                << Qt::endl;
    }
    filter.limit = 100000;
    Result<QList<Authenticator>> rows = AuthenticatorRepository(*store.value(), key.value()).list(filter);
    if (!rows)
        return context.fail(rows.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (json) {
        QJsonArray array;
        for (const Authenticator& a : rows.value())
            array.append(QJsonObject{{QStringLiteral("login"), a.login},
                                     {QStringLiteral("displayName"), a.displayName},
                                     {QStringLiteral("phone"), a.phoneMask},
                                     {QStringLiteral("comment"), a.comment},
                                     {QStringLiteral("registeredAt"), isoOrEmpty(a.registeredAt)},
                                     {QStringLiteral("status"), statusText(a, now)},
                                     {QStringLiteral("blocked"), a.isBlockedAt(now)},
                                     {QStringLiteral("failedCount"), a.failedCount},
                                     {QStringLiteral("lastFailureAt"), isoOrEmpty(a.lastFailureAt)},
                                     {QStringLiteral("lastSuccessAt"), isoOrEmpty(a.lastSuccessAt)}});
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const Authenticator& a : rows.value())
        context.out() << CliTable::row({a.login, a.phoneMask, statusText(a, now), tr("failures: %1").arg(a.failedCount),
                                        a.comment})
                      << Qt::endl;
    return ExitOk;
}

int UsersCommand::unblock(CliContext& context, QStringList args)
{
    const bool all = args.removeAll(QStringLiteral("--all")) > 0;
    if (all == !args.isEmpty())
        return context.usage(tr("Usage: smsotp-cli users unblock LOGIN... | users unblock --all"));
    Result<OtpService*> service = context.service(CliContext::KeyUse::None);
    if (!service)
        return context.fail(service.error());
    const OtpService::Actor actor{context.actor(), false};
    const auto out = all ? service.value()->unblockAll(actor) : service.value()->unblock(args, actor);
    if (!out.ok)
        return context.fail(out.describe());
    context.out() << out.message << Qt::endl;
    return ExitOk;
}

int UsersCommand::importDirectory(CliContext& context, QStringList args)
{
    QString filter;
    if (!CliContext::takeOption(args, QStringLiteral("--filter"), filter))
        return context.usage(tr("--filter needs an LDAP filter."));
    const bool dryRun = args.removeAll(QStringLiteral("--dry-run")) > 0;
    const bool update = args.removeAll(QStringLiteral("--update-existing")) > 0;
    if (!args.isEmpty())
        return context.usage(
            tr("Usage: smsotp-cli users import-directory [--filter F] [--dry-run] [--update-existing]"));
    Result<Store*> store = context.store();
    if (!store)
        return context.fail(store.error());
    Result<const StoreKey*> key = context.storeKey();
    if (!key)
        return context.fail(key.error());
    Result<Settings> settings = context.settings();
    if (!settings)
        return context.fail(settings.error());
    Result<DirectoryUserImport::Fetched> fetched =
        DirectoryUserImport(*store.value(), key.value()).fetch(settings.value(), filter);
    if (!fetched)
        return context.fail(fetched.error());
    QList<UserCsvImport::Row> rows = fetched->rows;
    UserCsvImport import(*store.value(), key.value());
    import.setSource(UserCsvImport::Source::Directory);
    import.setUpdateExisting(update);
    const Status checked = import.check(rows);
    if (!checked)
        return context.fail(checked.error());
    int ready = 0;
    const QString prefix = settings->phoneFormat.prefix;
    for (const UserCsvImport::Row& row : rows) {
        const bool ok = row.problem.isEmpty();
        ready += ok;
        const QString what =
            !ok          ? tr("skipped: %1").arg(row.problem)
            : row.update ? tr("update to %1").arg(AuthenticatorRepository::maskPhone(row.normalized, prefix))
                         : tr("register with %1").arg(AuthenticatorRepository::maskPhone(row.normalized, prefix));
        context.out() << row.login << '\t' << what << Qt::endl;
    }
    if (fetched->truncated)
        context.err() << tr("Warning: more users match than one import reads (%1); narrow the filter and import the "
                            "rest separately.")
                             .arg(fetched->rows.size())
                      << Qt::endl;
    context.out() << tr("%1 of %2 directory user(s) can be imported.").arg(ready).arg(rows.size()) << Qt::endl;
    if (dryRun) {
        context.out() << tr("Dry run: nothing was written.") << Qt::endl;
        return ExitOk;
    }
    const UserCsvImport::Outcome out = import.import(rows, context.actor());
    if (!out.ok)
        return context.fail(out.message);
    context.out() << out.message << Qt::endl;
    return ExitOk;
}
