#pragma once

#include "engine/SystemClock.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class Clock;
class IdleLock;
class LockScreen;
class QAction;
class QMainWindow;
class QStackedWidget;
class Store;
class StoreKeyController;

// The console locks itself (issue 15, the SMSAPI guide's session length): after the minutes
// without input set in Tools → Preferences, or at once with File → Lock Now (Ctrl+L). Locking
// closes the window's dialogs (a revealed phone number among them), wipes the store key from
// memory and puts the lock screen in place of the pages, whose unsaved input stays as it was;
// the menus are disabled until the store's passphrase, or this computer's keychain, unlocks it.
// Only a store with a key locks: without one there is nothing to ask for. Locking, unlocking and
// each wrong passphrase are events (3050–3053) with the operating-system user as the actor. After
// three wrong passphrases in a row each try waits (StoreKeyController's UnlockThrottle, shared
// with the store's other passphrase prompts); each pause that begins is event 3054.
class ConsoleLock : public QObject {
    Q_OBJECT

public:
    enum class Reason { Idle, Manual };

    // Puts a stack around the window's central widget, the pages first and the lock screen second.
    ConsoleLock(QMainWindow* window, StoreKeyController* keys);
    ~ConsoleLock() override;

    QAction* lockAction() const { return m_lockAction; }
    QAction* preferencesAction() const { return m_preferencesAction; }
    IdleLock* idleLock() const { return m_idle; }
    LockScreen* lockScreen() const { return m_screen; }
    // Tests drive the idle time with a ManualClock (kept by the caller).
    void setClock(const Clock& clock);
    // How many pages hold unsaved input, for the lock screen to say they are kept.
    void setUnsavedPageCounter(std::function<int()> counter) { m_unsavedPages = std::move(counter); }

    // The store just opened (or none): a lock of the previous one ends without asking.
    void setStore(Store* store);
    bool isLocked() const { return m_locked; }
    bool isLockable() const;
    // Locks now; false when there is nothing to lock (no store with a key) or it is locked already.
    bool lock(Reason reason);
    // Unlocks with the store's passphrase; returns why not (shown on the lock screen), or empty.
    QString unlock(const QString& passphrase);
    // Unlocks from this computer's keychain when it holds the key (asynchronous).
    void unlockFromKeychain();
    // Closing a locked window: asks before unsaved input is lost; nothing is saved while locked.
    bool mayCloseWhileLocked();
    void showPreferences();
    void retranslateUi();
    // The actor of the lock's events and of wrong passphrases: the operating-system user.
    static QString actor();

Q_SIGNALS:
    void lockedChanged(bool locked);
    void note(const QString& text);

private:
    void wrapCentralWidget();
    int closeDialogs();
    void finishUnlock();
    void updateState();
    void record(int code, const QString& message, const QJsonObject& params = {});

    QMainWindow* m_window;
    StoreKeyController* m_keys;
    SystemClock m_systemClock;
    const Clock* m_clock = &m_systemClock;
    IdleLock* m_idle;
    LockScreen* m_screen;
    QStackedWidget* m_stack = nullptr;
    QAction* m_lockAction;
    QAction* m_preferencesAction;
    Store* m_store = nullptr;
    bool m_locked = false;
    std::function<int()> m_unsavedPages;
};
