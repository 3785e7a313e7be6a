// The help desk on 1,000,000 authenticators (issue 5), on SQLite and on PostgreSQL: first rows
// shown, login prefix search, exact phone search, jump to the last row, and unblocking 100,000
// blocked accounts, each measured against a plain QSqlTableModel doing the same in the same run;
// and the resident memory of the real help-desk page scrolled over the whole table.
// Prints "<case> <dialect>: ours X ms, QSqlTableModel Y ms, ratio Zx" after the usual table.
//
// The stores are made once with DemoPopulator (a few minutes) and kept for later runs:
//   SQLite      $SMSOTP_BENCH_DIR/helpdesk-<users>.db (default /tmp/smsotp-bench)
//   PostgreSQL  database smsotp_bench_helpdesk on the server of SMSOTP_TEST_PG_URL (scripts/bench)
// SMSOTP_BENCH_USERS changes the size (for a quick try).

#include "crypto/StoreKey.h"
#include "engine/OtpService.h"
#include "engine/SystemClock.h"
#include "items/AuthenticatorTableModel.h"
#include "store/AuthenticatorRepository.h"
#include "store/DemoPopulator.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"
#include "store/StoreKeyVault.h"

#include <benchmark/benchmark.h>

#include "helpdesk/HelpDeskPage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTableView>

#include <cstdio>
#include <map>
#include <memory>
#include <optional>

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");
constexpr int kScreenRows = 40; // what a maximised help desk shows at once

qint64 users()
{
    const qint64 n = qEnvironmentVariableIntValue("SMSOTP_BENCH_USERS");
    return n > 0 ? n : 1000000;
}

struct Bench {
    std::unique_ptr<Store> store;
    std::optional<StoreKey> key;
    // Two of each, searched in turn, so every timed search really changes the result.
    QString samplePhone[2];  // registered numbers, for the phone search
    QString samplePrefix[2]; // login prefixes that match a handful of accounts
};

qint64 scalar(Store& store, const QString& sql)
{
    QSqlQuery q = store.query();
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

std::unique_ptr<Store> openOrCreate(const QString& dialect)
{
    if (dialect == QLatin1String("sqlite")) {
        QString dir = qEnvironmentVariable("SMSOTP_BENCH_DIR");
        if (dir.isEmpty())
            dir = QStringLiteral("/tmp/smsotp-bench");
        QDir().mkpath(dir);
        const StoreUrl url = StoreUrl::sqlite(dir + QStringLiteral("/helpdesk-%1.db").arg(users()));
        auto s = Store::open(url, {}, Store::OpenMode::CreateIfMissing);
        return s ? s.take() : nullptr;
    }
    const auto base = StoreUrl::parse(qEnvironmentVariable("SMSOTP_TEST_PG_URL"));
    if (!base)
        return nullptr;
    const QString password = qEnvironmentVariable("SMSOTP_TEST_PG_PASSWORD");
    const QString name = users() == 1000000 ? QStringLiteral("smsotp_bench_helpdesk")
                                            : QStringLiteral("smsotp_bench_helpdesk_%1").arg(users());
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        admin.setHostName(base->host());
        admin.setPort(base->port());
        admin.setDatabaseName(base->database());
        admin.setUserName(base->user());
        admin.setPassword(password);
        if (admin.open()) {
            QSqlQuery q(admin);
            q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)); // fails harmlessly when it exists
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    const auto url = StoreUrl::parse(QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
                                         .arg(base->user(), base->host())
                                         .arg(base->port())
                                         .arg(name));
    auto s = Store::open(*url, password, Store::OpenMode::CreateIfMissing);
    if (!s)
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(url->displayLocation()), qPrintable(s.error()));
    return s ? s.take() : nullptr;
}

// The stores opened so far, closed by main() while the application object still exists (Qt's SQL
// drivers crash when a connection outlives it).
std::map<QString, std::unique_ptr<Bench>>& openBenches()
{
    static std::map<QString, std::unique_ptr<Bench>> made;
    return made;
}

