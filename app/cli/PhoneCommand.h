#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// smsotp-cli phone normalize NUMBER... [--json]: the store's phone format applied to numbers,
// as the provider would apply it before sending.
class PhoneCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(PhoneCommand)

public:
    QString name() const override { return QStringLiteral("phone"); }
    QString usage() const override;
    int run(CliContext& context, const QStringList& args) override;

private:
    int normalize(CliContext& context, const QStringList& args);
};
