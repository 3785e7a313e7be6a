#include "ChangePassphraseDialog.h"
#include "CreateStoreKeyDialog.h"
#include "DictionaryTranslator.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "StoreKeyController.h"
#include "TestStores.h"
#include "UnlockStoreKeyDialog.h"
#include "crypto/StoreKey.h"
#include "domain/EventCode.h"
#include "engine/OtpService.h"
#include "engine/SystemClock.h"
#include "events/EventsPage.h"
#include "helpdesk/AuthenticatorDetailPane.h"
#include "helpdesk/HelpDeskPage.h"
#include "helpdesk/RegisterAuthenticatorDialog.h"
#include "helpdesk/UserImportDialog.h"
#include "items/AuthenticatorTableModel.h"
#include "items/EventTableModel.h"
#include "store/AuthenticatorRepository.h"
#include "store/DemoPopulator.h"
#include "store/EventQuery.h"
#include "store/SettingsRepository.h"
#include "store/StoreKeyVault.h"
#include "util/ActorName.h"
#include "util/Languages.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

// The help desk driven through its real widgets on SQLite and PostgreSQL (when scripts/test
// started one): search, unblock (one, the selection, all), every action's event, CSV import with
// bad rows and Cancel, the events view and its CSV export, the store key's keychain round trip,
// changing its passphrase, and creating a key for a store that has none.
class TestHelpDesk : public QObject {
    Q_OBJECT

private:
    static constexpr const char* kPassphrase = "correct horse battery staple";

    struct Fixture {
        TestStores stores;
        QString url;
        std::unique_ptr<Store> store;
        std::optional<StoreKey> key;
        std::unique_ptr<HelpDeskPage> page;
    };

    // 30 users: user00..user29 with phones +7916200xxxx; every third blocked; user01 has failures.
    std::unique_ptr<Fixture> fixture()
    {
        QFETCH_GLOBAL(QString, dialect);
        auto f = std::make_unique<Fixture>();
        f->url = f->stores.freshUrl(dialect);
        if (f->url.isEmpty())
            return nullptr;
        f->store = f->stores.openAgainOrCreate(f->url);
        if (!f->store)
            return nullptr;
        Result<StoreKey> key = StoreKeyVault(*f->store).create(QString::fromLatin1(kPassphrase), QStringLiteral("t"));
        if (!key)
            return nullptr;
        f->key = key.take();
        SystemClock clock;
        OtpService service(*f->store, &*f->key, clock);
        AuthenticatorRepository repo(*f->store, &*f->key);
        for (int i = 0; i < 30; ++i) {
            const QString login = QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0'));
            const auto out = service.registerAuthenticator(
                login, QStringLiteral("+7916200%1").arg(i, 4, 10, QLatin1Char('0')),
                QStringLiteral("comment %1").arg(i), {QStringLiteral("setup")}, QStringLiteral("Person %1").arg(i));
            if (!out.ok) {
                qWarning("%s", qPrintable(out.describe()));
                return nullptr;
            }
            if (i % 3 == 0)
                repo.block(login, Authenticator::BlockState::UntilUnblock, {});
        }
        repo.recordFailure(QStringLiteral("user01"), 2, QDateTime::currentDateTimeUtc());
        f->page = std::make_unique<HelpDeskPage>();
        f->page->setStore(f->store.get());
        f->page->setStoreKey(&*f->key);
        f->page->resize(1000, 700);
        f->page->show();
        if (!QTest::qWaitForWindowExposed(f->page.get()))
            return nullptr;
        return f;
    }

    // A console on a store without a key, as "smsotp-cli store init" without a passphrase leaves it.
    struct KeylessConsole {
        TestStores stores;
        QString url;
        Languages languages;
        std::unique_ptr<MainWindow> window;

        Store& store() const { return *window->store(); }
        StoreKeyController& keys() const { return *window->storeKeys(); }
        HelpDeskPage& helpDesk() const { return *window->findChild<HelpDeskPage*>(); }
    };

    std::unique_ptr<KeylessConsole> keylessConsole()
    {
        QFETCH_GLOBAL(QString, dialect);
        auto c = std::make_unique<KeylessConsole>();
        c->url = c->stores.freshUrl(dialect);
        if (c->url.isEmpty() || !c->stores.openAgainOrCreate(c->url))
            return nullptr;
        c->window = std::make_unique<MainWindow>(c->languages);
        c->window->show();
        if (!QTest::qWaitForWindowExposed(c->window.get()))
            return nullptr;
        if (!c->window->openStore(*StoreUrl::parse(c->url), TestStores::postgresPassword(),
                                  Store::OpenMode::OpenExisting))
            return nullptr;
        return c;
    }

    // Types both passphrases into the dialog and presses its Create button.
    static void submit(CreateStoreKeyDialog& dialog, const QString& passphrase, const QString& repeat)
    {
        for (const auto& [name, text] : {std::pair{"next", passphrase}, std::pair{"repeat", repeat}}) {
            auto* field = child<QLineEdit>(&dialog, name);
            QVERIFY(field);
            field->selectAll();
            QTest::keyClick(field, Qt::Key_Backspace);
            QTest::keyClicks(field, text);
        }
        QPushButton* create = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(create);
        QTest::mouseClick(create, Qt::LeftButton);
    }

