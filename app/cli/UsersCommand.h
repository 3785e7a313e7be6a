#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// smsotp-cli users register | list | unblock | import-directory
class UsersCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(UsersCommand)

public:
    QString name() const override { return QStringLiteral("users"); }
    QString usage() const override;
    int run(CliContext& context, const QStringList& args) override;

private:
    int registerUser(CliContext& context, QStringList args);
    int list(CliContext& context, QStringList args);
    int unblock(CliContext& context, QStringList args);
    int importDirectory(CliContext& context, QStringList args);
};
