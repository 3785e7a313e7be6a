// Request + verify pairs per second through the real smsotp-server over HTTPS with keep-alive,
// with 1, 8 and 64 concurrent clients, on SQLite and on PostgreSQL, against the bare engine's
// pairs per second (OtpService in this process) measured in the same run; and the p50/p99
// latency of one API call. Goal on the 2-core machine: at least 60 % of the bare engine over
// HTTPS, p99 <= 25 ms at 64 clients on SQLite.

#include "RecordingGateway.h"
#include "TestStores.h"
#include "crypto/StoreKey.h"
#include "engine/OtpService.h"
#include "engine/SystemClock.h"
#include "store/Store.h"
#include "store/StoreKeyVault.h"
#include "support/Outbox.h"
#include "support/RatioReporter.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <mutex>
#include <thread>

namespace {

constexpr int kUsers = 1000;
constexpr double kSeconds = 5.0;
const QString kPassphrase = QStringLiteral("correct horse battery staple");

QString phoneOf(int i)
{
    return QStringLiteral("+7916%1").arg(i, 7, 10, QLatin1Char('0'));
}

// One store with kUsers accounts, a devFile gateway, no spam protection, a token, and a server.
struct ServerFixture {
    TestStores stores;
    QTemporaryDir dir;
    QString url;
    QByteArray token;
    QProcess server;
    quint16 port = 0;
    std::unique_ptr<Outbox> outbox;

    ~ServerFixture()
    {
        if (server.state() != QProcess::NotRunning) {
            server.terminate();
            server.waitForFinished(30000);
        }
    }

    QString cli(const QStringList& args, bool* ok) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SMSOTP_STORE"), url);
        env.insert(QStringLiteral("SMSOTP_PASSPHRASE"), kPassphrase);
        env.insert(QStringLiteral("SMSOTP_DB_PASSWORD"), TestStores::postgresPassword());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SMSOTP_CLI_PATH), args);
        *ok = p.waitForFinished(120000) && p.exitCode() == 0;
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    bool open(const QString& dialect)
    {
        std::unique_ptr<Store> store = stores.openFresh(dialect);
        if (!store)
            return false;
        url = store->url().toString();
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
        const QString outboxPath = dir.filePath(QStringLiteral("outbox.jsonl"));
        bool ok = false;
        cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("gateway.type=devFile"),
             QStringLiteral("gateway.filePath=") + outboxPath, QStringLiteral("spamProtection.enabled=false")},
            &ok);
        if (!ok)
            return false;
        const QString created = cli({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("bench"),
                                     QStringLiteral("--scope"), QStringLiteral("otp:request,otp:verify")},
                                    &ok);
        static const QRegularExpression word(QStringLiteral("[A-Za-z0-9_.~+/=-]{24,}"));
        for (auto it = word.globalMatch(created); it.hasNext();)
            token = it.next().captured().toLatin1();
        if (!ok || token.isEmpty())
            return false;
        outbox = std::make_unique<Outbox>(outboxPath);
        return startServer();
    }

    bool startServer()
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                       QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            return false;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SMSOTP_PASSPHRASE"), kPassphrase);
        env.insert(QStringLiteral("SMSOTP_DB_PASSWORD"), TestStores::postgresPassword());
        server.setProcessEnvironment(env);
        server.setStandardErrorFile(dir.filePath(QStringLiteral("server.log")));
        QStringList args{QStringLiteral("--store"),    url,
                         QStringLiteral("--listen"),   QStringLiteral("127.0.0.1:%1").arg(port),
                         QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("cert.pem")),
                         QStringLiteral("--tls-key"),  dir.filePath(QStringLiteral("key.pem"))};
        // SMSOTP_BENCH_WORKERS=N compares engine pool sizes (the server's default is 8).
        if (const QString workers = qEnvironmentVariable("SMSOTP_BENCH_WORKERS"); !workers.isEmpty())
            args << QStringLiteral("--workers") << workers;
        server.start(QStringLiteral(SMSOTP_SERVER_PATH), args);
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            QFile log(dir.filePath(QStringLiteral("server.log")));
            if (log.open(QIODevice::ReadOnly) && log.readAll().contains(" started "))
                return true;
            if (server.state() == QProcess::NotRunning)
                return false;
            server.waitForFinished(100);
        }
        return false;
    }
};

std::map<QString, std::unique_ptr<ServerFixture>> g_fixtures;

ServerFixture* fixture(const QString& dialect)
{
    auto& f = g_fixtures[dialect];
    if (!f) {
        f = std::make_unique<ServerFixture>();
        if (!f->open(dialect))
            f.reset();
    }
    return f.get();
}

double percentile(std::vector<double>& v, double p)
{
    if (v.empty())
        return 0;
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size())));
    std::nth_element(v.begin(), v.begin() + long(i), v.end());
    return v[i];
}

