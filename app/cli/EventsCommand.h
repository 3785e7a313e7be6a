#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// smsotp-cli events list [--code N] [--since ISO-8601] [--account A] [--limit N] [--json]
class EventsCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(EventsCommand)

public:
    QString name() const override { return QStringLiteral("events"); }
    QString usage() const override;
    int run(CliContext& context, const QStringList& args) override;
};
