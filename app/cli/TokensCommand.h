#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QDateTime>

// smsotp-cli tokens create NAME --scope S,... [--expires DATE] [--exempt-ip-allow-list]
//            tokens list [--json] | disable NAME | enable NAME | delete NAME
class TokensCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(TokensCommand)

public:
    QString name() const override { return QStringLiteral("tokens"); }
    QString usage() const override;
    int run(CliContext& context, const QStringList& args) override;

    // "2027-01-31" (midnight UTC at the start of that day), or an ISO 8601 date and time with an
    // optional zone ("2027-01-31T18:00", "...Z", "...+02:00"; no zone means UTC). Invalid when not.
    static QDateTime parseExpiry(const QString& text);

private:
    int create(CliContext& context, QStringList args);
    int list(CliContext& context, QStringList args);
    int change(CliContext& context, const QString& action, const QStringList& args);
};