// `clients` threads, each with one keep-alive HTTPS connection and its own accounts, doing
// request + verify pairs for kSeconds.
void overHttps(benchmark::State& state, const QString& dialect)
{
    const int clients = int(state.range(0));
    ServerFixture* f = fixture(dialect);
    if (!f) {
        state.SkipWithError("store or server not available (PostgreSQL needs SMSOTP_TEST_PG_URL; see scripts/bench)");
        return;
    }
    for (auto _ : state) {
        std::atomic<long> pairs{0};
        std::atomic<bool> failed{false};
        std::vector<std::vector<double>> latencies(static_cast<size_t>(clients));
        const auto start = std::chrono::steady_clock::now();
        const auto until = start + std::chrono::duration<double>(kSeconds);
        std::vector<std::thread> threads;
        for (int t = 0; t < clients; ++t) {
            threads.emplace_back([&, t] {
                httplib::SSLClient client("127.0.0.1", f->port);
                client.enable_server_certificate_verification(false);
                client.set_keep_alive(true);
                client.set_tcp_nodelay(true);
                const httplib::Headers auth = {{"Authorization", "Bearer " + f->token.toStdString()}};
                auto& mine = latencies[size_t(t)];
                for (int n = 0; std::chrono::steady_clock::now() < until && !failed; ++n) {
                    // Each client its own accounts, so no two clients race for one pending code.
                    const int user = t + (n % (kUsers / clients)) * clients;
                    const std::string login = "user" + std::to_string(user);
                    auto t0 = std::chrono::steady_clock::now();
                    auto r =
                        client.Post("/api/v1/otp/request", auth, "{\"login\":\"" + login + "\"}", "application/json");
                    auto t1 = std::chrono::steady_clock::now();
                    if (!r || r->status != 200) {
                        std::fprintf(stderr, "request: %d %s\n", r ? r->status : -1, r ? r->body.c_str() : "");
                        failed = true;
                        return;
                    }
                    const QString code = f->outbox->code(phoneOf(user));
                    const std::string body = "{\"login\":\"" + login + "\",\"code\":\"" + code.toStdString() + "\"}";
                    auto t2 = std::chrono::steady_clock::now();
                    r = client.Post("/api/v1/otp/verify", auth, body, "application/json");
                    auto t3 = std::chrono::steady_clock::now();
                    if (!r || r->status != 200) {
                        std::fprintf(stderr, "verify: %d %s\n", r ? r->status : -1, r ? r->body.c_str() : "");
                        failed = true;
                        return;
                    }
                    mine.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
                    mine.push_back(std::chrono::duration<double, std::milli>(t3 - t2).count());
                    ++pairs;
                }
            });
        }
        for (auto& th : threads)
            th.join();
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (failed) {
            state.SkipWithError("a request or verify failed");
            return;
        }
        state.SetIterationTime(elapsed);
        std::vector<double> all;
        for (auto& l : latencies)
            all.insert(all.end(), l.begin(), l.end());
        state.counters["p50_ms"] = percentile(all, 0.50);
        state.counters["p99_ms"] = percentile(all, 0.99);
        state.SetItemsProcessed(pairs);
    }
}

// The bare engine in this process, one thread, as BenchOtpService measures it.
void bareEngine(benchmark::State& state, const QString& dialect)
{
    TestStores stores;
    std::unique_ptr<Store> store = stores.openFresh(dialect);
    if (!store) {
        state.SkipWithError("store not available");
        return;
    }
    const StoreKey key = StoreKey::generate();
    SystemClock clock;
    RecordingGateway gateway;
    OtpService service(*store, &key, clock);
    service.setGateway(&gateway);
    for (int i = 0; i < kUsers; ++i)
        service.registerAuthenticator(QStringLiteral("user%1").arg(i), phoneOf(i), {},
                                      {QStringLiteral("bench"), false});
    int i = 0;
    for (auto _ : state) {
        const QString login = QStringLiteral("user%1").arg(i++ % kUsers);
        if (!service.requestOtp(login, QStringLiteral("10.0.0.1")).ok ||
            !service.verifyOtp(login, gateway.lastCode(), QStringLiteral("10.0.0.1")).ok) {
            state.SkipWithError("request or verify failed");
            return;
        }
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    for (const char* dialect : {"sqlite", "postgresql"}) {
        const QString d = QString::fromLatin1(dialect);
        benchmark::RegisterBenchmark((std::string("BM_BareEngine/") + dialect).c_str(),
                                     [d](benchmark::State& s) { bareEngine(s, d); })
            ->UseRealTime()
            ->MinTime(kSeconds)
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark((std::string("BM_Https/") + dialect).c_str(),
                                     [d](benchmark::State& s) { overHttps(s, d); })
            ->Arg(1)
            ->Arg(8)
            ->Arg(64)
            ->Iterations(1)
            ->UseManualTime()
            ->Unit(benchmark::kMicrosecond);
    }
    RatioReporter reporter("items_per_second");
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    for (const char* dialect : {"sqlite", "postgresql"}) {
        const double bare = reporter.rate(std::string("BM_BareEngine/") + dialect);
        if (bare <= 0)
            continue;
        for (const int clients : {1, 8, 64}) {
            const double https = reporter.rate(std::string("BM_Https/") + dialect + "/" + std::to_string(clients));
            if (https > 0)
                std::printf("%s, %d client(s): %.0f pairs/s over HTTPS = %.0f%% of the bare engine's %.0f/s "
                            "(goal >= 60%%)\n",
                            dialect, clients, https, 100.0 * https / bare, bare);
        }
    }
    g_fixtures.clear();
    return 0;
}
