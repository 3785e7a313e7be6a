#pragma once

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <string>
#include <thread>

// A whole-request deadline for the HTTP server's connections. cpp-httplib's read timeout starts
// afresh with every read, so a caller sending one byte every few seconds would hold a connection
// thread for as long as it trickles. A watcher thread looks at the process's sockets connected
// to the listening port every half second and shuts down each one that has not delivered a
// whole request within `seconds` of opening or of its previous answer. While a handler works on
// a request its connection's clock is stopped (busy() .. answered()).
class RequestDeadline {
public:
    using Clock = std::chrono::steady_clock;

    explicit RequestDeadline(int seconds);
    ~RequestDeadline();

    // Watches the connections to local `port`.
    void start(int port);
    void stop();

    // The request from this peer has been read and is being answered.
    void busy(const std::string& peer, int peerPort);
    // Its answer went out: the next request's time starts now.
    void answered(const std::string& peer, int peerPort);

private:
    struct Connection {
        int fd = -1;
        Clock::time_point since;
        Clock::time_point touched;
        bool busy = false;
        bool closed = false;
    };

    void watch();
    void scan();
    static std::string key(const std::string& peer, int peerPort);

    const Clock::duration m_limit;
    int m_port = 0;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::map<std::string, Connection> m_connections; // by peer "address port"
    std::thread m_watcher;
};
