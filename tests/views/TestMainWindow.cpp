#include "MainWindow.h"
#include "MessageBoxes.h"
#include "OpenStoreDialog.h"
#include "RecentStores.h"
#include "SettingsPage.h"
#include "StoreOverviewPage.h"
#include "domain/Settings.h"
#include "util/Languages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

namespace {

// Translates every string while Swedish is the default locale, so the language switch is
// observable before translations/smsotp_sv.ts holds any. Real translations installed by the
// switch are searched first and also differ from the English source, so the checks hold either way.
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char*, const char* sourceText, const char*, int) const override
    {
        if (QLocale().language() != QLocale::Swedish)
            return {};
        return QStringLiteral("SV:") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

QString storeText(const MainWindow& window)
{
    return window.findChild<QLabel*>(QStringLiteral("storeLocation"))->text();
}

QString dialectText(const MainWindow& window)
{
    return window.findChild<QLabel*>(QStringLiteral("storeDialect"))->text();
}

QString firstNavigationText(const MainWindow& window)
{
    return window.findChild<QTreeWidget*>(QStringLiteral("navigation"))->topLevelItem(0)->text(0);
}

// Types `path` into the dialog's file field like a user, ticks "create" as asked, and presses Open.
void openThroughDialog(OpenStoreDialog* dialog, const QString& path, bool create)
{
    auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("kind"));
    kind->setCurrentIndex(0);
    auto* pathField = dialog->findChild<QLineEdit*>(QStringLiteral("path"));
    pathField->selectAll();
    QTest::keyClick(pathField, Qt::Key_Backspace);
    QTest::keyClicks(pathField, path);
    auto* createFile = dialog->findChild<QCheckBox*>(QStringLiteral("createFile"));
    if (createFile->isChecked() != create)
        QTest::mouseClick(createFile, Qt::LeftButton, {}, QPoint(4, createFile->height() / 2));
    QCOMPARE(createFile->isChecked(), create);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("open")), Qt::LeftButton);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void statusBarNamesTheStore();
    void opensAnotherStoreThroughTheDialog();
    void keepsTheStoreWhenOpeningFails();
    void refusesAFolderInTheDialog();
    void failedStartShowsErrorThenDialog();
    void worksWithoutAStore();
    void everyNavigationEntryShowsAPage();
    void sectionPagesShowStoredValues();
    void switchesLanguageAtRunTime();
    void remembersRecentStoresWithoutPasswords();
    void aboutNamesVersionAndStore();
    void upgradesAnOldStoreWithProgress();
    void screenshots();

private:
    QString storePath(const QString& name) const { return m_dir.filePath(name); }
    StoreUrl createStore(const QString& name);

    QTemporaryDir m_dir;
    Languages m_languages;
    int m_counter = 0;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    // QSettings must never touch the user's real configuration.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("smsotp-test"));
    QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
    MessageBoxes::setAutomaticAnswer(QMessageBox::Ok);
    m_languages.install(QStringLiteral("en"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    MessageBoxes::takeShown();
}

void TestMainWindow::cleanup()
{
    m_languages.install(QStringLiteral("en"));
    QVERIFY2(MessageBoxes::takeShown().isEmpty(), "a message box appeared that the test did not expect");
}

StoreUrl TestMainWindow::createStore(const QString& name)
{
    const StoreUrl url = StoreUrl::sqlite(storePath(QStringLiteral("%1-%2.db").arg(name).arg(++m_counter)));
    Result<std::unique_ptr<Store>> store = Store::open(url, {}, Store::OpenMode::CreateIfMissing);
    if (!store)
        qFatal("cannot create a test store: %s", qPrintable(store.error()));
    return url;
}

void TestMainWindow::statusBarNamesTheStore()
{
    MainWindow window(m_languages);
    const StoreUrl url = createStore(QStringLiteral("first"));
    QVERIFY(window.openStore(url, {}, Store::OpenMode::OpenExisting));
    QVERIFY(storeText(window).contains(url.displayLocation()));
    QCOMPARE(dialectText(window), QStringLiteral("SQLite"));
    QVERIFY(window.windowTitle().contains(url.displayLocation()));
    QVERIFY(window.store());
}

void TestMainWindow::opensAnotherStoreThroughTheDialog()
{
    MainWindow window(m_languages);
    window.show();
    const StoreUrl first = createStore(QStringLiteral("first"));
    QVERIFY(window.openStore(first, {}, Store::OpenMode::OpenExisting));

    QPointer<OpenStoreDialog> dialog = window.showOpenStoreDialog();
    QVERIFY(dialog->isVisible());
    // The dialog starts from the open store, so a neighbouring file is quick to pick.
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("path"))->text(), first.displayLocation());

    const QString second = storePath(QStringLiteral("second.db"));
    openThroughDialog(dialog, second, true);
    QTRY_VERIFY(!dialog);
    QVERIFY(storeText(window).contains(QDir::toNativeSeparators(second)));
    QVERIFY(!storeText(window).contains(first.displayLocation()));
    QCOMPARE(dialectText(window), QStringLiteral("SQLite"));
    QVERIFY(QFile::exists(second));
}

