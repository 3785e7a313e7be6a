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
#include "support/BenchServerStore.h"
#include "support/Outbox.h"
#include "support/RatioReporter.h"

#include <QCoreApplication>
#include <QProcess>
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

QString phoneOf(int i)
{
    return BenchServerStore::phoneOf(i);
}

// One store with kUsers accounts, a devFile gateway, no spam protection, a token, and a server.
struct ServerFixture {
    TestStores stores;
    QTemporaryDir dir;
    BenchServerStore store;
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

    bool open(const QString& dialect)
    {
        store.dir = dir.path();
        if (!store.prepare(stores, dialect, kUsers))
            return false;
        outbox = std::make_unique<Outbox>(store.outbox());
        return startServer();
    }

    bool startServer()
    {
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        server.setProcessEnvironment(store.environment());
        server.setStandardErrorFile(store.serverLog());
        QStringList args{QStringLiteral("--store"),    store.url,
                         QStringLiteral("--listen"),   QStringLiteral("127.0.0.1:%1").arg(port),
                         QStringLiteral("--tls-cert"), store.certFile(),
                         QStringLiteral("--tls-key"),  store.keyFile()};
        // SMSOTP_BENCH_WORKERS=N compares engine pool sizes (the server's default is 8).
        if (const QString workers = qEnvironmentVariable("SMSOTP_BENCH_WORKERS"); !workers.isEmpty())
            args << QStringLiteral("--workers") << workers;
        server.start(QStringLiteral(SMSOTP_SERVER_PATH), args);
        return store.waitStarted(server, 60000);
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
                const httplib::Headers auth = {{"Authorization", "Bearer " + f->store.token.toStdString()}};
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
