#include "SqliteCheckpointer.h"

#include "ServerLog.h"
#include "store/Store.h"

#include <QSqlQuery>

#include <chrono>

namespace {
constexpr auto kInterval = std::chrono::milliseconds(250);
// One warning per problem, not four a second.
constexpr int kWarnEveryRounds = 240;
} // namespace

SqliteCheckpointer::SqliteCheckpointer(StoreUrl url)
    : m_url(std::move(url))
{
}

SqliteCheckpointer::~SqliteCheckpointer()
{
    stop();
}

void SqliteCheckpointer::stop()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    wait();
}

bool SqliteCheckpointer::waitForNextRound()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    return !m_wake.wait_for(lock, kInterval, [this] { return m_stopping; });
}

void SqliteCheckpointer::run()
{
    auto opened = Store::open(m_url, QString(), Store::OpenMode::OpenExisting);
    if (!opened) {
        ServerLog::warning(QStringLiteral("checkpoints left to the engine"),
                           {{QStringLiteral("reason"), opened.error()}});
        return;
    }
    std::unique_ptr<Store> store = opened.take();
    int failedRounds = 0;
    bool more = true;
    while (more) {
        more = waitForNextRound();
        QSqlQuery q = store->query();
        if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"))) {
            failedRounds = 0;
            continue;
        }
        if (failedRounds++ % kWarnEveryRounds == 0)
            ServerLog::warning(QStringLiteral("checkpoint failed"), {{QStringLiteral("reason"), q.lastError().text()}});
    }
}
