#pragma once

#include <QMetaObject>

#include <memory>

class Store;
class StoreOutage;

// One connection's side of surviving a lost server store (an engine worker's, or the main
// thread's): the Store marks itself lost when a statement fails for that reason; this tells the
// process-wide StoreOutage, and before the connection's next use reconnects it when the pool-wide
// backoff allows. A failed statement is never repeated: its caller was told it failed (503), and
// only the next use goes through the new connection. Lives in the thread that owns the Store.
class StoreLink {
public:
    StoreLink(Store& store, std::shared_ptr<StoreOutage> outage);
    ~StoreLink();
    StoreLink(const StoreLink&) = delete;
    StoreLink& operator=(const StoreLink&) = delete;

    // Call before using the connection. A connection that was idle while another found the store
    // lost asks the server first (so a dead connection is found here, not in a caller's write); a
    // lost one reconnects when its turn has come, else stays lost and its statements fail at once.
    // Returns whether the connection is usable now.
    bool prepare();
    StoreOutage& outage() { return *m_outage; }

private:
    bool reconnect();

    Store& m_store;
    std::shared_ptr<StoreOutage> m_outage;
    quint64 m_seenEpoch = 0;
    QMetaObject::Connection m_lostConnection;
};
