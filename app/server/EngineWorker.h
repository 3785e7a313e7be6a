#pragma once

#include "store/StoreUrl.h"

#include <QString>
#include <QThread>

#include <future>

class EnginePool;
class StoreKey;

// One thread of the engine pool: opens its own store connection, then runs jobs from the pool
// until the pool stops. A lost connection is reopened before a later job (StoreLink).
class EngineWorker : public QThread {
    Q_OBJECT

public:
    EngineWorker(EnginePool& pool, StoreUrl url, QString dbPassword, const StoreKey* key);
    // The empty string once the store is open, else why it could not be opened.
    std::future<QString> started() { return m_started.get_future(); }

protected:
    void run() override;

private:
    EnginePool& m_pool;
    StoreUrl m_url;
    QString m_dbPassword;
    const StoreKey* m_key;
    std::promise<QString> m_started;
};
