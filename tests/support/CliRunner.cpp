#include "CliRunner.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>

CliRunner::CliRunner(QString program)
    : m_program(std::move(program))
{
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
}

CliRunner::Run CliRunner::run(const QStringList& args, const QHash<QString, QString>& env,
                              const QStringList& wrapper) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QHash<QString, QString> all = m_env;
    all.insert(env);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.value().isNull())
            environment.remove(it.key());
        else
            environment.insert(it.key(), it.value());
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    if (wrapper.isEmpty())
        process.start(m_program, args);
    else
        process.start(wrapper.first(), wrapper.mid(1) + QStringList{m_program} + args);
    Run run;
    const bool finished =
        m_serveEvents ? QSignalSpy(&process, &QProcess::finished).wait(120000) : process.waitForFinished(120000);
    if (!finished && process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
