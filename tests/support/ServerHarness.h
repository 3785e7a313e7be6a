#pragma once

#include "CliRunner.h"
#include "RawHttpClient.h"

#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <memory>

// Runs the real smsotp-server for tests: a store prepared through the real smsotp-cli (devFile
// gateway, a passphrase), a certificate made by the openssl command at test time, a free loopback
// port, and the server's stderr log. One harness may run several servers on one store.
class ServerHarness {
public:
    static constexpr const char* kPassphrase = "correct horse battery staple";

    ServerHarness();
    ~ServerHarness();

    // Makes the certificate and a store at `storeUrl` (a fresh SQLite file when empty) with the
    // devFile gateway writing to outbox(); false with a message on failure.
    bool prepare(const QString& storeUrl = {}, QString* error = nullptr);
    // The PostgreSQL password for the CLI and the servers (default: scripts/test's server's), for a
    // store on a PrivatePostgres. Set before prepare().
    void setDbPassword(const QString& password) { m_dbPassword = password; }
    QString storeUrl() const { return m_storeUrl; }
    QString dir() const { return m_dir.path(); }
    QString certFile() const;
    QString keyFile() const;
    QList<QSslCertificate> trusted() const { return m_trusted; }

    // The CLI with the store and passphrase set; exit code 0 expected unless `mayFail`.
    CliRunner::Run cli(const QStringList& args) const;
    // `tokens create NAME --scope ...` and the token text it prints once.
    QByteArray createToken(const QString& name, const QStringList& scopes, const QStringList& extra = {}) const;
    // The code of the last message the devFile gateway "sent" to `phone`.
    QString lastCodeSentTo(const QString& phone) const;

    // Starts one more server on a free loopback port; returns its index, or -1 with `error`.
    // `tls` false: plain HTTP on 127.0.0.1.
    int start(const QStringList& extraArgs = {}, QString* error = nullptr, bool tls = true);
    quint16 port(int server = 0) const;
    QProcess& process(int server = 0) { return *m_servers.at(server).process; }
    QString log(int server = 0);
    // SIGTERM, then waits; the exit code, or -1 when it crashed or hung.
    int stop(int server = 0);

    // A connected client to server `server` (TLS), optionally bound to a local address.
    std::unique_ptr<RawHttpClient> client(int server = 0, const QHostAddress& bindTo = {});

    // Runs smsotp-server with these arguments and no harness defaults; returns exit code and stderr.
    static CliRunner::Run runServer(const QStringList& args, const QHash<QString, QString>& env = {});
    static quint16 freePort();

private:
    struct Server {
        std::unique_ptr<QProcess> process;
        quint16 port = 0;
        bool tls = true;
        QString logFile;
    };

    QTemporaryDir m_dir;
    QString m_storeUrl;
    QString m_dbPassword;
    QList<QSslCertificate> m_trusted;
    std::vector<Server> m_servers;
};
