#include "EnginePool.h"

#include "EngineContext.h"
#include "EngineWorker.h"

#include <future>

namespace {
// Whether this thread (an engine worker) holds a store turn.
thread_local bool t_hasTurn = false;
} // namespace

struct EnginePool::Idle {
    std::condition_variable wake;
    bool woken = false;
};

EnginePool::EnginePool(StoreUrl url, QString dbPassword, const StoreKey* key)
    : m_url(std::move(url))
    , m_dbPassword(std::move(dbPassword))
    , m_key(key)
{
}

EnginePool::~EnginePool()
{
    stop();
}

Status EnginePool::start(int workers)
{
    m_turns = m_url.isLocalFile() ? 1 : workers;
    m_freeTurns = m_turns;
    for (int i = 0; i < workers; ++i) {
        auto worker = std::make_unique<EngineWorker>(*this, m_url, m_dbPassword, m_key);
        std::future<QString> started = worker->started();
        worker->start();
        const QString problem = started.get();
        m_workers.push_back(std::move(worker));
        if (!problem.isEmpty())
            return Status::failure(problem);
    }
    return {};
}

void EnginePool::run(const Job& job)
{
    std::promise<void> done;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_stopping)
            return; // the caller keeps its "shutting down" answer
        m_jobs.push_back([&](EngineContext& context) {
            try {
                if (context.service)
                    context.service->setNetworkWaitListener(this);
                job(context);
            } catch (...) {
                // A job reports its own failures; an exception must not take the worker down.
            }
            done.set_value();
        });
        // A worker holding a turn takes the job when it is done; otherwise wake one.
        if (m_freeTurns > 0 && m_returning == 0)
            wakeIdleWorker();
    }
    done.get_future().wait();
}

bool EnginePool::takeQueued(Job& job)
{
    // Workers back from the network finish their requests before new ones start.
    if (m_jobs.empty() || m_returning > 0)
        return false;
    job = std::move(m_jobs.front());
    m_jobs.pop_front();
    return true;
}

bool EnginePool::take(Job& job)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (t_hasTurn) {
        if (takeQueued(job))
            return true; // keeps its turn: no hand-over between threads while work is queued
        t_hasTurn = false;
        releaseTurn();
    }
    Idle me;
    for (;;) {
        if (m_freeTurns > 0 && takeQueued(job)) {
            --m_freeTurns;
            t_hasTurn = true;
            return true;
        }
        if (m_stopping && m_jobs.empty()) {
            while (!m_idle.empty())
                wakeIdleWorker(); // the others see the same and end too
            return false;
        }
        me.woken = false;
        m_idle.push_back(&me);
        me.wake.wait(lock, [&] { return me.woken; });
    }
}

void EnginePool::releaseTurn()
{
    ++m_freeTurns;
    if (m_returning > 0)
        m_turnFreed.notify_one();
    else if (!m_jobs.empty())
        wakeIdleWorker();
}

void EnginePool::wakeIdleWorker()
{
    if (m_idle.empty())
        return; // every worker is busy or waiting for the network; the next one free takes it
    Idle* idle = m_idle.back();
    m_idle.pop_back();
    idle->woken = true;
    idle->wake.notify_one();
}

void EnginePool::networkWaitBegins()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (!t_hasTurn)
        return;
    t_hasTurn = false;
    releaseTurn();
}

void EnginePool::networkWaitEnds()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    ++m_returning;
    m_turnFreed.wait(lock, [this] { return m_freeTurns > 0; });
    --m_returning;
    --m_freeTurns;
    t_hasTurn = true;
}

void EnginePool::stop()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
        while (!m_idle.empty())
            wakeIdleWorker();
    }
    for (auto& worker : m_workers)
        worker->wait();
    m_workers.clear();
}
