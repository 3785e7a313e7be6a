#include "ChangePassphraseDialog.h"
#include "ConsoleLock.h"
#include "IdleLock.h"
#include "LockScreen.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "PreferencesDialog.h"
#include "StoreKeyController.h"
#include "TestStores.h"
#include "UnlockStoreKeyDialog.h"
#include "crypto/StoreKey.h"
#include "domain/EventCode.h"
#include "domain/EventText.h"
#include "engine/ManualClock.h"
#include "engine/OtpService.h"
#include "helpdesk/HelpDeskPage.h"
#include "items/AuthenticatorTableModel.h"
#include "settings/BlockSettingsPage.h"
#include "store/AuthenticatorRepository.h"
#include "store/EventQuery.h"
#include "store/StoreKeyVault.h"
#include "util/Languages.h"
#include "util/SystemUser.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// The console locks itself (issue 15): after the minutes without input set on this computer
// (driven by a ManualClock, no sleeping), or with File → Lock Now (Ctrl+L). Locking wipes the key
// (nothing decrypts), closes a revealed phone number, keeps unsaved page input, and only the
// store's passphrase unlocks; each lock, unlock and wrong passphrase is an event.
class TestConsoleLock : public QObject {
    Q_OBJECT

private:
    static constexpr const char* kPassphrase = "correct horse battery staple";
    static constexpr const char* kLogin = "alice";
    static constexpr const char* kPhone = "+79161234567";

    struct Console {
        TestStores stores;
        QString url;
        Languages languages;
        ManualClock clock;
        std::unique_ptr<MainWindow> window;

        Store& store() const { return *window->store(); }
        StoreKeyController& keys() const { return *window->storeKeys(); }
        ConsoleLock& lock() const { return *window->consoleLock(); }
        LockScreen& screen() const { return *lock().lockScreen(); }
    };

    // A console on a store with a key and one authenticator, unlocked with the passphrase.
    std::unique_ptr<Console> console()
    {
        QFETCH_GLOBAL(QString, dialect);
        auto c = std::make_unique<Console>();
        c->url = c->stores.freshUrl(dialect);
        if (c->url.isEmpty())
            return nullptr;
        {
            std::unique_ptr<Store> store = c->stores.openAgainOrCreate(c->url);
            if (!store)
                return nullptr;
            Result<StoreKey> key = StoreKeyVault(*store).create(QString::fromLatin1(kPassphrase), QStringLiteral("t"));
            if (!key)
                return nullptr;
            const auto out = OtpService(*store, &key.value(), c->clock)
                                 .registerAuthenticator(QString::fromLatin1(kLogin), QString::fromLatin1(kPhone), {},
                                                        {QStringLiteral("setup")});
            if (!out.ok)
                return nullptr;
        }
        c->window = std::make_unique<MainWindow>(c->languages);
        c->lock().setClock(c->clock);
        c->window->show();
        if (!QTest::qWaitForWindowExposed(c->window.get()))
            return nullptr;
        QSignalSpy looked(&c->keys(), &StoreKeyController::lookupFinished);
        if (!c->window->openStore(*StoreUrl::parse(c->url), TestStores::postgresPassword(),
                                  Store::OpenMode::OpenExisting))
            return nullptr;
        if (!looked.count() && !looked.wait(10000))
            return nullptr;
        if (!c->keys().key() && !c->keys().unlock(QString::fromLatin1(kPassphrase), false).isEmpty())
            return nullptr;
        return c;
    }

    static qint64 events(Store& store, int code)
    {
        EventQuery::Filter filter;
        filter.code = code;
        return EventQuery(store).count(filter).value();
    }

    static Event lastEvent(Store& store, int code)
    {
        EventQuery::Filter filter;
        filter.code = code;
        filter.limit = 1;
        const QList<Event> found = EventQuery(store).list(filter).value();
        return found.isEmpty() ? Event() : found.first();
    }

    static QString expectedActor()
    {
        const QString user = SystemUser::name();
        return QStringLiteral("console:") + (user.isEmpty() ? QStringLiteral("unknown") : user);
    }

