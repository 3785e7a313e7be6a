#include "HttpsServer.h"

#include "ApiInput.h"
#include "ApiLanguage.h"
#include "ApiService.h"
#include "ApiTranslator.h"
#include "Metrics.h"
#include "RequestDeadline.h"
#include "ServerLog.h"
#include "ServerTaskQueue.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QThread>

#include <httplib.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

namespace {
using Endpoint = ApiReply (ApiService::*)(const ApiCall&);

QString openSslError()
{
    QString text;
    while (const unsigned long e = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(e, buffer, sizeof buffer);
        text = QString::fromLatin1(buffer); // the first error is the most general; keep the last
    }
    return text.isEmpty() ? QStringLiteral("unknown error") : text;
}

ApiCall toCall(const httplib::Request& req)
{
    ApiCall call;
    call.peer = QString::fromStdString(req.remote_addr);
    call.forwardedFor = QString::fromStdString(req.get_header_value("X-Forwarded-For"));
    call.authorization = QString::fromStdString(req.get_header_value("Authorization"));
    call.contentType = QString::fromStdString(req.get_header_value("Content-Type"));
    call.body = QByteArray::fromStdString(req.body);
    if (req.matches.size() > 1)
        call.login = QString::fromStdString(req.matches[1].str());
    return call;
}

void send(const ApiReply& reply, httplib::Response& res)
{
    res.status = reply.status;
    for (const auto& h : reply.headers)
        res.set_header(h.first.toStdString(), h.second.toStdString());
    res.set_header("Content-Language", ApiTranslator::current().toStdString());
    res.set_content(reply.body.toStdString(), reply.contentType.constData());
}
} // namespace

HttpsServer::HttpsServer(ApiService& api, Metrics& metrics, Limits limits)
    : m_api(api)
    , m_metrics(metrics)
    , m_limits(limits)
{
}

HttpsServer::~HttpsServer() = default;

Status HttpsServer::setUp(const QString& certFile, const QString& keyFile)
{
    if (certFile.isEmpty()) {
        m_server = std::make_unique<httplib::Server>();
    } else {
        QString problem;
        const QByteArray cert = certFile.toLocal8Bit();
        const QByteArray key = keyFile.toLocal8Bit();
        auto tls = std::make_unique<httplib::SSLServer>([&](SSL_CTX& ctx) {
            ERR_clear_error();
            SSL_CTX_set_min_proto_version(&ctx, TLS1_2_VERSION);
            SSL_CTX_set_options(&ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION);
            if (SSL_CTX_use_certificate_chain_file(&ctx, cert.constData()) != 1)
                problem = tr("Cannot use the certificate %1: %2").arg(certFile, openSslError());
            else if (SSL_CTX_use_PrivateKey_file(&ctx, key.constData(), SSL_FILETYPE_PEM) != 1)
                problem = tr("Cannot use the private key %1: %2").arg(keyFile, openSslError());
            else if (SSL_CTX_check_private_key(&ctx) != 1)
                problem = tr("The private key %1 does not belong to the certificate %2.").arg(keyFile, certFile);
            return problem.isEmpty();
        });
        if (!problem.isEmpty() || !tls->is_valid())
            return Status::failure(problem.isEmpty() ? tr("Cannot set up TLS: %1").arg(openSslError()) : problem);
        m_server = std::move(tls);
    }
    const size_t maxThreads = m_limits.maxThreads;
    m_server->new_task_queue = [maxThreads] {
        return new ServerTaskQueue(maxThreads);
    };
    m_server->set_payload_max_length(m_limits.maxBodyBytes);
    m_server->set_read_timeout(m_limits.readTimeoutSeconds, 0);
    m_server->set_write_timeout(m_limits.readTimeoutSeconds, 0);
    m_server->set_keep_alive_timeout(m_limits.keepAliveSeconds);
    m_server->set_keep_alive_max_count(100000);
    m_server->set_tcp_nodelay(true);
    m_deadline = std::make_unique<RequestDeadline>(m_limits.requestTimeoutSeconds);
    // Called once an answer is written: the connection's next request gets a fresh deadline.
    m_server->set_logger([this](const httplib::Request& req, const httplib::Response&) {
        m_deadline->answered(req.remote_addr, req.remote_port);
    });
    addRoutes();
    return {};
}

QString HttpsServer::languageOf(const httplib::Request& req) const
{
    return ApiLanguage::negotiate(QString::fromStdString(req.get_header_value("Accept-Language")), m_languages);
}

