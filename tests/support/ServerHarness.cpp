#include "ServerHarness.h"

#include "TestStores.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>

#include <csignal>

namespace {
QString cliPath()
{
    return qEnvironmentVariable("SMSOTP_TEST_BUILD_DIR") + QStringLiteral("/app/smsotp-cli");
}

QString serverPath()
{
    return qEnvironmentVariable("SMSOTP_TEST_BUILD_DIR") + QStringLiteral("/app/smsotp-server");
}
} // namespace

ServerHarness::ServerHarness()
    : m_dbPassword(TestStores::postgresPassword())
{
}

ServerHarness::~ServerHarness()
{
    for (Server& s : m_servers) {
        if (s.process->state() != QProcess::NotRunning) {
            s.process->kill();
            s.process->waitForFinished(10000);
        }
    }
}

QString ServerHarness::certFile() const
{
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

QString ServerHarness::keyFile() const
{
    return m_dir.filePath(QStringLiteral("key.pem"));
}

quint16 ServerHarness::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool ServerHarness::prepare(const QString& storeUrl, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), keyFile(), QStringLiteral("-out"), certFile(), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return fail(QStringLiteral("openssl req failed: ") + QString::fromUtf8(openssl.readAllStandardError()));
    m_trusted = QSslCertificate::fromPath(certFile());
    if (m_trusted.isEmpty())
        return fail(QStringLiteral("the generated certificate does not load"));

    m_storeUrl = storeUrl.isEmpty() ? QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("s.db")) : storeUrl;
    const QList<QStringList> setup = {
        {QStringLiteral("store"), QStringLiteral("init")},
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("gateway.type=devFile"),
         QStringLiteral("gateway.filePath=") + m_dir.filePath(QStringLiteral("outbox.jsonl"))}};
    for (const QStringList& args : setup) {
        const CliRunner::Run r = cli(args);
        if (r.exitCode != 0)
            return fail(args.join(u' ') + QStringLiteral(": ") + r.err);
    }
    return true;
}

CliRunner::Run ServerHarness::cli(const QStringList& args) const
{
    CliRunner runner(cliPath());
    runner.setEnv(QStringLiteral("SMSOTP_STORE"), m_storeUrl);
    runner.setEnv(QStringLiteral("SMSOTP_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    runner.setEnv(QStringLiteral("SMSOTP_DB_PASSWORD"), m_dbPassword);
    return runner.run(args);
}

QByteArray ServerHarness::createToken(const QString& name, const QStringList& scopes, const QStringList& extra) const
{
    QStringList args = {QStringLiteral("tokens"), QStringLiteral("create"), name};
    if (!scopes.isEmpty())
        args << QStringLiteral("--scope") << scopes.join(u',');
    const CliRunner::Run r = cli(args + extra);
    if (r.exitCode != 0) {
        qWarning("tokens create failed: %s", qPrintable(r.err));
        return {};
    }
    // The token is the one long word of the output that is not prose.
    static const QRegularExpression word(QStringLiteral("[A-Za-z0-9_.~+/=-]{24,}"));
    QByteArray token;
    for (auto it = word.globalMatch(r.out); it.hasNext();)
        token = it.next().captured().toLatin1();
    return token;
}

QString ServerHarness::lastCodeSentTo(const QString& phone) const
{
    QFile outbox(m_dir.filePath(QStringLiteral("outbox.jsonl")));
    if (!outbox.open(QIODevice::ReadOnly))
        return {};
    QString code;
    const QList<QByteArray> lines = outbox.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("to")).toString() == phone)
            code = o.value(QStringLiteral("text")).toString();
    }
    return code;
}

int ServerHarness::start(const QStringList& extraArgs, QString* error, bool tls)
{
    Server s;
    s.port = freePort();
    s.tls = tls;
    s.process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SMSOTP_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    env.insert(QStringLiteral("SMSOTP_DB_PASSWORD"), m_dbPassword);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    s.process->setProcessEnvironment(env);
    // A file, not a pipe: a pipe nobody reads while a test blocks on a socket would fill and stall
    // the server.
    s.logFile = m_dir.filePath(QStringLiteral("server%1.log").arg(m_servers.size()));
    s.process->setStandardErrorFile(s.logFile);
    QStringList args = {QStringLiteral("--store"), m_storeUrl, QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:%1").arg(s.port)};
    if (tls)
        args << QStringLiteral("--tls-cert") << certFile() << QStringLiteral("--tls-key") << keyFile();
    s.process->start(serverPath(), args + extraArgs);
    QDeadlineTimer deadline(60000);
    const auto text = [&s] {
        QFile f(s.logFile);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const auto started = [&text] {
        const QByteArray t = text();
        return t.contains(" started ") || t.contains(R"("message":"started")");
    };
    while (!started() && !deadline.hasExpired()) {
        if (s.process->state() == QProcess::NotRunning)
            break;
        s.process->waitForFinished(100);
    }
    if (!started()) {
        if (error)
            *error = QStringLiteral("the server did not start: ") + QString::fromUtf8(text());
        s.process->kill();
        s.process->waitForFinished();
        return -1;
    }
    m_servers.push_back(std::move(s));
    return int(m_servers.size()) - 1;
}

quint16 ServerHarness::port(int server) const
{
    return m_servers.at(server).port;
}

QString ServerHarness::log(int server)
{
    QFile f(m_servers.at(server).logFile);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

int ServerHarness::stop(int server)
{
    Server& s = m_servers.at(server);
    if (s.process->state() == QProcess::NotRunning)
        return s.process->exitStatus() == QProcess::NormalExit ? s.process->exitCode() : -1;
    ::kill(pid_t(s.process->processId()), SIGTERM);
    if (!s.process->waitForFinished(60000)) {
        s.process->kill();
        s.process->waitForFinished();
        return -1;
    }
    return s.process->exitStatus() == QProcess::NormalExit ? s.process->exitCode() : -1;
}

std::unique_ptr<RawHttpClient> ServerHarness::client(int server, const QHostAddress& bindTo)
{
    const Server& s = m_servers.at(server);
    auto c = std::make_unique<RawHttpClient>(s.port, s.tls ? m_trusted : QList<QSslCertificate>(), bindTo);
    if (!c->connect(120000))
        qWarning("cannot connect to the server: %s", qPrintable(c->socket().errorString()));
    return c;
}

CliRunner::Run ServerHarness::runServer(const QStringList& args, const QHash<QString, QString>& env)
{
    CliRunner runner(serverPath());
    runner.setEnv(QStringLiteral("SMSOTP_DB_PASSWORD"), TestStores::postgresPassword());
    return runner.run(args, env);
}