    template <typename T> static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }

    static void typeAndUnlock(Console& c, const QString& passphrase)
    {
        auto* field = child<QLineEdit>(&c.screen(), "passphrase");
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, passphrase);
        QTest::mouseClick(child<QPushButton>(&c.screen(), "unlock"), Qt::LeftButton);
    }

    static void verifyLocked(Console& c)
    {
        QVERIFY(c.lock().isLocked());
        QVERIFY(!c.keys().key());
        auto* stack = child<QStackedWidget>(c.window.get(), "lockStack");
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget(), &c.screen());
        QVERIFY(c.screen().isVisible());
        QVERIFY(!c.window->menuBar()->isEnabled());
        QVERIFY(!c.lock().lockAction()->isEnabled());
    }

    static void retype(QWidget* field, const QString& text)
    {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    }

    static QString visibleBoxText()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible())
                return box->text();
        return {};
    }

    static BlockSettingsPage& blockPage(Console& c) { return *c.window->findChild<BlockSettingsPage*>(); }

    // Whether the lock screen lets a passphrase be typed and tried now.
    static bool screenTakesPassphrase(Console& c)
    {
        return child<QLineEdit>(&c.screen(), "passphrase")->isEnabled() &&
               child<QPushButton>(&c.screen(), "unlock")->isEnabled();
    }

    static QString waitText(QWidget* parent)
    {
        auto* wait = child<QLabel>(parent, "wait");
        return wait && !wait->isHidden() ? wait->text() : QString();
    }

    static void typeAndAccept(UnlockStoreKeyDialog* dialog, const QString& passphrase)
    {
        auto* field = child<QLineEdit>(dialog, "passphrase");
        field->setText(passphrase);
        dialog->accept();
    }

