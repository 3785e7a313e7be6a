#pragma once

#include "crypto/StoreKey.h"
#include "util/Result.h"

#include <QCoreApplication>

class Store;

// Keeps the store key in the store, wrapped by a key derived from the administrator's
// passphrase (DESIGN §6). Changing the passphrase re-wraps the key; nothing is re-encrypted.
class StoreKeyVault {
    Q_DECLARE_TR_FUNCTIONS(StoreKeyVault)

public:
    explicit StoreKeyVault(Store& store);

    bool hasKey() const;
    // Creates the store's key; refused, changing nothing, when it already has one, also when another
    // connection creates one at the same moment.
    Result<StoreKey> create(const QString& passphrase, const QString& actor);
    Result<StoreKey> unlock(const QString& passphrase) const;
    Status changePassphrase(const QString& oldPassphrase, const QString& newPassphrase, const QString& actor);
    // Checks that a key remembered elsewhere (the OS keychain) belongs to this store.
    bool matches(const StoreKey& key) const;

private:
    Store& m_store;
};
