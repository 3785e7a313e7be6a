#include "ServersCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "store/ServerRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString isoOrEmpty(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

// Stable words for scripts (not translated, like the rest of the tab-separated output).
QString stateText(ServerInfo::State state)
{
    switch (state) {
    case ServerInfo::State::Running:
        return QStringLiteral("running");
    case ServerInfo::State::Silent:
        return QStringLiteral("silent");
    case ServerInfo::State::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

} // namespace

QString ServersCommand::usage() const
{
    return tr("  servers list [--json]            the provider servers of this store; one without a heartbeat\n"
              "                                   for over a minute is \"silent\"\n");
}

int ServersCommand::run(CliContext& context, const QStringList& argsIn)
{
    QStringList args = argsIn;
    if (args.value(0) != QLatin1String("list"))
        return context.usage(tr("Usage: smsotp-cli servers list [--json]"));
    args.removeFirst();
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    if (!args.isEmpty())
        return context.usage(tr("Usage: smsotp-cli servers list [--json]"));
    Result<Store*> store = context.store();
    if (!store)
        return context.fail(store.error());
    auto servers = ServerRegistry(*store.value()).list();
    if (!servers)
        return context.fail(servers.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (json) {
        QJsonArray array;
        for (const ServerInfo& s : servers.value())
            array.append(QJsonObject{
                {QStringLiteral("id"), double(s.id)},
                {QStringLiteral("host"), s.host},
                {QStringLiteral("listen"), s.listen},
                {QStringLiteral("version"), s.version},
                {QStringLiteral("state"), stateText(s.state(now))},
                {QStringLiteral("started"), isoOrEmpty(s.started)},
                {QStringLiteral("lastHeartbeat"), isoOrEmpty(s.lastHeartbeat)},
                {QStringLiteral("secondsSinceHeartbeat"), double(s.lastHeartbeat.secsTo(now))},
                {QStringLiteral("requestsServed"), double(s.requestsServed)},
                {QStringLiteral("lastError"), s.lastError},
                {QStringLiteral("stopped"), s.stopped.isValid() ? QJsonValue(isoOrEmpty(s.stopped)) : QJsonValue()}});
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    // Tab-separated: host, listen, version, state, started, last heartbeat, requests, last error.
    for (const ServerInfo& s : servers.value())
        context.out() << s.host << '\t' << s.listen << '\t' << s.version << '\t' << stateText(s.state(now)) << '\t'
                      << isoOrEmpty(s.started) << '\t' << isoOrEmpty(s.lastHeartbeat) << '\t' << s.requestsServed
                      << '\t' << s.lastError << Qt::endl;
    return ExitOk;
}