void TestMainWindow::keepsTheStoreWhenOpeningFails()
{
    MainWindow window(m_languages);
    window.show();
    const StoreUrl first = createStore(QStringLiteral("first"));
    QVERIFY(window.openStore(first, {}, Store::OpenMode::OpenExisting));
    const QString uuid = window.store()->uuid();

    const QString corrupt = storePath(QStringLiteral("corrupt.db"));
    QFile file(corrupt);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, '\x5a') + "this is not an SQLite database");
    file.close();

    QPointer<OpenStoreDialog> dialog = window.showOpenStoreDialog();
    openThroughDialog(dialog, corrupt, false);

    const QList<MessageBoxes::Shown> shown = MessageBoxes::takeShown();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().icon, QMessageBox::Critical);
    QVERIFY(!shown.first().text.isEmpty());
    // The user can correct the path without filling the dialog again.
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(storeText(window).contains(first.displayLocation()));
    QCOMPARE(window.store()->uuid(), uuid);
    dialog->reject();

    // A file that does not exist is refused too unless the user asked to create it.
    QVERIFY(!window.openStore(StoreUrl::sqlite(storePath(QStringLiteral("missing.db"))), {},
                              Store::OpenMode::OpenExisting));
    QCOMPARE(MessageBoxes::takeShown().size(), 1);
    QCOMPARE(window.store()->uuid(), uuid);
    QVERIFY(!QFile::exists(storePath(QStringLiteral("missing.db"))));
}

void TestMainWindow::refusesAFolderInTheDialog()
{
    MainWindow window(m_languages);
    window.show();
    const StoreUrl first = createStore(QStringLiteral("first"));
    QVERIFY(window.openStore(first, {}, Store::OpenMode::OpenExisting));

    QPointer<OpenStoreDialog> dialog = window.showOpenStoreDialog();
    openThroughDialog(dialog, m_dir.path(), false);
    // Said next to the field, not in a box: nothing was tried.
    auto* note = dialog->findChild<QLabel*>(QStringLiteral("note"));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QDir::toNativeSeparators(m_dir.path())));
    QVERIFY(dialog->isVisible());
    QVERIFY(storeText(window).contains(first.displayLocation()));

    // An empty path is explained the same way.
    openThroughDialog(dialog, QString(), false);
    QVERIFY(note->isVisible());
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestMainWindow::failedStartShowsErrorThenDialog()
{
    MainWindow window(m_languages);
    window.show();
    const QString missing = storePath(QStringLiteral("nowhere/store.db"));
    window.openUrl(QStringLiteral("sqlite://") + missing, Store::OpenMode::OpenExisting);
    QCOMPARE(MessageBoxes::takeShown().size(), 1);
    auto* dialog = window.findChild<OpenStoreDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("path"))->text(), QDir::toNativeSeparators(missing));
    QVERIFY(!window.store());
    dialog->reject();

    // A malformed address is reported the same way, and never crashes.
    window.openUrl(QStringLiteral("nonsense://"), Store::OpenMode::OpenExisting);
    QCOMPARE(MessageBoxes::takeShown().size(), 1);
    QTRY_VERIFY(window.findChild<OpenStoreDialog*>());
    window.findChild<OpenStoreDialog*>()->reject();
}

void TestMainWindow::worksWithoutAStore()
{
    MainWindow window(m_languages);
    window.show();
    QVERIFY(!window.store());
    QVERIFY(!storeText(window).isEmpty());
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("storeDialect"))->isVisible());
    QVERIFY(window.selectPage(QStringLiteral("block")));
    auto* state =
        window.findChild<QWidget*>(QStringLiteral("blockPage"))->findChild<QLabel*>(QStringLiteral("noStore"));
    QVERIFY(state->isVisible());
    QVERIFY(!state->text().isEmpty());
    QVERIFY(window.selectPage(QStringLiteral("events")));
    QVERIFY(window.selectPage(QStringLiteral("helpDesk")));
}

