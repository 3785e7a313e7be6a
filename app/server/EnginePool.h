#pragma once

#include "store/StoreUrl.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

struct EngineContext;
class EngineWorker;
class StoreKey;

// A fixed set of engine threads, each with its own store connection, so many callers are served
// at once without sharing one connection. HTTP threads hand a job over and wait for it.
class EnginePool {
    Q_DECLARE_TR_FUNCTIONS(EnginePool)

public:
    using Job = std::function<void(EngineContext&)>;

    EnginePool(StoreUrl url, QString dbPassword, const StoreKey* key);
    ~EnginePool();

    // Opens every worker's connection; fails with the first reason one could not open.
    Status start(int workers);
    // Runs `job` on a free worker and returns when it is done; after stop() it does nothing.
    void run(const Job& job);
    // Finishes the jobs already queued, then ends the threads.
    void stop();

private:
    friend class EngineWorker;
    bool take(Job& job);

    StoreUrl m_url;
    QString m_dbPassword;
    const StoreKey* m_key;
    std::vector<std::unique_ptr<EngineWorker>> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
};
