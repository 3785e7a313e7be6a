#include "EngineWorker.h"

#include "EngineContext.h"
#include "EnginePool.h"
#include "StoreLink.h"
#include "StoreOutage.h"

EngineWorker::EngineWorker(EnginePool& pool, StoreUrl url, QString dbPassword, const StoreKey* key)
    : m_pool(pool)
    , m_url(std::move(url))
    , m_dbPassword(std::move(dbPassword))
    , m_key(key)
{
}

void EngineWorker::run()
{
    EngineContext context;
    {
        auto opened = Store::open(m_url, m_dbPassword, Store::OpenMode::OpenExisting);
        if (!opened) {
            m_started.set_value(opened.error());
            return;
        }
        context.store = opened.take();
    }
    context.key = m_key;
    context.service = std::make_unique<OtpService>(*context.store, m_key, context.clock);
    m_started.set_value(QString());
    {
        // A lost connection reconnects before a job, never inside one; while it cannot, the job's
        // statements are refused at once and the caller gets its 503.
        StoreLink link(*context.store, StoreOutage::forStore(context.store->uuid()));
        EnginePool::Job job;
        while (m_pool.take(job)) {
            link.prepare();
            job(context);
            job = nullptr;
        }
    }
    context.service.reset();
    context.store.reset();
}
