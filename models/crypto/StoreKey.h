#pragma once

#include "SecureBytes.h"
#include "util/Result.h"

#include <QCoreApplication>

// The store's random 256-bit key (DESIGN §6). It encrypts phone numbers and gateway secrets
// and keys the phone search hash. At rest it exists only wrapped by a passphrase-derived key.
class StoreKey {
    Q_DECLARE_TR_FUNCTIONS(StoreKey)

public:
    static constexpr int kMinPassphraseLength = 8;

    static StoreKey generate();
    // From the raw 32 bytes (the OS keychain keeps these); empty result when malformed.
    static Result<StoreKey> fromRaw(const QByteArray& raw);

    // The wrapped form kept in the store: JSON with the scrypt parameters, salt and sealed key.
    QByteArray wrap(const QString& passphrase) const;
    static Result<StoreKey> unwrap(const QByteArray& wrapped, const QString& passphrase);
    static QString passphraseProblem(const QString& passphrase);

    QByteArray seal(const QByteArray& plaintext, const QByteArray& associatedData) const;
    Result<QByteArray> open(const QByteArray& sealed, const QByteArray& associatedData) const;
    // HMAC-SHA-256 of a normalised phone number under a key derived from the store key:
    // equal numbers give equal hashes, so the help desk finds a number without decrypting rows.
    QByteArray phoneHash(const QString& normalizedPhone) const;
    // A short fingerprint to tell keys apart in messages (never the key itself).
    QString fingerprint() const;

    const SecureBytes& raw() const { return m_key; }

private:
    explicit StoreKey(SecureBytes key);
    SecureBytes m_key;
    SecureBytes m_hashKey;
};
