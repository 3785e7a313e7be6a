#pragma once

#include "util/Result.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

namespace httplib {
class Server;
}
class ApiService;
class Metrics;

// The HTTP(S) side of smsotp-server on cpp-httplib: TLS 1.2 or newer, the routes of the API,
// and the limits that keep bad or slow callers from hurting good ones (body size, read and
// keep-alive timeouts, a ceiling on connection threads).
class HttpsServer {
    Q_DECLARE_TR_FUNCTIONS(HttpsServer)

public:
    struct Limits {
        size_t maxBodyBytes = 64 * 1024;
        int readTimeoutSeconds = 5;
        int keepAliveSeconds = 5;
        size_t maxThreads = 256;
    };

    HttpsServer(ApiService& api, Metrics& metrics, Limits limits);
    ~HttpsServer();

    // Loads the certificate chain and key; with empty paths the server speaks plain HTTP.
    Status setUp(const QString& certFile, const QString& keyFile);
    Status bind(const QString& host, int port);
    // Serves until stop(); returns after the requests in flight are answered.
    bool serve();
    // Waits until no request has been in progress for `quietMs` (at most `maxMs`), so requests
    // already sent but not yet read are answered before stop() closes idle connections.
    void drain(int quietMs, int maxMs);
    void stop();

private:
    void addRoutes();

    ApiService& m_api;
    Metrics& m_metrics;
    Limits m_limits;
    std::unique_ptr<httplib::Server> m_server;
    std::atomic<int> m_inFlight{0};
    std::atomic<qint64> m_lastActivityMs{0};
};
