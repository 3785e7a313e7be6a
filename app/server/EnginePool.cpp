#include "EnginePool.h"

#include "EngineContext.h"
#include "EngineWorker.h"

#include <future>

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
                job(context);
            } catch (...) {
                // A job reports its own failures; an exception must not take the worker down.
            }
            done.set_value();
        });
    }
    m_wake.notify_one();
    done.get_future().wait();
}

bool EnginePool::take(Job& job)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
    if (m_jobs.empty())
        return false;
    job = std::move(m_jobs.front());
    m_jobs.pop_front();
    return true;
}

void EnginePool::stop()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (auto& worker : m_workers)
        worker->wait();
    m_workers.clear();
}
