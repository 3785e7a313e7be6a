#pragma once

#include "SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>

// AES-256-GCM with a random 96-bit nonce per message. Sealed form: nonce | ciphertext | tag.
// The associated data binds a ciphertext to its place (a row, a field), so it cannot be moved.
class AesGcm {
public:
    static constexpr int kKeySize = 32, kNonceSize = 12, kTagSize = 16;

    static QByteArray seal(const SecureBytes& key, const QByteArray& plaintext, const QByteArray& associatedData);
    // Fails when the data was changed, the key is wrong, or the associated data differs.
    static Result<QByteArray> open(const SecureBytes& key, const QByteArray& sealed,
                                   const QByteArray& associatedData);
};
