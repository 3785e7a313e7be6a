// Counts the instructions smsotp-server spends per request + verify pair (scripts/bench
// --callgrind-server): a SQLite store with a devFile gateway and a token, the real server under
// valgrind's callgrind (one profile per thread), and a keep-alive HTTPS client doing a fixed
// number of pairs. Only the counted pairs are collected (callgrind_control switches collection on
// after the warm-up and off before shutdown), so the figure does not depend on the machine's load.
//   ServerCallgrind OUT_DIR [PAIRS [WARMUP [CLIENTS]]]
// The client's counted pairs run in measuredClient(), so running this program itself under
// callgrind with --toggle-collect='*measuredClient*' counts the client's instructions per pair.

#include "TestStores.h"
#include "engine/OtpService.h"
#include "support/BenchServerStore.h"
#include "support/Outbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTcpServer>

#include <httplib.h>

#include <atomic>
#include <cstdio>
#include <thread>

namespace {

constexpr int kUsers = 200;
QString phoneOf(int i)
{
    return BenchServerStore::phoneOf(i);
}

struct Setup {
    BenchServerStore store;
    std::string token;
    quint16 port = 0;
};

bool startServer(Setup& s, QProcess& server)
{
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        s.port = probe.serverPort();
    }
    server.setProcessEnvironment(s.store.environment());
    server.setStandardErrorFile(s.store.serverLog());
    QStringList args{QStringLiteral("--tool=callgrind"),
                     QStringLiteral("--instr-atstart=no"),
                     QStringLiteral("--separate-threads=yes"),
                     QStringLiteral("--callgrind-out-file=") + s.store.dir + QStringLiteral("/server.callgrind"),
                     QStringLiteral(SMSOTP_SERVER_PATH),
                     QStringLiteral("--store"),
                     s.store.url,
                     QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:%1").arg(s.port),
                     QStringLiteral("--tls-cert"),
                     s.store.certFile(),
                     QStringLiteral("--tls-key"),
                     s.store.keyFile()};
    if (const QString workers = qEnvironmentVariable("SMSOTP_BENCH_WORKERS"); !workers.isEmpty())
        args << QStringLiteral("--workers") << workers;
    server.start(QStringLiteral("valgrind"), args);
    return s.store.waitStarted(server, 600000);
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
    s.store.dir = QDir(args.at(1)).absolutePath();
    const int pairs = args.size() > 2 ? args.at(2).toInt() : 300;
    const int warmup = args.size() > 3 ? args.at(3).toInt() : 100;
    const int clientCount = args.size() > 4 ? args.at(4).toInt() : 1;
    TestStores stores;
    QProcess server;
    if (!s.store.prepare(stores, QStringLiteral("sqlite"), kUsers) || !startServer(s, server)) {
        std::fprintf(stderr, "cannot set up the store or start the server (see %s)\n", qPrintable(s.store.serverLog()));
        return 1;
    }
    s.token = s.store.token.toStdString();
    Outbox outbox(s.store.outbox());
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
                pairs / clientCount * clientCount, clientCount, qPrintable(s.store.dir));
    return ok ? 0 : 1;
}
