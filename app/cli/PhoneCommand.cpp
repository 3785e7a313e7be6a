#include "PhoneCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "engine/PhoneNormalizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject toJson(const QString& input, const PhoneNormalizer::Outcome& o)
{
    return {{QStringLiteral("input"), input},
            {QStringLiteral("ok"), o.ok},
            {QStringLiteral("normalized"), o.normalized.isEmpty() ? QJsonValue() : QJsonValue(o.normalized)},
            {QStringLiteral("reason"), o.reason.isEmpty() ? QJsonValue() : QJsonValue(o.reason)},
            {QStringLiteral("type"), o.classified ? QJsonValue(PhoneNormalizer::typeKey(o.type)) : QJsonValue()},
            {QStringLiteral("libphonenumberValid"), o.classified ? QJsonValue(o.libphonenumberValid) : QJsonValue()}};
}

} // namespace

QString PhoneCommand::usage() const
{
    return tr("  phone normalize NUMBER... [--json]\n"
              "                                   the store's phone format applied to each number, and its type\n");
}

int PhoneCommand::run(CliContext& context, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("normalize"))
        return normalize(context, args.mid(1));
    return context.usage(tr("Usage: smsotp-cli phone normalize NUMBER... [--json]"));
}

int PhoneCommand::normalize(CliContext& context, const QStringList& args)
{
    QStringList numbers = args;
    const bool json = numbers.removeAll(QStringLiteral("--json")) > 0;
    if (numbers.isEmpty())
        return context.usage(tr("Usage: smsotp-cli phone normalize NUMBER... [--json]"));
    Result<Settings> settings = context.settings();
    if (!settings)
        return context.fail(settings.error());

    const PhoneNormalizer normalizer(settings->phoneFormat);
    QJsonArray results;
    int rejected = 0;
    for (const QString& number : std::as_const(numbers)) {
        const PhoneNormalizer::Outcome o = normalizer.check(number);
        rejected += o.ok ? 0 : 1;
        if (json) {
            results.append(toJson(number, o));
            continue;
        }
        QString line = number + QStringLiteral(" → ");
        if (o.ok)
            line += o.normalized + QStringLiteral(" (") + o.typeName + QLatin1Char(')');
        else
            line += tr("rejected: %1").arg(o.reason);
        if (o.classified && !o.libphonenumberValid)
            line += tr(" [warning: libphonenumber does not know this number as valid]");
        context.out() << line << Qt::endl;
    }
    if (json)
        context.out() << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented));
    if (rejected == 0)
        return ExitOk;
    return context.fail(tr("%1 of %2 numbers were rejected.").arg(rejected).arg(numbers.size()));
}
