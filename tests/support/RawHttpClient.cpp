#include "RawHttpClient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSslConfiguration>

QJsonObject RawHttpClient::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

int RawHttpClient::Response::code() const
{
    return json().value(QStringLiteral("code")).toInt();
}

RawHttpClient::RawHttpClient(quint16 port, const QList<QSslCertificate>& trusted, QHostAddress bindTo)
    : m_port(port)
    , m_tls(!trusted.isEmpty())
    , m_bind(std::move(bindTo))
    , m_socket(std::make_unique<QSslSocket>())
{
    if (m_tls) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(trusted);
        config.setProtocol(QSsl::TlsV1_2OrLater);
        m_socket->setSslConfiguration(config);
    }
}

RawHttpClient::~RawHttpClient() = default;

bool RawHttpClient::connect(int timeoutMs)
{
    if (!m_bind.isNull() && !m_socket->bind(m_bind))
        return false;
    if (m_tls) {
        m_socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
        return m_socket->waitForEncrypted(timeoutMs);
    }
    m_socket->connectToHost(QHostAddress::LocalHost, m_port);
    return m_socket->waitForConnected(timeoutMs);
}

bool RawHttpClient::sendRaw(const QByteArray& bytes)
{
    if (m_socket->write(bytes) != bytes.size())
        return false;
    QDeadlineTimer deadline(30000);
    while (m_socket->bytesToWrite() > 0 && !deadline.hasExpired())
        if (!m_socket->waitForBytesWritten(int(deadline.remainingTime())))
            return m_socket->bytesToWrite() == 0;
    return true;
}

RawHttpClient::Response RawHttpClient::request(const QByteArray& method, const QByteArray& path, const QByteArray& body,
                                               const QByteArray& token, const Headers& extra)
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        r += "Authorization: Bearer " + token + "\r\n";
    for (const auto& h : extra)
        r += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    r += "\r\n" + body;
    if (!sendRaw(r))
        return {};
    return readResponse();
}

RawHttpClient::Response RawHttpClient::postJson(const QByteArray& path, const QJsonObject& body,
                                                const QByteArray& token, const Headers& extra)
{
    Headers headers = extra;
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token, headers);
}

RawHttpClient::Response RawHttpClient::readResponse(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    Response response;
    int headerEnd = -1;
    qint64 length = -1;
    bool last = false;
    for (;;) {
        m_buffer += m_socket->readAll();
        if (headerEnd < 0 && (headerEnd = int(m_buffer.indexOf("\r\n\r\n"))) >= 0) {
            const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
            const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
            response.status = statusLine.value(1).toInt();
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = int(lines.at(i).indexOf(':'));
                if (colon > 0)
                    response.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                            lines.at(i).mid(colon + 1).trimmed());
            }
            length = response.headers.value("content-length", "0").toLongLong();
        }
        if (headerEnd >= 0 && m_buffer.size() >= headerEnd + 4 + length) {
            response.body = m_buffer.mid(headerEnd + 4, int(length));
            m_buffer.remove(0, int(headerEnd + 4 + length));
            return response;
        }
        if (last)
            return {};
        if (deadline.hasExpired() || m_socket->state() != QAbstractSocket::ConnectedState ||
            !m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            last = true; // one more look at what arrived with the close
    }
}

bool RawHttpClient::waitClosed(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket->state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        m_socket->readAll();
    }
    return m_socket->state() != QAbstractSocket::ConnectedState;
}