void HttpsServer::addRoutes()
{
    const auto route = [this](const char* name, Endpoint endpoint) {
        return [this, name, endpoint](const httplib::Request& req, httplib::Response& res) {
            m_deadline->busy(req.remote_addr, req.remote_port);
            const ApiTranslator::Scope language(languageOf(req));
            QElapsedTimer timer;
            timer.start();
            ++m_inFlight;
            const ApiReply reply = (m_api.*endpoint)(toCall(req));
            --m_inFlight;
            m_lastActivityMs = QDateTime::currentMSecsSinceEpoch();
            send(reply, res);
            m_metrics.countRequest(QString::fromLatin1(name), reply.status);
            ServerLog::info(QStringLiteral("request"),
                            {{QStringLiteral("method"), QString::fromStdString(req.method)},
                             {QStringLiteral("endpoint"), QString::fromLatin1(name)},
                             {QStringLiteral("status"), QString::number(reply.status)},
                             {QStringLiteral("code"), QString::number(reply.code)},
                             {QStringLiteral("ms"), QString::number(timer.elapsed())},
                             {QStringLiteral("peer"), QString::fromStdString(req.remote_addr)},
                             {QStringLiteral("token"), reply.tokenName}});
        };
    };
    const char* login = R"(/api/v1/authenticators/([^/]+))";
    m_server->Post("/api/v1/otp/request", route("otp_request", &ApiService::otpRequest));
    m_server->Post("/api/v1/otp/verify", route("otp_verify", &ApiService::otpVerify));
    m_server->Get(login, route("authenticator_get", &ApiService::getAuthenticator));
    m_server->Put(login, route("authenticator_put", &ApiService::putAuthenticator));
    m_server->Delete(login, route("authenticator_delete", &ApiService::deleteAuthenticator));
    m_server->Get("/api/v1/health", route("health", &ApiService::health));
    m_server->Get("/metrics", route("metrics", &ApiService::metrics));

    // What the library answers itself (no route, a body over the limit, a malformed request)
    // still gets a JSON body; replies of the routes above keep theirs.
    m_server->set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty())
            return;
        const ApiTranslator::Scope language(languageOf(req));
        QString message = tr("The request was refused (HTTP %1).").arg(res.status);
        if (res.status == 404)
            message = tr("No such endpoint: %1 %2")
                          .arg(QString::fromStdString(req.method), QString::fromStdString(req.path).left(200));
        else if (res.status == 413)
            message = tr("The body is larger than %1 bytes.").arg(m_limits.maxBodyBytes);
        else if (res.status == 400)
            message = tr("The request is malformed.");
        ApiReply reply = ApiInput::error(res.status, 0, message);
        send(reply, res);
        m_metrics.countRequest(QStringLiteral("other"), res.status);
        ServerLog::info(QStringLiteral("request"), {{QStringLiteral("status"), QString::number(res.status)},
                                                    {QStringLiteral("peer"), QString::fromStdString(req.remote_addr)}});
    });
    m_server->set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        send(ApiInput::error(500, 0, tr("Internal error.")), res);
    });
}

Status HttpsServer::bind(const QString& host, int port)
{
    // Ask Qt first for a precise reason (address in use, not available, no permission).
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress(host), quint16(port)))
            return Status::failure(tr("Cannot listen on %1 port %2: %3").arg(host).arg(port).arg(probe.errorString()));
    }
    if (!m_server->bind_to_port(host.toStdString(), port))
        return Status::failure(tr("Cannot listen on %1 port %2.").arg(host).arg(port));
    m_deadline->start(port);
    return {};
}

bool HttpsServer::serve()
{
    return m_server->listen_after_bind();
}

void HttpsServer::drain(int quietMs, int maxMs)
{
    QElapsedTimer waited;
    waited.start();
    m_lastActivityMs = qMax<qint64>(m_lastActivityMs.load(), QDateTime::currentMSecsSinceEpoch());
    while (waited.elapsed() < maxMs) {
        if (m_inFlight == 0 && QDateTime::currentMSecsSinceEpoch() - m_lastActivityMs >= quietMs)
            return;
        QThread::msleep(10);
    }
}

void HttpsServer::stop()
{
    if (m_server)
        m_server->stop();
    // The deadline watcher lives on (it stops with this object): connections still queued at
    // shutdown are served, and a trickler among them must not hold the shutdown up.
}
