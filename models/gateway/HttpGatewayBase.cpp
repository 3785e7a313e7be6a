#include "HttpGatewayBase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

struct HttpGatewayBase::Pending {
    SmsMessage message;
    Callback done;
    QElapsedTimer clock;
    QPointer<QNetworkReply> reply;
    QTimer connectTimer;
    QTimer totalTimer;
    bool connectTimedOut = false;
    bool totalTimedOut = false;
    bool cancelled = false;
    bool tlsRefused = false;
    bool check = false; // a connection check, not a send
    QList<QSslError> tlsErrors;
};

HttpGatewayBase::HttpGatewayBase(GatewaySettings settings, QObject* parent)
    : SmsGateway(parent)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
{
    // Never follow a redirect: it could lead to plain http or another host with our secrets.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpGatewayBase::~HttpGatewayBase()
{
    // The owner is going away and no longer wants results: drop the requests without callbacks.
    const QList<Pending*> pending = m_pending;
    m_pending.clear();
    for (Pending* p : pending) {
        if (p->reply) {
            p->reply->disconnect(this);
            p->reply->abort();
            p->reply->deleteLater();
        }
        delete p;
    }
}

QString HttpGatewayBase::displayName() const
{
    return GatewaySettings::displayName(m_settings.type);
}

QUrl HttpGatewayBase::endpoint(const QString& path) const
{
    QUrl url(m_settings.address.trimmed());
    if (!path.isEmpty()) {
        QString base = url.path();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        url.setPath(base + path);
    }
    return url;
}

std::optional<RawSendResult> HttpGatewayBase::classifyStatus(int status, const QString& text)
{
    using E = SendResult::ErrorClass;
    const QString code = QStringLiteral("HTTP %1").arg(status);
    if (status >= 200 && status < 300)
        return std::nullopt;
    if (status == 401 || status == 403)
        return RawSendResult::failure(E::Authentication,
                                      tr("The gateway refused the login, password or token (HTTP %1).").arg(status),
                                      code, text);
    if (status == 429 || status == 503)
        return RawSendResult::failure(E::Throttled, tr("The gateway is busy (HTTP %1); try again later.").arg(status),
                                      code, text);
    if (status >= 500)
        return RawSendResult::failure(E::Transport, tr("The gateway's server failed (HTTP %1).").arg(status), code,
                                      text);
    if (status >= 300 && status < 400)
        return RawSendResult::failure(
            E::Other, tr("The gateway redirected the request (HTTP %1); check the address.").arg(status), code, text);
    return RawSendResult::failure(E::Other, tr("The gateway refused the request (HTTP %1).").arg(status), code, text);
}

QString HttpGatewayBase::replyText(const QByteArray& body)
{
    // Twice what is kept, so that a secret near the end is still seen whole by the redactor.
    return QString::fromUtf8(body.left(2 * GatewayRedactor::kMaxTextLength)).trimmed();
}

RawSendResult HttpGatewayBase::parseSimpleJson(int status, const QByteArray& body, const QString& gatewayName)
{
    const QString raw = replyText(body);
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    auto text = [&](const char* name) {
        const QJsonValue v = json.value(QLatin1String(name));
        return v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toString();
    };
    if (status >= 200 && status < 300) {
        RawSendResult r = RawSendResult::sent({}, QString::number(status), raw);
        for (const char* name : {"id", "messageId", "message_id", "msg_id"}) {
            r.providerMessageId = text(name);
            if (!r.providerMessageId.isEmpty())
                break;
        }
        return r;
    }
    const QString reason = !text("error").isEmpty() ? text("error") : text("message");
    RawSendResult r = *classifyStatus(status, raw);
    if (!reason.isEmpty())
        r.message = tr("%1 refused the message: %2 (HTTP %3).").arg(gatewayName, reason).arg(status);
    return r;
}

RawSendResult HttpGatewayBase::checkResult(const Reply& reply)
{
    // Any HTTP answer means the gateway is reachable over an accepted TLS connection; what the
    // status says about credentials is reported but not judged, since HEAD is not the protocol.
    RawSendResult r;
    r.success = reply.status < 500;
    r.errorClass = r.success ? SendResult::ErrorClass::None : SendResult::ErrorClass::Transport;
    r.gatewayCode = QStringLiteral("HTTP %1").arg(reply.status);
    r.message = r.success ? tr("The gateway answered (HTTP %1): the address and the secure connection work. "
                               "Send a test SMS to check the credentials and the sender.")
                                .arg(reply.status)
                          : tr("The gateway's server failed (HTTP %1).").arg(reply.status);
    return r;
}

QString HttpGatewayBase::basicAuthorization(const QString& login, const QString& password)
{
    return QStringLiteral("Basic ") + QString::fromLatin1((login + QLatin1Char(':') + password).toUtf8().toBase64());
}

QByteArray HttpGatewayBase::formEncode(const QList<QPair<QString, QString>>& fields)
{
    QByteArray body;
    for (const auto& field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return body;
}

QString HttpGatewayBase::digitsOnly(const QString& e164)
{
    QString digits;
    for (const QChar c : e164)
        if (c.isDigit())
            digits += c;
    return digits;
}

void HttpGatewayBase::send(const SmsMessage& message, Callback done)
{
    start(message, std::move(done), false);
}

void HttpGatewayBase::checkConnection(Callback done)
{
    start(SmsMessage(), std::move(done), true);
}

Result<HttpGatewayBase::Request> HttpGatewayBase::buildCheckRequest()
{
    // HEAD on the base address only: it proves the name, the route, TLS (and SMS Proxy's
    // certificates) without a query or body a provider could take for a message.
    Request r;
    r.verb = "HEAD";
    QUrl url(m_settings.address.trimmed());
    url.setQuery(QString());
    if (m_settings.type == GatewaySettings::Type::GenericHttp)
        url.setPath(QStringLiteral("/"));
    r.request.setUrl(url);
    if (!url.isValid() || url.host().isEmpty())
        return Result<Request>::failure(tr("The address is not a valid URL."));
    return r;
}

void HttpGatewayBase::start(const SmsMessage& message, Callback done, bool check)
{
    auto* p = new Pending;
    p->message = message;
    p->done = std::move(done);
    p->check = check;
    p->clock.start();
    m_pending.append(p);

    Result<Request> built = check ? buildCheckRequest() : buildRequest(message);
    if (!built) {
        finish(p, RawSendResult::failure(SendResult::ErrorClass::Other, built.error()));
        return;
    }
    QNetworkRequest request = built->request;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    configureTls(tls);
    request.setSslConfiguration(tls);
    // Our own timers give clearer messages than Qt's transfer timeout; HTTP/2 is not needed
    // for one small request and keeps the loopback test servers simple.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("User-Agent", "smsotp/" SMSOTP_VERSION);

    QNetworkReply* reply = built->verb == "GET" ? m_network->get(request)
                                                : m_network->sendCustomRequest(request, built->verb, built->body);
    p->reply = reply;

    p->connectTimer.setSingleShot(true);
    p->totalTimer.setSingleShot(true);
    connect(&p->connectTimer, &QTimer::timeout, this, [p] {
        p->connectTimedOut = true;
        if (p->reply)
            p->reply->abort();
    });
    connect(&p->totalTimer, &QTimer::timeout, this, [p] {
        p->totalTimedOut = true;
        if (p->reply)
            p->reply->abort();
    });
    // The request is on the wire only after the connection and the TLS handshake: from then on
    // only the total timeout applies.
    connect(reply, &QNetworkReply::requestSent, this, [p] { p->connectTimer.stop(); });
    connect(reply, &QNetworkReply::sslErrors, this, [this, p](const QList<QSslError>& errors) {
        QSslCertificate peer = p->reply ? p->reply->sslConfiguration().peerCertificate() : QSslCertificate();
        if (peer.isNull()) {
            for (const QSslError& e : errors) {
                if (!e.certificate().isNull()) {
                    peer = e.certificate();
                    break;
                }
            }
        }
        if (acceptServer(peer, errors)) {
            p->reply->ignoreSslErrors();
        } else {
            p->tlsRefused = true;
            p->tlsErrors = errors;
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, p] {
        QNetworkReply* r = p->reply;
        RawSendResult result;
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (p->cancelled) {
            result = RawSendResult::failure(SendResult::ErrorClass::Transport,
                                            tr("Cancelled. The gateway may already have accepted the message."));
        } else if (p->connectTimedOut) {
            result =
                RawSendResult::failure(SendResult::ErrorClass::Transport, tr("No connection to %1 within %n second(s).",
                                                                             nullptr, m_settings.connectTimeoutSeconds)
                                                                              .arg(r->url().host()));
        } else if (p->totalTimedOut) {
            result = RawSendResult::failure(
                SendResult::ErrorClass::Transport,
                tr("No answer from %1 within %n second(s); the message may or may not have been accepted.", nullptr,
                   m_settings.timeoutSeconds)
                    .arg(r->url().host()));
        } else if (status > 0) {
            Reply reply;
            reply.status = status;
            reply.body = r->read(kMaxReplyBytes);
            reply.contentType = r->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            result = p->check ? checkResult(reply) : interpret(reply);
        } else {
            result = transportFailure(r, p);
        }
        finish(p, result);
    });
    p->connectTimer.start(m_settings.connectTimeoutSeconds * 1000);
    p->totalTimer.start(m_settings.timeoutSeconds * 1000);
}

RawSendResult HttpGatewayBase::transportFailure(QNetworkReply* reply, Pending* p) const
{
    const QString host = reply->url().host();
    const QString qtText = reply->errorString();
    if (p->tlsRefused || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        QString reason = tlsRefusalReason();
        if (reason.isEmpty()) {
            QStringList problems;
            for (const QSslError& e : p->tlsErrors)
                problems << e.errorString();
            reason =
                problems.isEmpty()
                    ? tr("The secure connection to %1 failed (the server must offer TLS 1.2 or "
                         "newer and accept this client): %2")
                          .arg(host, qtText)
                    : tr("The certificate of %1 is not trusted: %2").arg(host, problems.join(QStringLiteral("; ")));
        }
        return RawSendResult::failure(SendResult::ErrorClass::Transport, reason, QStringLiteral("TLS"), qtText);
    }
    return RawSendResult::failure(SendResult::ErrorClass::Transport, tr("Cannot reach %1: %2").arg(host, qtText),
                                  QStringLiteral("network %1").arg(int(reply->error())), qtText);
}

void HttpGatewayBase::cancel()
{
    const QList<Pending*> pending = m_pending;
    for (Pending* p : pending) {
        if (!m_pending.contains(p) || !p->reply)
            continue;
        p->cancelled = true;
        p->reply->abort();
    }
}

void HttpGatewayBase::finish(Pending* p, const RawSendResult& raw)
{
    if (!m_pending.removeOne(p))
        return;
    p->connectTimer.stop();
    p->totalTimer.stop();
    if (p->reply) {
        p->reply->disconnect(this);
        p->reply->deleteLater();
    }
    // The one way out of a gateway: through the redaction boundary.
    SendResult result = redactor(p->message).seal(raw);
    result.latencyMs = p->clock.elapsed();
    result.gatewayName = displayName();
    Callback done = std::move(p->done);
    delete p;
    // Last: the callback may delete this gateway.
    if (done)
        done(result);
}
