#include "MainWindow.h"
#include "MessageBoxes.h"
#include "TestStores.h"
#include "crypto/StoreKey.h"
#include "domain/PhoneFormatSettings.h"
#include "helpdesk/HelpDeskPage.h"
#include "items/ApiTokenTableModel.h"
#include "items/AuthenticatorTableModel.h"
#include "items/ServerTableModel.h"
#include "items/SettingsHistoryModel.h"
#include "servers/ProviderServersPage.h"
#include "settings/HistoryDialog.h"
#include "settings/SectionPage.h"
#include "store/ApiTokenRepository.h"
#include "store/DemoPopulator.h"
#include "store/ServerRegistry.h"
#include "store/SettingsRepository.h"
#include "store/StoreRoles.h"
#include "tokens/ApiTokensPage.h"
#include "util/Languages.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The console hides what the login's role may not do (DESIGN §6): for an auditor the settings
// pages are read-only and the help desk's writing actions are disabled; for the help desk only
// the settings are read-only. The role comes from a real PostgreSQL login granted through StoreRoles.
class TestStoreRoleViews : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void auditorReadsOnly();
    void helpDeskWorksButSettingsAreReadOnly();
    void administratorAndSqliteMayDoAll();

private:
    // Creates a login granted `role` on the test store and opens a console window as it.
    std::unique_ptr<MainWindow> consoleAs(StoreAccess::Role role);
    static void selectFirstRow(HelpDeskPage& page);

    QTemporaryDir m_dir;
    Languages m_languages;
    std::unique_ptr<TestStores> m_stores;
    std::unique_ptr<Store> m_owner;
    QString m_url;
    QStringList m_roles;
};

namespace {
const QString kLoginPassword = QStringLiteral("login-password-2");
} // namespace

void TestStoreRoleViews::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("smsotp-test"));
    QCoreApplication::setApplicationName(QStringLiteral("TestStoreRoleViews"));
    MessageBoxes::setAutomaticAnswer(QMessageBox::Ok);
    m_languages.install(QStringLiteral("en"));
}

void TestStoreRoleViews::init()
{
    m_stores = std::make_unique<TestStores>();
    if (!TestStores::dialects().contains(QStringLiteral("postgresql")))
        return;
    QVERIFY2(TestStores::postgresConfigured(), "SMSOTP_REQUIRE_PG is set but SMSOTP_TEST_PG_URL is not");
    m_url = m_stores->freshUrl(QStringLiteral("postgresql"));
    QVERIFY(!m_url.isEmpty());
    m_owner = m_stores->openAgainOrCreate(m_url);
    QVERIFY(m_owner);
    const QString database = m_owner->url().database();
    for (auto role : {StoreAccess::Role::Administrator, StoreAccess::Role::HelpDesk, StoreAccess::Role::Auditor})
        m_roles << StoreRoles::groupRoleName(database, role);
    const StoreKey key = StoreKey::generate();
    DemoPopulator::Options options;
    options.users = 5;
    options.blockedPercent = 100;
    auto populated = DemoPopulator(*m_owner, key, PhoneFormatSettings()).run(options);
    QVERIFY2(populated, qPrintable(populated.error()));
}

void TestStoreRoleViews::cleanup()
{
    QStringList roles = std::exchange(m_roles, {});
    std::unique_ptr<Store> owner = std::move(m_owner);
    if (owner) {
        // A closed login's server process exits a moment later, and DROP DATABASE ... WITH (FORCE)
        // may not end another role's process: wait until only the owner is left.
        for (int i = 0; i < 100; ++i) {
            QSqlQuery q = owner->query();
            q.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND "
                                     "usename <> current_user"));
            if (!q.exec() || !q.next() || q.value(0).toInt() == 0)
                break;
            QTest::qWait(50);
        }
    }
    m_stores.reset(); // the database first: its grants would keep its roles from being dropped
    if (owner) {
        // The owner's connection is to the dropped database; the test role's own database remains.
        QSqlQuery q(TestStores::serverDatabase());
        for (const QString& role : std::as_const(roles))
            if (!q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role)))
                qWarning("cannot drop %s: %s", qPrintable(role), qPrintable(q.lastError().text()));
    }
    MessageBoxes::takeShown();
}

