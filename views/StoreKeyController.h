#pragma once

#include "crypto/StoreKey.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class ChangePassphraseDialog;
class CreateStoreKeyDialog;
class QAction;
class QWidget;
class Store;
class UnlockStoreKeyDialog;

// The open store's key in the console (DESIGN §6, issue 5). When a store is opened it looks for
// the unwrapped key in the OS keychain under the store's UUID; when there is none it asks for
// the passphrase (StoreKeyVault unwraps), optionally remembering the key on this computer.
// Forget removes it from the keychain; Change passphrase re-wraps it (nothing is re-encrypted).
// A store without a key (made by the CLI without a passphrase, or from before keys) gets one
// from Create Store Key, which then holds it unlocked like a passphrase entered at opening.
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

    // Unwraps with `passphrase`; returns why not, or an empty string (then keyChanged fired).
    QString unlock(const QString& passphrase, bool remember);
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

private:
    void setKey(std::optional<StoreKey> key);
    void rememberOnThisComputer(const StoreKey& key);
    // Reads the keychain for the open store's key; `then(found)` unless the store changed meanwhile.
    void lookUpKeychain(std::function<void(bool found)> then);
    // Why a store that got a key after it was opened here gets no other.
    static QString keyExistsMessage();
    void updateActions();

    QWidget* m_window;
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
