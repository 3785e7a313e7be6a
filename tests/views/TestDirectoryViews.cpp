#include "LdapTestServer.h"
#include "MessageBoxes.h"
#include "TestStores.h"
#include "crypto/StoreKey.h"
#include "domain/EventCode.h"
#include "engine/OtpService.h"
#include "engine/SystemClock.h"
#include "helpdesk/AuthenticatorDetailPane.h"
#include "helpdesk/UserImportDialog.h"
#include "settings/DirectorySettingsPage.h"
#include "settings/PhoneFormatSettingsPage.h"
#include "settings/SettingsSession.h"
#include "store/AuthenticatorRepository.h"
#include "store/EventQuery.h"
#include "store/SettingsRepository.h"
#include "store/StoreKeyVault.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

// The Directory page, Check directory, the Phone format warning and the directory import, driven
// through their real widgets against the throwaway slapd, on SQLite and PostgreSQL.
class TestDirectoryViews : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        TestStores stores;
        std::unique_ptr<Store> store;
        std::optional<StoreKey> key;
        std::unique_ptr<SettingsSession> session;
    };

    std::unique_ptr<Fixture> fixture()
    {
        QFETCH_GLOBAL(QString, dialect);
        auto f = std::make_unique<Fixture>();
        f->store = f->stores.openFresh(dialect);
        if (!f->store)
            return nullptr;
        Result<StoreKey> key = StoreKeyVault(*f->store).create(QStringLiteral("correct horse"), QStringLiteral("t"));
        if (!key)
            return nullptr;
        f->key = key.take();
        f->session = std::make_unique<SettingsSession>();
        f->session->setStore(f->store.get());
        f->session->setStoreKey(&*f->key);
        if (!f->session->reload())
            return nullptr;
        return f;
    }

    template <typename T> static T* child(QObject* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    // Types the test directory's settings into the page (nothing saved).
    static void typeSettings(DirectorySettingsPage& page, const QString& password)
    {
        const DirectorySettings d = LdapTestServer::settings();
        child<QPlainTextEdit>(&page, "servers")->setPlainText(d.servers.join(QLatin1Char('\n')));
        child<QLineEdit>(&page, "bindDn")->setText(d.bindDn);
        child<QLineEdit>(&page, "baseDn")->setText(d.baseDn);
        child<QLineEdit>(&page, "bindPassword")->setText(password);
        child<QLineEdit>(&page, "caFile")->setText(d.caFile);
        QTest::mouseClick(child<QPushButton>(&page, "openLdapPreset"), Qt::LeftButton);
    }

    static QString check(DirectorySettingsPage& page, const QString& login)
    {
        QSignalSpy finished(&page, &DirectorySettingsPage::checkFinished);
        QLineEdit* loginEdit = child<QLineEdit>(&page, "checkLogin");
        loginEdit->clear();
        QTest::keyClicks(loginEdit, login);
        QTest::mouseClick(child<QPushButton>(&page, "checkDirectory"), Qt::LeftButton);
        // The check runs off the GUI thread: the page shows it is busy meanwhile. Settings that
        // cannot be checked are answered at once, without a thread.
        if (page.isChecking()) {
            if (!child<QProgressBar>(&page, "checkBusy")->isVisibleTo(&page))
                return QStringLiteral("busy indicator not shown");
            if (!finished.wait(30000))
                return QStringLiteral("check did not finish");
        }
        if (child<QProgressBar>(&page, "checkBusy")->isVisibleTo(&page))
            return QStringLiteral("busy indicator still shown");
        return child<QLabel>(&page, "checkResult")->text();
    }

private Q_SLOTS:
    void initTestCase_data() { TestStores::addDialectRows(); }

    void initTestCase() { MessageBoxes::setAutomaticAnswer(QMessageBox::Yes); }

    void init()
    {
        LDAP_TEST_SERVER_OR_SKIP();
        MessageBoxes::takeShown();
    }

    void checkDirectoryThroughTheWidgets()
    {
        auto f = fixture();
        QVERIFY(f);
        DirectorySettingsPage page(f->session.get());
        page.setStore(f->store.get());
        page.setStoreKey(&*f->key);
        page.load(f->session->settings());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        typeSettings(page, LdapTestServer::env("SMSOTP_TEST_LDAP_PASSWORD"));
        QVERIFY2(page.validate().isEmpty(), qPrintable(formatFieldErrors(page.validate())));
        QString result = check(page, QStringLiteral("alice"));
        // Masked: the country code and the last digits only.
        QVERIFY2(result.startsWith(QStringLiteral("✓")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("60")), qPrintable(result));
        QVERIFY2(!result.contains(QStringLiteral("9161234560")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("uid=alice")), qPrintable(result));
        const QString shots = QDir(qEnvironmentVariable("SMSOTP_TEST_BUILD_DIR", QDir::currentPath()))
                                  .filePath(QStringLiteral("screenshots/directory"));
        QVERIFY(QDir().mkpath(shots));
        page.resize(1000, 760);
        QCoreApplication::processEvents();
        page.grab().save(shots + QStringLiteral("/check-found.png"));

        result = check(page, QStringLiteral("*)(uid=*"));
        QVERIFY2(result.contains(QString::number(EventCode::DirectoryUserMissing)), qPrintable(result));
        result = check(page, QStringLiteral("dave"));
        QVERIFY2(result.contains(QString::number(EventCode::DirectoryPhoneAmbiguous)), qPrintable(result));

        child<QLineEdit>(&page, "bindPassword")->setText(QStringLiteral("wrong"));
        result = check(page, QStringLiteral("alice"));
        QVERIFY2(result.contains(QString::number(EventCode::DirectoryBindFailed)), qPrintable(result));
        QVERIFY(!result.contains(QStringLiteral("wrong")) || result.contains(QStringLiteral("refused")));

        // An invalid page is not checked: it says what to fix.
        child<QPlainTextEdit>(&page, "servers")->setPlainText(QStringLiteral("http://example.com"));
        result = check(page, QStringLiteral("alice"));
        QVERIFY2(result.contains(QStringLiteral("Correct")), qPrintable(result));

        // Nothing of this was saved.
        QVERIFY(!SettingsRepository(*f->store).load()->settings.directory.isConfigured());
    }

    void savesThePasswordEncryptedAndWarnsUntilSaved()
    {
        auto f = fixture();
        QVERIFY(f);
        PhoneFormatSettingsPage phone(f->session.get());
        phone.setStore(f->store.get());
        phone.setStoreKey(&*f->key);
        phone.load(f->session->settings());
        DirectorySettingsPage page(f->session.get());
        page.setStore(f->store.get());
        page.setStoreKey(&*f->key);
        page.load(f->session->settings());
        phone.show();
        QVERIFY(QTest::qWaitForWindowExposed(&phone));

        QVERIFY(phone.directoryWarning().isEmpty());
        QCheckBox* use = nullptr;
        for (QCheckBox* box : phone.findChildren<QCheckBox*>())
            if (box->text().contains(QStringLiteral("Directory")))
                use = box;
        QVERIFY(use);
        use->setChecked(true);
        QVERIFY2(phone.directoryWarning().contains(QStringLiteral("No directory connection")),
                 qPrintable(phone.directoryWarning()));

        typeSettings(page, LdapTestServer::env("SMSOTP_TEST_LDAP_PASSWORD"));
        QVERIFY(page.save());
        QVERIFY(phone.directoryWarning().isEmpty());
        // The password field is empty again and the stored one is encrypted.
        QVERIFY(child<QLineEdit>(&page, "bindPassword")->text().isEmpty());
        QCOMPARE(SettingsRepository(*f->store, &*f->key).load()->settings.directory.bindPassword,
                 LdapTestServer::env("SMSOTP_TEST_LDAP_PASSWORD"));
        QVERIFY(SettingsRepository(*f->store).load()->settings.directory.bindPassword.isEmpty());
        // A check after the save uses the stored password.
        const QString result = check(page, QStringLiteral("bob"));
        QVERIFY2(result.startsWith(QStringLiteral("✓")), qPrintable(result));
    }

    void helpDeskSaysWhereNumbersComeFrom()
    {
        Settings s;
        QVERIFY(AuthenticatorDetailPane::numberSource(s).contains(QStringLiteral("stored here")));
        s.phoneFormat.useDirectoryPhone = true;
        QVERIFY(AuthenticatorDetailPane::numberSource(s).contains(QStringLiteral("in the directory")));
        s.directory.fallbackToStoreNumber = true;
        QVERIFY(AuthenticatorDetailPane::numberSource(s).contains(QStringLiteral("only when")));
    }

    void importsFromTheDirectoryWithBadRowsAndCancel()
    {
        auto f = fixture();
        QVERIFY(f);
        {
            SettingsRepository repo(*f->store, &*f->key);
            auto loaded = repo.load();
            Settings s = loaded->settings;
            s.directory = LdapTestServer::settings();
            QVERIFY(repo.save(s, {QStringLiteral("directory")}, loaded->versions, QStringLiteral("t")).ok());
        }
        // bob is registered already, with another number.
        SystemClock clock;
        OtpService service(*f->store, &*f->key, clock);
        QVERIFY(service.registerAuthenticator(QStringLiteral("bob"), QStringLiteral("+79160000001"), {}, {}).ok);

        UserImportDialog dialog(*f->store, &*f->key, QStringLiteral("importer"), nullptr,
                                UserImportDialog::Mode::Directory);
        dialog.setDirectorySettings(SettingsRepository(*f->store).load()->settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("chooseFile")), Qt::LeftButton);
        // alice, bob, carol, dave, erin, frank and the literal "*".
        QCOMPARE(dialog.rows().size(), 7);
        auto problemOf = [&](const QString& login) {
            for (const auto& r : dialog.rows())
                if (r.login == login)
                    return r.problem;
            return QStringLiteral("missing row");
        };
        QVERIFY(problemOf(QStringLiteral("alice")).isEmpty());
        QVERIFY(problemOf(QStringLiteral("frank")).isEmpty()); // "(916) 222 33 44" gets the prefix
        QVERIFY2(problemOf(QStringLiteral("bob")).contains(QStringLiteral("already")),
                 qPrintable(problemOf(QStringLiteral("bob"))));
        QVERIFY(problemOf(QStringLiteral("carol")).contains(QStringLiteral("empty")));
        QVERIFY(problemOf(QStringLiteral("dave")).contains(QStringLiteral("2 values")));
        QVERIFY(problemOf(QStringLiteral("erin")).contains(QStringLiteral("not a valid")));
        QCOMPARE(dialog.importableRows(), 3);
        QCOMPARE(dialog.preview()->rowCount(), 7);
        // Numbers from the directory are masked in the preview.
        for (int r = 0; r < dialog.preview()->rowCount(); ++r)
            QVERIFY(!dialog.preview()->item(r, 2)->text().contains(QStringLiteral("9161234560")));

        // Cancel at the first row: nothing is imported.
        QTimer::singleShot(0, &dialog, [&dialog]() {
            if (auto* progress = dialog.findChild<QProgressDialog*>(QStringLiteral("importProgress")))
                progress->cancel();
        });
        dialog.startImport();
        const QList<MessageBoxes::Shown> shown = MessageBoxes::takeShown();
        QVERIFY(shown.size() >= 2); // "skip the bad rows?" then "cancelled"
        QVERIFY(shown.last().text.contains(QLatin1String("nothing was imported")));
        QVERIFY(!AuthenticatorRepository(*f->store, &*f->key).find(QStringLiteral("alice")).value());
        QCOMPARE(dialog.rows().size(), 7); // read again after the cancel

        // Updating existing users is a choice: bob becomes importable.
        dialog.updateExistingBox()->setChecked(true);
        QCOMPARE(dialog.importableRows(), 4);
        QSignalSpy imported(&dialog, &UserImportDialog::imported);
        dialog.startImport();
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.first().first().toInt(), 4);
        AuthenticatorRepository repo(*f->store, &*f->key);
        QCOMPARE(repo.phone(QStringLiteral("alice")).value(), QStringLiteral("+79161234560"));
        QCOMPARE(repo.phone(QStringLiteral("bob")).value(), QStringLiteral("+79167654321"));
        QCOMPARE(repo.phone(QStringLiteral("frank")).value(), QStringLiteral("+79162223344"));
        QVERIFY(!repo.find(QStringLiteral("dave")).value());
        EventQuery::Filter filter;
        filter.code = EventCode::DirectoryImport;
        QCOMPARE(EventQuery(*f->store).count(filter).value(), 1);
    }
};

QTEST_MAIN(TestDirectoryViews)
#include "TestDirectoryViews.moc"
