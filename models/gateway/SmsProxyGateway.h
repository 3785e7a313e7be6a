#pragma once

#include "ClientCertificateStore.h"
#include "HttpGatewayBase.h"

#include <optional>

// Indeed's SMS Proxy relay (DESIGN §5). No public protocol is known: HTTPS POST {address} with
// JSON {"phone","sender","message"} over mutual TLS. The client certificate is chosen by its
// thumbprint from the certificate folder; the server is accepted only when its certificate's
// thumbprint equals the configured one, whatever its CA chain says. A wrong thumbprint fails
// during the handshake, before any byte of the request is sent.
class SmsProxyGateway : public HttpGatewayBase {
    Q_OBJECT

public:
    explicit SmsProxyGateway(GatewaySettings settings, QObject* parent = nullptr);

    // The provider's answer read without the network (a pure function: the fuzz target's entry).
    static RawSendResult parseReply(int status, const QByteArray& body);

protected:
    Result<Request> buildRequest(const SmsMessage& message) override;
    Result<Request> buildCheckRequest() override;
    RawSendResult interpret(const Reply& reply) override;
    void configureTls(QSslConfiguration& tls) override;
    bool acceptServer(const QSslCertificate& peer, const QList<QSslError>& errors) override;
    QString tlsRefusalReason() const override;

private:
    // Finds the client certificate once; fails when it is missing or unusable.
    Status loadIdentity();

    std::optional<ClientCertificateStore::Identity> m_identity;
    QString m_refusedThumbprint; // the last server thumbprint that did not match
};
