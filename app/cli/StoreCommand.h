#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// smsotp-cli store init | info
class StoreCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(StoreCommand)

public:
    QString name() const override { return QStringLiteral("store"); }
    QString usage() const override;
    int run(CliContext& context, const QStringList& args) override;

private:
    int init(CliContext& context);
    int info(CliContext& context);
};
