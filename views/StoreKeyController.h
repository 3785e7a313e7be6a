#pragma once

#include "crypto/StoreKey.h"
#include "engine/SystemClock.h"
#include "util/UnlockThrottle.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class ChangePassphraseDialog;
class Clock;
class CreateStoreKeyDialog;
class QAction;
class QJsonObject;
class QTimer;
class QWidget;
class Store;
class UnlockStoreKeyDialog;

// The open store's key in the console (DESIGN §6, issue 5). When a store is opened it looks for
// the unwrapped key in the OS keychain under the store's UUID; when there is none it asks for
// the passphrase (StoreKeyVault unwraps), optionally remembering the key on this computer.
// Forget removes it from the keychain; Change passphrase re-wraps it (nothing is re-encrypted).
// A store without a key (made by the CLI without a passphrase, or from before keys) gets one
// from Create Store Key, which then holds it unlocked like a passphrase entered at opening.
// Every passphrase prompt of the store (this dialog, Change Store Passphrase and the lock screen)
// goes through one UnlockThrottle: after three wrong passphrases in a row each try waits.
class StoreKeyController : public QObject {
    Q_OBJECT

public:
    explicit StoreKeyController(QWidget* window);
    ~StoreKeyController() override;

    // The keychain entry of a store's key.
    static QString keychainEntry(const QString& storeUuid);

    // Forgets the previous store's key; for a store with a key, looks in the keychain, else asks.
    void setStore(Store* store);
    const StoreKey* key() const { return m_key ? &*m_key : nullptr; }

    QAction* unlockAction() const { return m_unlockAction; }
    QAction* forgetAction() const { return m_forgetAction; }
    QAction* changePassphraseAction() const { return m_changeAction; }
    QAction* createKeyAction() const { return m_createAction; }
    void retranslateUi();

    // One try at the passphrase, refused without trying while the throttle pauses.
    struct Attempt {
        QString problem;              // empty: unlocked (keyChanged fired)
        bool wrongPassphrase = false; // counted by the throttle
        int tries = 0;                // wrong passphrases in a row, this one included
        int pauseSeconds = 0;         // the pause this wrong passphrase started (0: none)
    };
    // Tries the passphrase and counts a wrong one; writes no event (the lock screen writes its own).
    Attempt tryUnlock(const QString& passphrase, bool remember);
    // The Unlock Store Key dialog's try: tryUnlock, and events 3056 and 3055 for a wrong passphrase.
    // Returns why not, or an empty string (then keyChanged fired).
    QString unlock(const QString& passphrase, bool remember);
    // Seconds until the next passphrase may be tried (0: now); unlockWaitChanged tells each second.
    int unlockWaitSeconds() const { return m_throttle.secondsLeft(); }
    // "Too many wrong passphrases. Try again in 0:20." for `seconds` left.
    static QString waitMessage(int seconds);
    // Tells unlockWaitChanged the seconds left now and ticks each second while they last; tests
    // call it after moving their clock.
    void updateUnlockWait();
    // Tests drive the throttle's pauses with a ManualClock (kept by the caller).
    void setClock(const Clock& clock) { m_throttle.setClock(clock); }
    UnlockStoreKeyDialog* showUnlockDialog();
    ChangePassphraseDialog* showChangePassphraseDialog();
    // Creates the key of a store that has none, wrapped by `passphrase`, and unlocks it; returns why
    // not (then nothing was written: a key another console made meanwhile is kept), or an empty string.
    QString createKey(const QString& passphrase, bool remember);
    CreateStoreKeyDialog* showCreateKeyDialog();
    void forget();

    // Whether the open store has a wrapped key (one that a passphrase unlocks).
    bool hasVault() const;
    // The console locks (issue 15): wipes the key from memory and closes the unlock dialogs;
    // keychain answers still under way are dropped.
    void lock();
    // Takes the key from this computer's keychain, as opening the store does; `done(true)` once
    // it is unlocked (keyChanged fired), `done(false)` when the keychain does not hold it.
    void unlockFromKeychain(std::function<void(bool unlocked)> done);

Q_SIGNALS:
    // The key changed: nullptr while locked or without a store.
    void keyChanged(const StoreKey* key);
    // A line for the status bar.
    void note(const QString& text);
    // The keychain lookup after setStore() finished (found the key or not): for tests.
    void lookupFinished();
    // Seconds until the next passphrase may be tried, 0 when it may be tried now.
    void unlockWaitChanged(int seconds);

private:
    void setKey(std::optional<StoreKey> key);
    void rememberOnThisComputer(const StoreKey& key);
    // Reads the keychain for the open store's key; `then(found)` unless the store changed meanwhile.
    void lookUpKeychain(std::function<void(bool found)> then);
    // Why a store that got a key after it was opened here gets no other.
    static QString keyExistsMessage();
    void updateActions();
    QString changePassphrase(const QString& current, const QString& next);
    // Counts a wrong passphrase (or any failure to unwrap) and starts the pause it earns.
    Attempt countWrong(const QString& problem);
    // A wrong passphrase in a dialog (not the lock screen): events 3056 and, when a pause begins, 3055.
    void recordWrongPassphrase(const Attempt& attempt);
    void record(int code, const QString& message, const QJsonObject& params);

    QWidget* m_window;
    SystemClock m_systemClock;
    UnlockThrottle m_throttle{m_systemClock};
    QTimer* m_waitTick = nullptr;
    Store* m_store = nullptr;
    std::optional<StoreKey> m_key;
    int m_generation = 0; // tells apart keychain answers for a store that is no longer open
    QPointer<UnlockStoreKeyDialog> m_unlockDialog;
    QPointer<CreateStoreKeyDialog> m_createDialog;
    QAction* m_unlockAction = nullptr;
    QAction* m_forgetAction = nullptr;
    QAction* m_changeAction = nullptr;
    QAction* m_createAction = nullptr;
};