void TestMainWindow::everyNavigationEntryShowsAPage()
{
    MainWindow window(m_languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openStore(createStore(QStringLiteral("nav")), {}, Store::OpenMode::OpenExisting));

    auto* navigation = window.findChild<QTreeWidget*>(QStringLiteral("navigation"));
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    QCOMPARE(navigation->topLevelItemCount(), 4); // Configuration, Help desk, Events, Provider servers
    QStringList ids;
    for (QTreeWidgetItemIterator it(navigation); *it; ++it)
        ids.append((*it)->data(0, Qt::UserRole).toString());
    QStringList expected = {QStringLiteral("configuration"), QStringLiteral("authenticators"),
                            QStringLiteral("smsOtp")};
    expected += Settings::sectionKeys();
    expected += {QStringLiteral("apiAccess"), QStringLiteral("helpDesk"), QStringLiteral("events"),
                 QStringLiteral("providerServers")};
    QCOMPARE(ids, expected);

    for (QTreeWidgetItemIterator it(navigation); *it; ++it) {
        QTreeWidgetItem* item = *it;
        const QString id = item->data(0, Qt::UserRole).toString();
        // Click it like a user would.
        navigation->scrollToItem(item);
        const QRect rect = navigation->visualItemRect(item);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.currentPageId(), id);
        const PageRegistry::Entry* entry = window.pages().find(id);
        QVERIFY(entry && entry->page);
        QCOMPARE(stack->currentWidget(), entry->page);
        QVERIFY(entry->page->isVisible());
        QVERIFY(!item->text(0).isEmpty());
        QVERIFY(!entry->page->accessibleName().isEmpty());
    }
}

void TestMainWindow::sectionPagesShowStoredValues()
{
    MainWindow window(m_languages);
    QVERIFY(window.openStore(createStore(QStringLiteral("values")), {}, Store::OpenMode::OpenExisting));
    const Settings defaults;
    QCOMPARE(window.pages().settingsPages().size(), Settings::sectionKeys().size());
    for (SettingsPage* page : window.pages().settingsPages()) {
        QVERIFY(!page->isDirty());
        QVERIFY(page->validate().isEmpty());
    }
    auto* attempts = window.findChild<QWidget*>(QStringLiteral("blockPage"))
                         ->findChild<QSpinBox*>(QStringLiteral("attemptsBeforeBlock"));
    QCOMPARE(attempts->value(), defaults.block.attemptsBeforeBlock);
    // Secrets are write-only everywhere, here too: the fields start empty.
    auto* gateway = window.findChild<QWidget*>(QStringLiteral("gatewayPage"));
    QVERIFY(gateway->findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());
    QVERIFY(gateway->findChild<QLineEdit*>(QStringLiteral("token"))->text().isEmpty());
}

void TestMainWindow::switchesLanguageAtRunTime()
{
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    MainWindow window(m_languages);
    window.show();
    QVERIFY(window.openStore(createStore(QStringLiteral("lang")), {}, Store::OpenMode::OpenExisting));
    QPointer<OpenStoreDialog> dialog = window.showOpenStoreDialog();
    const QString englishDialogTitle = dialog->windowTitle();
    auto* fileMenu = window.findChild<QMenu*>(QStringLiteral("fileMenu"));
    QCOMPARE(firstNavigationText(window), QStringLiteral("Configuration"));
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));

    auto* swedish = window.findChild<QAction*>(QStringLiteral("language_sv"));
    QCOMPARE(swedish->text(), QStringLiteral("Svenska"));
    swedish->trigger();
    QTRY_VERIFY(firstNavigationText(window) != QStringLiteral("Configuration"));
    QTRY_VERIFY(fileMenu->title() != QStringLiteral("&File"));
    QTRY_VERIFY(dialog->windowTitle() != englishDialogTitle);
    QVERIFY(swedish->isChecked());
    QCOMPARE(m_languages.current(), QStringLiteral("sv"));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("sv"));
    // Native names never change with the language.
    QCOMPARE(window.findChild<QAction*>(QStringLiteral("language_ru"))->text(), QStringLiteral("Русский"));

    auto* russian = window.findChild<QAction*>(QStringLiteral("language_ru"));
    russian->trigger();
    QVERIFY(russian->isChecked());
    QVERIFY(!swedish->isChecked());
    QCOMPARE(QLocale().language(), QLocale::Russian);
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ru"));
    // Qt's own strings come from the system's qtbase_ru, where it is installed.
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_ru.qm"))) {
        QPushButton* cancel = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
        QTRY_VERIFY(!cancel->text().contains(QStringLiteral("Cancel")));
    }

    window.findChild<QAction*>(QStringLiteral("language_en"))->trigger();
    QTRY_COMPARE(firstNavigationText(window), QStringLiteral("Configuration"));
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
    QTRY_COMPARE(dialog->windowTitle(), englishDialogTitle);
    dialog->reject();
    QCoreApplication::removeTranslator(&marking);
}

