#include "StoreKey.h"

#include "AesGcm.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace {

// scrypt N=2^15, r=8, p=1: about 32 MiB and a tenth of a second, per OWASP's guidance.
constexpr quint64 kScryptN = 1u << 15;
constexpr quint64 kScryptR = 8, kScryptP = 1;
constexpr quint64 kScryptMaxMem = 64ull * 1024 * 1024;

SecureBytes deriveKek(const QString& passphrase, const QByteArray& salt, quint64 n, quint64 r, quint64 p)
{
    SecureBytes pass(passphrase.toUtf8());
    QByteArray out(AesGcm::kKeySize, Qt::Uninitialized);
    if (EVP_PBE_scrypt(pass.bytes().constData(), size_t(pass.size()),
                       reinterpret_cast<const unsigned char*>(salt.constData()), size_t(salt.size()), n, r, p,
                       kScryptMaxMem, reinterpret_cast<unsigned char*>(out.data()), size_t(out.size())) != 1)
        return {};
    return SecureBytes(std::move(out));
}

QByteArray hmacSha256(const SecureBytes& key, const QByteArray& data)
{
    unsigned char out[32];
    unsigned int len = sizeof out;
    HMAC(EVP_sha256(), key.data(), key.size(), reinterpret_cast<const unsigned char*>(data.constData()),
         size_t(data.size()), out, &len);
    return QByteArray(reinterpret_cast<const char*>(out), int(len));
}

const QByteArray kWrapAad = QByteArrayLiteral("smsotp store key v1");

} // namespace

StoreKey::StoreKey(SecureBytes key)
    : m_key(std::move(key))
    , m_hashKey(hmacSha256(m_key, QByteArrayLiteral("smsotp phone search hash v1")))
{
}

StoreKey StoreKey::generate()
{
    return StoreKey(SecureBytes::random(AesGcm::kKeySize));
}

Result<StoreKey> StoreKey::fromRaw(const QByteArray& raw)
{
    if (raw.size() != AesGcm::kKeySize)
        return Result<StoreKey>::failure(tr("The remembered store key is damaged."));
    return StoreKey(SecureBytes(raw));
}

QString StoreKey::passphraseProblem(const QString& passphrase)
{
    if (passphrase.size() < kMinPassphraseLength)
        return tr("The passphrase must have at least %1 characters.").arg(kMinPassphraseLength);
    return {};
}

QByteArray StoreKey::wrap(const QString& passphrase) const
{
    const QByteArray salt = SecureBytes::random(16).bytes();
    const SecureBytes kek = deriveKek(passphrase, salt, kScryptN, kScryptR, kScryptP);
    const QJsonObject o{{QStringLiteral("kdf"), QStringLiteral("scrypt")},
                        {QStringLiteral("n"), double(kScryptN)},
                        {QStringLiteral("r"), double(kScryptR)},
                        {QStringLiteral("p"), double(kScryptP)},
                        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                        {QStringLiteral("key"), QString::fromLatin1(AesGcm::seal(kek, m_key.bytes(), kWrapAad).toBase64())}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<StoreKey> StoreKey::unwrap(const QByteArray& wrapped, const QString& passphrase)
{
    const QJsonObject o = QJsonDocument::fromJson(wrapped).object();
    const auto n = quint64(o.value(QStringLiteral("n")).toDouble());
    const auto r = quint64(o.value(QStringLiteral("r")).toDouble());
    const auto p = quint64(o.value(QStringLiteral("p")).toDouble());
    const QByteArray salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
    const QByteArray sealed = QByteArray::fromBase64(o.value(QStringLiteral("key")).toString().toLatin1());
    if (o.value(QStringLiteral("kdf")).toString() != QLatin1String("scrypt") || n < 2 || n > (1u << 22) || r == 0 ||
        p == 0 || salt.isEmpty() || sealed.isEmpty())
        return Result<StoreKey>::failure(tr("The store's wrapped key is damaged."));
    const SecureBytes kek = deriveKek(passphrase, salt, n, r, p);
    if (kek.isEmpty())
        return Result<StoreKey>::failure(tr("The store's wrapped key uses parameters this computer cannot derive."));
    Result<QByteArray> raw = AesGcm::open(kek, sealed, kWrapAad);
    if (!raw)
        return Result<StoreKey>::failure(tr("Wrong passphrase for this store."));
    SecureBytes key(raw.take());
    return StoreKey(std::move(key));
}

QByteArray StoreKey::seal(const QByteArray& plaintext, const QByteArray& associatedData) const
{
    return AesGcm::seal(m_key, plaintext, associatedData);
}

Result<QByteArray> StoreKey::open(const QByteArray& sealed, const QByteArray& associatedData) const
{
    return AesGcm::open(m_key, sealed, associatedData);
}

QByteArray StoreKey::phoneHash(const QString& normalizedPhone) const
{
    return hmacSha256(m_hashKey, normalizedPhone.toUtf8());
}

QString StoreKey::fingerprint() const
{
    return QString::fromLatin1(hmacSha256(m_key, QByteArrayLiteral("fingerprint")).left(4).toHex());
}
