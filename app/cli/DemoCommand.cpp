#include "DemoCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "store/DemoPopulator.h"

#include <QElapsedTimer>

QString DemoCommand::usage() const
{
    return tr("  demo populate --users N [--blocked-percent P] [--seed S]\n"
              "                                   add N demo users (names, encrypted phones, events), P percent of "
              "them blocked\n");
}

int DemoCommand::run(CliContext& context, const QStringList& argsIn)
{
    const QString usageText = tr("Usage: smsotp-cli demo populate --users N [--blocked-percent P] [--seed S]");
    QStringList args = argsIn;
    if (args.value(0) != QLatin1String("populate"))
        return context.usage(usageText);
    args.removeFirst();
    DemoPopulator::Options options;
    bool haveUsers = false;
    for (int i = 0; i < args.size(); i += 2) {
        const QString& a = args.at(i);
        bool ok = i + 1 < args.size();
        const QString value = args.value(i + 1);
        if (a == QLatin1String("--users")) {
            options.users = value.toLongLong(&ok);
            ok = ok && options.users > 0 && options.users <= 100000000;
            haveUsers = ok;
        } else if (a == QLatin1String("--blocked-percent")) {
            options.blockedPercent = value.toInt(&ok);
            ok = ok && options.blockedPercent >= 0 && options.blockedPercent <= 100;
        } else if (a == QLatin1String("--seed")) {
            options.seed = value.toUInt(&ok);
        } else {
            ok = false;
        }
        if (!ok)
            return context.usage(tr("Bad option %1 %2.").arg(a, value) + QLatin1Char('\n') + usageText);
    }
    if (!haveUsers)
        return context.usage(tr("--users N is required (1 to 100,000,000).") + QLatin1Char('\n') + usageText);

    Result<Store*> store = context.store();
    if (!store)
        return context.fail(store.error());
    // Phones are stored encrypted: without the key there is nothing realistic to write.
    Result<const StoreKey*> key = context.storeKey();
    if (!key)
        return context.fail(key.error());
    Result<Settings> settings = context.settings();
    if (!settings)
        return context.fail(settings.error());

    QElapsedTimer timer;
    timer.start();
    qint64 lastShown = 0;
    DemoPopulator populator(*store.value(), *key.value(), settings->phoneFormat);
    Result<DemoPopulator::Report> report = populator.run(options, [&](qint64 done, qint64 total) {
        // A line every few seconds on stderr, so a million users do not look like a hang.
        if (timer.elapsed() - lastShown >= 3000 || done == total) {
            lastShown = timer.elapsed();
            context.err() << tr("%1 of %2 users…").arg(done).arg(total) << Qt::endl;
        }
        return true;
    });
    if (!report)
        return context.fail(report.error());
    context.out() << tr("Added %1 users (%2 blocked) and %3 events in %4 s.")
                         .arg(report->users)
                         .arg(report->blocked)
                         .arg(report->events)
                         .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  << Qt::endl;
    return ExitOk;
}
