#pragma once

#include "DirectoryClient.h"
#include "DirectoryPhoneLookup.h"
#include "domain/Settings.h"
#include "util/Result.h"

#include <QCoreApplication>

class Store;
class StoreKey;

// Connects the settings to a directory client: completes the bind password from the store
// (decrypted with the store key) and runs a phone lookup or a search. Used by the engine, the
// console's Check directory and the directory import, so all three behave the same.
class DirectoryPhoneSource {
    Q_DECLARE_TR_FUNCTIONS(DirectoryPhoneSource)

public:
    DirectoryPhoneSource(Store& store, const StoreKey* key);

    // Uses this client instead of one made from the settings (tests).
    void setClient(DirectoryClient* client) { m_clientOverride = client; }

    // `settings` may be unsaved (a page being edited); an empty bind password there is read
    // from the store. Fails when a bind identity is set and its password cannot be decrypted.
    Result<DirectorySettings> complete(const DirectorySettings& settings);

    DirectoryPhoneLookup::Outcome lookup(const Settings& settings, const QString& login);
    // Every entry matching `filter` (a complete filter: nothing is substituted), with `attributes`;
    // `pageSize` > 0 asks in pages (DirectoryClient::Search).
    DirectoryClient::Outcome search(const Settings& settings, const QString& filter, const QStringList& attributes,
                                    int sizeLimit, int pageSize = 0);

private:
    Store& m_store;
    const StoreKey* m_key;
    DirectoryClient* m_clientOverride = nullptr;
};
