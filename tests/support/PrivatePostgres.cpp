#include "PrivatePostgres.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {
bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

// The data folder must belong to the user the server runs as.
bool giveToPostgres(const QString& path)
{
#ifdef Q_OS_UNIX
    const passwd* user = ::getpwnam("postgres");
    return user && ::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) == 0;
#else
    Q_UNUSED(path);
    return false;
#endif
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

PrivatePostgres::~PrivatePostgres()
{
    if (m_running)
        run(binary(QStringLiteral("pg_ctl")),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
}

bool PrivatePostgres::available()
{
    return QFile::exists(QDir(qEnvironmentVariable("PG_THROWAWAY_BIN")).filePath(QStringLiteral("initdb")));
}

QString PrivatePostgres::binary(const QString& name) const
{
    return QDir(qEnvironmentVariable("PG_THROWAWAY_BIN")).filePath(name);
}

QString PrivatePostgres::run(const QString& program, const QStringList& arguments) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                          arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAll()));
    return {};
}

QString PrivatePostgres::start()
{
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    if (runningAsRoot() && !giveToPostgres(m_dir.path()))
        return QStringLiteral("cannot hand %1 to the user postgres").arg(m_dir.path());
    m_port = freePort();
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QString error = run(binary(QStringLiteral("initdb")),
                        {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                         QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("--no-sync")});
    if (!error.isEmpty())
        return error;
    // Password logins over TCP, as a real server; trust only on the private socket.
    QFile hba(data + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write pg_hba.conf");
    hba.write("local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n");
    hba.close();
    error = restart();
    if (!error.isEmpty())
        return error;
    for (const QString& sql : {QStringLiteral("CREATE ROLE smsotp LOGIN PASSWORD '%1'").arg(password()),
                               QStringLiteral("CREATE DATABASE smsotp OWNER smsotp")}) {
        error = run(binary(QStringLiteral("psql")),
                    {QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_port),
                     QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-q"), QStringLiteral("-v"),
                     QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql});
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString PrivatePostgres::restart()
{
    const QString options =
        QStringLiteral("-h 127.0.0.1 -p %1 -k %2 -c fsync=off -c synchronous_commit=off").arg(m_port).arg(m_dir.path());
    const QString error = run(binary(QStringLiteral("pg_ctl")),
                              {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                               m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
                               QStringLiteral("60"), QStringLiteral("-o"), options, QStringLiteral("start")});
    m_running = error.isEmpty();
    return error;
}

QString PrivatePostgres::stop()
{
    // "fast" ends the open sessions at once, as a restart of the service does.
    const QString error = run(binary(QStringLiteral("pg_ctl")),
                              {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                               QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    if (error.isEmpty())
        m_running = false;
    return error;
}

QString PrivatePostgres::url() const
{
    return QStringLiteral("postgresql://smsotp@127.0.0.1:%1/smsotp?sslmode=disable").arg(m_port);
}
