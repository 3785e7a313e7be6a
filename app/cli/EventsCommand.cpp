#include "EventsCommand.h"

#include "CliContext.h"
#include "CliTable.h"
#include "ExitCode.h"
#include "domain/EventCatalog.h"
#include "store/EventQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString EventsCommand::usage() const
{
    return tr("  events list [--code N] [--since ISO-8601] [--account A] [--limit N] [--json]\n"
              "                                   the event log, newest first\n");
}

int EventsCommand::run(CliContext& context, const QStringList& argsIn)
{
    QStringList args = argsIn;
    if (args.value(0) != QLatin1String("list"))
        return context.usage(tr("Usage: smsotp-cli events list [--code N] [--since ISO-8601] [--account A] "
                                "[--limit N] [--json]"));
    args.removeFirst();
    EventQuery::Filter filter;
    filter.limit = 1000;
    bool json = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const QString value = args.value(i + 1);
        bool ok = true;
        if (a == QLatin1String("--json")) {
            json = true;
            continue;
        }
        if (a == QLatin1String("--code"))
            filter.code = value.toInt(&ok);
        else if (a == QLatin1String("--limit"))
            ok = (filter.limit = value.toInt(&ok)) > 0 && ok;
        else if (a == QLatin1String("--account"))
            ok = !(filter.account = value).isEmpty();
        else if (a == QLatin1String("--since")) {
            filter.since = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (!filter.since.isValid())
                filter.since = QDateTime::fromString(value, Qt::ISODate);
            ok = filter.since.isValid();
        } else
            return context.usage(tr("Unknown option '%1' for events list.").arg(a));
        if (!ok || i + 1 >= args.size())
            return context.usage(tr("%1 needs a valid value (got '%2').").arg(a, value));
        ++i;
    }
    Result<Store*> store = context.store();
    if (!store)
        return context.fail(store.error());
    Result<QList<Event>> events = EventQuery(*store.value()).list(filter);
    if (!events)
        return context.fail(events.error());
    if (json) {
        QJsonArray array;
        for (const Event& e : events.value())
            array.append(QJsonObject{{QStringLiteral("id"), double(e.id)},
                                     {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("code"), e.code},
                                     {QStringLiteral("severity"), EventCatalog::severityName(e.severity)},
                                     {QStringLiteral("title"), EventCatalog::title(e.code)},
                                     {QStringLiteral("account"), e.account},
                                     {QStringLiteral("clientAddress"), e.clientAddress},
                                     {QStringLiteral("actor"), e.actor},
                                     {QStringLiteral("message"), e.message}});
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const Event& e : events.value())
        context.out() << CliTable::row({e.at.toString(Qt::ISODate), QString::number(e.code),
                                        EventCatalog::severityName(e.severity), e.account, e.clientAddress, e.actor,
                                        QString(e.message).replace(QLatin1Char('\n'), QLatin1String("; "))})
                      << Qt::endl;
    return ExitOk;
}