Bench* bench(const QString& dialect)
{
    std::map<QString, std::unique_ptr<Bench>>& made = openBenches();
    auto it = made.find(dialect);
    if (it != made.end())
        return it->second.get();
    auto b = std::make_unique<Bench>();
    b->store = openOrCreate(dialect);
    if (!b->store) {
        made[dialect] = nullptr;
        return nullptr;
    }
    StoreKeyVault vault(*b->store);
    Result<StoreKey> key =
        vault.hasKey() ? vault.unlock(kPassphrase) : vault.create(kPassphrase, QStringLiteral("bench"));
    if (!key) {
        std::fprintf(stderr, "store key: %s\n", qPrintable(key.error()));
        return nullptr;
    }
    b->key = key.take();
    const qint64 have = scalar(*b->store, QStringLiteral("SELECT count(*) FROM authenticators"));
    if (have < users()) {
        std::fprintf(stderr, "%s: populating %lld users (once; kept for later runs)...\n", qPrintable(dialect),
                     users() - have);
        QElapsedTimer t;
        t.start();
        DemoPopulator::Options options;
        options.users = users() - have;
        options.blockedPercent = 10;
        auto settings = SettingsRepository(*b->store).load();
        auto report = DemoPopulator(*b->store, *b->key, settings->settings.phoneFormat).run(options);
        if (!report) {
            std::fprintf(stderr, "populate: %s\n", qPrintable(report.error()));
            return nullptr;
        }
        std::fprintf(stderr, "%s: populated in %.1f s\n", qPrintable(dialect), t.elapsed() / 1000.0);
    }
    // Logins from the middle of the table, and their numbers.
    for (int i = 0; i < 2; ++i) {
        QSqlQuery q = b->store->query();
        q.exec(QStringLiteral("SELECT login FROM authenticators WHERE id = %1").arg(users() / (2 + i)));
        q.next();
        const QString login = q.value(0).toString();
        b->samplePhone[i] = AuthenticatorRepository(*b->store, &*b->key).phone(login).value();
        b->samplePrefix[i] = login.left(login.size() - 2);
    }
    it = made.emplace(dialect, std::move(b)).first;
    return it->second.get();
}

// Reads what a view paints: every column of the first screenful of rows.
template <typename Model> void readScreen(Model& model, int firstRow)
{
    for (int row = firstRow; row < std::min(model.rowCount(), firstRow + kScreenRows); ++row)
        for (int c = 0; c < model.columnCount(); ++c)
            benchmark::DoNotOptimize(model.index(row, c).data());
}

// QSqlTableModel sorted like ours, through its own setSort (column index of login_key).
void sortByLogin(QSqlTableModel& model)
{
    model.setSort(model.record().indexOf(QStringLiteral("login_key")), Qt::AscendingOrder);
}

#define BENCH_STORE()                                                                                                  \
    const QString dialect = QString::fromLatin1(state.range(0) == 0 ? "sqlite" : "postgresql");                        \
    Bench* b = bench(dialect);                                                                                         \
    if (!b) {                                                                                                          \
        state.SkipWithError("store not available");                                                                    \
        return;                                                                                                        \
    }                                                                                                                  \
    state.SetLabel(dialect.toStdString());

void BM_FirstRows_Ours(benchmark::State& state)
{
    BENCH_STORE();
    for (auto _ : state) {
        AuthenticatorTableModel model;
        model.setStore(b->store.get());
        readScreen(model, 0);
    }
}

void BM_FirstRows_QSqlTableModel(benchmark::State& state)
{
    BENCH_STORE();
    for (auto _ : state) {
        QSqlTableModel model(nullptr, b->store->db());
        model.setTable(QStringLiteral("authenticators"));
        sortByLogin(model);
        model.select();
        readScreen(model, 0);
    }
}

void BM_PrefixSearch_Ours(benchmark::State& state)
{
    BENCH_STORE();
    AuthenticatorTableModel model;
    model.setStore(b->store.get());
    model.setStoreKey(&*b->key);
    int found = 0, turn = 0;
    for (auto _ : state) {
        model.setSearch(b->samplePrefix[turn++ % 2]);
        readScreen(model, 0);
        found = model.rowCount();
    }
    state.counters["matches"] = found;
}

void BM_PrefixSearch_QSqlTableModel(benchmark::State& state)
{
    BENCH_STORE();
    QSqlTableModel model(nullptr, b->store->db());
    model.setTable(QStringLiteral("authenticators"));
    sortByLogin(model);
    int found = 0, turn = 0;
    for (auto _ : state) {
        model.setFilter(QStringLiteral("login_key LIKE '%1%'").arg(b->samplePrefix[turn++ % 2]));
        model.select();
        readScreen(model, 0);
        found = model.rowCount();
    }
    state.counters["matches"] = found;
}

void BM_PhoneSearch_Ours(benchmark::State& state)
{
    BENCH_STORE();
    AuthenticatorTableModel model;
    model.setStore(b->store.get());
    model.setStoreKey(&*b->key);
    int found = 0, turn = 0;
    for (auto _ : state) {
        model.setSearch(b->samplePhone[turn++ % 2]); // normalised, hashed, matched by the index
        readScreen(model, 0);
        found = model.rowCount();
    }
    state.counters["matches"] = found;
}

