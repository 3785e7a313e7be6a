#include "StoreKeyController.h"

#include "util/ActorName.h"

#include "ChangePassphraseDialog.h"
#include "ConsoleLock.h"
#include "CreateStoreKeyDialog.h"
#include "MessageBoxes.h"
#include "PasswordKeychain.h"
#include "UnlockStoreKeyDialog.h"
#include "domain/EventCode.h"
#include "domain/EventText.h"
#include "store/EventLog.h"
#include "store/Store.h"
#include "store/StoreKeyVault.h"

#include <QAction>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

StoreKeyController::StoreKeyController(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_waitTick(new QTimer(this))
    , m_unlockAction(new QAction(this))
    , m_forgetAction(new QAction(this))
    , m_changeAction(new QAction(this))
    , m_createAction(new QAction(this))
{
    m_unlockAction->setObjectName(QStringLiteral("unlockStoreKeyAction"));
    m_forgetAction->setObjectName(QStringLiteral("forgetStoreKeyAction"));
    m_changeAction->setObjectName(QStringLiteral("changePassphraseAction"));
    m_createAction->setObjectName(QStringLiteral("createStoreKeyAction"));
    connect(m_unlockAction, &QAction::triggered, this, [this]() { showUnlockDialog(); });
    connect(m_forgetAction, &QAction::triggered, this, &StoreKeyController::forget);
    connect(m_changeAction, &QAction::triggered, this, [this]() { showChangePassphraseDialog(); });
    connect(m_createAction, &QAction::triggered, this, [this]() { showCreateKeyDialog(); });
    m_waitTick->setInterval(1000);
    connect(m_waitTick, &QTimer::timeout, this, &StoreKeyController::updateUnlockWait);
    retranslateUi();
    updateActions();
}

StoreKeyController::~StoreKeyController() = default;

QString StoreKeyController::keychainEntry(const QString& storeUuid)
{
    return QStringLiteral("storekey:") + storeUuid;
}

void StoreKeyController::retranslateUi()
{
    m_unlockAction->setText(tr("&Unlock Store Key…"));
    m_unlockAction->setStatusTip(tr("Enter the store's passphrase to work with phone numbers and gateway secrets."));
    m_forgetAction->setText(tr("&Forget Store Key on This Computer"));
    m_forgetAction->setStatusTip(tr("Remove the remembered key of this store from the keychain."));
    m_changeAction->setText(tr("C&hange Store Passphrase…"));
    m_changeAction->setStatusTip(tr("Wrap the store key with a new passphrase; nothing is re-encrypted."));
    m_createAction->setText(tr("&Create Store Key…"));
    m_createAction->setStatusTip(
        tr("This store has no key yet: create one, protected by a passphrase, to work with phone numbers."));
}

void StoreKeyController::updateActions()
{
    const bool hasVault = m_store && StoreKeyVault(*m_store).hasKey();
    m_unlockAction->setEnabled(hasVault && !m_key);
    m_forgetAction->setEnabled(hasVault);
    m_changeAction->setEnabled(hasVault);
    m_createAction->setEnabled(m_store && !hasVault);
}

void StoreKeyController::setKey(std::optional<StoreKey> key)
{
    m_key = std::move(key);
    updateActions();
    Q_EMIT keyChanged(this->key());
}

void StoreKeyController::setStore(Store* store)
{
    ++m_generation;
    if (m_unlockDialog)
        m_unlockDialog->reject();
    if (m_createDialog)
        m_createDialog->reject();
    m_store = store;
    m_throttle.setStore(m_store ? m_store->uuid() : QString());
    updateUnlockWait();
    setKey(std::nullopt);
    if (!m_store || !StoreKeyVault(*m_store).hasKey()) {
        Q_EMIT lookupFinished();
        return;
    }
    lookUpKeychain([this](bool found) {
        Q_EMIT lookupFinished();
        if (!found)
            showUnlockDialog();
    });
}

void StoreKeyController::lookUpKeychain(std::function<void(bool found)> then)
{
    const int generation = m_generation;
    PasswordKeychain::read(keychainEntry(m_store->uuid()), this,
                           [this, generation, then](const QString& stored, const QString& error) {
                               if (generation != m_generation || !m_store)
                                   return;
                               if (!error.isEmpty())
                                   Q_EMIT note(tr("The keychain could not be read: %1").arg(error));
                               if (!stored.isEmpty()) {
                                   Result<StoreKey> key = StoreKey::fromRaw(QByteArray::fromBase64(stored.toLatin1()));
                                   // A key remembered for a store that was since re-created is not used.
                                   if (key && StoreKeyVault(*m_store).matches(key.value())) {
                                       // The keychain asks no passphrase: nothing to guess there.
                                       m_throttle.noteSuccess();
                                       updateUnlockWait();
                                       setKey(key.take());
                                       Q_EMIT note(tr("Store key unlocked from this computer's keychain."));
                                       then(true);
                                       return;
                                   }
                               }
                               then(false);
                           });
}

bool StoreKeyController::hasVault() const
{
    return m_store && StoreKeyVault(*m_store).hasKey();
}

void StoreKeyController::lock()
{
    // Answers of a keychain lookup still under way must not unlock the key again.
    ++m_generation;
    if (m_unlockDialog)
        m_unlockDialog->reject();
    if (m_createDialog)
        m_createDialog->reject();
    // Destroying the StoreKey wipes its bytes (SecureBytes); the pages hear nullptr first.
    setKey(std::nullopt);
}

void StoreKeyController::unlockFromKeychain(std::function<void(bool unlocked)> done)
{
    if (!hasVault()) {
        done(false);
        return;
    }
    ++m_generation;
    lookUpKeychain(std::move(done));
}

StoreKeyController::Attempt StoreKeyController::tryUnlock(const QString& passphrase, bool remember)
{
    Attempt attempt;
    if (!m_store) {
        attempt.problem = tr("No store is open.");
        return attempt;
    }
    // Refused before scrypt while paused, whatever the passphrase: even the right one waits.
    if (const int wait = m_throttle.secondsLeft(); wait > 0) {
        attempt.problem = waitMessage(wait);
        updateUnlockWait();
        return attempt;
    }
    Result<StoreKey> key = StoreKeyVault(*m_store).unlock(passphrase);
    // Any failure counts (a damaged key fails every try anyway): fail closed.
    if (!key)
        return countWrong(key.error());
    m_throttle.noteSuccess();
    updateUnlockWait();
    if (remember)
        rememberOnThisComputer(key.value());
    setKey(key.take());
    return attempt;
}

StoreKeyController::Attempt StoreKeyController::countWrong(const QString& problem)
{
    Attempt attempt;
    attempt.problem = problem;
    attempt.wrongPassphrase = true;
    attempt.pauseSeconds = m_throttle.noteWrong();
    attempt.tries = m_throttle.wrongInARow();
    updateUnlockWait();
    return attempt;
}

QString StoreKeyController::unlock(const QString& passphrase, bool remember)
{
    const Attempt attempt = tryUnlock(passphrase, remember);
    if (attempt.wrongPassphrase)
        recordWrongPassphrase(attempt);
    return attempt.problem;
}

QString StoreKeyController::waitMessage(int seconds)
{
    const QString left = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("Too many wrong passphrases. Try again in %1.").arg(left);
}

void StoreKeyController::updateUnlockWait()
{
    const int seconds = m_throttle.secondsLeft();
    if (seconds > 0 && !m_waitTick->isActive())
        m_waitTick->start();
    else if (seconds == 0)
        m_waitTick->stop();
    Q_EMIT unlockWaitChanged(seconds);
}

void StoreKeyController::recordWrongPassphrase(const Attempt& attempt)
{
    record(EventCode::StoreKeyUnlockRefused, tr("store key unlock refused: the passphrase did not unlock the key"), {});
    if (attempt.pauseSeconds > 0)
        record(EventCode::StoreKeyUnlockPaused,
               tr("store key unlock paused for %n second(s) after %1 wrong passphrases in a row", nullptr,
                  attempt.pauseSeconds)
                   .arg(attempt.tries),
               EventText::unlockPausedParams(attempt.tries, attempt.pauseSeconds));
}

void StoreKeyController::record(int code, const QString& message, const QJsonObject& params)
{
    if (!m_store)
        return;
    // The throttle works whether or not the event is written (an auditor's login may not write).
    const Status written = EventLog(*m_store).append(code, message, params, {}, ConsoleLock::actor());
    if (!written)
        Q_EMIT note(tr("The event log could not record this: %1").arg(written.error()));
}

void StoreKeyController::rememberOnThisComputer(const StoreKey& key)
{
    PasswordKeychain::write(keychainEntry(m_store->uuid()), QString::fromLatin1(key.raw().bytes().toBase64()), this,
                            [this](const QString& error) {
                                Q_EMIT note(error.isEmpty() ? tr("The store key is remembered on this computer.")
                                                            : tr("The keychain could not be updated: %1").arg(error));
                            });
}

QString StoreKeyController::createKey(const QString& passphrase, bool remember)
{
    if (!m_store)
        return tr("No store is open.");
    StoreKeyVault vault(*m_store);
    Result<StoreKey> key = vault.create(passphrase, ActorName::console());
    if (!key) {
        // The vault refuses inside its transaction when a key exists, so a key that another
        // console or smsotp-cli created since this store was opened is never overwritten.
        if (vault.hasKey()) {
            // Still locked, but now there is a key to unlock: the actions and the pages (whose
            // hints said "create") hear it through keyChanged.
            setKey(std::nullopt);
            return keyExistsMessage();
        }
        return key.error();
    }
    if (remember)
        rememberOnThisComputer(key.value());
    setKey(key.take());
    Q_EMIT note(tr("The store key was created and is unlocked."));
    return {};
}

QString StoreKeyController::keyExistsMessage()
{
    return tr("Another console or smsotp-cli has created this store's key since it was opened here. That key is kept "
              "and no other is made: unlock it with its passphrase (File → Unlock Store Key…).");
}

CreateStoreKeyDialog* StoreKeyController::showCreateKeyDialog()
{
    if (!m_store || m_key)
        return nullptr;
    if (StoreKeyVault(*m_store).hasKey()) {
        // The action was enabled when the store was opened; someone has created the key since.
        setKey(std::nullopt);
        MessageBoxes::information(m_window, tr("Create Store Key"), keyExistsMessage());
        return nullptr;
    }
    if (m_createDialog) {
        m_createDialog->raise();
        return m_createDialog;
    }
    auto* dialog = new CreateStoreKeyDialog(m_store->url().displayLocation(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCreator([this](const QString& passphrase, bool remember) { return createKey(passphrase, remember); });
    m_createDialog = dialog;
    dialog->open();
    return dialog;
}

UnlockStoreKeyDialog* StoreKeyController::showUnlockDialog()
{
    if (!m_store || !StoreKeyVault(*m_store).hasKey())
        return nullptr;
    if (m_unlockDialog) {
        m_unlockDialog->raise();
        return m_unlockDialog;
    }
    auto* dialog = new UnlockStoreKeyDialog(m_store->url().displayLocation(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUnlocker([this](const QString& passphrase, bool remember) { return unlock(passphrase, remember); });
    connect(this, &StoreKeyController::unlockWaitChanged, dialog, &UnlockStoreKeyDialog::setWait);
    dialog->setWait(unlockWaitSeconds());
    m_unlockDialog = dialog;
    dialog->open();
    return dialog;
}

ChangePassphraseDialog* StoreKeyController::showChangePassphraseDialog()
{
    if (!m_store)
        return nullptr;
    auto* dialog = new ChangePassphraseDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setChanger([this](const QString& current, const QString& next) { return changePassphrase(current, next); });
    dialog->open();
    return dialog;
}

// The current passphrase is a guess like any other: the same throttle and events as unlocking.
QString StoreKeyController::changePassphrase(const QString& current, const QString& next)
{
    if (!m_store)
        return tr("No store is open.");
    if (const int wait = m_throttle.secondsLeft(); wait > 0)
        return waitMessage(wait);
    // A new passphrase that is too weak is refused without trying the current one.
    if (const QString weak = StoreKey::passphraseProblem(next); !weak.isEmpty())
        return weak;
    const Status s = StoreKeyVault(*m_store).changePassphrase(current, next, ActorName::console());
    if (!s) {
        const Attempt attempt = countWrong(s.error());
        recordWrongPassphrase(attempt);
        return attempt.pauseSeconds > 0 ? s.error() + QLatin1Char(' ') + waitMessage(attempt.pauseSeconds) : s.error();
    }
    m_throttle.noteSuccess();
    updateUnlockWait();
    Q_EMIT note(tr("The store passphrase was changed."));
    return {};
}

void StoreKeyController::forget()
{
    if (!m_store)
        return;
    PasswordKeychain::remove(keychainEntry(m_store->uuid()), this, [this](const QString& error) {
        Q_EMIT note(error.isEmpty() ? tr("This computer no longer remembers the store key; the passphrase is asked at "
                                         "the next opening.")
                                    : tr("The keychain could not be updated: %1").arg(error));
    });
}
