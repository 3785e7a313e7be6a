#pragma once

#include "engine/NetworkWaitListener.h"
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
//
// A worker needs one of the pool's store turns while it works. PostgreSQL gets a turn per
// worker. SQLite gets one: it lets one writer in at a time anyway, and workers taking turns at
// its lock (sleeping in its busy handler, refreshing each other's page caches) served fewer
// requests than one worker alone. A worker gives its turn up while the engine waits for the
// network (the gateway, the directory), so a slow provider does not hold the store. The worker
// that finished last takes the next job, so at low load one warm thread does the work.
class EnginePool : public NetworkWaitListener {
    Q_DECLARE_TR_FUNCTIONS(EnginePool)

public:
    using Job = std::function<void(EngineContext&)>;

    EnginePool(StoreUrl url, QString dbPassword, const StoreKey* key);
    ~EnginePool() override;

    // Opens every worker's connection; fails with the first reason one could not open.
    Status start(int workers);
    // Runs `job` on a free worker and returns when it is done; after stop() it does nothing.
    void run(const Job& job);
    // Finishes the jobs already queued, then ends the threads.
    void stop();
    // How many workers may use the store at once.
    int storeTurns() const { return m_turns; }

    // On the worker's thread, around the engine's network round trips.
    void networkWaitBegins() override;
    void networkWaitEnds() override;

private:
    friend class EngineWorker;
    struct Idle;
    // On the worker's thread: the next job, or false once stopping with nothing left to do.
    bool take(Job& job);
    bool takeQueued(Job& job);
    void releaseTurn();
    void wakeIdleWorker();

    StoreUrl m_url;
    QString m_dbPassword;
    const StoreKey* m_key;
    std::vector<std::unique_ptr<EngineWorker>> m_workers;
    std::mutex m_mutex;
    std::deque<Job> m_jobs;
    std::vector<Idle*> m_idle; // waiting for work, the most recently idle last
    std::condition_variable m_turnFreed;
    int m_turns = 0;
    int m_freeTurns = 0;
    int m_returning = 0; // workers back from the network, waiting for a turn
    bool m_stopping = false;
};
