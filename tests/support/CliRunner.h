#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Runs the real smsotp-cli as a child process, as scripts and administrators do, with a fixed
// environment: the store and passphrase variables the tests choose, and the C locale's English.
class CliRunner {
public:
    struct Run {
        int exitCode = -1; // -1 when the process crashed or did not finish
        QString out;
        QString err;
    };

    explicit CliRunner(QString program);

    // Keeps this process's event loop running while the CLI works, for tests that serve it (a
    // loopback gateway) from the same thread.
    void setServeEvents(bool serve) { m_serveEvents = serve; }
    // Set for every run; a null value removes the variable.
    void setEnv(const QString& name, const QString& value) { m_env.insert(name, value); }
    // `env` adds to or overrides setEnv() for this run only; `wrapper` runs the program through
    // another, for example {"runuser", "-u", "nobody", "--"}.
    Run run(const QStringList& args, const QHash<QString, QString>& env = {}, const QStringList& wrapper = {}) const;

private:
    QString m_program;
    QHash<QString, QString> m_env;
    bool m_serveEvents = false;
};
