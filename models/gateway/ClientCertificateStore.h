#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

// The client certificates SMS Proxy may present (DESIGN §5). On Linux there is no personal
// certificate store, so it is a folder of PEM files (certificate and private key in one file,
// or the key beside it as NAME.key) and PKCS#12 files (.p12, .pfx). A certificate is chosen by
// its thumbprint: the SHA-1 of its DER form, as Windows' certificate manager shows it.
class ClientCertificateStore {
    Q_DECLARE_TR_FUNCTIONS(ClientCertificateStore)

public:
    struct Identity {
        QSslCertificate certificate;
        QSslKey key;
        QList<QSslCertificate> chain; // intermediates from the same file, sent with the certificate
        QString file;
    };
    struct Entry {
        QString thumbprint; // canonical: 40 lowercase hex digits
        QString subject;
        QDateTime expires;
        QString file;
        bool hasKey = false;
    };

    // `passphrases` are tried, after the empty one, on encrypted keys and PKCS#12 files.
    explicit ClientCertificateStore(QString folder, QStringList passphrases = {});

    QString folder() const { return m_folder; }
    // Every certificate found, for the Gateway page's chooser.
    QList<Entry> list() const;
    // The certificate with this thumbprint (spaces, colons and case ignored) and its key.
    Result<Identity> find(const QString& thumbprint) const;

    static QString thumbprint(const QSslCertificate& certificate);

private:
    QList<Identity> load(const QString& path) const;
    QSslKey readKey(const QByteArray& pem) const;
    QStringList files() const;

    QString m_folder;
    QStringList m_passphrases;
};
