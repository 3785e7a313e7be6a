#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// smsotp-cli otp sample | request | verify: one private member per sub-command.
class OtpCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(OtpCommand)

public:
    QString name() const override { return QStringLiteral("otp"); }
    QString usage() const override;
    int run(CliContext& context, const QStringList& args) override;

private:
    int sample(CliContext& context, const QStringList& args);
    int request(CliContext& context, QStringList args);
    int verify(CliContext& context, QStringList args);
};
