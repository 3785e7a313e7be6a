#include "ConsoleLock.h"

#include "util/ActorName.h"

#include "CreateStoreKeyDialog.h"
#include "IdleLock.h"
#include "LockScreen.h"
#include "MessageBoxes.h"
#include "PreferencesDialog.h"
#include "StoreKeyController.h"
#include "UnlockStoreKeyDialog.h"
#include "domain/EventCode.h"
#include "domain/EventText.h"
#include "store/EventLog.h"

#include "store/Store.h"
#include <QJsonObject>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>

ConsoleLock::ConsoleLock(QMainWindow* window, StoreKeyController* keys)
    : QObject(window)
    , m_window(window)
    , m_keys(keys)
    , m_idle(new IdleLock(m_systemClock, this))
    , m_screen(new LockScreen)
    , m_lockAction(new QAction(this))
    , m_preferencesAction(new QAction(this))
{
    wrapCentralWidget();
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_lockAction, &QAction::triggered, this, [this]() { lock(Reason::Manual); });
    connect(m_preferencesAction, &QAction::triggered, this, &ConsoleLock::showPreferences);
    connect(m_idle, &IdleLock::idle, this, [this]() { lock(Reason::Idle); });
    connect(m_screen, &LockScreen::unlockRequested, this, &ConsoleLock::unlock);
    connect(m_screen, &LockScreen::keychainRequested, this, &ConsoleLock::unlockFromKeychain);
    // A key created or unlocked later makes a keyless store lockable.
    connect(m_keys, &StoreKeyController::keyChanged, this, &ConsoleLock::updateState);
    connect(m_keys, &StoreKeyController::unlockWaitChanged, m_screen, &LockScreen::setWait);
    retranslateUi();
    updateState();
}

ConsoleLock::~ConsoleLock() = default;

// The pages stay where they are, with their unsaved input, behind the lock screen.
void ConsoleLock::wrapCentralWidget()
{
    QWidget* content = m_window->takeCentralWidget();
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("lockStack"));
    if (content)
        m_stack->addWidget(content);
    m_stack->addWidget(m_screen);
    m_stack->setCurrentIndex(0);
    m_window->setCentralWidget(m_stack);
}

void ConsoleLock::setClock(const Clock& clock)
{
    m_clock = &clock;
    m_idle->setClock(clock);
    m_keys->setClock(clock);
}

void ConsoleLock::setStore(Store* store)
{
    m_store = store;
    m_screen->setBusy(false);
    if (m_locked)
        finishUnlock();
    updateState();
}

bool ConsoleLock::isLockable() const
{
    return m_store && m_keys->hasVault();
}

void ConsoleLock::updateState()
{
    m_lockAction->setEnabled(isLockable() && !m_locked);
    m_idle->setArmed(isLockable() && !m_locked);
}

bool ConsoleLock::lock(Reason reason)
{
    if (m_locked || !isLockable())
        return false;
    m_locked = true;
    const int idleMinutes = reason == Reason::Idle ? m_idle->minutes() : 0;
    // Dialogs first: some hold the key (test send) or show what it decrypted (a revealed number).
    const int closed = closeDialogs();
    m_keys->lock();
    LockScreen::State state;
    state.storeName = m_store->url().displayLocation();
    state.idleMinutes = idleMinutes;
    state.since = m_clock->now();
    state.unsavedPages = m_unsavedPages ? m_unsavedPages() : 0;
    state.closedDialogs = closed;
    m_screen->setState(state);
    // A pause begun before this lock (in a dialog, or before a restart) goes on here.
    m_keys->updateUnlockWait();
    m_stack->setCurrentWidget(m_screen);
    // A disabled menu bar also stops its actions' shortcuts (Ctrl+S would save a hidden page).
    m_window->menuBar()->setEnabled(false);
    m_screen->focusPassphrase();
    updateState();
    if (reason == Reason::Idle)
        record(EventCode::ConsoleLockedIdle,
               tr("console locked after %n minute(s) without activity", nullptr, idleMinutes),
               {{QStringLiteral("minutes"), idleMinutes}});
    else
        record(EventCode::ConsoleLockedManually, tr("console locked with File → Lock Now"));
    Q_EMIT note(tr("The console is locked."));
    Q_EMIT lockedChanged(true);
    return true;
}

