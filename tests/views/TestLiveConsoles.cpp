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
#include "helpdesk/HelpDeskPage.h"
#include "items/ApiTokenTableModel.h"
#include "items/AuthenticatorTableModel.h"
#include "items/EventTableModel.h"
#include "items/SettingsChangeModel.h"
#include "settings/ConflictPanel.h"
#include "settings/SectionPage.h"
#include "store/ApiTokenRepository.h"
#include "store/AuthenticatorRepository.h"
#include "store/EventLog.h"
#include "store/StoreChangeWatcher.h"
#include "store/StoreKeyVault.h"
#include "tokens/ApiTokensPage.h"
#include "util/ActorName.h"
#include "util/Languages.h"

#include <QAbstractButton>
#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// Issue 15: two consoles on one store, each with its own connection, as two administrators or a
// help desk and an administrator have them, on SQLite and on the real PostgreSQL. A settings save
// in one shows in the other's open page (reloaded when it has no input, a bar with Review when it
// has), and a help desk's unblock or another console's new user and event update the other's help
// desk and event log with the selection and the scroll position kept. API tokens created,
// disabled or used elsewhere (smsotp-cli, a server) show on the API access page the same way.
class TestLiveConsoles : public QObject {
    Q_OBJECT

private:
    static constexpr const char* kPassphrase = "live consoles passphrase";

    struct Consoles {
        TestStores stores;
        QString url;
        std::unique_ptr<MainWindow> a;
        std::unique_ptr<MainWindow> b;
    };

    template <typename T> static T* child(QObject* parent, const QString& name)
    {
        T* found = parent->findChild<T*>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }

    static void retype(QWidget* field, const QString& text)
    {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    }

