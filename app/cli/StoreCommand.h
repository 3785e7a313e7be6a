#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// smsotp-cli store init | info | grant LOGIN ROLE | revoke LOGIN | roles
class StoreCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(StoreCommand)

public:
    QString name() const override { return QStringLiteral("store"); }
    QString usage() const override;
    int run(CliContext& context, const QStringList& args) override;

private:
    int init(CliContext& context);
    int info(CliContext& context);
    int grant(CliContext& context, const QString& login, const QString& role);
    int revoke(CliContext& context, const QString& login);
    int roles(CliContext& context);
};
