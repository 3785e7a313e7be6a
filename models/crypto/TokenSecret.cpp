#include "TokenSecret.h"

#include "SecureBytes.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

std::atomic<quint64> TokenSecret::s_comparisons{0};

namespace {

constexpr char kPrefix[] = "smsotp_";
constexpr int kPublicIdBytes = 9;
constexpr int kSecretBytes = 32;

QString base64Url(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isBase64Url(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok =
            (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

TokenSecret::Generated TokenSecret::generate()
{
    const SecureBytes id = SecureBytes::random(kPublicIdBytes);
    const SecureBytes secret = SecureBytes::random(kSecretBytes);
    Generated g;
    g.publicId = base64Url(id.bytes());
    g.token = QLatin1String(kPrefix) + g.publicId + QLatin1Char('.') + base64Url(secret.bytes());
    g.hash = hash(g.token);
    return g;
}

std::optional<TokenSecret::Presented> TokenSecret::parse(const QString& token)
{
    // The shape is checked before anything else, so a megabyte of text costs one comparison.
    if (token.size() != kTokenLength || !token.startsWith(QLatin1String(kPrefix)))
        return std::nullopt;
    const QStringView view(token);
    const QStringView id = view.mid(7, kPublicIdLength);
    const QStringView secret = view.mid(7 + kPublicIdLength + 1);
    if (view.at(7 + kPublicIdLength) != QLatin1Char('.') || !isBase64Url(id) || !isBase64Url(secret))
        return std::nullopt;
    return Presented{id.toString(), hash(token)};
}

QByteArray TokenSecret::hash(const QString& token)
{
    // OpenSSL's SHA-256, fetched once (the same digest as QCryptographicHash's, in fewer
    // instructions): every API request hashes the token it presents.
    static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    const QByteArray latin1 = token.toLatin1();
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    if (!sha256 || EVP_Digest(latin1.constData(), size_t(latin1.size()),
                              reinterpret_cast<unsigned char*>(digest.data()), nullptr, sha256, nullptr) != 1)
        return QCryptographicHash::hash(latin1, QCryptographicHash::Sha256);
    return digest;
}

bool TokenSecret::matches(const QByteArray& presentedHash, const QByteArray& storedHash)
{
    s_comparisons.fetch_add(1, std::memory_order_relaxed);
    if (presentedHash.size() != storedHash.size() || storedHash.isEmpty())
        return false;
    return CRYPTO_memcmp(presentedHash.constData(), storedHash.constData(), size_t(storedHash.size())) == 0;
}
