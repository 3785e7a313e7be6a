#include "SmsProxyGateway.h"

#include <QJsonDocument>
#include <QJsonObject>

SmsProxyGateway::SmsProxyGateway(GatewaySettings settings, QObject* parent)
    : HttpGatewayBase(std::move(settings), parent)
{
}

Status SmsProxyGateway::loadIdentity()
{
    if (endpoint().scheme() != QLatin1String("https"))
        return Status::failure(tr("SMS Proxy needs an https:// address: it works over mutual TLS only."));
    if (GatewaySettings::canonicalThumbprint(settings().serverCertThumbprint).isEmpty())
        return Status::failure(tr("Enter the SMS Proxy server's certificate thumbprint."));
    if (m_identity)
        return {};
    // The gateway's password, when set, is the passphrase of an encrypted key or PKCS#12 file.
    const ClientCertificateStore store(settings().effectiveClientCertFolder(), settings().password.isEmpty()
                                                                                   ? QStringList()
                                                                                   : QStringList{settings().password});
    Result<ClientCertificateStore::Identity> identity = store.find(settings().clientCertThumbprint);
    if (!identity)
        return Status::failure(identity.error());
    m_identity = identity.take();
    return {};
}

Result<HttpGatewayBase::Request> SmsProxyGateway::buildCheckRequest()
{
    const Status loaded = loadIdentity();
    if (!loaded)
        return Result<Request>::failure(loaded.error());
    return HttpGatewayBase::buildCheckRequest();
}

Result<HttpGatewayBase::Request> SmsProxyGateway::buildRequest(const SmsMessage& message)
{
    const Status loaded = loadIdentity();
    if (!loaded)
        return Result<Request>::failure(loaded.error());
    const QUrl url = endpoint();
    Request r;
    r.request.setUrl(url);
    r.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("phone"), message.to},
                           {QStringLiteral("sender"), message.sender},
                           {QStringLiteral("message"), message.text}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

void SmsProxyGateway::configureTls(QSslConfiguration& tls)
{
    if (m_identity) {
        tls.setLocalCertificateChain(QList<QSslCertificate>{m_identity->certificate} + m_identity->chain);
        tls.setPrivateKey(m_identity->key);
    }
    // No trusted CA at all: every server certificate then raises an error that acceptServer()
    // settles by the pinned thumbprint alone, so a CA-valid but wrong server is refused too.
    tls.setCaCertificates({});
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

bool SmsProxyGateway::acceptServer(const QSslCertificate& peer, const QList<QSslError>& errors)
{
    Q_UNUSED(errors);
    const QString actual = peer.isNull() ? QString() : ClientCertificateStore::thumbprint(peer);
    if (!actual.isEmpty() && actual == GatewaySettings::canonicalThumbprint(settings().serverCertThumbprint)) {
        m_refusedThumbprint.clear();
        return true;
    }
    m_refusedThumbprint = actual.isEmpty() ? tr("(none)") : actual;
    return false;
}

QString SmsProxyGateway::tlsRefusalReason() const
{
    if (m_refusedThumbprint.isEmpty())
        return {};
    return tr("The SMS Proxy server's certificate has thumbprint %1, not the configured %2: the connection was "
              "refused and nothing was sent.")
        .arg(m_refusedThumbprint, GatewaySettings::canonicalThumbprint(settings().serverCertThumbprint));
}

RawSendResult SmsProxyGateway::interpret(const Reply& reply)
{
    return parseReply(reply.status, reply.body);
}

RawSendResult SmsProxyGateway::parseReply(int status, const QByteArray& body)
{
    return parseSimpleJson(status, body, GatewaySettings::displayName(GatewaySettings::Type::SmsProxy));
}
