#include "TokensCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "store/ApiTokenRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString isoOrEmpty(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QString stateText(const ApiToken& t, const QDateTime& now)
{
    if (!t.enabled)
        return QStringLiteral("disabled");
    if (t.isExpired(now))
        return QStringLiteral("expired");
    return QStringLiteral("enabled");
}

} // namespace

QString TokensCommand::usage() const
{
    return tr("  tokens create NAME --scope SCOPE,... [--expires DATE] [--exempt-ip-allow-list]\n"
              "                                   a new API token for smsotp-server; the secret is printed once.\n"
              "                                   Scopes: otp:request, otp:verify, phones:read, phones:write,\n"
              "                                   metrics:read.\n"
              "                                   DATE: 2027-01-31 (midnight UTC) or 2027-01-31T18:00:00Z\n"
              "  tokens list [--json]             the API tokens (never their secrets)\n"
              "  tokens disable|enable|delete NAME\n");
}

int TokensCommand::run(CliContext& context, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("create"))
        return create(context, args.mid(1));
    if (sub == QLatin1String("list"))
        return list(context, args.mid(1));
    if (sub == QLatin1String("disable") || sub == QLatin1String("enable") || sub == QLatin1String("delete"))
        return change(context, sub, args.mid(1));
    return context.usage(tr("Usage: smsotp-cli tokens create NAME --scope SCOPE,... [--expires DATE] "
                            "[--exempt-ip-allow-list] | list [--json] | disable NAME | enable NAME | delete NAME"));
}

QDateTime TokensCommand::parseExpiry(const QString& text)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    static const QRegularExpression dateTime(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?$"));
    if (!dateTime.match(text).hasMatch())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC); // no zone given: UTC, the same on every machine
    return at.toUTC();
}

int TokensCommand::create(CliContext& context, QStringList args)
{
    QString scopeText, expiresText;
    if (!CliContext::takeOption(args, QStringLiteral("--scope"), scopeText))
        return context.usage(tr("--scope needs a comma-separated list of scopes."));
    if (!CliContext::takeOption(args, QStringLiteral("--expires"), expiresText))
        return context.usage(tr("--expires needs a date, for example 2027-01-31."));
    const bool exempt = args.removeAll(QStringLiteral("--exempt-ip-allow-list")) > 0;
    for (const QString& a : std::as_const(args)) {
        if (a.startsWith(QLatin1String("--")))
            return context.usage(tr("Unknown option '%1' for tokens create.").arg(a));
    }
    if (args.size() != 1)
        return context.usage(tr("Usage: smsotp-cli tokens create NAME --scope SCOPE,... [--expires DATE] "
                                "[--exempt-ip-allow-list]"));
    const QString name = args.first();
    const QString nameProblem = ApiToken::nameProblem(name);
    if (!nameProblem.isEmpty())
        return context.usage(nameProblem);
    if (scopeText.trimmed().isEmpty())
        return context.usage(tr("Give the token its scopes with --scope, for example --scope otp:request,otp:verify "
                                "(scopes: %1).")
                                 .arg(ApiToken::knownScopes().join(QLatin1String(", "))));
    QStringList scopes;
    for (const QString& scope : scopeText.split(QLatin1Char(','), Qt::SkipEmptyParts))
        scopes << scope.trimmed();
    QStringList unknown;
    ApiToken::canonicalScopes(scopes, &unknown);
    if (!unknown.isEmpty())
        return context.usage(tr("Unknown scope '%1'. The scopes are %2.")
                                 .arg(unknown.first(), ApiToken::knownScopes().join(QLatin1String(", "))));
    QDateTime expires;
    if (!expiresText.isEmpty()) {
        expires = parseExpiry(expiresText);
        if (!expires.isValid())
            return context.usage(tr("'%1' is not a date: write 2027-01-31 or 2027-01-31T18:00:00Z.").arg(expiresText));
    }

    Result<Store*> store = context.store();
    if (!store)
        return context.fail(store.error());
    auto created = ApiTokenRepository(*store.value()).create(name, scopes, expires, exempt, context.actor());
    if (!created)
        return context.fail(created.error());
    context.out() << created->secret << Qt::endl;
    context.err() << tr("API token \"%1\" created with the scopes %2. Copy the secret above now: it is stored only "
                        "as a hash and will not be shown again.")
                         .arg(name, created->token.scopes.join(QLatin1Char(',')))
                  << Qt::endl;
    return ExitOk;
}

int TokensCommand::list(CliContext& context, QStringList args)
{
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    if (!args.isEmpty())
        return context.usage(tr("Usage: smsotp-cli tokens list [--json]"));
    Result<Store*> store = context.store();
    if (!store)
        return context.fail(store.error());
    auto tokens = ApiTokenRepository(*store.value()).list();
    if (!tokens)
        return context.fail(tokens.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (json) {
        QJsonArray array;
        for (const ApiToken& t : tokens.value())
            array.append(QJsonObject{
                {QStringLiteral("name"), t.name},
                {QStringLiteral("scopes"), QJsonArray::fromStringList(t.scopes)},
                {QStringLiteral("state"), stateText(t, now)},
                {QStringLiteral("enabled"), t.enabled},
                {QStringLiteral("exemptIpAllowList"), t.exemptIpAllowList},
                {QStringLiteral("created"), isoOrEmpty(t.created)},
                {QStringLiteral("createdBy"), t.createdBy},
                {QStringLiteral("expires"), t.expires.isValid() ? QJsonValue(isoOrEmpty(t.expires)) : QJsonValue()},
                {QStringLiteral("lastUsed"), t.lastUsed.isValid() ? QJsonValue(isoOrEmpty(t.lastUsed)) : QJsonValue()},
                {QStringLiteral("lastAddress"), t.lastAddress}});
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    // Tab-separated for scripts: name, scopes, state, expires, last used, last address, exempt.
    for (const ApiToken& t : tokens.value())
        context.out() << t.name << '\t' << t.scopes.join(QLatin1Char(',')) << '\t' << stateText(t, now) << '\t'
                      << (t.expires.isValid() ? isoOrEmpty(t.expires) : QStringLiteral("never")) << '\t'
                      << (t.lastUsed.isValid() ? isoOrEmpty(t.lastUsed) : QStringLiteral("never")) << '\t'
                      << t.lastAddress << '\t' << (t.exemptIpAllowList ? QStringLiteral("exempt") : QStringLiteral("-"))
                      << Qt::endl;
    return ExitOk;
}

int TokensCommand::change(CliContext& context, const QString& action, const QStringList& args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return context.usage(tr("Usage: smsotp-cli tokens %1 NAME").arg(action));
    const QString name = args.first();
    Result<Store*> store = context.store();
    if (!store)
        return context.fail(store.error());
    ApiTokenRepository repo(*store.value());
    const Status s = action == QLatin1String("delete")
                         ? repo.remove(name, context.actor())
                         : repo.setEnabled(name, action == QLatin1String("enable"), context.actor());
    if (!s)
        return context.fail(s.error());
    if (action == QLatin1String("delete"))
        context.out() << tr("API token \"%1\" deleted; callers using it are refused from now on.").arg(name)
                      << Qt::endl;
    else if (action == QLatin1String("enable"))
        context.out() << tr("API token \"%1\" enabled.").arg(name) << Qt::endl;
    else
        context.out()
            << tr("API token \"%1\" disabled; callers using it are refused until it is enabled again.").arg(name)
            << Qt::endl;
    return ExitOk;
}
