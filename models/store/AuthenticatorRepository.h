#pragma once

#include "domain/Authenticator.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class Store;
class StoreKey;

// Authenticator rows: who the account is (table authenticators) and its sign-in state, which
// changes at every request and verification (table authenticator_state, one row per account).
// Phone numbers are stored only encrypted (AES-256-GCM under the store
// key, bound to the row's login) with a keyed hash for exact search and a mask for display.
class AuthenticatorRepository {
    Q_DECLARE_TR_FUNCTIONS(AuthenticatorRepository)

public:
    struct Filter {
        QString search;       // login prefix or substring; a phone matches exactly by hash
        QByteArray phoneHash; // set by the caller when `search` normalises to a number
        bool blockedOnly = false;
        int limit = 1000;
        int offset = 0;
    };

    // The OTP a verification compares against: only its salted hash is kept.
    struct PendingOtp {
        QByteArray hash;
        QByteArray salt;
        QDateTime expiresAt;
    };

    AuthenticatorRepository(Store& store, const StoreKey* key);

    static QString loginKey(const QString& login) { return login.trimmed().toLower(); }
    // "+7 *** *** 45 67": the prefix and the last four digits, the rest hidden.
    static QString maskPhone(const QString& e164, const QString& prefix);
    QByteArray phoneHash(const QString& normalizedPhone) const;
    // The stored form of a number for the row of `loginKey` (bulk writers such as demo populate
    // build their own multi-row INSERTs); empty without a store key.
    QByteArray sealPhone(const QString& loginKey, const QString& normalizedPhone) const;

    // Writes the account and its sign-in state row: call it inside a transaction.
    Result<qint64> insert(const QString& login, const QString& normalizedPhone, const QString& prefix,
                          const QString& displayName, const QString& comment, const QDateTime& at);
    // `lock` holds the row until the surrounding transaction ends (PostgreSQL FOR UPDATE).
    Result<std::optional<Authenticator>> find(const QString& login, bool lock = false);
    Result<QString> phone(const QString& login);
    Status setPhone(const QString& login, const QString& normalizedPhone, const QString& prefix);
    Status setComment(const QString& login, const QString& comment);
    Status setUseDenied(const QString& login, bool denied);
    Status remove(const QString& login);
    Result<QList<Authenticator>> list(const Filter& filter);
    // Why a search text is refused (longer than Limits::kSearchLength), or an empty text.
    static QString searchProblem(const QString& search);
    Result<qint64> count(const Filter& filter);

    Result<std::optional<PendingOtp>> pendingOtp(const QString& login);
    Status setPendingOtp(const QString& login, const PendingOtp& otp);
    Status clearPendingOtp(const QString& login);

    // Counter and block state, written as one update of the state row.
    Status recordFailure(const QString& login, int failedCount, const QDateTime& at);
    Status recordSuccess(const QString& login, const QDateTime& at);
    Status block(const QString& login, Authenticator::BlockState state, const QDateTime& until);
    Status clearBlock(const QString& login);
    Status resetCounter(const QString& login);
    // Unblocks the listed accounts that are blocked, a few hundred per statement; returns the
    // logins actually unblocked.
    Result<QStringList> unblock(const QStringList& logins);
    Result<qint64> unblockAll();

private:
    QByteArray phoneAad(const QString& loginKey) const;
    QString whereClause(const Filter& filter, QVariantList& binds) const;
    Status updateOne(const QString& sql, const QVariantList& binds, const QString& login, const QString& what);

    Store& m_store;
    const StoreKey* m_key;
};
