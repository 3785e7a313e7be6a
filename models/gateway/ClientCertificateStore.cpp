#include "ClientCertificateStore.h"

#include "domain/GatewaySettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

ClientCertificateStore::ClientCertificateStore(QString folder, QStringList passphrases)
    : m_folder(std::move(folder))
    , m_passphrases(std::move(passphrases))
{
    m_passphrases.prepend(QString());
    m_passphrases.removeDuplicates();
}

QString ClientCertificateStore::thumbprint(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha1).toHex());
}

QStringList ClientCertificateStore::files() const
{
    QStringList result;
    const QDir dir(m_folder);
    for (const QFileInfo& info :
         dir.entryInfoList({QStringLiteral("*.pem"), QStringLiteral("*.crt"), QStringLiteral("*.cer"),
                            QStringLiteral("*.p12"), QStringLiteral("*.pfx")},
                           QDir::Files | QDir::Readable, QDir::Name))
        result << info.absoluteFilePath();
    return result;
}

QSslKey ClientCertificateStore::readKey(const QByteArray& pem) const
{
    if (!pem.contains("PRIVATE KEY"))
        return {};
    for (const QString& passphrase : m_passphrases) {
        for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase.toUtf8());
            if (!key.isNull())
                return key;
        }
    }
    return {};
}

QList<ClientCertificateStore::Identity> ClientCertificateStore::load(const QString& path) const
{
    QList<Identity> found;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return found;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("p12") || suffix == QLatin1String("pfx")) {
        for (const QString& passphrase : m_passphrases) {
            file.seek(0);
            Identity id;
            if (QSslCertificate::importPkcs12(&file, &id.key, &id.certificate, &id.chain, passphrase.toUtf8())) {
                id.file = path;
                found << id;
                break;
            }
        }
        return found;
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty())
        return found;
    // The key is in the same file, or in NAME.key beside it.
    QSslKey key = readKey(data);
    if (key.isNull()) {
        QFile keyFile(QFileInfo(path).path() + QLatin1Char('/') + QFileInfo(path).completeBaseName() +
                      QStringLiteral(".key"));
        if (keyFile.open(QIODevice::ReadOnly))
            key = readKey(keyFile.readAll());
    }
    // The first certificate of a PEM file is its own; the rest are its chain.
    Identity id;
    id.certificate = certificates.takeFirst();
    id.key = key;
    id.chain = certificates;
    id.file = path;
    found << id;
    for (const QSslCertificate& c : certificates) {
        Identity chainMember;
        chainMember.certificate = c;
        chainMember.file = path;
        found << chainMember;
    }
    return found;
}

QList<ClientCertificateStore::Entry> ClientCertificateStore::list() const
{
    QList<Entry> entries;
    for (const QString& path : files()) {
        for (const Identity& id : load(path)) {
            Entry e;
            e.thumbprint = thumbprint(id.certificate);
            e.subject = id.certificate.subjectDisplayName();
            e.expires = id.certificate.expiryDate();
            e.file = path;
            e.hasKey = !id.key.isNull();
            entries << e;
        }
    }
    return entries;
}

Result<ClientCertificateStore::Identity> ClientCertificateStore::find(const QString& wanted) const
{
    using R = Result<Identity>;
    const QString canonical = GatewaySettings::canonicalThumbprint(wanted);
    if (canonical.isEmpty())
        return R::failure(tr("The client certificate thumbprint must be 40 hexadecimal digits."));
    if (!QFileInfo(m_folder).isDir())
        return R::failure(tr("The client certificate folder %1 does not exist; put the certificate (PEM or PKCS#12) "
                             "there.")
                              .arg(QDir::toNativeSeparators(m_folder)));
    for (const QString& path : files()) {
        for (const Identity& id : load(path)) {
            if (thumbprint(id.certificate) != canonical)
                continue;
            if (id.key.isNull())
                return R::failure(tr("The client certificate %1 is in %2, but not its private key: put the key in "
                                     "the same PEM file or beside it as NAME.key, or use a PKCS#12 file.")
                                      .arg(canonical, QDir::toNativeSeparators(path)));
            if (id.certificate.expiryDate() < QDateTime::currentDateTimeUtc())
                return R::failure(tr("The client certificate %1 expired on %2.")
                                      .arg(canonical, id.certificate.expiryDate().toString(Qt::ISODate)));
            return id;
        }
    }
    return R::failure(
        tr("No client certificate with thumbprint %1 in %2.").arg(canonical, QDir::toNativeSeparators(m_folder)));
}
