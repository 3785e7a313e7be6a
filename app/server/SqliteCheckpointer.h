#pragma once

#include "store/StoreUrl.h"

#include <QThread>

#include <condition_variable>
#include <mutex>

// Copies a SQLite store's write-ahead log into the database file on a thread of its own, every
// quarter of a second. Left to SQLite, the engine worker whose commit crosses the log's limit
// does it, with two fsyncs, while every other request waits for its store turn (EnginePool);
// here a request never waits for the disk's flush. A passive checkpoint takes no lock that a
// writer needs. Engine connections keep a far limit of their own as a backstop.
class SqliteCheckpointer : public QThread {
    Q_OBJECT

public:
    // The log length, in pages, at which an engine connection checkpoints by itself.
    static constexpr int kEngineLimitPages = 20000;

    explicit SqliteCheckpointer(StoreUrl url);
    ~SqliteCheckpointer() override;

    // Ends the thread after one last checkpoint.
    void stop();

protected:
    void run() override;

private:
    bool waitForNextRound();

    StoreUrl m_url;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};