    static qint64 events(Store& store, int code, const QString& account = {})
    {
        EventQuery::Filter filter;
        filter.code = code;
        filter.account = account;
        return EventQuery(store).count(filter).value();
    }

    static Authenticator row(Fixture& f, const QString& login)
    {
        return *AuthenticatorRepository(*f.store, &*f.key).find(login).value();
    }

    template <typename T> static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QLatin1String(name));
    }

    // Clicks the tool bar button of an action, as a user does, or picks it from the Actions menu
    // when the tool bar leaves it there.
    static void click(HelpDeskPage& page, const char* actionName)
    {
        auto* action = child<QAction>(&page, actionName);
        QVERIFY(action);
        QVERIFY2(action->isEnabled(), actionName);
        auto* button = qobject_cast<QToolButton*>(child<QToolBar>(&page, "helpDeskToolBar")->widgetForAction(action));
        if (button) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
        auto* menu = child<QMenu>(&page, "helpDeskActionsMenu");
        QVERIFY(menu);
        QVERIFY2(menu->actions().contains(action), actionName);
        QVERIFY(child<QToolButton>(&page, "actionsButton")->menu() == menu);
        action->trigger();
    }

    static void search(HelpDeskPage& page, const QString& text)
    {
        auto* field = child<QLineEdit>(&page, "search");
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
        // The search is debounced: it applies shortly after typing stops.
        QTRY_COMPARE(page.model()->searchText(), text);
    }

    static void selectRow(HelpDeskPage& page, int row)
    {
        QTableView* table = page.table();
        const QRect rect = table->visualRect(page.model()->index(row, AuthenticatorTableModel::Login));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        // Offscreen windows are never activated, so the click does not move the focus by itself.
        table->setFocus();
        QCOMPARE(page.selectedLogins().size(), 1);
    }

