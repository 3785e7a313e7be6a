#include "OtpCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "engine/OtpGenerator.h"
#include "store/SettingsRepository.h"

namespace {

constexpr int kMaxSamples = 10000;

} // namespace

QString OtpCommand::usage() const
{
    return tr("  otp sample [-n N]                N one-time passwords with the store's settings, and their entropy\n");
}

int OtpCommand::run(CliContext& context, const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("sample"))
        return sample(context, rest);
    return context.usage(tr("Usage: smsotp-cli otp sample [-n N]"));
}

int OtpCommand::sample(CliContext& context, const QStringList& args)
{
    int count = 1;
    if (!args.isEmpty()) {
        bool ok = false;
        if (args.size() == 2 && args.first() == QLatin1String("-n"))
            count = args.at(1).toInt(&ok);
        if (!ok || count < 1 || count > kMaxSamples)
            return context.usage(tr("Usage: smsotp-cli otp sample [-n N], N from 1 to %1").arg(kMaxSamples));
    }
    Result<Store*> store = context.store();
    if (!store)
        return context.fail(store.error());
    Result<SettingsRepository::Loaded> loaded = SettingsRepository(*store.value()).load();
    if (!loaded)
        return context.fail(loaded.error());

    const OtpSettings& settings = loaded->settings.otp;
    Result<QStringList> samples = OtpGenerator::samples(settings, count);
    if (!samples)
        return context.fail(samples.error());
    for (const QString& otp : std::as_const(samples.value()))
        context.out() << otp << Qt::endl;
    context.out() << tr("Entropy: %1 bits (%2 characters from an alphabet of %3)")
                         .arg(OtpGenerator::entropyBits(settings), 0, 'f', 1)
                         .arg(settings.length)
                         .arg(OtpGenerator::alphabetFor(settings).size())
                  << Qt::endl;
    return ExitOk;
}
