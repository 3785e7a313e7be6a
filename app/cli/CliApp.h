#pragma once

#include "CliCommand.h"
#include "util/Languages.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <vector>

// smsotp-cli: parses the global options and hands the rest to a command (DESIGN §3).
class CliApp {
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    CliApp(QTextStream& out, QTextStream& err);
    ~CliApp();
    // `args` without the program name. Returns the exit status.
    int run(QStringList args);

private:
    QString help() const;

    QTextStream& m_out;
    QTextStream& m_err;
    // Owned here, not static: its translators must be removed while the application still exists.
    Languages m_languages;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
