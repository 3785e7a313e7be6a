#include "ActorName.h"

#include "SystemUser.h"

namespace {
const QLatin1String kConsole("console:");
const QLatin1String kCommandLine("cli:");

QString withUser(QLatin1String prefix)
{
    const QString user = SystemUser::name();
    return prefix + (user.isEmpty() ? QStringLiteral("unknown") : user);
}
} // namespace

QString ActorName::console()
{
    return withUser(kConsole);
}

QString ActorName::commandLine()
{
    return withUser(kCommandLine);
}

QString ActorName::apiToken(const QString& tokenName)
{
    return QStringLiteral("api:") + tokenName;
}

QString ActorName::server(const QString& hostName)
{
    return QStringLiteral("server:") + hostName;
}

ActorName::Kind ActorName::kindOf(const QString& actor, QString* user)
{
    Kind kind = Kind::Other;
    qsizetype prefix = 0;
    if (actor.startsWith(kConsole)) {
        kind = Kind::Console;
        prefix = kConsole.size();
    } else if (actor.startsWith(kCommandLine)) {
        kind = Kind::CommandLine;
        prefix = kCommandLine.size();
    }
    if (user)
        *user = actor.mid(prefix);
    return kind;
}
