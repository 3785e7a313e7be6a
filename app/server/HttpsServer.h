#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <memory>

namespace httplib {
class Server;
struct Request;
} // namespace httplib
class ApiService;
class Metrics;
class RequestDeadline;

// The HTTP(S) side of smsotp-server on cpp-httplib: TLS 1.2 or newer, the routes of the API,
// and the limits that keep bad or slow callers from hurting good ones (body size, read and
// keep-alive timeouts, a ceiling on connection threads, a whole-request deadline). Each request is
// answered in the language its Accept-Language asks for (ApiTranslator), named in Content-Language.
class HttpsServer {
    Q_DECLARE_TR_FUNCTIONS(HttpsServer)

public:
    struct Limits {
        size_t maxBodyBytes = 64 * 1024;
        int readTimeoutSeconds = 5;
        int keepAliveSeconds = 5;
        size_t maxThreads = 256;
        int requestTimeoutSeconds = 10;
    };

    HttpsServer(ApiService& api, Metrics& metrics, Limits limits);
    ~HttpsServer();

    // Loads the certificate chain and key; with empty paths the server speaks plain HTTP.
    Status setUp(const QString& certFile, const QString& keyFile);
    // The languages answers may be in (ApiTranslator::languages(): "en" and those that loaded).
    void setLanguages(const QStringList& languages) { m_languages = languages; }
    Status bind(const QString& host, int port);
    // Serves until stop(); returns after the requests in flight are answered.
    bool serve();
    // Waits until no request has been in progress for `quietMs` (at most `maxMs`), so requests
    // already sent but not yet read are answered before stop() closes idle connections.
    void drain(int quietMs, int maxMs);
    void stop();

private:
    void addRoutes();
    QString languageOf(const httplib::Request& req) const;

    ApiService& m_api;
    Metrics& m_metrics;
    Limits m_limits;
    std::unique_ptr<httplib::Server> m_server;
    std::unique_ptr<RequestDeadline> m_deadline;
    QStringList m_languages;
    std::atomic<int> m_inFlight{0};
    std::atomic<qint64> m_lastActivityMs{0};
};