void BM_PhoneSearch_QSqlTableModel(benchmark::State& state)
{
    BENCH_STORE();
    // The plain model cannot read encrypted numbers: it gets the same keyed hash, as a literal.
    const QString hashes[2] = {QString::fromLatin1(b->key->phoneHash(b->samplePhone[0]).toHex()),
                               QString::fromLatin1(b->key->phoneHash(b->samplePhone[1]).toHex())};
    const bool pg = b->store->url().dialect() == StoreUrl::Dialect::Postgres;
    QSqlTableModel model(nullptr, b->store->db());
    model.setTable(QStringLiteral("authenticators"));
    sortByLogin(model);
    int found = 0, turn = 0;
    for (auto _ : state) {
        const QString& hash = hashes[turn++ % 2];
        model.setFilter(pg ? QStringLiteral("phone_hash = '\\x%1'::bytea").arg(hash)
                           : QStringLiteral("phone_hash = X'%1'").arg(hash));
        model.select();
        readScreen(model, 0);
        found = model.rowCount();
    }
    state.counters["matches"] = found;
}

void BM_JumpToLastRow_Ours(benchmark::State& state)
{
    BENCH_STORE();
    for (auto _ : state) {
        AuthenticatorTableModel model;
        model.setStore(b->store.get());
        readScreen(model, model.rowCount() - kScreenRows);
    }
}

void BM_JumpToLastRow_QSqlTableModel(benchmark::State& state)
{
    BENCH_STORE();
    for (auto _ : state) {
        QSqlTableModel model(nullptr, b->store->db());
        model.setTable(QStringLiteral("authenticators"));
        sortByLogin(model);
        model.select();
        // A view reaches the last row of a QSqlTableModel only by fetching every row before it.
        while (model.canFetchMore())
            model.fetchMore();
        readScreen(model, model.rowCount() - kScreenRows);
    }
}

// Blocks exactly 100,000 accounts (one in ten ids) again before each timed run.
void reblock(Store& store)
{
    store.exec(QStringLiteral("UPDATE authenticator_state SET block_state = 0 WHERE block_state <> 0"),
               QStringLiteral("x"));
    store.exec(QStringLiteral("UPDATE authenticator_state SET block_state = 2, failed_count = 5 "
                              "WHERE authenticator_id % 10 = 3"),
               QStringLiteral("x"));
}

void BM_Unblock100k_Ours(benchmark::State& state)
{
    BENCH_STORE();
    SystemClock clock;
    qint64 done = 0;
    for (auto _ : state) {
        state.PauseTiming();
        reblock(*b->store);
        state.ResumeTiming();
        const OtpService::Outcome out = OtpService(*b->store, &*b->key, clock).unblockAll({QStringLiteral("bench")});
        done = out.count;
    }
    state.counters["unblocked"] = double(done);
}

void BM_Unblock100k_QSqlTableModel(benchmark::State& state)
{
    BENCH_STORE();
    qint64 done = 0;
    for (auto _ : state) {
        state.PauseTiming();
        reblock(*b->store);
        state.ResumeTiming();
        QSqlTableModel model(nullptr, b->store->db());
        model.setTable(QStringLiteral("authenticator_state"));
        model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        // 100,000 single-row UPDATEs take many minutes: a tenth of them is timed, then scaled.
        model.setFilter(QStringLiteral("block_state <> 0 AND authenticator_id <= %1").arg(users() / 10));
        model.select();
        while (model.canFetchMore())
            model.fetchMore();
        const int blockState = model.fieldIndex(QStringLiteral("block_state"));
        const int failed = model.fieldIndex(QStringLiteral("failed_count"));
        const int until = model.fieldIndex(QStringLiteral("blocked_until"));
        done = model.rowCount();
        for (int row = 0; row < model.rowCount(); ++row) {
            model.setData(model.index(row, blockState), 0);
            model.setData(model.index(row, failed), 0);
            model.setData(model.index(row, until), QVariant(QMetaType(QMetaType::LongLong)));
        }
        // One transaction, as fair as the plain model can be.
        b->store->db().transaction();
        if (!model.submitAll())
            state.SkipWithError(qPrintable(model.lastError().text()));
        b->store->db().commit();
    }
    state.counters["unblocked"] = double(done);
    state.counters["x10_to_100k"] = 1;
}

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return 0;
}