int ConsoleLock::closeDialogs()
{
    int closed = 0;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* widget : windows) {
        auto* dialog = qobject_cast<QDialog*>(widget);
        if (!dialog || !dialog->isVisible())
            continue;
        bool ours = false;
        for (QWidget* parent = dialog->parentWidget(); parent && !ours; parent = parent->parentWidget())
            ours = parent == m_window;
        if (!ours)
            continue;
        // The key's own dialogs close with the key; they hold nothing the user typed for the store.
        if (!qobject_cast<UnlockStoreKeyDialog*>(dialog) && !qobject_cast<CreateStoreKeyDialog*>(dialog))
            ++closed;
        // A question box answers with its safe button (Cancel, No), never with Save.
        auto* box = qobject_cast<QMessageBox*>(dialog);
        if (box && box->escapeButton())
            box->escapeButton()->click();
        else
            dialog->reject();
    }
    return closed;
}

QString ConsoleLock::unlock(const QString& passphrase)
{
    if (!m_locked)
        return {};
    if (passphrase.isEmpty()) {
        const QString empty = tr("Enter the store's passphrase.");
        m_screen->setError(empty);
        return empty;
    }
    // Unwrapping takes a good part of a second on purpose (scrypt).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const StoreKeyController::Attempt attempt = m_keys->tryUnlock(passphrase, false);
    QApplication::restoreOverrideCursor();
    if (!attempt.problem.isEmpty()) {
        // Refused while paused: the countdown under the field says so, nothing was tried or logged.
        if (!attempt.wrongPassphrase)
            return attempt.problem;
        record(EventCode::ConsoleUnlockRefused, tr("console unlock refused: the passphrase did not unlock the key"));
        if (attempt.pauseSeconds > 0)
            record(EventCode::ConsoleUnlockPaused,
                   tr("console unlock paused for %n second(s) after %1 wrong passphrases in a row", nullptr,
                      attempt.pauseSeconds)
                       .arg(attempt.tries),
                   EventText::unlockPausedParams(attempt.tries, attempt.pauseSeconds));
        m_screen->setError(attempt.problem);
        return attempt.problem;
    }
    record(EventCode::ConsoleUnlocked, tr("console unlocked with the store's passphrase"),
           {{QStringLiteral("method"), QStringLiteral("passphrase")}});
    finishUnlock();
    return {};
}

void ConsoleLock::unlockFromKeychain()
{
    if (!m_locked)
        return;
    m_screen->setError({});
    m_screen->setBusy(true);
    m_keys->unlockFromKeychain([this](bool unlocked) {
        m_screen->setBusy(false);
        if (!m_locked)
            return;
        if (!unlocked) {
            m_screen->setError(tr("This computer's keychain does not hold the key of this store: enter its "
                                  "passphrase."));
            return;
        }
        record(EventCode::ConsoleUnlocked, tr("console unlocked from this computer's keychain"),
               {{QStringLiteral("method"), QStringLiteral("keychain")}});
        finishUnlock();
    });
}

void ConsoleLock::finishUnlock()
{
    m_locked = false;
    m_screen->clearPassphrase();
    m_screen->setError({});
    m_stack->setCurrentIndex(0);
    m_window->menuBar()->setEnabled(true);
    m_idle->noteActivity();
    updateState();
    Q_EMIT lockedChanged(false);
}

bool ConsoleLock::mayCloseWhileLocked()
{
    const int unsaved = m_unsavedPages ? m_unsavedPages() : 0;
    if (unsaved == 0)
        return true;
    return MessageBoxes::question(m_window, tr("Quit While Locked"),
                                  tr("The console is locked, so nothing can be saved. The unsaved changes on %n "
                                     "page(s) are lost if you quit now. Quit anyway?",
                                     nullptr, unsaved)) == QMessageBox::Yes;
}

void ConsoleLock::showPreferences()
{
    auto* dialog = new PreferencesDialog(m_idle->minutes(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::lockMinutesChosen, this, [this](int minutes) {
        IdleLock::saveMinutes(minutes);
        m_idle->setMinutes(minutes);
        updateState();
    });
    dialog->open();
}

void ConsoleLock::record(int code, const QString& message, const QJsonObject& params)
{
    if (!m_store)
        return;
    // The lock works whether or not the event is written (an auditor's login may not write).
    const Status written = EventLog(*m_store).append(code, message, params, {}, actor());
    if (!written)
        Q_EMIT note(tr("The event log could not record this: %1").arg(written.error()));
}

QString ConsoleLock::actor()
{
    return ActorName::console();
}

void ConsoleLock::retranslateUi()
{
    m_lockAction->setText(tr("&Lock Now"));
    m_lockAction->setStatusTip(
        tr("Wipe the store key from memory and hide the console until the store's passphrase is entered again."));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_preferencesAction->setStatusTip(tr("Settings of the console on this computer, such as when it locks itself."));
}
