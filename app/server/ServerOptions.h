#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The server's configuration: the command line over an optional INI file (--config; keys
// store, listen, tls-cert, tls-key, passphrase-file, log-format, workers, request-timeout,
// metrics-without-token). The command line wins.
struct ServerOptions {
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)

public:
    enum class Action { Run, Help, Version };

    Action action = Action::Run;
    QString store;
    QString host = QStringLiteral("127.0.0.1");
    int port = 8443;
    QString tlsCert;
    QString tlsKey;
    QString passphraseFile;
    QString logFormat = QStringLiteral("plain");
    int workers = 8;
    // Seconds a connection has to deliver a whole request (headers and body), counted from when
    // it opens or from the previous answer on it; then it is closed, however slowly it trickles.
    int requestTimeout = 10;
    // Addresses or CIDR ranges (of the TCP peer) that may read /metrics without a token; empty:
    // every scrape needs a token with the scope metrics:read.
    QStringList metricsWithoutToken;

    bool usesTls() const { return !tlsCert.isEmpty(); }
    QString listenText() const;

    // Bad usage (unknown option, malformed value) is a failure.
    static Result<ServerOptions> parse(const QStringList& arguments);
    // A configuration the server refuses to run: half a TLS setup, plain HTTP off loopback.
    Status problem() const;
    static QString helpText();

    // The store key's passphrase: --passphrase-file, SMSOTP_PASSPHRASE, or the file
    // "passphrase" in $CREDENTIALS_DIRECTORY (systemd's LoadCredential=). A passphrase file that
    // others may read is refused.
    Result<QString> passphrase() const;

private:
    Status apply(const QString& key, const QString& value);
    Status applyMetricsWithoutToken(const QString& value);
};
