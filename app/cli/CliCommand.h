#pragma once

#include <QString>
#include <QStringList>

class CliContext;

// One command group of smsotp-cli ("store", "settings", ...).
class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString usage() const = 0; // translated lines for --help
    virtual int run(CliContext& context, const QStringList& args) = 0;
};