// The console's memory, measured in a fresh process (this one holds what the plain models read):
// the real help-desk page, offscreen, scrolled to 200 places spread over the whole table.
int memoryProbe(const QString& dialect)
{
    Bench* b = bench(dialect);
    if (!b)
        return 1;
    HelpDeskPage page;
    page.resize(1200, 740);
    page.setStore(b->store.get());
    page.setStoreKey(&*b->key);
    page.show();
    QCoreApplication::processEvents();
    QScrollBar* bar = page.table()->verticalScrollBar();
    for (int i = 0; i < 200; ++i) {
        bar->setValue(int(qint64(bar->maximum()) * i / 199));
        page.table()->viewport()->repaint(); // reads the visible rows, as the screen would
        QCoreApplication::processEvents();
    }
    std::printf("rows %d rss_kb %ld\n", page.table()->model()->rowCount(), residentKb());
    std::fflush(stdout);
    openBenches().clear();
    return 0;
}

void BM_ConsoleMemory_Ours(benchmark::State& state)
{
    BENCH_STORE();
    long kb = 0;
    for (auto _ : state) {
        QProcess probe;
        probe.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--memory-probe=") + dialect});
        if (!probe.waitForFinished(600000) || probe.exitCode() != 0) {
            state.SkipWithError("the memory probe failed");
            return;
        }
        const QList<QByteArray> words = probe.readAllStandardOutput().simplified().split(' ');
        const qsizetype at = words.indexOf("rss_kb");
        kb = at >= 0 ? words.value(at + 1).toLong() : 0;
    }
    state.counters["rss_MB"] = double(kb) / 1024.0;
}

class RatioReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const Run& run : runs)
            if (!run.error_occurred)
                m_ms[run.benchmark_name()] = run.GetAdjustedRealTime() * factor(run.time_unit);
        ConsoleReporter::ReportRuns(runs);
    }
    void printRatios() const
    {
        std::printf("\nHelp desk on %lld authenticators (ours vs a plain QSqlTableModel doing the same):\n", users());
        for (const char* name : {"FirstRows", "PrefixSearch", "PhoneSearch", "JumpToLastRow", "Unblock100k"}) {
            for (int d = 0; d < 2; ++d) {
                const std::string suffix = "/" + std::to_string(d);
                const auto ours = m_ms.find(std::string("BM_") + name + "_Ours" + suffix);
                const auto plain = m_ms.find(std::string("BM_") + name + "_QSqlTableModel" + suffix);
                if (ours == m_ms.end())
                    continue;
                if (plain == m_ms.end()) {
                    std::printf("  %-14s %-10s ours %10.2f ms\n", name, d ? "postgresql" : "sqlite", ours->second);
                    continue;
                }
                // The plain model's unblock is timed on a tenth of the rows (see above).
                const double scale = std::string(name) == "Unblock100k" ? 10.0 : 1.0;
                std::printf("  %-14s %-10s ours %10.2f ms   QSqlTableModel %10.2f ms%s   ratio %8.1fx\n", name,
                            d ? "postgresql" : "sqlite", ours->second, plain->second * scale,
                            scale > 1 ? " (10k x 10)" : "", plain->second * scale / ours->second);
            }
        }
    }

private:
    static double factor(benchmark::TimeUnit unit)
    {
        switch (unit) {
        case benchmark::kNanosecond:
            return 1e-6;
        case benchmark::kMicrosecond:
            return 1e-3;
        case benchmark::kMillisecond:
            return 1.0;
        default:
            return 1e3;
        }
    }
    std::map<std::string, double> m_ms;
};

void dialects(benchmark::internal::Benchmark* b)
{
    b->Arg(0);
    if (!qEnvironmentVariable("SMSOTP_TEST_PG_URL").isEmpty())
        b->Arg(1);
}

} // namespace

BENCHMARK(BM_FirstRows_Ours)->Apply(dialects)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(BM_FirstRows_QSqlTableModel)->Apply(dialects)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(BM_PrefixSearch_Ours)->Apply(dialects)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(BM_PrefixSearch_QSqlTableModel)->Apply(dialects)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(BM_PhoneSearch_Ours)->Apply(dialects)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(BM_PhoneSearch_QSqlTableModel)->Apply(dialects)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(BM_JumpToLastRow_Ours)->Apply(dialects)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_JumpToLastRow_QSqlTableModel)->Apply(dialects)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Unblock100k_Ours)->Apply(dialects)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Unblock100k_QSqlTableModel)->Apply(dialects)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_ConsoleMemory_Ours)->Apply(dialects)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrncmp(argv[i], "--memory-probe=", 15) == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            return memoryProbe(QString::fromLatin1(argv[i] + 15));
        }
    }
    QCoreApplication app(argc, argv); // Qt's SQL drivers want an application object
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    reporter.printRatios();
    std::fflush(stdout);
    openBenches().clear();
    return 0;
}
