#pragma once

// Told when the engine waits for the network (the SMS gateway, the directory) outside any
// transaction, so a server that lets one request at a time use the store (SQLite) can give the
// store to another request meanwhile instead of idling behind a slow provider.
class NetworkWaitListener {
public:
    virtual ~NetworkWaitListener() = default;
    virtual void networkWaitBegins() = 0;
    virtual void networkWaitEnds() = 0;

    // Tells `listener` (if any) for as long as it lives.
    class Scope {
    public:
        explicit Scope(NetworkWaitListener* listener)
            : m_listener(listener)
        {
            if (m_listener)
                m_listener->networkWaitBegins();
        }
        ~Scope()
        {
            if (m_listener)
                m_listener->networkWaitEnds();
        }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        NetworkWaitListener* m_listener;
    };
};