private Q_SLOTS:
    void initTestCase_data() { TestStores::addDialectRows(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        MessageBoxes::setAutomaticAnswer(QMessageBox::Yes);
    }

    void init() { MessageBoxes::takeShown(); }

    void searchesAndFiltersThroughTheWidgets()
    {
        auto f = fixture();
        QVERIFY(f);
        HelpDeskPage& page = *f->page;
        QCOMPARE(page.model()->rowCount(), 30);
        QVERIFY(child<QLabel>(&page, "count")->text().contains(QLatin1String("30")));
        search(page, QStringLiteral("user1"));
        QCOMPARE(page.model()->rowCount(), 10);
        // A phone number, written as people write it, finds its one account.
        search(page, QStringLiteral("8 (916) 200-00-07"));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->loginAt(0), QStringLiteral("user07"));
        search(page, QString());
        auto* status = child<QComboBox>(&page, "statusFilter");
        status->setCurrentIndex(int(AuthenticatorTableModel::StatusFilter::Blocked));
        QCOMPARE(page.model()->rowCount(), 10);
        // Ctrl+F puts the cursor in the search box.
        page.table()->setFocus();
        QTest::keyClick(page.table(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(child<QLineEdit>(&page, "search")->hasFocus());
    }

    void unblocksOneAndExplainsWhy()
    {
        auto f = fixture();
        QVERIFY(f);
        HelpDeskPage& page = *f->page;
        search(page, QStringLiteral("user03"));
        selectRow(page, 0);
        auto* detail = child<AuthenticatorDetailPane>(&page, "detailPane");
        QVERIFY2(detail->explanation().contains(QLatin1String("Only a help-desk unblock")),
                 qPrintable(detail->explanation()));
        QTRY_VERIFY(detail->events()->rowCount() >= 1); // its registration
        click(page, "unblockAction");
        QCOMPARE(row(*f, QStringLiteral("user03")).blockState, Authenticator::BlockState::None);
        QCOMPARE(events(*f->store, EventCode::AuthenticatorUnblocked, QStringLiteral("user03")), 1);
        EventQuery::Filter filter;
        filter.code = EventCode::AuthenticatorUnblocked;
        QCOMPARE(EventQuery(*f->store).list(filter).value().first().actor, ActorName::console());
        QCOMPARE(page.model()->index(0, AuthenticatorTableModel::Status).data().toString(), QStringLiteral("active"));
        QVERIFY(detail->explanation().contains(QLatin1String("Active")));
        QVERIFY(MessageBoxes::takeShown().isEmpty()); // one account: no confirmation needed
    }

    void unblocksTheSelectionAfterConfirmation()
    {
        auto f = fixture();
        QVERIFY(f);
        HelpDeskPage& page = *f->page;
        page.table()->selectAll();
        page.table()->setFocus();
        QCOMPARE(page.selectedLogins().size(), 30);
        QTest::keyClick(page.table(), Qt::Key_U, Qt::ControlModifier);
        const QList<MessageBoxes::Shown> shown = MessageBoxes::takeShown();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().text.contains(QLatin1String("30")));
        QCOMPARE(events(*f->store, EventCode::AuthenticatorUnblocked), 10);
        AuthenticatorRepository::Filter blocked;
        blocked.blockedOnly = true;
        QCOMPARE(AuthenticatorRepository(*f->store, &*f->key).count(blocked).value(), 0);
    }

    void unblockAllShowsTheCountAndLeavesOthersAlone()
    {
        auto f = fixture();
        QVERIFY(f);
        HelpDeskPage& page = *f->page;
        MessageBoxes::setAutomaticAnswer(QMessageBox::No);
        click(page, "unblockAllAction");
        QList<MessageBoxes::Shown> shown = MessageBoxes::takeShown();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().text.contains(QLatin1String("all 10 blocked")), qPrintable(shown.first().text));
        QCOMPARE(row(*f, QStringLiteral("user00")).blockState, Authenticator::BlockState::UntilUnblock);

        MessageBoxes::setAutomaticAnswer(QMessageBox::Yes);
        click(page, "unblockAllAction");
        QCOMPARE(MessageBoxes::takeShown().size(), 1);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(row(*f, QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0'))).blockState,
                     Authenticator::BlockState::None);
        // A row that was not blocked keeps its failure counter.
        QCOMPARE(row(*f, QStringLiteral("user01")).failedCount, 2);
        QCOMPARE(events(*f->store, EventCode::AuthenticatorUnblocked), 1);
        QVERIFY(child<QLabel>(&page, "feedback")->text().contains(QLatin1String("10")));
    }

    void everyActionWritesItsEvent()
    {
        auto f = fixture();
        QVERIFY(f);
        HelpDeskPage& page = *f->page;
        const QString user = ActorName::console();

        search(page, QStringLiteral("user01"));
        selectRow(page, 0);
        click(page, "resetCounterAction");
        QCOMPARE(row(*f, QStringLiteral("user01")).failedCount, 0);
        QCOMPARE(events(*f->store, EventCode::FailureCounterReset, QStringLiteral("user01")), 1);

        click(page, "editPhoneAction");
        auto* phone = child<QInputDialog>(&page, "editPhoneDialog");
        QVERIFY(phone);
        phone->setTextValue(QStringLiteral("8 (999) 111-22-33"));
        phone->accept();
        QCOMPARE(AuthenticatorRepository(*f->store, &*f->key).phone(QStringLiteral("user01")).value(),
                 QStringLiteral("+79991112233"));
        QCOMPARE(events(*f->store, EventCode::PhoneChanged, QStringLiteral("user01")), 1);

        selectRow(page, 0);
        click(page, "editCommentAction");
        auto* comment = child<QInputDialog>(&page, "editCommentDialog");
        QVERIFY(comment);
        comment->setTextValue(QStringLiteral("new desk"));
        comment->accept();
        QCOMPARE(row(*f, QStringLiteral("user01")).comment, QStringLiteral("new desk"));
        QCOMPARE(events(*f->store, EventCode::CommentChanged, QStringLiteral("user01")), 1);

        selectRow(page, 0);
        click(page, "revealAction");
        const QList<MessageBoxes::Shown> shown = MessageBoxes::takeShown();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().text, QStringLiteral("+79991112233"));
        QCOMPARE(events(*f->store, EventCode::PhoneRevealed, QStringLiteral("user01")), 1);

        click(page, "registerAction");
        auto* dialog = child<RegisterAuthenticatorDialog>(&page, "registerDialog");
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, "login"), QStringLiteral("newcomer"));
        QTest::keyClicks(child<QLineEdit>(dialog, "phone"), QStringLiteral("not a number"));
        dialog->accept();
        QVERIFY(dialog->isVisible()); // refused: says why and stays open
        QVERIFY(!dialog->error().isEmpty());
        child<QLineEdit>(dialog, "phone")->setText(QStringLiteral("+7 916 555 44 33"));
        QTest::keyClicks(child<QLineEdit>(dialog, "displayName"), QStringLiteral("New Comer"));
        dialog->accept();
        QVERIFY(row(*f, QStringLiteral("newcomer")).displayName == QLatin1String("New Comer"));
        QCOMPARE(events(*f->store, EventCode::AuthenticatorRegistered, QStringLiteral("newcomer")), 1);

        search(page, QStringLiteral("user02"));
        selectRow(page, 0);
        // The dialogs took the activation; shortcuts work in the active window only.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTest::keyClick(page.table(), Qt::Key_Delete);
        QCOMPARE(MessageBoxes::takeShown().size(), 1);
        QVERIFY(!AuthenticatorRepository(*f->store, &*f->key).find(QStringLiteral("user02")).value());
        QCOMPARE(events(*f->store, EventCode::AuthenticatorDeleted, QStringLiteral("user02")), 1);

        // Every console action names the console user; no event holds a whole phone number.
        EventQuery::Filter all;
        all.limit = 10000;
        for (const Event& e : EventQuery(*f->store).list(all).value()) {
            if (e.code == EventCode::PhoneRevealed || e.code == EventCode::PhoneChanged ||
                e.code == EventCode::CommentChanged || e.code == EventCode::AuthenticatorDeleted ||
                e.code == EventCode::FailureCounterReset)
                QCOMPARE(e.actor, user);
            QVERIFY2(!e.message.contains(QLatin1String("1112233")) && !e.message.contains(QLatin1String("5554433")),
                     qPrintable(e.message));
        }
    }

    void actionsNeedingTheKeyWaitForIt()
    {
        auto f = fixture();
        QVERIFY(f);
        f->page->setStoreKey(nullptr);
        selectRow(*f->page, 0);
        QVERIFY(!child<QAction>(f->page.get(), "revealAction")->isEnabled());
        QVERIFY(!child<QAction>(f->page.get(), "registerAction")->isEnabled());
        QVERIFY(child<QAction>(f->page.get(), "unblockAction")->isEnabled());
    }

    void importsCsvWithBadRowsAndCancel()
    {
        auto f = fixture();
        QVERIFY(f);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("users.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("login,phone,comment\n"
                   "alice,8 916 300 00 01,Sales\n"
                   "\"bob, jr\",+79163000002,\"quoted, comment\"\n"
                   "carol,not a phone,\n"
                   "alice,+79163000003,twice\n"
                   "user05,+79163000004,already there\n"
                   ",+79163000005,no login\n"
                   "dave;x,+79163000006\n");
        file.close();

        UserImportDialog dialog(*f->store, &*f->key, QStringLiteral("importer"));
        QVERIFY(dialog.loadFile(path));
        QCOMPARE(dialog.rows().size(), 7);
        QCOMPARE(dialog.importableRows(), 3);
        QVERIFY(dialog.rows().at(2).problem.contains(QLatin1String("Phone number refused")));
        QVERIFY(dialog.rows().at(3).problem.contains(QLatin1String("earlier")));
        QVERIFY(dialog.rows().at(4).problem.contains(QLatin1String("already")));
        QVERIFY(!dialog.rows().at(5).problem.isEmpty());
        QCOMPARE(dialog.preview()->rowCount(), 7);
        QVERIFY(dialog.summary().startsWith(QLatin1String("3 row")));

        // Cancel at the first row: nothing at all is imported.
        QTimer::singleShot(0, &dialog, [&dialog]() {
            if (auto* progress = dialog.findChild<QProgressDialog*>(QStringLiteral("importProgress")))
                progress->cancel();
        });
        dialog.startImport();
        QList<MessageBoxes::Shown> shown = MessageBoxes::takeShown();
        QVERIFY(shown.size() >= 2); // "skip the bad rows?" then "cancelled"
        QVERIFY(shown.last().text.contains(QLatin1String("nothing was imported")));
        QVERIFY(!AuthenticatorRepository(*f->store, &*f->key).find(QStringLiteral("alice")).value());
        QCOMPARE(events(*f->store, EventCode::AuthenticatorRegistered), 30);

        QSignalSpy imported(&dialog, &UserImportDialog::imported);
        dialog.startImport();
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.first().first().toInt(), 3);
        QCOMPARE(AuthenticatorRepository(*f->store, &*f->key).phone(QStringLiteral("bob, jr")).value(),
                 QStringLiteral("+79163000002"));
        QCOMPARE(row(*f, QStringLiteral("bob, jr")).comment, QStringLiteral("quoted, comment"));
        QCOMPARE(events(*f->store, EventCode::AuthenticatorRegistered), 33);
        QCOMPARE(row(*f, QStringLiteral("user05")).comment, QStringLiteral("comment 5")); // untouched
    }

    void eventsViewFiltersAndExports()
    {
        auto f = fixture();
        QVERIFY(f);
        EventsPage page;
        page.setStore(f->store.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 31); // 30 registrations and the key's creation
        auto* code = child<QComboBox>(&page, "codeFilter");
        code->setCurrentIndex(code->findData(int(EventCode::AuthenticatorRegistered)));
        QCOMPARE(page.model()->rowCount(), 30);
        QTest::keyClicks(child<QLineEdit>(&page, "accountFilter"), QStringLiteral("user07"));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        child<QLineEdit>(&page, "accountFilter")->clear();
        QTRY_COMPARE(page.model()->rowCount(), 30);
        child<QCheckBox>(&page, "useSince")->setChecked(true);
        child<QDateTimeEdit>(&page, "since")->setDateTime(QDateTime::currentDateTime().addDays(1));
        QTRY_COMPARE(page.model()->rowCount(), 0);
        child<QCheckBox>(&page, "useSince")->setChecked(false);
        QTRY_COMPARE(page.model()->rowCount(), 30);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.csv"));
        QVERIFY(page.exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 31);
        QVERIFY(lines.first().startsWith(QLatin1String("Time,Code,Severity,Account")));
        QVERIFY(lines.at(1).contains(QLatin1String(",1010,")));
    }

    // On a server a large result first shows the database's estimate, marked as such, until the
    // exact count arrives; an export reads the real number of rows either way.
    void showsAnApproximateCountUntilTheExactOneArrives()
    {
        if (!TestStores::dialects().contains(QStringLiteral("postgresql")))
            QSKIP("No PostgreSQL configured (SMSOTP_TEST_PG_URL)");
        TestStores stores;
        std::unique_ptr<Store> store = stores.openFresh(QStringLiteral("postgresql"));
        QVERIFY(store);
        Result<StoreKey> key = StoreKeyVault(*store).create(QString::fromLatin1(kPassphrase), QStringLiteral("t"));
        QVERIFY(key);
        SystemClock clock;
        OtpService service(*store, &*key, clock);
        for (int i = 0; i < 12; ++i)
            QVERIFY(service
                        .registerAuthenticator(QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0')),
                                               QStringLiteral("+7916300%1").arg(i, 4, 10, QLatin1Char('0')), {},
                                               {QStringLiteral("setup")})
                        .ok);
        const qint64 eventCount = events(*store, 0);
        QCOMPARE(eventCount, qint64(13)); // 12 registrations and the key's creation

        HelpDeskPage page;
        page.model()->setEstimateThreshold(0); // every result is "large"
        page.setStore(store.get());
        auto* count = child<QLabel>(&page, "count");
        QVERIFY2(count->text().startsWith(QLatin1String("about ")), qPrintable(count->text()));
        QVERIFY(!count->toolTip().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->totalIsExact(), 20000);
        QVERIFY2(count->text().startsWith(QLatin1String("12 authenticator")), qPrintable(count->text()));
        QVERIFY(count->toolTip().isEmpty());

        EventsPage log;
        log.model()->setEstimateThreshold(0);
        log.setStore(store.get());
        auto* logCount = child<QLabel>(&log, "count");
        QVERIFY2(logCount->text().startsWith(QLatin1String("about ")), qPrintable(logCount->text()));
        // Exporting before the count arrives counts first, so the file holds every event.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.csv"));
        // The export speaks the console's language (here a test translator) and keeps the code.
        DictionaryTranslator translator;
        translator.add("EventText", "Store key created", QStringLiteral("Ключ хранилища создан"));
        translator.add("EventTableModel", "Code", QStringLiteral("Код"));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const bool exported = log.exportCsv(path);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(exported);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(eventCount) + 1);
        QCOMPARE(lines.first().split(QLatin1Char(',')).value(EventTableModel::Code), QStringLiteral("Код"));
        const QStringList keyRow = lines.filter(QStringLiteral("Ключ хранилища создан"));
        QCOMPARE(keyRow.size(), 1);
        QCOMPARE(keyRow.first().split(QLatin1Char(',')).value(EventTableModel::Code), QStringLiteral("3005"));
        QVERIFY2(logCount->text().startsWith(QLatin1String("13 event")), qPrintable(logCount->text()));
        page.setStore(nullptr);
        log.setStore(nullptr);
        // Counts overtaken by the export run on: let them end before the test database is dropped.
        QThreadPool::globalInstance()->waitForDone(20000);
    }

    void storeKeyRoundTripThroughTheKeychain()
    {
        auto f = fixture();
        QVERIFY(f);
        QWidget window;
        {
            // First time on this computer: the passphrase is asked.
            StoreKeyController keys(&window);
            keys.forget();
            QSignalSpy looked(&keys, &StoreKeyController::lookupFinished);
            keys.setStore(f->store.get());
            QVERIFY(looked.wait(10000) || looked.count() == 1);
            auto* dialog = window.findChild<UnlockStoreKeyDialog*>(QStringLiteral("unlockStoreKeyDialog"));
            if (!dialog)
                QSKIP("no usable keychain here (run inside the D-Bus session of scripts/test)");
            child<QLineEdit>(dialog, "passphrase")->setText(QStringLiteral("wrong passphrase"));
            dialog->accept();
            QVERIFY(!dialog->error().isEmpty());
            QVERIFY(!keys.key());
            child<QLineEdit>(dialog, "passphrase")->setText(QString::fromLatin1(kPassphrase));
            child<QCheckBox>(dialog, "remember")->setChecked(true);
            QSignalSpy noted(&keys, &StoreKeyController::note);
            dialog->accept();
            QVERIFY(keys.key());
            QCOMPARE(keys.key()->fingerprint(), f->key->fingerprint());
            QVERIFY(noted.wait(10000));
            QVERIFY2(noted.last().first().toString().contains(QLatin1String("remembered")),
                     qPrintable(noted.last().first().toString()));
        }
        {
            // Next time: the keychain has it, nothing is asked.
            QWidget other;
            StoreKeyController keys(&other);
            QSignalSpy looked(&keys, &StoreKeyController::lookupFinished);
            QSignalSpy changed(&keys, &StoreKeyController::keyChanged);
            keys.setStore(f->store.get());
            QVERIFY(looked.wait(10000));
            QVERIFY(keys.key());
            QCOMPARE(keys.key()->fingerprint(), f->key->fingerprint());
            QVERIFY(!other.findChild<UnlockStoreKeyDialog*>());
            // Forget: the next opening asks again.
            QSignalSpy noted(&keys, &StoreKeyController::note);
            keys.forget();
            QVERIFY(noted.wait(10000));
        }
        {
            QWidget third;
            StoreKeyController keys(&third);
            QSignalSpy looked(&keys, &StoreKeyController::lookupFinished);
            keys.setStore(f->store.get());
            QVERIFY(looked.wait(10000));
            QVERIFY(!keys.key());
            QVERIFY(third.findChild<UnlockStoreKeyDialog*>());
        }
        // Changing the passphrase re-wraps the same key.
        QVERIFY(StoreKeyVault(*f->store).changePassphrase(
            QString::fromLatin1(kPassphrase), QStringLiteral("another long passphrase"), QStringLiteral("t")));
        QCOMPARE(StoreKeyVault(*f->store).unlock(QStringLiteral("another long passphrase"))->fingerprint(),
                 f->key->fingerprint());
    }

    void createsAKeyForAKeylessStoreThroughTheDialog()
    {
        auto c = keylessConsole();
        QVERIFY(c);
        StoreKeyController& keys = c->keys();
        QAction* create = keys.createKeyAction();
        QVERIFY(child<QMenu>(c->window.get(), "fileMenu")->actions().contains(create));
        QVERIFY(create->isEnabled());
        QVERIFY(!keys.unlockAction()->isEnabled());
        QVERIFY(!keys.changePassphraseAction()->isEnabled());
        QVERIFY(!keys.forgetAction()->isEnabled());
        QVERIFY(!c->window->findChild<UnlockStoreKeyDialog*>()); // nothing to unlock
        // The help desk points to the console's action, not to the command line.
        QVERIFY(c->window->selectPage(QStringLiteral("helpDesk")));
        HelpDeskPage& page = c->helpDesk();
        auto* registerAction = child<QAction>(&page, "registerAction");
        QVERIFY(!registerAction->isEnabled());
        QVERIFY2(registerAction->toolTip().contains(QStringLiteral("File → Create Store Key…")),
                 qPrintable(registerAction->toolTip()));

        create->trigger();
        QPointer<CreateStoreKeyDialog> dialog = c->window->findChild<CreateStoreKeyDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog.data(), "intro")->text().contains(QLatin1String("nobody can recover")));
        // A language switch while it is open keeps "Create" (the button box would put "OK" back).
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(dialog.data(), &languageChange);
        QCOMPARE(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->text(),
                 QStringLiteral("&Create"));

        // A typing mistake in one of the two fields: refused, nothing written.
        submit(*dialog, QString::fromLatin1(kPassphrase), QStringLiteral("correct horse battery stapel"));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->error(), QStringLiteral("The new passphrases differ."));
        // Too short: the store's own rule, in the words smsotp-cli uses.
        submit(*dialog, QStringLiteral("short"), QStringLiteral("short"));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->error(), StoreKey::passphraseProblem(QStringLiteral("short")));
        QVERIFY(!StoreKeyVault(c->store()).hasKey());
        QCOMPARE(events(c->store(), EventCode::StoreKeyCreated), 0);
        QVERIFY(!keys.key());
        QVERIFY(create->isEnabled());

        child<QCheckBox>(dialog.data(), "remember")->setChecked(true);
        QSignalSpy noted(&keys, &StoreKeyController::note);
        submit(*dialog, QString::fromLatin1(kPassphrase), QString::fromLatin1(kPassphrase));
        QTRY_VERIFY(!dialog); // accepted and closed
        QVERIFY(keys.key());
        QVERIFY(StoreKeyVault(c->store()).hasKey());
        QCOMPARE(StoreKeyVault(c->store()).unlock(QString::fromLatin1(kPassphrase))->fingerprint(),
                 keys.key()->fingerprint());
        EventQuery::Filter created;
        created.code = EventCode::StoreKeyCreated;
        const QList<Event> createdEvents = EventQuery(c->store()).list(created).value();
        QCOMPARE(createdEvents.size(), 1);
        QCOMPARE(createdEvents.first().actor, ActorName::console());
        QVERIFY(!create->isEnabled());
        QVERIFY(!keys.unlockAction()->isEnabled()); // already unlocked
        QVERIFY(keys.changePassphraseAction()->isEnabled());
        QVERIFY(keys.forgetAction()->isEnabled());

        // The help desk now works with phone numbers: register one, then find it by its number.
        QVERIFY(registerAction->isEnabled());
        QVERIFY(!registerAction->toolTip().contains(QLatin1String("Store Key")));
        click(page, "registerAction");
        auto* registration = child<RegisterAuthenticatorDialog>(&page, "registerDialog");
        QVERIFY(registration);
        QTest::keyClicks(child<QLineEdit>(registration, "login"), QStringLiteral("first.user"));
        QTest::keyClicks(child<QLineEdit>(registration, "phone"), QStringLiteral("+7 916 555 44 33"));
        registration->accept();
        QVERIFY2(registration->error().isEmpty(), qPrintable(registration->error()));
        search(page, QStringLiteral("8 (916) 555-44-33"));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->loginAt(0), QStringLiteral("first.user"));

        // "Remember on this computer": another console here opens the store without asking.
        const auto keychainAnswer = [&noted]() {
            for (const QList<QVariant>& n : std::as_const(noted)) {
                const QString text = n.first().toString();
                if (text.contains(QLatin1String("remembered")) || text.contains(QLatin1String("keychain")))
                    return text;
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!keychainAnswer().isEmpty(), 10000);
        if (!keychainAnswer().contains(QLatin1String("remembered")))
            QSKIP("no usable keychain here (run inside the D-Bus session of scripts/test)");
        std::unique_ptr<Store> again = c->stores.openAgain(c->url);
        QVERIFY(again);
        QWidget other;
        StoreKeyController otherKeys(&other);
        QSignalSpy looked(&otherKeys, &StoreKeyController::lookupFinished);
        otherKeys.setStore(again.get());
        QVERIFY(looked.wait(10000));
        QVERIFY(otherKeys.key());
        QCOMPARE(otherKeys.key()->fingerprint(), keys.key()->fingerprint());
        QVERIFY(!other.findChild<UnlockStoreKeyDialog*>());
        otherKeys.forget();
    }

    void createKeyRefusedWhenAnotherConsoleCreatedOneMeanwhile()
    {
        auto c = keylessConsole();
        QVERIFY(c);
        StoreKeyController& keys = c->keys();
        QVERIFY(c->window->selectPage(QStringLiteral("helpDesk")));
        keys.createKeyAction()->trigger();
        QPointer<CreateStoreKeyDialog> dialog = c->window->findChild<CreateStoreKeyDialog*>();
        QVERIFY(dialog);

        // While the dialog is open, another console creates the store's key.
        const QString theirPassphrase = QStringLiteral("the other console's passphrase");
        std::unique_ptr<Store> other = c->stores.openAgain(c->url);
        QVERIFY(other);
        Result<StoreKey> theirs = StoreKeyVault(*other).create(theirPassphrase, QStringLiteral("other admin"));
        QVERIFY2(theirs, qPrintable(theirs.error()));

        submit(*dialog, QString::fromLatin1(kPassphrase), QString::fromLatin1(kPassphrase));
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->error().contains(QLatin1String("Another console")), qPrintable(dialog->error()));
        QVERIFY(!keys.key());
        // Their key is the store's key, untouched; this console's passphrase opens nothing.
        QCOMPARE(StoreKeyVault(c->store()).unlock(theirPassphrase)->fingerprint(), theirs->fingerprint());
        QVERIFY(StoreKeyVault(c->store()).matches(theirs.value()));
        QVERIFY(!StoreKeyVault(c->store()).unlock(QString::fromLatin1(kPassphrase)));
        EventQuery::Filter created;
        created.code = EventCode::StoreKeyCreated;
        const QList<Event> createdEvents = EventQuery(c->store()).list(created).value();
        QCOMPARE(createdEvents.size(), 1);
        QCOMPARE(createdEvents.first().actor, QStringLiteral("other admin"));
        // What is left to do is to unlock their key, and the help desk says so.
        QVERIFY(!keys.createKeyAction()->isEnabled());
        QVERIFY(keys.unlockAction()->isEnabled());
        const QString hint = child<QAction>(&c->helpDesk(), "registerAction")->toolTip();
        QVERIFY2(hint.contains(QLatin1String("Unlock Store Key")), qPrintable(hint));
        dialog->reject();
    }

    void createKeyActionLeftEnabledByAnotherConsoleExplains()
    {
        auto c = keylessConsole();
        QVERIFY(c);
        StoreKeyController& keys = c->keys();
        QVERIFY(keys.createKeyAction()->isEnabled());
        // Another console creates the key before this one opens the dialog.
        std::unique_ptr<Store> other = c->stores.openAgain(c->url);
        QVERIFY(other);
        QVERIFY(StoreKeyVault(*other).create(QStringLiteral("the other console's passphrase"),
                                             QStringLiteral("other admin")));
        MessageBoxes::takeShown();
        keys.createKeyAction()->trigger();
        QVERIFY(!c->window->findChild<CreateStoreKeyDialog*>());
        const QList<MessageBoxes::Shown> shown = MessageBoxes::takeShown();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().text.contains(QLatin1String("Another console")), qPrintable(shown.first().text));
        QVERIFY(!keys.createKeyAction()->isEnabled());
        QVERIFY(keys.unlockAction()->isEnabled());
        QCOMPARE(events(c->store(), EventCode::StoreKeyCreated), 1);
    }

    void changesThePassphraseThroughTheDialog()
    {
        auto f = fixture();
        QVERIFY(f);
        QWidget window;
        StoreKeyController keys(&window);
        keys.setStore(f->store.get());
        QPointer<ChangePassphraseDialog> dialog = keys.showChangePassphraseDialog();
        QVERIFY(dialog);
        const QString next = QStringLiteral("another long passphrase");
        const auto fill = [&dialog](const QString& current, const QString& passphrase, const QString& repeat) {
            child<QLineEdit>(dialog.data(), "current")->setText(current);
            child<QLineEdit>(dialog.data(), "next")->setText(passphrase);
            child<QLineEdit>(dialog.data(), "repeat")->setText(repeat);
            dialog->accept();
        };
        // Refused, each with its reason, and nothing written: a typing mistake, a short
        // passphrase (the store's rule, as smsotp-cli words it), a wrong current passphrase.
        fill(QString::fromLatin1(kPassphrase), next, next + QLatin1Char('!'));
        QCOMPARE(dialog->error(), QStringLiteral("The new passphrases differ."));
        fill(QString::fromLatin1(kPassphrase), QStringLiteral("short"), QStringLiteral("short"));
        QCOMPARE(dialog->error(), StoreKey::passphraseProblem(QStringLiteral("short")));
        fill(QStringLiteral("not the passphrase"), next, next);
        QVERIFY(!dialog->error().isEmpty());
        QVERIFY(dialog->isVisible());
        QCOMPARE(events(*f->store, EventCode::StoreKeyChanged), 0);
        QVERIFY(StoreKeyVault(*f->store).unlock(QString::fromLatin1(kPassphrase)));

        fill(QString::fromLatin1(kPassphrase), next, next);
        QTRY_VERIFY(!dialog);
        QCOMPARE(StoreKeyVault(*f->store).unlock(next)->fingerprint(), f->key->fingerprint());
        QVERIFY(!StoreKeyVault(*f->store).unlock(QString::fromLatin1(kPassphrase)));
        QCOMPARE(events(*f->store, EventCode::StoreKeyChanged), 1);
    }

    // Not a check: with SMSOTP_SCREENSHOT_DIR set, saves the help desk, a blocked account's
    // details, the events view and the dialogs on a populated store, for a person to look at.
    // Under Xvfb (QT_QPA_PLATFORM=xcb) it also takes the whole screen with ImageMagick's import.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SMSOTP_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set SMSOTP_SCREENSHOT_DIR to save screenshots");
        QFETCH_GLOBAL(QString, dialect);
        if (dialect != QLatin1String("sqlite"))
            QSKIP("the screenshots are taken once, on SQLite");
        QDir().mkpath(dir);
        TestStores stores;
        const QString url = stores.freshUrl(QStringLiteral("sqlite"));
        {
            std::unique_ptr<Store> store = stores.openAgainOrCreate(url);
            Result<StoreKey> key = StoreKeyVault(*store).create(QString::fromLatin1(kPassphrase), QStringLiteral("t"));
            QVERIFY(key);
            DemoPopulator::Options options;
            options.users = qEnvironmentVariableIntValue("SMSOTP_SCREENSHOT_USERS") > 0
                                ? qEnvironmentVariableIntValue("SMSOTP_SCREENSHOT_USERS")
                                : 20000;
            options.blockedPercent = 10;
            QVERIFY(DemoPopulator(*store, key.value(), SettingsRepository(*store).load()->settings.phoneFormat)
                        .run(options));
        }
        const auto screen = [&dir](const QString& name, QWidget* widget) {
            QCoreApplication::processEvents();
            QTest::qWait(300);
            widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
            if (!qEnvironmentVariable("DISPLAY").isEmpty())
                QProcess::execute(QStringLiteral("import"),
                                  {QStringLiteral("-window"), QStringLiteral("root"),
                                   dir + QLatin1Char('/') + name + QStringLiteral("-screen.png")});
        };
        Languages languages;
        MainWindow window(languages);
        window.resize(1280, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openStore(*StoreUrl::parse(url), {}, Store::OpenMode::OpenExisting));
        QTRY_VERIFY(window.findChild<UnlockStoreKeyDialog*>());
        screen(QStringLiteral("unlock-dialog"), window.findChild<UnlockStoreKeyDialog*>());
        QVERIFY(window.storeKeys()->unlock(QString::fromLatin1(kPassphrase), false).isEmpty());
        window.findChild<UnlockStoreKeyDialog*>()->reject();
        QVERIFY(window.selectPage(QStringLiteral("helpDesk")));
        auto* page = window.findChild<HelpDeskPage*>();
        child<QComboBox>(page, "statusFilter")->setCurrentIndex(int(AuthenticatorTableModel::StatusFilter::Blocked));
        selectRow(*page, 2);
        screen(QStringLiteral("helpdesk-blocked"), &window);
        child<QComboBox>(page, "statusFilter")->setCurrentIndex(0);
        search(*page, QStringLiteral("anna"));
        selectRow(*page, 0);
        screen(QStringLiteral("helpdesk-search"), &window);
        QVERIFY(window.selectPage(QStringLiteral("events")));
        screen(QStringLiteral("events"), &window);
        QVERIFY(window.selectPage(QStringLiteral("helpDesk")));
        click(*page, "registerAction");
        screen(QStringLiteral("register-dialog"), page->findChild<RegisterAuthenticatorDialog*>());
        page->findChild<RegisterAuthenticatorDialog*>()->reject();
        for (const QString& lang : {QStringLiteral("sv"), QStringLiteral("ru")}) {
            window.setLanguage(lang);
            screen(QStringLiteral("helpdesk-") + lang, &window);
        }
        window.setLanguage(QStringLiteral("en"));

        // A store without a key: File → Create Store Key…, after a typing mistake in the repeat.
        const QString keyless = stores.freshUrl(QStringLiteral("sqlite"));
        QVERIFY(stores.openAgainOrCreate(keyless));
        QVERIFY(window.openStore(*StoreUrl::parse(keyless), {}, Store::OpenMode::OpenExisting));
        window.storeKeys()->createKeyAction()->trigger();
        auto* create = window.findChild<CreateStoreKeyDialog*>();
        QVERIFY(create);
        screen(QStringLiteral("create-key-dialog"), create);
        submit(*create, QString::fromLatin1(kPassphrase), QStringLiteral("correct horse battery stapel"));
        screen(QStringLiteral("create-key-dialog-mismatch"), create);
        create->reject();
        MessageBoxes::takeShown();
    }
};

QTEST_MAIN(TestHelpDesk)
#include "TestHelpDesk.moc"
