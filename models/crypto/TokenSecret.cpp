#include "TokenSecret.h"

#include "SecureBytes.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>

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
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

bool TokenSecret::matches(const QByteArray& presentedHash, const QByteArray& storedHash)
{
    s_comparisons.fetch_add(1, std::memory_order_relaxed);
    if (presentedHash.size() != storedHash.size() || storedHash.isEmpty())
        return false;
    return CRYPTO_memcmp(presentedHash.constData(), storedHash.constData(), size_t(storedHash.size())) == 0;
}
