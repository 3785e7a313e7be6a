#pragma once

#include "DirectoryClient.h"
#include "engine/UserCsvImport.h"
#include "util/Result.h"

#include <QCoreApplication>

class Store;
class StoreKey;
struct Settings;

// Reads every directory user matching a filter and turns them into the CSV import's rows (login
// from directory.loginAttribute, the number from phoneFormat.directoryAttribute), so the help
// desk and the CLI check, preview and import them with UserCsvImport: the same per-row problems,
// progress, Cancel and one transaction.
class DirectoryUserImport {
    Q_DECLARE_TR_FUNCTIONS(DirectoryUserImport)

public:
    // More needs a narrower filter: every row is checked and previewed in memory before the import.
    static constexpr int kMaxUsers = 100000;
    // Below Active Directory's MaxPageSize (1,000) and slapd's default limit (500).
    static constexpr int kPageSize = 500;

    struct Fetched {
        QList<UserCsvImport::Row> rows;
        bool truncated = false; // more users matched than maxUsers() (or the server's own limit)
        QString server;
    };

    DirectoryUserImport(Store& store, const StoreKey* key);
    void setClient(DirectoryClient* client) { m_client = client; }
    int maxUsers() const { return m_maxUsers; }
    void setMaxUsers(int maxUsers) { m_maxUsers = maxUsers; }

    // `filter` empty: directory.importFilter. Rows carry directory problems (no login, no number,
    // several numbers, binary data) already; UserCsvImport::check() adds the rest.
    Result<Fetched> fetch(const Settings& settings, const QString& filter);

private:
    Store& m_store;
    const StoreKey* m_key;
    DirectoryClient* m_client = nullptr;
    int m_maxUsers = kMaxUsers;
};
