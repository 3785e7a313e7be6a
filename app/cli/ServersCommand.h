#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// smsotp-cli servers list [--json]: the provider servers sharing the store and their heartbeats.
class ServersCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ServersCommand)

public:
    QString name() const override { return QStringLiteral("servers"); }
    QString usage() const override;
    int run(CliContext& context, const QStringList& args) override;
};