    static void click(QWidget* parent, const QString& button)
    {
        auto* b = child<QAbstractButton>(parent, button);
        QVERIFY(b);
        QVERIFY2(b->isVisible() && b->isEnabled(), qPrintable(button));
        QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(4, b->height() / 2));
    }

    // A console window on `url`, its watcher looking often; an unlock dialog is dismissed.
    std::unique_ptr<MainWindow> console(const QString& url, int x)
    {
        auto window = std::make_unique<MainWindow>(m_languages);
        window->move(x, 0);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        QSignalSpy looked(window->storeKeys(), &StoreKeyController::lookupFinished);
        if (!window->openStore(StoreUrl::parse(url).value(), TestStores::postgresPassword(),
                               Store::OpenMode::OpenExisting))
            return nullptr;
        if (!QTest::qWaitFor([&]() { return !looked.isEmpty(); }, 10000))
            return nullptr;
        if (auto* unlock = window->findChild<UnlockStoreKeyDialog*>())
            unlock->reject();
        window->changeWatcher()->setPollInterval(50);
        return window;
    }

    std::unique_ptr<Consoles> consoles(int users = 0)
    {
        QFETCH(QString, dialect);
        auto c = std::make_unique<Consoles>();
        c->url = c->stores.freshUrl(dialect);
        if (c->url.isEmpty())
            return nullptr;
        {
            std::unique_ptr<Store> setup = c->stores.openAgainOrCreate(c->url);
            if (!setup || (users > 0 && !addUsers(*setup, users)))
                return nullptr;
        }
        c->a = console(c->url, 0);
        c->b = console(c->url, 40);
        if (!c->a || !c->b)
            return nullptr;
        return c;
    }

    // user000..: every third blocked until a help-desk unblock.
    static bool addUsers(Store& store, int count)
    {
        Result<StoreKey> key = StoreKeyVault(store).create(QString::fromLatin1(kPassphrase), QStringLiteral("t"));
        if (!key)
            return false;
        SystemClock clock;
        OtpService service(store, &key.value(), clock);
        AuthenticatorRepository repo(store, &key.value());
        for (int i = 0; i < count; ++i) {
            const QString login = QStringLiteral("user%1").arg(i, 3, 10, QLatin1Char('0'));
            if (!service
                     .registerAuthenticator(login, QStringLiteral("+7916300%1").arg(i, 4, 10, QLatin1Char('0')), {},
                                            {QStringLiteral("setup")})
                     .ok)
                return false;
            if (i % 3 == 0 && !repo.block(login, Authenticator::BlockState::UntilUnblock, {}))
                return false;
        }
        return true;
    }

    static SectionPage* settingsPage(MainWindow& window, const QString& section)
    {
        window.selectPage(section);
        return window.findChild<SectionPage*>(section + QLatin1String("Page"));
    }

    static int rowOf(HelpDeskPage& page, const QString& login)
    {
        for (int row = 0; row < page.model()->rowCount(); ++row)
            if (page.model()->loginAt(row) == login)
                return row;
        return -1;
    }

    static bool isActive(HelpDeskPage& page, const QString& login)
    {
        const int row = rowOf(page, login);
        return row >= 0 && page.model()->data(page.model()->index(row, AuthenticatorTableModel::Status),
                                              AuthenticatorTableModel::StatusKindRole) ==
                               int(AuthenticatorTableModel::StatusKind::Active);
    }

    static void selectRow(QTableView* table, int row)
    {
        table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    static ApiTokensPage* apiAccess(MainWindow& window)
    {
        window.selectPage(QStringLiteral("apiAccess"));
        return window.findChild<ApiTokensPage*>();
    }

    static QString selectedToken(ApiTokensPage& page)
    {
        const QModelIndexList rows = page.table()->selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.first().data(ApiTokenTableModel::NameRole).toString() : QString();
    }

    static bool isDisabled(ApiTokensPage& page, const QString& name)
    {
        const std::optional<ApiToken> token = page.model()->tokenAt(page.model()->rowOf(name));
        return token && !token->enabled;
    }

    // What `smsotp-cli tokens create` does, on its own connection.
    static QString createToken(Store& store, const QString& name)
    {
        auto created = ApiTokenRepository(store).create(name, {QStringLiteral("otp:request")}, {}, false,
                                                        QStringLiteral("cli:carol"));
        return created ? created->secret : QString();
    }

    Languages m_languages;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("smsotp-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestLiveConsoles"));
        m_languages.install(QStringLiteral("en"));
    }

    void init()
    {
        qputenv("USER", "bob");
        MessageBoxes::setAutomaticAnswer(QMessageBox::Discard);
        MessageBoxes::takeShown();
    }

    void changesNameWhoAndWhen()
    {
        QCOMPARE(SectionPage::actorName(QStringLiteral("console:alice")), QStringLiteral("alice"));
        QCOMPARE(SectionPage::actorName(QStringLiteral("cli:bob")), QStringLiteral("bob (command line)"));
        QCOMPARE(SectionPage::actorName(QStringLiteral("script")), QStringLiteral("script"));
        QCOMPARE(SectionPage::actorName(QString()), QStringLiteral("someone"));
        // What the console and the command line record reads back as the user.
        qputenv("USER", "alice");
        QCOMPARE(ActorName::console(), QStringLiteral("console:alice"));
        QCOMPARE(ActorName::commandLine(), QStringLiteral("cli:alice"));
        QCOMPARE(SectionPage::actorName(ActorName::console()), QStringLiteral("alice"));
        QCOMPARE(SectionPage::actorName(ActorName::commandLine()), QStringLiteral("alice (command line)"));
        QCOMPARE(ActorName::kindOf(QStringLiteral("api:radius")), ActorName::Kind::Other);
        const QDateTime today(QDate::currentDate(), QTime(14, 2));
        QCOMPARE(SectionPage::describeChange(
                     {QStringLiteral("spamProtection"), 3, QStringLiteral("console:alice"), today.toUTC()}),
                 QStringLiteral("Spam protection changed by alice at %1.")
                     .arg(QLocale().toString(QTime(14, 2), QLocale::ShortFormat)));
        // Another day names the date too.
        const QDateTime earlier = today.addDays(-3);
        QCOMPARE(SectionPage::describeChange({QStringLiteral("block"), 4, QStringLiteral("cli:bob"), earlier.toUTC()}),
                 QStringLiteral("Block changed by bob (command line) at %1.")
                     .arg(QLocale().toString(earlier, QLocale::ShortFormat)));
    }

    void saveReloadsAnOpenPageWithoutInput_data() { TestStores::addDialectRows(); }
    void saveReloadsAnOpenPageWithoutInput()
    {
        auto c = consoles();
        QVERIFY(c);
        SectionPage* theirs = settingsPage(*c->b, QStringLiteral("spamProtection"));
        SectionPage* mine = settingsPage(*c->a, QStringLiteral("spamProtection"));
        QVERIFY(theirs && mine);
        auto* shown = child<QSpinBox>(theirs, QStringLiteral("thresholdMessages"));
        QCOMPARE(shown->value(), 20);

        qputenv("USER", "alice");
        retype(child<QSpinBox>(mine, QStringLiteral("thresholdMessages")), QStringLiteral("33"));
        click(mine, QStringLiteral("save"));
        QVERIFY(!mine->isDirty());

        QTRY_COMPARE(shown->value(), 33);
        QVERIFY(!theirs->isDirty());
        QVERIFY2(theirs->statusText().startsWith(QLatin1String("Spam protection changed by alice at ")),
                 qPrintable(theirs->statusText()));
        const QString note = c->b->statusBar()->currentMessage();
        QVERIFY2(note.startsWith(QLatin1String("Spam protection changed by alice at ")), qPrintable(note));
        QVERIFY(!child<QWidget>(theirs, QStringLiteral("changedElsewhere"))->isVisible());

        // The other console now holds the new version: its own save goes through.
        qputenv("USER", "bob");
        retype(shown, QStringLiteral("34"));
        click(theirs, QStringLiteral("save"));
        QVERIFY(!child<QWidget>(theirs, QStringLiteral("conflict"))->isVisible());
        QVERIFY(!theirs->isDirty());
        QTRY_COMPARE(child<QSpinBox>(mine, QStringLiteral("thresholdMessages"))->value(), 34);
        QVERIFY2(mine->statusText().contains(QLatin1String("changed by bob")), qPrintable(mine->statusText()));
    }

    void saveShowsABarOverInputAndReviewOpensTheConflictView_data() { TestStores::addDialectRows(); }
    void saveShowsABarOverInputAndReviewOpensTheConflictView()
    {
        auto c = consoles();
        QVERIFY(c);
        SectionPage* theirs = settingsPage(*c->b, QStringLiteral("block"));
        QVERIFY(theirs);
        auto* attempts = child<QSpinBox>(theirs, QStringLiteral("attemptsBeforeBlock"));
        retype(attempts, QStringLiteral("9"));
        QVERIFY(theirs->isDirty());

        SectionPage* mine = settingsPage(*c->a, QStringLiteral("block"));
        qputenv("USER", "alice");
        retype(child<QSpinBox>(mine, QStringLiteral("counterResetMinutes")), QStringLiteral("20"));
        click(mine, QStringLiteral("save"));

        auto* bar = child<QWidget>(theirs, QStringLiteral("changedElsewhere"));
        QTRY_VERIFY(bar->isVisible());
        const QString text = child<QLabel>(theirs, QStringLiteral("changedElsewhereText"))->text();
        QVERIFY2(text.startsWith(QLatin1String("Changed by alice at ")), qPrintable(text));
        // The input is kept and nothing was reloaded under it.
        QVERIFY(theirs->isDirty());
        QCOMPARE(attempts->value(), 9);
        QCOMPARE(child<QSpinBox>(theirs, QStringLiteral("counterResetMinutes"))->value(), 10);

        click(theirs, QStringLiteral("reviewChange"));
        auto* conflict = child<ConflictPanel>(theirs, QStringLiteral("conflict"));
        QVERIFY(conflict->isVisible());
        QCOMPARE(conflict->reason(), ConflictPanel::Reason::ChangedWhileEditing);
        QVERIFY(!bar->isVisible());
        const QList<SettingsChangeModel::Row>& rows = conflict->model()->rows();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).field, QStringLiteral("attemptsBeforeBlock"));
        QCOMPARE(rows.at(0).before, QStringLiteral("9"));
        QCOMPARE(rows.at(0).after, QStringLiteral("5"));
        QCOMPARE(rows.at(1).field, QStringLiteral("counterResetMinutes"));
        QCOMPARE(rows.at(1).before, QStringLiteral("10"));
        QCOMPARE(rows.at(1).after, QStringLiteral("20"));

        click(conflict, QStringLiteral("conflictReload"));
        QVERIFY(!conflict->isVisible());
        QVERIFY(!bar->isVisible());
        QVERIFY(!theirs->isDirty());
        QCOMPARE(attempts->value(), 5);
        QCOMPARE(child<QSpinBox>(theirs, QStringLiteral("counterResetMinutes"))->value(), 20);
    }

    void revertAfterAChangeElsewhereShowsTheStoredValues_data() { TestStores::addDialectRows(); }
    void revertAfterAChangeElsewhereShowsTheStoredValues()
    {
        auto c = consoles();
        QVERIFY(c);
        SectionPage* theirs = settingsPage(*c->b, QStringLiteral("otp"));
        retype(child<QSpinBox>(theirs, QStringLiteral("length")), QStringLiteral("8"));
        SectionPage* mine = settingsPage(*c->a, QStringLiteral("otp"));
        retype(child<QSpinBox>(mine, QStringLiteral("length")), QStringLiteral("10"));
        click(mine, QStringLiteral("save"));
        QTRY_VERIFY(child<QWidget>(theirs, QStringLiteral("changedElsewhere"))->isVisible());
        click(theirs, QStringLiteral("revert"));
        QVERIFY(!theirs->isDirty());
        QCOMPARE(child<QSpinBox>(theirs, QStringLiteral("length"))->value(), 10);
        QVERIFY(!child<QWidget>(theirs, QStringLiteral("changedElsewhere"))->isVisible());
    }

    void unblockInOneHelpDeskUpdatesTheOther_data() { TestStores::addDialectRows(); }
    void unblockInOneHelpDeskUpdatesTheOther()
    {
        auto c = consoles(150);
        QVERIFY(c);
        QVERIFY(c->a->selectPage(QStringLiteral("helpDesk")));
        QVERIFY(c->b->selectPage(QStringLiteral("helpDesk")));
        auto* mine = c->a->findChild<HelpDeskPage*>();
        auto* theirs = c->b->findChild<HelpDeskPage*>();
        QVERIFY(mine && theirs);
        QCOMPARE(theirs->model()->totalRows(), 150);

        // The other help desk looks at user045 in the middle of the list.
        const QString login = QStringLiteral("user045");
        QVERIFY(!isActive(*theirs, login));
        const int row = rowOf(*theirs, login);
        selectRow(theirs->table(), row);
        theirs->table()->scrollTo(theirs->model()->index(row - 5, 0), QAbstractItemView::PositionAtTop);
        QCoreApplication::processEvents();
        const QString top = theirs->model()->loginAt(theirs->table()->rowAt(0));
        QVERIFY(top > QStringLiteral("user000"));

        selectRow(mine->table(), rowOf(*mine, login));
        QCOMPARE(mine->selectedLogins(), QStringList{login});
        child<QAction>(mine, QStringLiteral("unblockAction"))->trigger();
        QVERIFY(isActive(*mine, login));

        QTRY_VERIFY(isActive(*theirs, login));
        QCOMPARE(theirs->selectedLogins(), QStringList{login});
        QCOMPARE(theirs->model()->loginAt(theirs->table()->rowAt(0)), top);

        // A user registered elsewhere above them all: the count grows, the rows move down by one,
        // and the selection and the rows in view follow them.
        {
            std::unique_ptr<Store> cli = c->stores.openAgain(c->url);
            QVERIFY(cli);
            Result<StoreKey> key = StoreKeyVault(*cli).unlock(QString::fromLatin1(kPassphrase));
            QVERIFY(key);
            SystemClock clock;
            QVERIFY(OtpService(*cli, &key.value(), clock)
                        .registerAuthenticator(QStringLiteral("aaron"), QStringLiteral("+79163009999"), {},
                                               {QStringLiteral("cli:carol")})
                        .ok);
        }
        QTRY_COMPARE(theirs->model()->totalRows(), 151);
        QCOMPARE(theirs->selectedLogins(), QStringList{login});
        QCOMPARE(theirs->table()->selectionModel()->currentIndex().row(), row + 1);
        QCOMPARE(theirs->model()->loginAt(theirs->table()->rowAt(0)), top);
        const QString count = child<QLabel>(theirs, QStringLiteral("count"))->text();
        QVERIFY2(count.contains(QLatin1String("151")), qPrintable(count));
    }

    void eventsPageFollowsNewEventsAndKeepsTheSelection_data() { TestStores::addDialectRows(); }
    void eventsPageFollowsNewEventsAndKeepsTheSelection()
    {
        auto c = consoles(6);
        QVERIFY(c);
        QVERIFY(c->b->selectPage(QStringLiteral("events")));
        auto* events = c->b->findChild<EventsPage*>();
        QVERIFY(events);
        auto* table = events->findChild<QTableView*>(QStringLiteral("events"));
        QVERIFY(table);
        const qint64 before = events->model()->totalRows();
        QVERIFY(before >= 6);
        selectRow(table, 2);
        const qint64 selectedId = events->model()->eventAt(2)->id;

        std::unique_ptr<Store> other = c->stores.openAgain(c->url);
        QVERIFY(other);
        for (int i = 0; i < 3; ++i)
            QVERIFY(EventLog(*other).append(EventCode::AuthenticatorUnblocked, QStringLiteral("unblocked"),
                                            QStringLiteral("user00%1").arg(i), QStringLiteral("console:alice")));
        QTRY_COMPARE(events->model()->totalRows(), before + 3);
        const QModelIndexList selected = table->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(events->model()->eventAt(selected.first().row())->id, selectedId);
        // The view was at the top, so it stays there and shows the new events.
        QCOMPARE(table->rowAt(0), 0);
        QCOMPARE(events->model()->eventAt(0)->account, QStringLiteral("user002"));
    }

    void hiddenHelpDeskCatchesUpWhenShown_data() { TestStores::addDialectRows(); }
    void hiddenHelpDeskCatchesUpWhenShown()
    {
        auto c = consoles(6);
        QVERIFY(c);
        QVERIFY(c->b->selectPage(QStringLiteral("helpDesk")));
        auto* theirs = c->b->findChild<HelpDeskPage*>();
        const QString login = QStringLiteral("user003");
        QVERIFY(!isActive(*theirs, login));
        QVERIFY(c->b->selectPage(QStringLiteral("otp")));
        QVERIFY(!theirs->isVisible());

        QVERIFY(c->a->selectPage(QStringLiteral("helpDesk")));
        auto* mine = c->a->findChild<HelpDeskPage*>();
        selectRow(mine->table(), rowOf(*mine, login));
        QSignalSpy noticed(c->b->changeWatcher(), &StoreChangeWatcher::eventsChanged);
        child<QAction>(mine, QStringLiteral("unblockAction"))->trigger();
        QTRY_VERIFY(!noticed.isEmpty());
        // Hidden, it did not read the rows; shown, it does.
        QVERIFY(!isActive(*theirs, login));
        QVERIFY(c->b->selectPage(QStringLiteral("helpDesk")));
        QTRY_VERIFY(isActive(*theirs, login));
    }
    void apiAccessFollowsTokensChangedElsewhere_data() { TestStores::addDialectRows(); }
    void apiAccessFollowsTokensChangedElsewhere()
    {
        auto c = consoles();
        QVERIFY(c);
        ApiTokensPage* mine = apiAccess(*c->a);
        ApiTokensPage* theirs = apiAccess(*c->b);
        QVERIFY(mine && theirs && theirs->isVisible());
        QCOMPARE(theirs->model()->rowCount(), 0);

        // Tokens created with the command line appear without anyone pressing Refresh.
        std::unique_ptr<Store> cli = c->stores.openAgain(c->url);
        QVERIFY(cli);
        QVERIFY(!createToken(*cli, QStringLiteral("mike")).isEmpty());
        QVERIFY(!createToken(*cli, QStringLiteral("alpha")).isEmpty());
        QTRY_COMPARE(theirs->model()->rowCount(), 2);
        QTRY_COMPARE(mine->model()->rowCount(), 2);
        selectRow(theirs->table(), theirs->model()->rowOf(QStringLiteral("mike")));
        QCOMPARE(selectedToken(*theirs), QStringLiteral("mike"));
        QCOMPARE(theirs->table()->selectionModel()->currentIndex().row(), 1);

        // One sorted above it: the selection and the current row follow "mike" down.
        QVERIFY(!createToken(*cli, QStringLiteral("bravo")).isEmpty());
        QTRY_COMPARE(theirs->model()->rowCount(), 3);
        QCOMPARE(selectedToken(*theirs), QStringLiteral("mike"));
        QCOMPARE(theirs->table()->selectionModel()->currentIndex().row(), 2);

        // Disabled elsewhere: shown disabled, still selected, and only Enable applies to it.
        QVERIFY(ApiTokenRepository(*cli).setEnabled(QStringLiteral("mike"), false, QStringLiteral("cli:carol")));
        QTRY_VERIFY(isDisabled(*theirs, QStringLiteral("mike")));
        QCOMPARE(selectedToken(*theirs), QStringLiteral("mike"));
        QVERIFY(child<QAbstractButton>(theirs, QStringLiteral("enableToken"))->isEnabled());
        QVERIFY(!child<QAbstractButton>(theirs, QStringLiteral("disableToken"))->isEnabled());

        // Enabled again in the other console's page.
        QTRY_VERIFY(isDisabled(*mine, QStringLiteral("mike")));
        selectRow(mine->table(), mine->model()->rowOf(QStringLiteral("mike")));
        click(mine, QStringLiteral("enableToken"));
        QVERIFY(!isDisabled(*mine, QStringLiteral("mike")));
        QTRY_VERIFY(!isDisabled(*theirs, QStringLiteral("mike")));
        QCOMPARE(selectedToken(*theirs), QStringLiteral("mike"));

        // Deleted elsewhere: gone, and with it the selection.
        QVERIFY(ApiTokenRepository(*cli).remove(QStringLiteral("mike"), QStringLiteral("cli:carol")));
        QTRY_COMPARE(theirs->model()->rowCount(), 2);
        QCOMPARE(selectedToken(*theirs), QString());
        QVERIFY(!child<QAbstractButton>(theirs, QStringLiteral("deleteToken"))->isEnabled());
    }

    void apiAccessShowsALastUseRecordedByAServer_data() { TestStores::addDialectRows(); }
    void apiAccessShowsALastUseRecordedByAServer()
    {
        auto c = consoles();
        QVERIFY(c);
        std::unique_ptr<Store> server = c->stores.openAgain(c->url);
        QVERIFY(server);
        const QString secret = createToken(*server, QStringLiteral("radius"));
        QVERIFY(!secret.isEmpty());
        ApiTokensPage* theirs = apiAccess(*c->b);
        QTRY_COMPARE(theirs->model()->rowCount(), 1);
        QVERIFY(!theirs->model()->tokenAt(0)->lastUsed.isValid());
        selectRow(theirs->table(), 0);

        // A server checks the token (a phones:read call logs no event): only its last use moves.
        QSignalSpy events(c->b->changeWatcher(), &StoreChangeWatcher::eventsChanged);
        auto auth = ApiTokenRepository(*server).authenticate(secret, QDateTime::currentDateTimeUtc(),
                                                             QStringLiteral("127.0.0.2"));
        QVERIFY(auth && auth->check == TokenCheck::Ok);
        QTRY_VERIFY(theirs->model()->tokenAt(0)->lastUsed.isValid());
        QCOMPARE(theirs->model()->tokenAt(0)->lastAddress, QStringLiteral("127.0.0.2"));
        QCOMPARE(selectedToken(*theirs), QStringLiteral("radius"));
        QCOMPARE(events.size(), 0);
    }

    void hiddenApiAccessCatchesUpWhenShown_data() { TestStores::addDialectRows(); }
    void hiddenApiAccessCatchesUpWhenShown()
    {
        auto c = consoles();
        QVERIFY(c);
        ApiTokensPage* theirs = apiAccess(*c->b);
        QVERIFY(c->b->selectPage(QStringLiteral("events")));
        QVERIFY(!theirs->isVisible());

        QSignalSpy noticed(c->b->changeWatcher(), &StoreChangeWatcher::eventsChanged);
        std::unique_ptr<Store> cli = c->stores.openAgain(c->url);
        QVERIFY(cli);
        QVERIFY(!createToken(*cli, QStringLiteral("vpn")).isEmpty());
        QTRY_VERIFY(!noticed.isEmpty());
        // Hidden, it did not read the tokens; shown, it does.
        QCOMPARE(theirs->model()->rowCount(), 0);
        QVERIFY(c->b->selectPage(QStringLiteral("apiAccess")));
        QTRY_COMPARE(theirs->model()->rowCount(), 1);
        QCOMPARE(theirs->model()->tokenAt(0)->name, QStringLiteral("vpn"));
    }
};

QTEST_MAIN(TestLiveConsoles)
#include "TestLiveConsoles.moc"
