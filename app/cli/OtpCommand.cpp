#include "OtpCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "engine/OtpGenerator.h"
#include "engine/OtpService.h"

namespace {

constexpr int kMaxSamples = 10000;
const QString kClientIp = QStringLiteral("--client-ip");

} // namespace

QString OtpCommand::usage() const
{
    return tr(
        "  otp sample [-n N]                N one-time passwords with the store's settings, and their entropy\n"
        "  otp request LOGIN [--client-ip IP]\n"
        "                                   send LOGIN a one-time password through the configured gateway\n"
        "  otp verify LOGIN CODE [--client-ip IP]\n"
        "                                   check a one-time password (single use; failures count towards a block)\n");
}

int OtpCommand::run(CliContext& context, const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("sample"))
        return sample(context, rest);
    if (sub == QLatin1String("request"))
        return request(context, rest);
    if (sub == QLatin1String("verify"))
        return verify(context, rest);
    return context.usage(tr("Usage: smsotp-cli otp sample [-n N] | request LOGIN [--client-ip IP] | "
                            "verify LOGIN CODE [--client-ip IP]"));
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
    Result<Settings> stored = context.settings();
    if (!stored)
        return context.fail(stored.error());

    const OtpSettings& settings = stored->otp;
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

int OtpCommand::request(CliContext& context, QStringList args)
{
    QString address;
    if (!CliContext::takeOption(args, kClientIp, address) || args.size() != 1 ||
        args.first().startsWith(QLatin1String("--")))
        return context.usage(tr("Usage: smsotp-cli otp request LOGIN [--client-ip IP]"));
    // The phone number is encrypted: sending needs the unlocked store key.
    Result<OtpService*> service = context.service(CliContext::KeyUse::Required);
    if (!service)
        return context.fail(service.error());
    const OtpService::Outcome out = service.value()->requestOtp(args.first(), address);
    if (!out.ok)
        return context.fail(out.describe());
    context.out() << out.message << Qt::endl;
    return ExitOk;
}

int OtpCommand::verify(CliContext& context, QStringList args)
{
    QString address;
    if (!CliContext::takeOption(args, kClientIp, address) || args.size() != 2 ||
        args.first().startsWith(QLatin1String("--")))
        return context.usage(tr("Usage: smsotp-cli otp verify LOGIN CODE [--client-ip IP]"));
    Result<OtpService*> service = context.service(CliContext::KeyUse::IfGiven);
    if (!service)
        return context.fail(service.error());
    const OtpService::Outcome out = service.value()->verifyOtp(args.at(0), args.at(1), address);
    if (!out.ok)
        return context.fail(out.describe());
    context.out() << out.message << Qt::endl;
    return ExitOk;
}
