#pragma once

#include "SectionChange.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSqlDriver>

class QTimer;
class Store;

// Tells an open console what other consoles, the command line and the provider servers changed
// in its store, so settings pages, the help desk and the event log show it without a restart
// (issue 15). It runs on the store's own connection, on the GUI thread, and adds nothing to the
// engine's work:
//
// - PostgreSQL: LISTEN on ChangeNotice::kChannel; a settings save notifies inside its
//   transaction, so the page hears of it as soon as it is committed. The newest event id is
//   read every poll interval (a primary-key lookup): every block, unblock and other change to an
//   authenticator or an API token writes an event, and so does the engine on the servers, which
//   never notifies. The same statement reads the newest last use of an API token (a table of a
//   few dozen rows): a server records it without an event when a call logs none.
// - SQLite: every poll interval, PRAGMA data_version (it moves when another connection commits);
//   only when it moved are the settings versions, the newest event id and last use read.
//
// It compares what it reads with what it read before and says what is newer. Read errors are
// left to whoever uses the store next (a dropped connection is the reconnect logic's business):
// the watcher tries again at the next interval and LISTENs again once the connection is back.
class StoreChangeWatcher : public QObject {
    Q_OBJECT

public:
    explicit StoreChangeWatcher(QObject* parent = nullptr);
    ~StoreChangeWatcher() override;

    // Starts watching `store` (nullptr stops). The store must outlive the watcher's use of it:
    // call setStore(nullptr) before closing it.
    void setStore(Store* store);
    Store* store() const { return m_store; }

    static constexpr int kDefaultPollMs = 2000;
    void setPollInterval(int ms);
    int pollInterval() const;

    // Looks now instead of at the next interval.
    void checkNow();
    // LISTENs again (after the connection to the server was made anew) and looks for anything
    // missed meanwhile. The watcher also does this by itself when it finds itself unsubscribed.
    void resubscribe();
    // Whether the store's connection is LISTENing (always false on SQLite).
    bool isSubscribed() const;

Q_SIGNALS:
    // Sections stored at a newer version than the watcher last saw. A console's own saves are
    // among them too; SettingsSession tells those apart by the version it already holds.
    void settingsChanged(const QList<SectionChange>& changes);
    // New events were logged (the engine's blocks and failures, a help desk's unblock, ...) or
    // a console announced a change to authenticators: the help desk and the event log read
    // what they show again.
    void eventsChanged();
    // A provider server recorded a newer last use of an API token: the API access page reads
    // its rows again.
    void apiTokensUsed();

private:
    void poll();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void subscribe();
    void unsubscribe();
    // Reads the settings versions and says which moved; with `announce` false it only remembers them.
    void checkSettings(bool announce = true);
    // The newest event id and the newest last use of a token, in one statement.
    void checkEvents(bool announce = true);
    // SQLite: whether another connection committed since the last look.
    bool sqliteDataChanged();

    Store* m_store = nullptr;
    QPointer<QSqlDriver> m_driver; // the driver whose notifications are connected
    QTimer* m_timer;
    QHash<QString, int> m_versions;
    qint64 m_newestEvent = -1;
    qint64 m_newestTokenUse = -1;
    qint64 m_dataVersion = -1;
};