std::unique_ptr<MainWindow> TestStoreRoleViews::consoleAs(StoreAccess::Role role)
{
    const QString login = m_owner->url().database() + QStringLiteral("_gui_") + StoreAccess::keyword(role);
    QSqlQuery q = m_owner->query();
    // A test-made name (hex database name and a keyword): nothing to quote.
    if (!q.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2'").arg(login, kLoginPassword))) {
        qWarning("cannot create login: %s", qPrintable(q.lastError().text()));
        return nullptr;
    }
    m_roles << login;
    const Status granted = StoreRoles(*m_owner).grant(login, role);
    if (!granted) {
        qWarning("cannot grant: %s", qPrintable(granted.error()));
        return nullptr;
    }
    const StoreUrl owner = m_owner->url();
    const auto url = StoreUrl::parse(QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
                                         .arg(login, owner.host())
                                         .arg(owner.port())
                                         .arg(owner.database()));
    auto window = std::make_unique<MainWindow>(m_languages);
    window->resize(1100, 750);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    if (!window->openStore(*url, kLoginPassword, Store::OpenMode::OpenExisting))
        return nullptr;
    return window;
}

void TestStoreRoleViews::selectFirstRow(HelpDeskPage& page)
{
    QTRY_VERIFY(page.model()->rowCount() > 0);
    page.table()->selectRow(0);
    QCOMPARE(page.selectedLogins().size(), 1);
}

void TestStoreRoleViews::auditorReadsOnly()
{
    if (!m_owner)
        QSKIP("PostgreSQL is not configured (SMSOTP_TEST_PG_URL)");
    // Two saved versions of the OTP section, so its history has an older one to restore.
    for (int length : {9, 10}) {
        auto loaded = SettingsRepository(*m_owner).load();
        QVERIFY(loaded);
        Settings changed = loaded->settings;
        changed.otp.length = length;
        QVERIFY(SettingsRepository(*m_owner)
                    .save(changed, {QStringLiteral("otp")}, loaded->versions, QStringLiteral("owner"))
                    .ok());
    }
    QVERIFY(ApiTokenRepository(*m_owner).create(QStringLiteral("sso"), {QStringLiteral("otp:request")}, QDateTime(),
                                                false, QStringLiteral("owner")));
    QVERIFY(ServerRegistry(*m_owner).registerServer(QStringLiteral("h"), QStringLiteral("l"), QStringLiteral("v"),
                                                    QDateTime::currentDateTimeUtc()));
    std::unique_ptr<MainWindow> window = consoleAs(StoreAccess::Role::Auditor);
    QVERIFY(window);
    QCOMPARE(window->store()->role(), StoreAccess::Role::Auditor);
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("storeRole"))->text(), QStringLiteral("Role: auditor"));

    const QList<SectionPage*> pages = window->findChildren<SectionPage*>();
    QVERIFY(pages.size() >= 8);
    for (SectionPage* page : pages) {
        QVERIFY2(page->isReadOnly(), qPrintable(page->sectionKey()));
        auto* save = page->findChild<QPushButton*>(QStringLiteral("save"));
        QVERIFY(!save->isEnabled());
        QVERIFY2(save->toolTip().contains(QStringLiteral("(auditor) may read the settings but not change them")),
                 qPrintable(save->toolTip()));
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("revert"))->isEnabled());
        QVERIFY(!page->findChild<QScrollArea*>(QStringLiteral("scroll"))->widget()->isEnabled());
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("readOnlyNote"))->isVisibleTo(page));
        // The stored settings are still shown, and saving through the page does nothing.
        QVERIFY(!page->save());
    }
    // The history reads, but restoring an older version is not offered.
    const auto otpPage = std::find_if(pages.begin(), pages.end(),
                                      [](SectionPage* p) { return p->sectionKey() == QLatin1String("otp"); });
    QVERIFY(otpPage != pages.end());
    HistoryDialog* history = (*otpPage)->showHistory();
    QVERIFY(history);
    QVERIFY(history->model()->rowCount() >= 2);
    history->findChild<QTableView*>()->selectRow(1);
    auto* restore = history->findChild<QPushButton*>(QStringLiteral("restore"));
    QVERIFY(!restore->isEnabled());
    QVERIFY2(restore->toolTip().contains(QStringLiteral("(auditor)")), qPrintable(restore->toolTip()));
    QVERIFY(!history->restoreRow(1));
    QCOMPARE(SettingsRepository(*m_owner).load()->settings.otp.length, 10);
    history->close();
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("savePageAction"))->isEnabled());
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("importSettingsAction"))->isEnabled());

    // API access: the auditor sees the tokens and may change none of them.
    {
        auto* tokens = window->findChild<ApiTokensPage*>();
        QVERIFY(tokens);
        tokens->refresh();
        QCOMPARE(tokens->model()->rowCount(), 1);
        tokens->table()->selectRow(0);
        for (const char* name : {"createToken", "disableToken", "enableToken", "deleteToken"})
            QVERIFY2(!tokens->findChild<QPushButton*>(QLatin1String(name))->isEnabled(), name);
        QVERIFY(tokens->findChild<QLabel*>(QStringLiteral("note"))->text().contains(QStringLiteral("(auditor)")));
        QVERIFY(!tokens->createToken());
        tokens->setSelectedEnabled(false);
        tokens->deleteSelected();
        QVERIFY(ApiTokenRepository(*m_owner).list()->first().enabled);
        auto* servers = window->findChild<ProviderServersPage*>();
        servers->refresh();
        QCOMPARE(servers->model()->rowCount(), 1);
    }

    HelpDeskPage& helpDesk = *window->findChild<HelpDeskPage*>();
    selectFirstRow(helpDesk);
    QCOMPARE(helpDesk.model()->rowCount(), 5); // the list works
    for (const char* name : {"unblockAction", "unblockAllAction", "resetCounterAction", "editCommentAction",
                             "deleteAction", "registerAction", "importAction"}) {
        auto* action = helpDesk.findChild<QAction*>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->isEnabled(), name);
        QVERIFY2(action->toolTip().contains(QStringLiteral("(auditor) may only read")), name);
    }
    QVERIFY(helpDesk.findChild<QAction*>(QStringLiteral("refreshAction"))->isEnabled());
    // Even when called directly, the database refuses and nothing changes.
    helpDesk.unblockSelected();
    const QList<MessageBoxes::Shown> shown = MessageBoxes::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().text.contains(QStringLiteral("Your store login (auditor) may not do this")),
             qPrintable(shown.first().text));
    QCOMPARE(helpDesk.model()->rowCount(), 5);
}

