// Counts the instructions smsotp-server spends per request + verify pair (scripts/bench
// --callgrind-server): a SQLite store with a devFile gateway and a token, the real server under
// valgrind's callgrind (one profile per thread), and a keep-alive HTTPS client doing a fixed
// number of pairs. Only the counted pairs are collected (callgrind_control switches collection on
// after the warm-up and off before shutdown), so the figure does not depend on the machine's load.
//   ServerCallgrind OUT_DIR [PAIRS [WARMUP [CLIENTS]]]
// The client's counted pairs run in measuredClient(), so running this program itself under
// callgrind with --toggle-collect='*measuredClient*' counts the client's instructions per pair.

#include "TestStores.h"
#include "crypto/StoreKey.h"
#include "engine/OtpService.h"
#include "engine/SystemClock.h"
#include "store/StoreKeyVault.h"
#include "support/Outbox.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>

#include <httplib.h>

#include <atomic>
#include <cstdio>
#include <thread>

namespace {

constexpr int kUsers = 200;
const QString kPassphrase = QStringLiteral("correct horse battery staple");

QString phoneOf(int i)
{
    return QStringLiteral("+7916%1").arg(i, 7, 10, QLatin1Char('0'));
}

bool run(const QString& program, const QStringList& args, const QProcessEnvironment& env, QString* out = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    const bool ok = p.waitForFinished(600000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (!ok)
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
    return ok;
}

struct Setup {
    QString dir;
    QString url;
    std::string token;
    quint16 port = 0;
};

bool prepareStore(TestStores& stores, Setup& s)
{
    std::unique_ptr<Store> store = stores.openFresh(QStringLiteral("sqlite"));
    if (!store)
        return false;
    s.url = store->url().toString();
    Result<StoreKey> key = StoreKeyVault(*store).create(kPassphrase, QStringLiteral("bench"));
    if (!key)
        return false;
    SystemClock clock;
    OtpService service(*store, &key.value(), clock);
    for (int i = 0; i < kUsers; ++i)
        if (!service
                 .registerAuthenticator(QStringLiteral("user%1").arg(i), phoneOf(i), {},
                                        {QStringLiteral("bench"), false})
                 .ok)
            return false;
    store.reset();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SMSOTP_STORE"), s.url);
    env.insert(QStringLiteral("SMSOTP_PASSPHRASE"), kPassphrase);
    const QString cli = QStringLiteral(SMSOTP_CLI_PATH);
    if (!run(cli,
             {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("gateway.type=devFile"),
              QStringLiteral("gateway.filePath=") + s.dir + QStringLiteral("/outbox.jsonl"),
              QStringLiteral("spamProtection.enabled=false")},
             env))
        return false;
    QString created;
    if (!run(cli,
             {QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("bench"), QStringLiteral("--scope"),
              QStringLiteral("otp:request,otp:verify")},
             env, &created))
        return false;
    static const QRegularExpression word(QStringLiteral("[A-Za-z0-9_.~+/=-]{24,}"));
    for (auto it = word.globalMatch(created); it.hasNext();)
        s.token = it.next().captured().toStdString();
    return !s.token.empty() &&
           run(QStringLiteral("openssl"),
               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), s.dir + QStringLiteral("/key.pem"), QStringLiteral("-out"),
                s.dir + QStringLiteral("/cert.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
               env);
}

bool startServer(Setup& s, QProcess& server)
{
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        s.port = probe.serverPort();
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SMSOTP_PASSPHRASE"), kPassphrase);
    server.setProcessEnvironment(env);
    server.setStandardErrorFile(s.dir + QStringLiteral("/server.log"));
    QStringList args{QStringLiteral("--tool=callgrind"),
                     QStringLiteral("--instr-atstart=no"),
                     QStringLiteral("--separate-threads=yes"),
                     QStringLiteral("--callgrind-out-file=") + s.dir + QStringLiteral("/server.callgrind"),
                     QStringLiteral(SMSOTP_SERVER_PATH),
                     QStringLiteral("--store"),
                     s.url,
                     QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:%1").arg(s.port),
                     QStringLiteral("--tls-cert"),
                     s.dir + QStringLiteral("/cert.pem"),
                     QStringLiteral("--tls-key"),
                     s.dir + QStringLiteral("/key.pem")};
    if (const QString workers = qEnvironmentVariable("SMSOTP_BENCH_WORKERS"); !workers.isEmpty())
        args << QStringLiteral("--workers") << workers;
    server.start(QStringLiteral("valgrind"), args);
    QDeadlineTimer deadline(600000);
    while (!deadline.hasExpired()) {
        QFile log(s.dir + QStringLiteral("/server.log"));
        if (log.open(QIODevice::ReadOnly) && log.readAll().contains(" started "))
            return true;
        if (server.state() == QProcess::NotRunning)
            return false;
        server.waitForFinished(200);
    }
    return false;
}

// `pairs` request + verify pairs on one client's keep-alive connection, on its own accounts.
bool clientPairs(httplib::SSLClient& client, const Setup& s, Outbox& outbox, int pairs, int round, int t, int n)
{
    const httplib::Headers auth = {{"Authorization", "Bearer " + s.token}};
    for (int i = 0; i < pairs; ++i) {
        const int user = t + ((round + i) % (kUsers / n)) * n;
        const std::string login = "user" + std::to_string(user);
        auto r = client.Post("/api/v1/otp/request", auth, "{\"login\":\"" + login + "\"}", "application/json");
        if (!r || r->status != 200) {
            std::fprintf(stderr, "request: %d %s\n", r ? r->status : -1, r ? r->body.c_str() : "");
            return false;
        }
        const std::string body =
            "{\"login\":\"" + login + "\",\"code\":\"" + outbox.code(phoneOf(user)).toStdString() + "\"}";
        r = client.Post("/api/v1/otp/verify", auth, body, "application/json");
        if (!r || r->status != 200) {
            std::fprintf(stderr, "verify: %d %s\n", r ? r->status : -1, r ? r->body.c_str() : "");
            return false;
        }
    }
    return true;
}

// Two names for the same loop, so callgrind can count the client's own instructions in the
// counted pairs only (--toggle-collect='*measuredClient*').
__attribute__((noinline)) bool warmUpClient(httplib::SSLClient& c, const Setup& s, Outbox& o, int pairs, int round,
                                            int t, int n)
{
    return clientPairs(c, s, o, pairs, round, t, n);
}

__attribute__((noinline)) bool measuredClient(httplib::SSLClient& c, const Setup& s, Outbox& o, int pairs, int round,
                                              int t, int n)
{
    return clientPairs(c, s, o, pairs, round, t, n);
}

bool allClients(std::vector<std::unique_ptr<httplib::SSLClient>>& clients, const Setup& s, Outbox& outbox, int pairs,
                int round, bool measured)
{
    std::atomic<bool> failed{false};
    std::vector<std::thread> threads;
    const int n = int(clients.size());
    for (int t = 0; t < n; ++t) {
        threads.emplace_back([&, t] {
            const auto loop = measured ? measuredClient : warmUpClient;
            if (!loop(*clients[size_t(t)], s, outbox, pairs, round, t, n))
                failed = true;
        });
    }
    for (auto& th : threads)
        th.join();
    return !failed;
}

bool callgrindControl(const char* option, qint64 pid)
{
    return QProcess::execute(QStringLiteral("callgrind_control"),
                             {QString::fromLatin1(option), QString::number(pid)}) == 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: ServerCallgrind OUT_DIR [PAIRS [WARMUP [CLIENTS]]]\n");
        return 2;
    }
    Setup s;
    s.dir = QDir(args.at(1)).absolutePath();
    const int pairs = args.size() > 2 ? args.at(2).toInt() : 300;
    const int warmup = args.size() > 3 ? args.at(3).toInt() : 100;
    const int clientCount = args.size() > 4 ? args.at(4).toInt() : 1;
    TestStores stores;
    QProcess server;
    if (!prepareStore(stores, s) || !startServer(s, server)) {
        std::fprintf(stderr, "cannot set up the store or start the server (see %s/server.log)\n", qPrintable(s.dir));
        return 1;
    }
    Outbox outbox(s.dir + QStringLiteral("/outbox.jsonl"));
    std::vector<std::unique_ptr<httplib::SSLClient>> clients;
    for (int t = 0; t < clientCount; ++t) {
        auto client = std::make_unique<httplib::SSLClient>("127.0.0.1", s.port);
        client->enable_server_certificate_verification(false);
        client->set_keep_alive(true);
        client->set_tcp_nodelay(true);
        client->set_read_timeout(300, 0);
        client->set_write_timeout(300, 0);
        clients.push_back(std::move(client));
    }
    const qint64 pid = server.processId();
    bool ok = allClients(clients, s, outbox, warmup, 0, false) && callgrindControl("--instr=on", pid) &&
              allClients(clients, s, outbox, pairs / clientCount, warmup, true) && callgrindControl("--instr=off", pid);
    clients.clear();
    server.terminate();
    ok = server.waitForFinished(600000) && ok;
    std::printf("%d pairs counted over %d client(s); profiles: %s/server.callgrind-*\n",
                pairs / clientCount * clientCount, clientCount, qPrintable(s.dir));
    return ok ? 0 : 1;
}
