#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// smsotp-cli directory check LOGIN: binds to the directory of the stored settings, finds the
// user and prints the number the engine would send to (masked), or the exact reason it cannot.
class DirectoryCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DirectoryCommand)

public:
    QString name() const override { return QStringLiteral("directory"); }
    QString usage() const override;
    int run(CliContext& context, const QStringList& args) override;

private:
    int check(CliContext& context, const QStringList& args);
};
