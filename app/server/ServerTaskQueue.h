#pragma once

#include <httplib.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

// The HTTP server's connection threads. A keep-alive connection holds its thread between
// requests, so threads are added on demand up to a ceiling instead of a fixed few; beyond it,
// connections wait in the queue. shutdown() serves everything already queued before it returns,
// so a SIGTERM loses no request that was accepted.
class ServerTaskQueue : public httplib::TaskQueue {
public:
    explicit ServerTaskQueue(size_t maxThreads);
    ~ServerTaskQueue() override;

    void enqueue(std::function<void()> fn) override;
    void shutdown() override;

private:
    void work();

    const size_t m_maxThreads;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    std::vector<std::thread> m_threads;
    size_t m_idle = 0;
    bool m_stopping = false;
};
