#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <optional>

// The secret form of an API token: "smsotp_<public id>.<secret>", where the public id (12
// base64url characters from 9 random bytes) finds the row and the secret is 32 random bytes from
// OpenSSL in base64url (43 characters). The store keeps only the SHA-256 of the whole text: the
// secret has 256 bits of entropy, so a fast hash is as good as a slow one and costs nothing per
// request. Presented tokens are compared with CRYPTO_memcmp.
class TokenSecret {
public:
    static constexpr int kPublicIdLength = 12;
    static constexpr int kSecretLength = 43;
    static constexpr int kTokenLength = 7 + kPublicIdLength + 1 + kSecretLength;

    struct Generated {
        QString publicId;
        QString token; // shown once, never stored
        QByteArray hash;
    };
    struct Presented {
        QString publicId;
        QByteArray hash;
    };

    static Generated generate();
    // The public id and hash of a presented token; nothing when it does not have the shape of one.
    static std::optional<Presented> parse(const QString& token);
    static QByteArray hash(const QString& token);
    // Constant-time comparison of two hashes (any lengths: a length mismatch is simply false).
    static bool matches(const QByteArray& presentedHash, const QByteArray& storedHash);
    // How many constant-time comparisons ran in this process (for tests: the path is used).
    static quint64 comparisons() { return s_comparisons.load(); }

private:
    static std::atomic<quint64> s_comparisons;
};