private Q_SLOTS:
    void initTestCase_data() { TestStores::addDialectRows(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // QSettings must never touch the user's real configuration.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("smsotp-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestConsoleLock"));
    }

    void init()
    {
        QSettings().clear();
        MessageBoxes::setAutomaticAnswer(QMessageBox::Yes);
        MessageBoxes::takeShown();
    }

    void locksAfterTheIdleMinutesAndInputResetsThem()
    {
        auto c = console();
        QVERIFY(c);
        IdleLock& idle = *c->lock().idleLock();
        QCOMPARE(idle.minutes(), IdleLock::kDefaultMinutes); // 15 on a computer that never chose
        QVERIFY(idle.isArmed());

        c->clock.advanceSeconds(14 * 60 + 59);
        QVERIFY(!idle.check());
        QVERIFY(!c->lock().isLocked());
        // Input anywhere in the window starts the minutes again.
        QTest::keyClick(c->window->findChild<QWidget*>(QStringLiteral("navigation")), Qt::Key_Down);
        c->clock.advanceSeconds(14 * 60);
        QVERIFY(!idle.check());
        // Two points: the pointer may already rest on one from an earlier test.
        QTest::mouseMove(c->window.get(), QPoint(10, 50));
        QTest::mouseMove(c->window.get(), QPoint(30, 70));
        c->clock.advanceSeconds(14 * 60 + 59);
        QVERIFY(!idle.check());
        QVERIFY(c->keys().key());

        c->clock.advanceSeconds(1);
        QVERIFY(idle.check());
        verifyLocked(*c);
        QCOMPARE(events(c->store(), EventCode::ConsoleLockedIdle), 1);
        const Event locked = lastEvent(c->store(), EventCode::ConsoleLockedIdle);
        QCOMPARE(locked.actor, expectedActor());
        QVERIFY2(locked.message.contains(QLatin1String("15 minute")), qPrintable(locked.message));
        QVERIFY(child<QLabel>(&c->screen(), "reason")->text().contains(QLatin1String("15 minute")));
        // A locked console does not lock again, nor log it twice.
        c->clock.advanceSeconds(3600);
        QVERIFY(!idle.check());
        QCOMPARE(events(c->store(), EventCode::ConsoleLockedIdle), 1);
    }

    void zeroMinutesNeverLocksAndIsKeptOnThisComputer()
    {
        auto c = console();
        QVERIFY(c);
        c->lock().preferencesAction()->trigger();
        auto* dialog = c->window->findChild<PreferencesDialog*>(QStringLiteral("preferencesDialog"));
        QVERIFY(dialog);
        auto* minutes = child<QSpinBox>(dialog, "lockMinutes");
        QCOMPARE(minutes->value(), 15);
        minutes->setValue(0);
        QCOMPARE(minutes->text(), QStringLiteral("Never"));
        dialog->accept();
        QCOMPARE(IdleLock::savedMinutes(), 0);
        QCOMPARE(c->lock().idleLock()->minutes(), 0);
        c->clock.advanceSeconds(30 * 24 * 3600);
        QVERIFY(!c->lock().idleLock()->check());
        QVERIFY(!c->lock().isLocked());
        QVERIFY(c->keys().key());

        // Another console on this computer starts with the saved choice; a shorter one locks sooner.
        IdleLock::saveMinutes(2);
        IdleLock other(c->clock);
        QCOMPARE(other.minutes(), 2);
        QSettings().setValue(QStringLiteral("lock/idleMinutes"), QStringLiteral("nonsense"));
        QCOMPARE(IdleLock::savedMinutes(), IdleLock::kDefaultMinutes);
    }

    void lockWipesTheKeyAndHidesARevealedNumber()
    {
        auto c = console();
        QVERIFY(c);
        QVERIFY(c->window->selectPage(QStringLiteral("helpDesk")));
        auto* page = c->window->findChild<HelpDeskPage*>();
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QTableView* table = page->table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(page->model()->index(0, AuthenticatorTableModel::Login)).center());
        auto* reveal = child<QAction>(page, "revealAction");
        QVERIFY(reveal->isEnabled());

        // The number shows in a real message box; the console locks while it is open.
        MessageBoxes::setAutomaticAnswer(QMessageBox::NoButton);
        m_shownBeforeLock = false;
        m_leftOpen = false;
        QTimer::singleShot(0, this, [this, clock = &c->clock, idle = c->lock().idleLock()]() {
            m_shownBeforeLock = visibleBoxText() == QLatin1String(kPhone);
            clock->advanceSeconds(15 * 60);
            idle->check();
            // Had the lock left the box open, close it so the test fails instead of hanging.
            QTimer::singleShot(0, this, [this]() {
                for (QWidget* w : QApplication::topLevelWidgets())
                    if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                        m_leftOpen = true;
                        box->done(0);
                    }
            });
        });
        reveal->trigger(); // returns once the lock has closed the box
        QVERIFY(m_shownBeforeLock);
        QVERIFY2(!m_leftOpen && visibleBoxText().isNull(), "the revealed number is still shown");
        verifyLocked(*c);
        QVERIFY(child<QLabel>(&c->screen(), "kept")->text().contains(QLatin1String("1 open dialog")));

        // Nothing decrypts while locked: no key in the console, the help desk cannot reveal.
        QVERIFY(!reveal->isEnabled());
        QVERIFY(!AuthenticatorRepository(c->store(), c->keys().key()).phone(QString::fromLatin1(kLogin)));

        typeAndUnlock(*c, QString::fromLatin1(kPassphrase));
        QVERIFY(!c->lock().isLocked());
        QVERIFY(c->keys().key());
        QCOMPARE(AuthenticatorRepository(c->store(), c->keys().key()).phone(QString::fromLatin1(kLogin)).value(),
                 QString::fromLatin1(kPhone));
    }

    void onlyTheRightPassphraseUnlocksAndUnsavedInputIsKept()
    {
        auto c = console();
        QVERIFY(c);
        QVERIFY(c->window->selectPage(QStringLiteral("block")));
        BlockSettingsPage& page = blockPage(*c);
        auto* attempts = child<QSpinBox>(&page, "attemptsBeforeBlock");
        retype(attempts, QStringLiteral("9"));
        const int edited = attempts->value();
        QCOMPARE(edited, 9);
        QVERIFY(page.isDirty());

        QVERIFY(c->lock().lock(ConsoleLock::Reason::Manual));
        verifyLocked(*c);
        QVERIFY(!page.isVisible());
        QVERIFY(child<QLabel>(&c->screen(), "kept")->text().contains(QLatin1String("1 page")));

        typeAndUnlock(*c, QStringLiteral("wrong horse battery staple"));
        verifyLocked(*c);
        QVERIFY(!c->screen().error().isEmpty());
        QCOMPARE(events(c->store(), EventCode::ConsoleUnlockRefused), 1);
        QCOMPARE(lastEvent(c->store(), EventCode::ConsoleUnlockRefused).actor, expectedActor());
        QVERIFY(!lastEvent(c->store(), EventCode::ConsoleUnlockRefused).message.contains(QLatin1String("wrong horse")));
        QCOMPARE(events(c->store(), EventCode::ConsoleUnlocked), 0);
        // An empty field is not an attempt.
        QCOMPARE(c->lock().unlock({}), QStringLiteral("Enter the store's passphrase."));
        QCOMPARE(events(c->store(), EventCode::ConsoleUnlockRefused), 1);

        typeAndUnlock(*c, QString::fromLatin1(kPassphrase));
        QVERIFY(!c->lock().isLocked());
        QVERIFY(c->keys().key());
        QVERIFY(c->window->menuBar()->isEnabled());
        QVERIFY(page.isVisible());
        QVERIFY(page.isDirty());
        QCOMPARE(attempts->value(), edited);
        QCOMPARE(events(c->store(), EventCode::ConsoleUnlocked), 1);
        QCOMPARE(lastEvent(c->store(), EventCode::ConsoleUnlocked).actor, expectedActor());
        QVERIFY(c->lock().idleLock()->isArmed());
        // The minutes count from the unlock, not from before the lock.
        QVERIFY(!c->lock().idleLock()->check());
    }

    void ctrlLLocksAndShortcutsStopWhileLocked()
    {
        auto c = console();
        QVERIFY(c);
        QVERIFY(c->window->selectPage(QStringLiteral("block")));
        BlockSettingsPage& page = blockPage(*c);
        auto* attempts = child<QSpinBox>(&page, "attemptsBeforeBlock");
        retype(attempts, QStringLiteral("8"));
        QVERIFY(page.isDirty());
        QVERIFY(c->window->findChild<QMenu*>(QStringLiteral("fileMenu"))->actions().contains(c->lock().lockAction()));
        QCOMPARE(c->lock().lockAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));

        c->window->activateWindow();
        QTest::keyClick(c->window.get(), Qt::Key_L, Qt::ControlModifier);
        verifyLocked(*c);
        QCOMPARE(events(c->store(), EventCode::ConsoleLockedManually), 1);
        QCOMPARE(lastEvent(c->store(), EventCode::ConsoleLockedManually).actor, expectedActor());
        QCOMPARE(events(c->store(), EventCode::ConsoleLockedIdle), 0);

        // Ctrl+S would save the hidden page: nothing store-related works while locked.
        QTest::keyClick(c->window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(page.isDirty());
        QCOMPARE(events(c->store(), EventCode::SettingsSaved), 0);
        // Closing asks before the unsaved input is lost, and saves nothing.
        MessageBoxes::setAutomaticAnswer(QMessageBox::No);
        QVERIFY(!c->window->close());
        const QList<MessageBoxes::Shown> asked = MessageBoxes::takeShown();
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().text.contains(QLatin1String("locked")));
        QVERIFY(c->window->isVisible());
        QCOMPARE(events(c->store(), EventCode::SettingsSaved), 0);
    }

    void unlocksFromThisComputersKeychain()
    {
        auto c = console();
        QVERIFY(c);
        // Not remembered yet: the keychain button says so and the console stays locked.
        QVERIFY(c->lock().lock(ConsoleLock::Reason::Manual));
        QTest::mouseClick(child<QPushButton>(&c->screen(), "keychain"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!c->screen().error().isEmpty(), 10000);
        QVERIFY(c->lock().isLocked());
        QVERIFY(!c->keys().key());

        typeAndUnlock(*c, QString::fromLatin1(kPassphrase));
        QVERIFY(!c->lock().isLocked());

        QSignalSpy noted(&c->keys(), &StoreKeyController::note);
        QCOMPARE(c->keys().unlock(QString::fromLatin1(kPassphrase), true), QString()); // and remember it
        QTRY_VERIFY_WITH_TIMEOUT(!noted.isEmpty(), 10000);
        if (!noted.last().first().toString().contains(QLatin1String("remembered")))
            QSKIP("no usable keychain here (run inside the D-Bus session of scripts/test)");
        QVERIFY(c->lock().lock(ConsoleLock::Reason::Manual));
        QVERIFY(!c->keys().key());
        QTest::mouseClick(child<QPushButton>(&c->screen(), "keychain"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!c->lock().isLocked(), 10000);
        QVERIFY(c->keys().key());
        QVERIFY(lastEvent(c->store(), EventCode::ConsoleUnlocked).message.contains(QLatin1String("keychain")));
        c->keys().forget();
    }

    // Three free tries, then each wrong passphrase starts a pause (5 s, 10 s, …) in which even the
    // right passphrase is refused; the lock screen counts down with the field and Unlock disabled.
    void wrongPassphrasesPauseTheLockScreen()
    {
        auto c = console();
        QVERIFY(c);
        QVERIFY(c->lock().lock(ConsoleLock::Reason::Manual));
        const QString wrong = QStringLiteral("wrong horse battery staple");
        for (int i = 0; i < 2; ++i) {
            typeAndUnlock(*c, wrong);
            QVERIFY(screenTakesPassphrase(*c));
            QVERIFY(waitText(&c->screen()).isEmpty());
        }
        QCOMPARE(events(c->store(), EventCode::ConsoleUnlockPaused), 0);

        typeAndUnlock(*c, wrong);
        verifyLocked(*c);
        QCOMPARE(c->screen().waitSeconds(), 5);
        QVERIFY(!screenTakesPassphrase(*c));
        QVERIFY(child<QPushButton>(&c->screen(), "keychain")->isEnabled()); // asks for no passphrase
        QVERIFY2(waitText(&c->screen()).startsWith(QLatin1String("Too many wrong passphrases. Try again in 0:05.")),
                 qPrintable(waitText(&c->screen())));
        QCOMPARE(events(c->store(), EventCode::ConsoleUnlockRefused), 3);
        QCOMPARE(events(c->store(), EventCode::ConsoleUnlockPaused), 1);
        const Event paused = lastEvent(c->store(), EventCode::ConsoleUnlockPaused);
        QCOMPARE(paused.actor, expectedActor());
        QCOMPARE(paused.params.value(QLatin1String("tries")).toInt(), 3);
        QCOMPARE(paused.params.value(QLatin1String("seconds")).toInt(), 5);
        // (English plurals come from the translator the application installs; this test has none.)
        QVERIFY2(EventText::render(paused).startsWith(QLatin1String("Console unlock paused for 5 second")),
                 qPrintable(EventText::render(paused)));
        QVERIFY(!paused.message.contains(QLatin1String("horse")));

        // Meanwhile even the right passphrase is refused, untried and unlogged (a script cannot go around the screen).
        QVERIFY(c->lock().unlock(QString::fromLatin1(kPassphrase)).contains(QLatin1String("Try again in 0:05")));
        QVERIFY(c->keys().unlock(QString::fromLatin1(kPassphrase), false).contains(QLatin1String("Try again")));
        verifyLocked(*c);
        QCOMPARE(events(c->store(), EventCode::ConsoleUnlockRefused), 3);

        // The countdown runs with the clock and gives the field back at zero.
        c->clock.advanceSeconds(4);
        c->keys().updateUnlockWait();
        QVERIFY(waitText(&c->screen()).contains(QLatin1String("0:01")));
        QVERIFY(!screenTakesPassphrase(*c));
        c->clock.advanceSeconds(1);
        c->keys().updateUnlockWait();
        QCOMPARE(c->screen().waitSeconds(), 0);
        QVERIFY(waitText(&c->screen()).isEmpty());
        QVERIFY(screenTakesPassphrase(*c));

        // The next wrong one waits twice as long.
        typeAndUnlock(*c, wrong);
        QCOMPARE(c->screen().waitSeconds(), 10);
        QCOMPARE(lastEvent(c->store(), EventCode::ConsoleUnlockPaused).params.value(QLatin1String("seconds")).toInt(),
                 10);
        QCOMPARE(lastEvent(c->store(), EventCode::ConsoleUnlockPaused).params.value(QLatin1String("tries")).toInt(), 4);
        c->clock.advanceSeconds(10);
        c->keys().updateUnlockWait();
        typeAndUnlock(*c, QString::fromLatin1(kPassphrase));
        QVERIFY(!c->lock().isLocked());

        // The right passphrase starts the count again: three free tries after the next lock.
        QVERIFY(c->lock().lock(ConsoleLock::Reason::Manual));
        typeAndUnlock(*c, wrong);
        typeAndUnlock(*c, wrong);
        QVERIFY(screenTakesPassphrase(*c));
        QCOMPARE(events(c->store(), EventCode::ConsoleUnlockPaused), 2);
    }

    // A pause is kept on this computer per store: a console started again (or locked again) waits
    // too, and the Unlock Store Key dialog at opening counts down the same way.
    void aPauseOutlivesTheConsoleAndCoversTheOpeningDialog()
    {
        auto c = console();
        QVERIFY(c);
        QVERIFY(c->lock().lock(ConsoleLock::Reason::Manual));
        for (int i = 0; i < 3; ++i)
            typeAndUnlock(*c, QStringLiteral("wrong horse battery staple"));
        QCOMPARE(c->screen().waitSeconds(), 5);
        MessageBoxes::setAutomaticAnswer(QMessageBox::Yes);
        c->window.reset(); // quit while locked

        c->clock.advanceSeconds(2);
        auto window = std::make_unique<MainWindow>(c->languages);
        window->consoleLock()->setClock(c->clock);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(
            window->openStore(*StoreUrl::parse(c->url), TestStores::postgresPassword(), Store::OpenMode::OpenExisting));
        // The keychain does not hold the key, so the console asks for the passphrase.
        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<UnlockStoreKeyDialog*>(), 10000);
        auto* dialog = window->findChild<UnlockStoreKeyDialog*>();
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY2(waitText(dialog).contains(QLatin1String("Try again in 0:03")), qPrintable(waitText(dialog)));
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!child<QLineEdit>(dialog, "passphrase")->isEnabled());
        typeAndAccept(dialog, QString::fromLatin1(kPassphrase));
        QVERIFY(!window->storeKeys()->key());

        c->clock.advanceSeconds(3);
        window->storeKeys()->updateUnlockWait();
        QVERIFY(ok->isEnabled());
        QVERIFY(waitText(dialog).isEmpty());
        typeAndAccept(dialog, QString::fromLatin1(kPassphrase));
        QVERIFY(window->storeKeys()->key());
        QCOMPARE(window->storeKeys()->unlockWaitSeconds(), 0);
        MessageBoxes::setAutomaticAnswer(QMessageBox::Yes);
    }

    // The Unlock Store Key dialog and Change Store Passphrase are guesses at the same passphrase:
    // the same count (shared with the lock screen), the same pauses, events 3056 and 3055.
    void theStoreKeyDialogsAreThrottledToo()
    {
        auto c = console();
        QVERIFY(c);
        c->keys().lock(); // the key wiped, the console not locked: File → Unlock Store Key… is the way back
        QTRY_VERIFY(!c->window->findChild<UnlockStoreKeyDialog*>()); // the one from opening is gone
        UnlockStoreKeyDialog* dialog = c->keys().showUnlockDialog();
        QVERIFY(dialog);
        for (int i = 0; i < 3; ++i)
            typeAndAccept(dialog, QStringLiteral("wrong horse battery staple"));
        QVERIFY(!c->keys().key());
        QCOMPARE(events(c->store(), EventCode::StoreKeyUnlockRefused), 3);
        QCOMPARE(lastEvent(c->store(), EventCode::StoreKeyUnlockRefused).actor, expectedActor());
        QCOMPARE(events(c->store(), EventCode::StoreKeyUnlockPaused), 1);
        const Event paused = lastEvent(c->store(), EventCode::StoreKeyUnlockPaused);
        QCOMPARE(paused.actor, expectedActor());
        QCOMPARE(paused.params.value(QLatin1String("tries")).toInt(), 3);
        QCOMPARE(paused.params.value(QLatin1String("seconds")).toInt(), 5);
        QVERIFY(!paused.message.contains(QLatin1String("horse")));
        QCOMPARE(events(c->store(), EventCode::ConsoleUnlockRefused), 0);
        QVERIFY(waitText(dialog).contains(QLatin1String("0:05")));
        QVERIFY(!dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());

        // Closing and opening the dialog again gives no new tries.
        const QPointer<UnlockStoreKeyDialog> closed = dialog;
        dialog->reject();
        QTRY_VERIFY(!closed);
        dialog = c->keys().showUnlockDialog();
        QVERIFY(dialog);
        QVERIFY(waitText(dialog).contains(QLatin1String("0:05")));

        // Change Store Passphrase refuses the right current passphrase too while paused.
        ChangePassphraseDialog* change = c->keys().showChangePassphraseDialog();
        QVERIFY(change);
        child<QLineEdit>(change, "current")->setText(QString::fromLatin1(kPassphrase));
        child<QLineEdit>(change, "next")->setText(QStringLiteral("a brand new passphrase"));
        child<QLineEdit>(change, "repeat")->setText(QStringLiteral("a brand new passphrase"));
        change->accept();
        QVERIFY2(change->error().contains(QLatin1String("Try again in 0:05")), qPrintable(change->error()));
        QCOMPARE(events(c->store(), EventCode::StoreKeyChanged), 0);
        change->reject();

        // Locking the console now: the lock screen goes on with the same pause and the same count.
        QVERIFY(c->lock().lock(ConsoleLock::Reason::Manual));
        QCOMPARE(c->screen().waitSeconds(), 5);
        QVERIFY(!screenTakesPassphrase(*c));
        c->clock.advanceSeconds(5);
        c->keys().updateUnlockWait();
        QVERIFY(screenTakesPassphrase(*c));
        typeAndUnlock(*c, QStringLiteral("wrong horse battery staple"));
        QCOMPARE(c->screen().waitSeconds(), 10);
        QCOMPARE(events(c->store(), EventCode::ConsoleUnlockPaused), 1);
        QCOMPARE(lastEvent(c->store(), EventCode::ConsoleUnlockPaused).params.value(QLatin1String("tries")).toInt(), 4);
        c->clock.advanceSeconds(10);
        c->keys().updateUnlockWait();
        typeAndUnlock(*c, QString::fromLatin1(kPassphrase));
        QVERIFY(!c->lock().isLocked());
        QVERIFY(c->keys().key());
        QCOMPARE(c->keys().unlockWaitSeconds(), 0);
    }

    void aStoreWithoutAKeyDoesNotLock()
    {
        QFETCH_GLOBAL(QString, dialect);
        TestStores stores;
        const QString url = stores.freshUrl(dialect);
        QVERIFY(!url.isEmpty());
        QVERIFY(stores.openAgainOrCreate(url));
        Languages languages;
        ManualClock clock;
        MainWindow window(languages);
        window.consoleLock()->setClock(clock);
        QVERIFY(!window.consoleLock()->lock(ConsoleLock::Reason::Manual)); // no store at all
        QVERIFY(window.openStore(*StoreUrl::parse(url), TestStores::postgresPassword(), Store::OpenMode::OpenExisting));
        QVERIFY(!window.consoleLock()->lockAction()->isEnabled());
        clock.advanceSeconds(3600);
        QVERIFY(!window.consoleLock()->idleLock()->check());
        QVERIFY(!window.consoleLock()->isLocked());
    }

private:
    QTemporaryDir m_dir;
    bool m_shownBeforeLock = false;
    bool m_leftOpen = false;
};

QTEST_MAIN(TestConsoleLock)
#include "TestConsoleLock.moc"
