#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QSslSocket>

#include <memory>

// A small HTTP/1.1 client over one (TLS or plain) socket, for tests of smsotp-server: it can bind
// a chosen local address (127.0.0.2), keep the connection alive across requests, and send raw,
// malformed or half-finished bytes. Synchronous: it blocks on the socket with a timeout.
class RawHttpClient {
public:
    struct Response {
        int status = 0;                        // 0: no complete response (closed or timed out)
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QJsonObject json() const;
        int code() const; // the "code" of a JSON body
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    RawHttpClient(quint16 port, const QList<QSslCertificate>& trusted, QHostAddress bindTo = {});
    ~RawHttpClient();

    // Connects and, with trusted certificates given, completes the TLS handshake.
    bool connect(int timeoutMs = 30000);
    // A full request; `token` becomes "Authorization: Bearer token" when not empty.
    Response request(const QByteArray& method, const QByteArray& path, const QByteArray& body = {},
                     const QByteArray& token = {}, const Headers& extra = {});
    Response postJson(const QByteArray& path, const QJsonObject& body, const QByteArray& token,
                      const Headers& extra = {});
    bool sendRaw(const QByteArray& bytes);
    Response readResponse(int timeoutMs = 60000);
    // True when the server closes the connection within the time.
    bool waitClosed(int timeoutMs);
    QSslSocket& socket() { return *m_socket; }

private:
    quint16 m_port;
    bool m_tls;
    QHostAddress m_bind;
    std::unique_ptr<QSslSocket> m_socket;
    QByteArray m_buffer;
};