void TestMainWindow::remembersRecentStoresWithoutPasswords()
{
    MainWindow window(m_languages);
    QList<StoreUrl> opened;
    for (int i = 0; i < RecentStores::kMaximum + 2; ++i) {
        opened.append(createStore(QStringLiteral("recent")));
        QVERIFY(window.openStore(opened.last(), {}, Store::OpenMode::OpenExisting));
    }
    const QStringList recent = RecentStores::list();
    QCOMPARE(recent.size(), RecentStores::kMaximum);
    QCOMPARE(recent.first(), opened.last().toString());
    QCOMPARE(RecentStores::last(), opened.last().toString());
    auto* recentMenu = window.findChild<QMenu*>(QStringLiteral("recentMenu"));
    QVERIFY(recentMenu->actions().size() >= RecentStores::kMaximum);

    // Reopening moves a store to the front instead of listing it twice.
    QVERIFY(window.openStore(opened[3], {}, Store::OpenMode::OpenExisting));
    QCOMPARE(RecentStores::list().first(), opened[3].toString());
    QCOMPARE(RecentStores::list().count(opened[3].toString()), 1);

    const Result<StoreUrl> server = StoreUrl::parse(QStringLiteral("postgresql://admin:s3cret@db.example/smsotp"));
    QVERIFY(server.ok());
    RecentStores::add(server.value());
    QVERIFY(!RecentStores::list().join(QLatin1Char(' ')).contains(QStringLiteral("s3cret")));
}

void TestMainWindow::aboutNamesVersionAndStore()
{
    MainWindow window(m_languages);
    QVERIFY(window.openStore(createStore(QStringLiteral("about")), {}, Store::OpenMode::OpenExisting));
    window.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    const QList<MessageBoxes::Shown> shown = MessageBoxes::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first().text.contains(QStringLiteral(SMSOTP_VERSION)));
    QVERIFY(shown.first().text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(shown.first().text.contains(window.store()->uuid()));
}

// Issue 15: a store an older version made is upgraded as it opens, with its steps shown.
void TestMainWindow::upgradesAnOldStoreWithProgress()
{
    const QString path = storePath(QStringLiteral("old.db"));
    {
        auto old = Store::open(StoreUrl::sqlite(path), {}, Store::OpenMode::CreateIfMissing, 3);
        QVERIFY2(old, qPrintable(old.error()));
    }
    MainWindow window(m_languages);
    window.show();
    QVERIFY(window.openStore(createStore(QStringLiteral("new")), {}, Store::OpenMode::OpenExisting));
    QVERIFY(window.lastUpgradeNote().isEmpty());
    QVERIFY(window.openStore(StoreUrl::sqlite(path), {}, Store::OpenMode::OpenExisting));
    QCOMPARE(window.store()->schemaVersion(), Store::latestSchemaVersion());
    QVERIFY2(window.lastUpgradeNote().contains(QStringLiteral("from version 3 to")),
             qPrintable(window.lastUpgradeNote()));
    QVERIFY(!window.findChild<QProgressDialog*>()); // gone once the store is open
}

// Not a check: with SMSOTP_SCREENSHOT_DIR set, saves the window and the dialog in every language
// for a person to look at.
void TestMainWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("SMSOTP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set SMSOTP_SCREENSHOT_DIR to save screenshots");
    QDir().mkpath(dir);
    MainWindow window(m_languages);
    window.resize(1040, 680);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openStore(createStore(QStringLiteral("shots")), {}, Store::OpenMode::OpenExisting));
    for (const Languages::Language& language : Languages::all()) {
        window.setLanguage(language.code);
        QCoreApplication::processEvents();
        for (const QString& page : {QStringLiteral("smsOtp"), QStringLiteral("block"), QStringLiteral("ipAllowList"),
                                    QStringLiteral("gateway"), QStringLiteral("events")}) {
            window.selectPage(page);
            QCoreApplication::processEvents();
            window.grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, language.code, page));
        }
        QPointer<OpenStoreDialog> dialog = window.showOpenStoreDialog();
        QCoreApplication::processEvents();
        dialog->grab().save(QStringLiteral("%1/%2-dialog-file.png").arg(dir, language.code));
        dialog->findChild<QComboBox*>(QStringLiteral("kind"))->setCurrentIndex(1);
        QCoreApplication::processEvents();
        dialog->grab().save(QStringLiteral("%1/%2-dialog-server.png").arg(dir, language.code));
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
