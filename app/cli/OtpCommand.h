#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// smsotp-cli otp sample [-n N]. Each sub-command is one private member that run() dispatches
// to, so `otp request` and `otp verify` join as one line in run() and one method each.
class OtpCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(OtpCommand)

public:
    QString name() const override { return QStringLiteral("otp"); }
    QString usage() const override;
    int run(CliContext& context, const QStringList& args) override;

private:
    int sample(CliContext& context, const QStringList& args);
};
