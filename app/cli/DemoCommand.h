#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// smsotp-cli demo populate --users N [--blocked-percent P] [--seed S]
class DemoCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString usage() const override;
    int run(CliContext& context, const QStringList& args) override;
};
