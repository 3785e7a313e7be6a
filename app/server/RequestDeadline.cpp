#include "RequestDeadline.h"

#include "ServerLog.h"

#include <QString>

#include <dirent.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstdlib>
#include <vector>

namespace {
constexpr auto kScanInterval = std::chrono::milliseconds(500);

struct Socket {
    int fd;
    std::string key;
};

int portOf(const sockaddr_storage& a)
{
    if (a.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in&>(a).sin_port);
    if (a.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6&>(a).sin6_port);
    return -1;
}

// The peer of a TCP socket connected to local `port` as "address port" (the address written as
// cpp-httplib writes Request::remote_addr), or empty for any other descriptor.
std::string peerOf(int fd, int port)
{
    sockaddr_storage local{};
    socklen_t length = sizeof local;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&local), &length) != 0 || portOf(local) != port)
        return {};
    sockaddr_storage peer{};
    length = sizeof peer;
    if (getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &length) != 0)
        return {}; // the listening socket, or one already closed
    char host[NI_MAXHOST];
    if (getnameinfo(reinterpret_cast<sockaddr*>(&peer), length, host, sizeof host, nullptr, 0, NI_NUMERICHOST) != 0)
        return {};
    return std::string(host) + ' ' + std::to_string(portOf(peer));
}

std::vector<Socket> connectedSockets(int port)
{
    std::vector<Socket> found;
    DIR* dir = opendir("/proc/self/fd");
    if (!dir)
        return found;
    while (const dirent* entry = readdir(dir)) {
        if (entry->d_name[0] == '.')
            continue;
        const int fd = std::atoi(entry->d_name);
        if (fd == dirfd(dir))
            continue;
        std::string key = peerOf(fd, port);
        if (!key.empty())
            found.push_back({fd, std::move(key)});
    }
    closedir(dir);
    return found;
}
} // namespace

RequestDeadline::RequestDeadline(int seconds)
    : m_limit(std::chrono::seconds(seconds))
{
}

RequestDeadline::~RequestDeadline()
{
    stop();
}

std::string RequestDeadline::key(const std::string& peer, int peerPort)
{
    return peer + ' ' + std::to_string(peerPort);
}

void RequestDeadline::start(int port)
{
    m_port = port;
    m_watcher = std::thread([this] { watch(); });
}

void RequestDeadline::stop()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_watcher.joinable())
        m_watcher.join();
}

void RequestDeadline::busy(const std::string& peer, int peerPort)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    Connection& c = m_connections[key(peer, peerPort)];
    c.busy = true;
    c.touched = Clock::now();
}

void RequestDeadline::answered(const std::string& peer, int peerPort)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    Connection& c = m_connections[key(peer, peerPort)];
    c.busy = false;
    c.since = c.touched = Clock::now();
}

void RequestDeadline::watch()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_wake.wait_for(lock, kScanInterval, [this] { return m_stopping; })) {
        lock.unlock();
        scan();
        lock.lock();
    }
}

void RequestDeadline::scan()
{
    const Clock::time_point listed = Clock::now();
    const std::vector<Socket> sockets = connectedSockets(m_port); // the system calls, unlocked
    std::vector<Socket> late;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        std::map<std::string, Connection> seen;
        for (const Socket& s : sockets) {
            auto it = m_connections.find(s.key);
            Connection c;
            if (it == m_connections.end() || (it->second.fd >= 0 && it->second.fd != s.fd)) {
                c.since = c.touched = listed; // new to the watcher: its time starts now
            } else {
                c = it->second;
            }
            c.fd = s.fd;
            if (!c.busy && !c.closed && listed - c.since > m_limit) {
                c.closed = true;
                late.push_back(s);
            }
            seen[s.key] = c;
        }
        // Peers marked by a handler after the listing are kept for the next round.
        for (const auto& entry : m_connections)
            if (entry.second.touched > listed && !seen.count(entry.first))
                seen.insert(entry);
        m_connections.swap(seen);
    }
    int closed = 0;
    for (const Socket& s : late) {
        // The descriptor may have been closed and reused since the listing: check it is still
        // the same connection right before cutting it.
        if (peerOf(s.fd, m_port) == s.key && ::shutdown(s.fd, SHUT_RDWR) == 0)
            ++closed;
    }
    if (closed > 0)
        ServerLog::warning(QStringLiteral("closed connections past the request deadline"),
                           {{QStringLiteral("connections"), QString::number(closed)},
                            {QStringLiteral("seconds"),
                             QString::number(std::chrono::duration_cast<std::chrono::seconds>(m_limit).count())}});
}
