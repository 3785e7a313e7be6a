#pragma once

#include <QHash>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <utility>

// A minimal HTTP/1.1 server on 127.0.0.1 for the gateway tests (DESIGN §5): it records every
// request (method, path, query, headers, body, the client's certificate under TLS) and answers
// with what the test's handler returns, optionally late, so tests can check the wire protocol
// and play the providers' recorded answers. Plain (QTcpServer) or TLS (QSslServer).
class LoopbackHttpServer {
public:
    struct Request {
        QByteArray method;
        QByteArray target; // as sent: path and query, percent-encoded
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QSslCertificate clientCertificate;

        QByteArray header(const char* name) const { return headers.value(QByteArray(name).toLower()); }
        // Form fields of an application/x-www-form-urlencoded body.
        QUrlQuery form() const
        {
            QByteArray b = body;
            b.replace('+', ' ');
            return QUrlQuery(QString::fromUtf8(b));
        }
    };
    struct Answer {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        int delayMs = 0;   // answer this late (for the timeout tests)
        bool held = false; // answer only when the test calls releaseHeld()
    };
    using Handler = std::function<Answer(const Request&)>;

    // TLS when `tls` is given: the server presents its certificate and, when the configuration
    // asks for it, requires a client certificate.
    explicit LoopbackHttpServer(const QSslConfiguration* tls = nullptr)
    {
        if (tls) {
            auto* ssl = new QSslServer;
            ssl->setSslConfiguration(*tls);
            QObject::connect(ssl, &QSslServer::errorOccurred, ssl,
                             [this](QSslSocket*, QAbstractSocket::SocketError) { ++m_tlsFailures; });
            QObject::connect(ssl, &QSslServer::handshakeInterruptedOnError, ssl,
                             [this](QSslSocket*, const QSslError&) { ++m_tlsFailures; });
            m_server.reset(ssl);
            m_scheme = QStringLiteral("https");
        } else {
            m_server = std::make_unique<QTcpServer>();
        }
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, m_server.get(), [this] {
            while (QTcpSocket* socket = m_server->nextPendingConnection())
                accept(socket);
        });
        m_server->listen(QHostAddress::LocalHost);
    }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Answers every request with the same thing.
    void answer(int status, QByteArray body, QByteArray contentType = "application/json")
    {
        m_handler = [=](const Request&) {
            Answer a;
            a.status = status;
            a.body = body;
            a.contentType = contentType;
            return a;
        };
    }

    quint16 port() const { return m_server->serverPort(); }
    QString url(const QString& path = {}) const
    {
        return QStringLiteral("%1://127.0.0.1:%2%3").arg(m_scheme).arg(port()).arg(path);
    }
    const QList<Request>& requests() const { return m_requests; }
    // Sends the answers kept back so far (Answer::held).
    void releaseHeld()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto& reply : held)
            reply();
    }
    Request last() const { return m_requests.value(m_requests.size() - 1); }
    int tlsFailures() const { return m_tlsFailures; }
    void close() { m_server->close(); }

private:
    void accept(QTcpSocket* socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const int end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.target = first.value(1);
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            const int length = r.headers.value("content-length").toInt();
            if (buffer->size() < end + 4 + length)
                return; // wait for the rest of the body
            r.body = buffer->mid(end + 4, length);
            buffer->remove(0, end + 4 + length);
            const QUrl url(QStringLiteral("http://x") + QString::fromLatin1(r.target));
            r.path = url.path();
            r.query = QUrlQuery(url.query(QUrl::FullyEncoded).replace(QLatin1Char('+'), QStringLiteral("%20")));
            if (auto* ssl = qobject_cast<QSslSocket*>(socket))
                r.clientCertificate = ssl->peerCertificate();
            m_requests.append(r);
            const Answer a = m_handler ? m_handler(r) : Answer{};
            QPointer<QTcpSocket> guard(socket);
            const bool head = r.method == "HEAD";
            auto reply = [guard, a, head] {
                if (!guard)
                    return;
                QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) +
                                 " Status\r\nContent-Type: " + a.contentType +
                                 "\r\nContent-Length: " + QByteArray::number(a.body.size()) +
                                 "\r\nConnection: close\r\n\r\n" + (head ? QByteArray() : a.body);
                guard->write(out);
                guard->flush();
                guard->disconnectFromHost();
            };
            if (a.held)
                m_held.append(reply);
            else if (a.delayMs > 0)
                QTimer::singleShot(a.delayMs, socket, reply);
            else
                reply();
        });
    }

    std::unique_ptr<QTcpServer> m_server;
    QString m_scheme = QStringLiteral("http");
    Handler m_handler;
    QList<Request> m_requests;
    QList<std::function<void()>> m_held;
    int m_tlsFailures = 0;
};
