// Request + verify pairs per second through the whole engine (settings read, IP allow-list,
// blocking, spam protection, OTP hashing, events) on SQLite and on PostgreSQL, against a
// baseline of the least SQL any such pair needs: two transactions that each update one row.
// Target: at least 2,000 pairs per second on local SQLite.

#include "RecordingGateway.h"
#include "TestStores.h"
#include "crypto/StoreKey.h"
#include "engine/OtpService.h"
#include "engine/SystemClock.h"
#include "store/Store.h"
#include "support/RatioReporter.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

namespace {

constexpr int kUsers = 1000;

struct Fixture {
    TestStores stores;
    std::unique_ptr<Store> store;
    StoreKey key = StoreKey::generate();
    SystemClock clock;
    RecordingGateway gateway;
    std::unique_ptr<OtpService> service;

    bool open(const QString& dialect)
    {
        store = stores.openFresh(dialect);
        if (!store)
            return false;
        service = std::make_unique<OtpService>(*store, &key, clock);
        service->setGateway(&gateway);
        for (int i = 0; i < kUsers; ++i) {
            const auto out = service->registerAuthenticator(QStringLiteral("user%1").arg(i),
                                                            QStringLiteral("+7916%1").arg(i, 7, 10, QLatin1Char('0')),
                                                            {}, {QStringLiteral("bench"), false});
            if (!out.ok)
                return false;
        }
        return true;
    }
};

void pairs(benchmark::State& state, const QString& dialect)
{
    Fixture f;
    if (!f.open(dialect)) {
        state.SkipWithError("store not available (PostgreSQL needs SMSOTP_TEST_PG_URL; see scripts/bench)");
        return;
    }
    int i = 0;
    for (auto _ : state) {
        const QString login = QStringLiteral("user%1").arg(i++ % kUsers);
        if (!f.service->requestOtp(login, QStringLiteral("10.0.0.1")).ok ||
            !f.service->verifyOtp(login, f.gateway.lastCode(), QStringLiteral("10.0.0.1")).ok) {
            state.SkipWithError("request or verify failed");
            return;
        }
    }
    state.SetItemsProcessed(state.iterations());
}

void baseline(benchmark::State& state, const QString& dialect)
{
    Fixture f;
    if (!f.open(dialect)) {
        state.SkipWithError("store not available");
        return;
    }
    int i = 0;
    auto touch = [&](const QString& login) {
        return f.store->transaction([&]() -> Status {
            QSqlQuery q = f.store->query();
            q.prepare(QStringLiteral("UPDATE authenticator_state SET failed_count = 0 "
                                     "WHERE authenticator_id = (SELECT id FROM authenticators WHERE login_key = ?)"));
            q.addBindValue(login);
            return f.store->exec(q, QStringLiteral("baseline"));
        });
    };
    for (auto _ : state) {
        const QString login = QStringLiteral("user%1").arg(i++ % kUsers);
        if (!touch(login) || !touch(login)) {
            state.SkipWithError("update failed");
            return;
        }
    }
    state.SetItemsProcessed(state.iterations());
}

__attribute__((noinline)) bool runPairs(Fixture& f, int count)
{
    for (int i = 0; i < count; ++i) {
        const QString login = QStringLiteral("user%1").arg(i % kUsers);
        if (!f.service->requestOtp(login, QStringLiteral("10.0.0.1")).ok ||
            !f.service->verifyOtp(login, f.gateway.lastCode(), QStringLiteral("10.0.0.1")).ok)
            return false;
    }
    return true;
}

// For callgrind (scripts/bench --callgrind): `count` pairs after a warm-up, in a function of their
// own so the instructions of exactly these pairs can be collected, whatever the machine's load.
__attribute__((noinline)) bool measuredPairs(Fixture& f, int count)
{
    return runPairs(f, count);
}

int countedPairs(int count)
{
    Fixture f;
    if (!f.open(QStringLiteral("sqlite")) || !runPairs(f, 200) || !measuredPairs(f, count)) {
        std::fprintf(stderr, "request or verify failed\n");
        return 1;
    }
    std::printf("%d measured pairs (after 200 to warm up) on SQLite\n", count);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (const int count = qEnvironmentVariableIntValue("SMSOTP_BENCH_COUNTED_PAIRS"); count > 0)
        return countedPairs(count);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    for (const char* dialect : {"sqlite", "postgresql"}) {
        const QString d = QString::fromLatin1(dialect);
        benchmark::RegisterBenchmark((std::string("BM_RequestVerify/") + dialect).c_str(),
                                     [d](benchmark::State& s) { pairs(s, d); })
            ->UseRealTime()
            ->MinTime(2.0)
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark((std::string("BM_TwoUpdateTransactions/") + dialect).c_str(),
                                     [d](benchmark::State& s) { baseline(s, d); })
            ->UseRealTime()
            ->MinTime(2.0)
            ->Unit(benchmark::kMicrosecond);
    }
    RatioReporter reporter("items_per_second");
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    for (const char* dialect : {"sqlite", "postgresql"}) {
        const double ours = reporter.rate(std::string("BM_RequestVerify/") + dialect);
        const double raw = reporter.rate(std::string("BM_TwoUpdateTransactions/") + dialect);
        if (ours <= 0 || raw <= 0)
            continue;
        std::printf("%s: %.0f request+verify pairs/s (target on SQLite >= 2000); two bare update transactions: "
                    "%.0f/s; engine at %.0f%% of that floor\n",
                    dialect, ours, raw, 100.0 * ours / raw);
    }
    return 0;
}