void TestStoreRoleViews::helpDeskWorksButSettingsAreReadOnly()
{
    if (!m_owner)
        QSKIP("PostgreSQL is not configured (SMSOTP_TEST_PG_URL)");
    std::unique_ptr<MainWindow> window = consoleAs(StoreAccess::Role::HelpDesk);
    QVERIFY(window);
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("storeRole"))->text(), QStringLiteral("Role: help desk"));
    for (SectionPage* page : window->findChildren<SectionPage*>()) {
        QVERIFY2(page->isReadOnly(), qPrintable(page->sectionKey()));
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("save"))->isEnabled());
    }
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("savePageAction"))->isEnabled());

    HelpDeskPage& helpDesk = *window->findChild<HelpDeskPage*>();
    selectFirstRow(helpDesk);
    auto* unblock = helpDesk.findChild<QAction*>(QStringLiteral("unblockAction"));
    QVERIFY(unblock->isEnabled());
    QVERIFY(!unblock->toolTip().contains(QStringLiteral("may only read")));
    QVERIFY(helpDesk.findChild<QAction*>(QStringLiteral("unblockAllAction"))->isEnabled());
    helpDesk.unblockSelected();
    QVERIFY2(MessageBoxes::takeShown().isEmpty(), "the unblock was refused");
    QSqlQuery q = m_owner->query();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM authenticator_state WHERE block_state <> 0")) && q.next());
    QCOMPARE(q.value(0).toInt(), 4);
}

void TestStoreRoleViews::administratorAndSqliteMayDoAll()
{
    if (m_owner) {
        std::unique_ptr<MainWindow> window = consoleAs(StoreAccess::Role::Administrator);
        QVERIFY(window);
        QCOMPARE(window->findChild<QLabel*>(QStringLiteral("storeRole"))->text(),
                 QStringLiteral("Role: administrator"));
        for (SectionPage* page : window->findChildren<SectionPage*>())
            QVERIFY2(!page->isReadOnly(), qPrintable(page->sectionKey()));
        QVERIFY(window->findChild<QAction*>(QStringLiteral("savePageAction"))->isEnabled());
    }
    MainWindow window(m_languages);
    const QString url = m_stores->freshUrl(QStringLiteral("sqlite"));
    QVERIFY(m_stores->openAgainOrCreate(url));
    QVERIFY(window.openStore(*StoreUrl::parse(url), {}, Store::OpenMode::OpenExisting));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("storeRole"))->text(), QStringLiteral("Role: administrator"));
    for (SectionPage* page : window.findChildren<SectionPage*>())
        QVERIFY(!page->isReadOnly());
}

QTEST_MAIN(TestStoreRoleViews)
#include "TestStoreRoleViews.moc"
