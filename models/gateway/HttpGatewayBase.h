#pragma once

#include "GatewayRedactor.h"
#include "RawSendResult.h"
#include "SmsGateway.h"
#include "domain/GatewaySettings.h"
#include "util/Result.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>

#include <functional>
#include <optional>

class QNetworkAccessManager;

// What every HTTP gateway shares (DESIGN §5, §6): TLS 1.2 or newer, a connect and a total
// timeout, the latency, transport errors and HTTP statuses classified, and secrets (and the
// message itself) redacted from whatever text leaves the gateway. Subclasses build the request
// and read the provider's answer.
class HttpGatewayBase : public SmsGateway {
    Q_OBJECT

public:
    explicit HttpGatewayBase(GatewaySettings settings, QObject* parent = nullptr);
    ~HttpGatewayBase() override;

    QString displayName() const override;
    void send(const SmsMessage& message, Callback done) override;
    void cancel() override;
    bool supportsConnectionCheck() const override { return true; }
    void checkConnection(Callback done) override;

    const GatewaySettings& settings() const { return m_settings; }
    // The redaction boundary for a send of `message` through this gateway.
    GatewayRedactor redactor(const SmsMessage& message = {}) const { return GatewayRedactor(&m_settings, message); }
    // The most of a reply that is read: a provider's answer is short, a proxy's page is not.
    static constexpr qint64 kMaxReplyBytes = 64 * 1024;

protected:
    // An answer that came back over HTTP (any status).
    struct Reply {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
    };
    struct Request {
        QNetworkRequest request;
        QByteArray verb = "POST";
        QByteArray body;
    };

    // Builds the request, or fails (for example a client certificate that is not found): then
    // nothing is sent.
    virtual Result<Request> buildRequest(const SmsMessage& message) = 0;
    // The connection check's request: HEAD on the address. SMS Proxy adds its certificate.
    virtual Result<Request> buildCheckRequest();
    // Reads the provider's answer (each gateway's pure parseReply). The base has already handled
    // transport failures; statuses other than 2xx come here too, since several providers explain
    // errors in the body. The base redacts what this returns.
    virtual RawSendResult interpret(const Reply& reply) = 0;
    // Lets SMS Proxy add its client certificate. The base has set TLS 1.2 or newer.
    virtual void configureTls(QSslConfiguration& tls) { Q_UNUSED(tls); }
    // Called (blocking the handshake) on certificate errors: true accepts the server anyway.
    // SMS Proxy accepts exactly the pinned certificate; everyone else trusts the system's CAs.
    virtual bool acceptServer(const QSslCertificate& peer, const QList<QSslError>& errors)
    {
        Q_UNUSED(peer);
        Q_UNUSED(errors);
        return false;
    }
    // Why the handshake failed, when the subclass knows better than Qt (a pinned thumbprint).
    virtual QString tlsRefusalReason() const { return {}; }

    // {address}{path}, without doubling the slash between them.
    QUrl endpoint(const QString& path = {}) const;
    // Success or failure from an HTTP status alone: 401/403 authentication, 429 and 503
    // throttled, 5xx transport, other non-2xx "other". Returns nullopt for 2xx.
    static std::optional<RawSendResult> classifyStatus(int status, const QString& text);
    // For the relays without a published protocol (OneGate, SMS Proxy): 2xx is success with an
    // optional "id"/"messageId"; otherwise the JSON "error" or "message" field is the reason.
    static RawSendResult parseSimpleJson(int status, const QByteArray& body, const QString& gatewayName);
    // The reply's text as it goes to the redactor (which shortens it after redacting).
    static QString replyText(const QByteArray& body);
    static QString basicAuthorization(const QString& login, const QString& password);
    static QByteArray formEncode(const QList<QPair<QString, QString>>& fields);
    // E.164 without the '+': what most providers want in the number field.
    static QString digitsOnly(const QString& e164);

private:
    struct Pending;
    void start(const SmsMessage& message, Callback done, bool check);
    static RawSendResult checkResult(const Reply& reply);
    void finish(Pending* pending, const RawSendResult& result);
    RawSendResult transportFailure(QNetworkReply* reply, Pending* pending) const;

    GatewaySettings m_settings;
    QNetworkAccessManager* m_network;
    QList<Pending*> m_pending;
};
