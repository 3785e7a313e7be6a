#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// smsotp-cli test-send PHONE [--text T] [--validate-only] [--json]: the test-send dialog,
// headless. Sends through the saved gateway settings and records event 1303 without the OTP.
class TestSendCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(TestSendCommand)

public:
    QString name() const override { return QStringLiteral("test-send"); }
    QString usage() const override;
    int run(CliContext& context, const QStringList& args) override;
};
