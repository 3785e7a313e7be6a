#include "TestSendCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "engine/TestSender.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

QString TestSendCommand::usage() const
{
    return tr("  test-send PHONE [--text T] [--validate-only] [--json]\n"
              "                                   send a test SMS (a fresh OTP, or the text T) through the gateway\n");
}

int TestSendCommand::run(CliContext& context, const QStringList& arguments)
{
    QStringList args = arguments;
    QString text;
    const bool hasText = args.contains(QStringLiteral("--text"));
    if (!CliContext::takeOption(args, QStringLiteral("--text"), text) || (hasText && text.trimmed().isEmpty()))
        return context.usage(tr("--text needs a text."));
    const bool validateOnly = args.removeAll(QStringLiteral("--validate-only")) > 0;
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return context.usage(tr("Usage: smsotp-cli test-send PHONE [--text T] [--validate-only] [--json]"));

    Result<Store*> store = context.store();
    if (!store)
        return context.fail(store.error());
    // The key is needed only when the gateway has a password or token; the factory says so.
    Result<const StoreKey*> key = context.storeKeyIfGiven();
    if (!key)
        return context.fail(key.error());
    Result<Settings> stored = context.settings(key.value());
    if (!stored)
        return context.fail(stored.error());
    const Settings& settings = stored.value();

    const TestSender::Prepared prepared = TestSender::prepare(settings, args.first(), text);
    if (!prepared.ok)
        return context.fail(prepared.reason);

    TestSender sender(*store.value(), key.value());
    SendResult result;
    bool finished = false;
    QEventLoop loop;
    sender.send(settings.gateway, prepared, validateOnly, context.actor(), [&](const SendResult& r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();

    if (json) {
        const QJsonObject o{
            {QStringLiteral("success"), result.success},
            {QStringLiteral("to"), prepared.normalized},
            {QStringLiteral("gateway"), result.gatewayName},
            {QStringLiteral("validateOnly"), validateOnly},
            {QStringLiteral("messageId"), result.providerMessageId()},
            {QStringLiteral("errorClass"), result.success ? QString() : SendResult::errorClassName(result.errorClass)},
            {QStringLiteral("message"), result.message()},
            {QStringLiteral("gatewayCode"), result.gatewayCode()},
            {QStringLiteral("gatewayText"), result.gatewayText()},
            {QStringLiteral("latencyMs"), result.latencyMs},
            {QStringLiteral("viaFailover"), result.viaFailover}};
        context.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return result.success ? ExitOk : ExitFailed;
    }
    if (!result.success) {
        QString why = result.message().isEmpty() ? SendResult::errorClassName(result.errorClass) : result.message();
        if (!result.gatewayCode().isEmpty() || !result.gatewayText().isEmpty())
            why += tr(" (gateway: %1 %2)").arg(result.gatewayCode(), result.gatewayText().left(500)).trimmed();
        return context.fail(tr("The test SMS to %1 was not sent: %2").arg(prepared.normalized, why));
    }
    context.out() << (validateOnly ? tr("Validated (not sent) to %1 through %2 in %3 ms.")
                                   : tr("Sent to %1 through %2 in %3 ms."))
                         .arg(prepared.normalized, result.gatewayName)
                         .arg(result.latencyMs)
                  << Qt::endl;
    if (!result.providerMessageId().isEmpty())
        context.out() << tr("Message id: %1").arg(result.providerMessageId()) << Qt::endl;
    if (!result.gatewayCode().isEmpty() || !result.gatewayText().isEmpty())
        context.out() << tr("Gateway answer: %1 %2").arg(result.gatewayCode(), result.gatewayText()).trimmed()
                      << Qt::endl;
    if (result.viaFailover)
        context.out() << tr("The first gateway failed (%1); the second one sent it.").arg(result.failoverReason())
                      << Qt::endl;
    if (!prepared.customText)
        context.out() << tr("The one-time password in it was made for this test only and signs nobody in.") << Qt::endl;
    return ExitOk;
}
