#include "LoopbackHttpServer.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "TestStores.h"
#include "crypto/StoreKey.h"
#include "domain/EventCode.h"
#include "domain/Settings.h"
#include "gateway/TestSendDialog.h"
#include "items/IpAllowListModel.h"
#include "items/SettingsChangeModel.h"
#include "items/SettingsHistoryModel.h"
#include "settings/BlockSettingsPage.h"
#include "settings/ConflictPanel.h"
#include "settings/GatewaySettingsPage.h"
#include "settings/HistoryDialog.h"
#include "settings/ImportPreviewDialog.h"
#include "settings/IpAllowListSettingsPage.h"
#include "settings/OtpSettingsPage.h"
#include "settings/SectionPage.h"
#include "settings/SettingsSession.h"
#include "settings/SpamProtectionSettingsPage.h"
#include "store/SettingsRepository.h"
#include "util/Languages.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTranslator>
#include <QTreeWidget>
#include <QXYSeries>
#include <QtTest>

namespace {

template <typename T> T* child(QWidget* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

// Replaces a spin box's text like a user: select all, erase, type.
void retype(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    if (!text.isEmpty())
        QTest::keyClicks(field, text);
}

// Saves a picture of `widget` beside the per-language ones, for review.
void shot(QWidget* widget, const QString& name)
{
    const QString dir = QDir(qEnvironmentVariable("SMSOTP_TEST_BUILD_DIR", QDir::currentPath()))
                            .filePath(QStringLiteral("screenshots/settings"));
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    widget->grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
}

void click(QWidget* parent, const QString& button)
{
    auto* b = child<QAbstractButton>(parent, button);
    QVERIFY(b);
    QVERIFY2(b->isEnabled(), qPrintable(button + QStringLiteral(" is disabled")));
    QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(4, b->height() / 2));
}

// Clicks a check box like a user, on its indicator.
void toggle(QCheckBox* box)
{
    QVERIFY(box);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
}

// Makes every string 40% longer, as Russian and Estonian often are, so a page that would not
// fit once the translations are in fails now. Placeholders and mnemonics stay intact.
class LongerTranslator : public QTranslator {
public:
    QString translate(const char*, const char* sourceText, const char*, int) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        if (source.trimmed().isEmpty())
            return {};
        return source + QLatin1Char(' ') + QString(int(source.size() * 2 / 5), QLatin1Char('w'));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestSettingsPages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void validationMessagesDisableSave();
    void saveWritesTheStore_data() { dialectData(); }
    void saveWritesTheStore();
    void revertRestores();
    void ctrlSSavesTheCurrentPage();
    void leavingADirtyPageAsks();
    void closingWithUnsavedInputAsks();
    void conflictOffersOverwrite_data() { dialectData(); }
    void conflictOffersOverwrite();
    void conflictOffersReload();
    void historyRestoresAFormerVersion();
    void damagedSectionShowsBannerAndRestores();
    void importShowsPreviewThenApplies();
    void exportLeavesSecretsOut();
    void blockSentenceExplainsPolicy();
    void phoneTryBoxNormalises();
    void otpSampleAndEntropyWarning();
    void messagePreviewCountsSegments();
    void allowListPasteImportExportRefusesDuplicates();
    void gatewayShowsFieldsPerTypeAndGuardsSecrets();
    void gatewaySecretsNeedTheKeyAndSurviveOtherSaves();
    void gatewayFailoverIsSavedShownAndRemoved_data() { dialectData(); }
    void gatewayFailoverIsSavedShownAndRemoved();
    void gatewayFailoverRefusesBadInputAndReverts();
    void gatewayFailoverIsCheckedAndTestSent();
    void spamPageShowsThePresent();
    void itemModelsPassTheTester();
    void everyPageFitsInEveryLanguage();

private:
    void dialectData();
    // A main window on a fresh store of `dialect`, shown, with no message box expected.
    std::unique_ptr<MainWindow> openWindow(const QString& dialect = QStringLiteral("sqlite"));
    SectionPage* page(MainWindow& window, const QString& section);
    Settings storedSettings();

    Languages m_languages;
    TestStores m_stores;
    QString m_url;
    QTemporaryDir m_dir;
};

void TestSettingsPages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("smsotp-test"));
    QCoreApplication::setApplicationName(QStringLiteral("TestSettingsPages"));
    m_languages.install(QStringLiteral("en"));
}

void TestSettingsPages::init()
{
    MessageBoxes::setAutomaticAnswer(QMessageBox::Ok);
    MessageBoxes::takeShown();
}

void TestSettingsPages::cleanup()
{
    m_languages.install(QStringLiteral("en"));
    // Windows closing at the end of a test may ask about unsaved input; that is not the test's business.
    MessageBoxes::setAutomaticAnswer(QMessageBox::Discard);
}

void TestSettingsPages::dialectData()
{
    TestStores::addDialectRows();
}

std::unique_ptr<MainWindow> TestSettingsPages::openWindow(const QString& dialect)
{
    m_url = m_stores.freshUrl(dialect);
    auto window = std::make_unique<MainWindow>(m_languages);
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    if (!window->openStore(StoreUrl::parse(m_url).value(), TestStores::postgresPassword(),
                           Store::OpenMode::CreateIfMissing))
        return nullptr;
    if (!MessageBoxes::takeShown().isEmpty())
        return nullptr;
    return window;
}

SectionPage* TestSettingsPages::page(MainWindow& window, const QString& section)
{
    window.selectPage(section);
    QCoreApplication::processEvents();
    return window.findChild<SectionPage*>(section + QLatin1String("Page"));
}

Settings TestSettingsPages::storedSettings()
{
    std::unique_ptr<Store> store = m_stores.openAgain(m_url);
    if (!store)
        return {};
    Result<SettingsRepository::Loaded> loaded = SettingsRepository(*store).load();
    return loaded ? loaded->settings : Settings();
}

void TestSettingsPages::validationMessagesDisableSave()
{
    auto window = openWindow();
    QVERIFY(window);
    SectionPage* block = page(*window, QStringLiteral("block"));
    auto* attempts = child<QSpinBox>(block, QStringLiteral("attemptsBeforeBlock"));
    auto* message = child<QLabel>(block, QStringLiteral("attemptsBeforeBlockMessage"));
    auto* save = child<QPushButton>(block, QStringLiteral("save"));
    QVERIFY(!message->isVisible());
    QVERIFY(!save->isEnabled());

    retype(attempts, QString());
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("1 to 100")));
    QVERIFY(!save->isEnabled());
    QVERIFY(!block->validate().isEmpty());

    QTest::keyClicks(attempts, QStringLiteral("7"));
    QVERIFY(!message->isVisible());
    QVERIFY(save->isEnabled());
    QVERIFY(block->isDirty());

    // A domain rule: a sender name of more than 11 letters.
    SectionPage* format = page(*window, QStringLiteral("messageFormat"));
    QVERIFY(format);
    MessageBoxes::setAutomaticAnswer(QMessageBox::Discard); // leaving the dirty block page
    format = page(*window, QStringLiteral("messageFormat"));
    QCOMPARE(window->currentPageId(), QStringLiteral("messageFormat"));
    auto* sender = child<QLineEdit>(format, QStringLiteral("sender"));
    QTest::keyClicks(sender, QStringLiteral("VeryLongSenderName"));
    auto* senderMessage = child<QLabel>(format, QStringLiteral("senderMessage"));
    QVERIFY(senderMessage->isVisible());
    QVERIFY(senderMessage->text().contains(QStringLiteral("11")));
    shot(window.get(), QStringLiteral("state-validation"));
    QVERIFY(!child<QPushButton>(format, QStringLiteral("save"))->isEnabled());
    retype(sender, QStringLiteral("Bank"));
    QVERIFY(!senderMessage->isVisible());
    QVERIFY(child<QPushButton>(format, QStringLiteral("save"))->isEnabled());
}

void TestSettingsPages::saveWritesTheStore()
{
    QFETCH(QString, dialect);
    auto window = openWindow(dialect);
    QVERIFY(window);
    SectionPage* block = page(*window, QStringLiteral("block"));
    auto* navigation = child<QTreeWidget>(window.get(), QStringLiteral("navigation"));
    const QString cleanTitle = navigation->currentItem()->text(0);

    retype(child<QSpinBox>(block, QStringLiteral("attemptsBeforeBlock")), QStringLiteral("7"));
    QVERIFY(block->isDirty());
    QVERIFY(navigation->currentItem()->text(0) != cleanTitle); // the dirty marker
    click(block, QStringLiteral("save"));
    QVERIFY(MessageBoxes::takeShown().isEmpty());
    QVERIFY(!block->isDirty());
    QCOMPARE(navigation->currentItem()->text(0), cleanTitle);
    QCOMPARE(storedSettings().block.attemptsBeforeBlock, 7);

    // A reload from the store shows the saved value.
    QVERIFY(window->settingsSession()->reload());
    QCOMPARE(child<QSpinBox>(block, QStringLiteral("attemptsBeforeBlock"))->value(), 7);

    // The save is in the history with the field-level diff.
    std::unique_ptr<Store> store = m_stores.openAgain(m_url);
    auto history = SettingsRepository(*store).history(QStringLiteral("block"));
    QVERIFY(history);
    QVERIFY(!history->isEmpty());
    QVERIFY2(history->first().diff.contains(QStringLiteral("attemptsBeforeBlock: 5 → 7")),
             qPrintable(history->first().diff));
    QVERIFY(history->first().savedBy.startsWith(QStringLiteral("console:")));
}

void TestSettingsPages::revertRestores()
{
    auto window = openWindow();
    QVERIFY(window);
    SectionPage* access = page(*window, QStringLiteral("accessRights"));
    auto* deny = child<QCheckBox>(access, QStringLiteral("denyUse"));
    QVERIFY(!deny->isChecked());
    QTest::mouseClick(deny, Qt::LeftButton, {}, QPoint(4, deny->height() / 2));
    QVERIFY(deny->isChecked());
    QVERIFY(access->isDirty());
    click(access, QStringLiteral("revert"));
    QVERIFY(!deny->isChecked());
    QVERIFY(!access->isDirty());
    QVERIFY(!storedSettings().accessRights.denyUse);
}

void TestSettingsPages::ctrlSSavesTheCurrentPage()
{
    auto window = openWindow();
    QVERIFY(window);
    // Shortcuts reach only the active window (matters under Xvfb, where nothing activates it).
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    SectionPage* otp = page(*window, QStringLiteral("otp"));
    retype(child<QSpinBox>(otp, QStringLiteral("length")), QStringLiteral("8"));
    QVERIFY(otp->isDirty());
    QTest::keyClick(child<QSpinBox>(otp, QStringLiteral("length")), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!otp->isDirty());
    QCOMPARE(storedSettings().otp.length, 8);
}

void TestSettingsPages::leavingADirtyPageAsks()
{
    auto window = openWindow();
    QVERIFY(window);
    SectionPage* block = page(*window, QStringLiteral("block"));
    retype(child<QSpinBox>(block, QStringLiteral("unblockMinutes")), QStringLiteral("45"));
    QVERIFY(block->isDirty());

    MessageBoxes::setAutomaticAnswer(QMessageBox::Cancel);
    window->selectPage(QStringLiteral("otp"));
    QTRY_COMPARE(window->currentPageId(), QStringLiteral("block"));
    QCOMPARE(MessageBoxes::takeShown().size(), 1);
    QVERIFY(block->isVisible());
    QVERIFY(block->isDirty());

    MessageBoxes::setAutomaticAnswer(QMessageBox::Save);
    window->selectPage(QStringLiteral("otp"));
    QCOMPARE(window->currentPageId(), QStringLiteral("otp"));
    QCOMPARE(MessageBoxes::takeShown().size(), 1);
    QVERIFY(!block->isDirty());
    QCOMPARE(storedSettings().block.unblockMinutes, 45);

    block = page(*window, QStringLiteral("block"));
    retype(child<QSpinBox>(block, QStringLiteral("unblockMinutes")), QStringLiteral("50"));
    MessageBoxes::setAutomaticAnswer(QMessageBox::Discard);
    window->selectPage(QStringLiteral("otp"));
    QCOMPARE(window->currentPageId(), QStringLiteral("otp"));
    QVERIFY(!block->isDirty());
    QCOMPARE(child<QSpinBox>(block, QStringLiteral("unblockMinutes"))->value(), 45);
    MessageBoxes::takeShown();
}

void TestSettingsPages::closingWithUnsavedInputAsks()
{
    auto window = openWindow();
    QVERIFY(window);
    SectionPage* phone = page(*window, QStringLiteral("phoneFormat"));
    retype(child<QLineEdit>(phone, QStringLiteral("prefix")), QStringLiteral("+46"));
    QVERIFY(phone->isDirty());
    MessageBoxes::setAutomaticAnswer(QMessageBox::Cancel);
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QCOMPARE(MessageBoxes::takeShown().size(), 1);
    MessageBoxes::setAutomaticAnswer(QMessageBox::Save);
    QVERIFY(window->close());
    QCOMPARE(storedSettings().phoneFormat.prefix, QStringLiteral("+46"));
    MessageBoxes::takeShown();
}

void TestSettingsPages::conflictOffersOverwrite()
{
    QFETCH(QString, dialect);
    auto window = openWindow(dialect);
    QVERIFY(window);
    SectionPage* block = page(*window, QStringLiteral("block"));
    // The user is editing (a page without input would show the other console's save at once).
    retype(child<QSpinBox>(block, QStringLiteral("attemptsBeforeBlock")), QStringLiteral("9"));

    // Another console saves the section after this one loaded it.
    std::unique_ptr<Store> other = m_stores.openAgain(m_url);
    QVERIFY(other);
    SettingsRepository otherRepository(*other);
    auto loaded = otherRepository.load();
    QVERIFY(loaded);
    loaded->settings.block.counterResetMinutes = 20;
    QVERIFY(otherRepository.save(loaded->settings, {QStringLiteral("block")}, loaded->versions, QStringLiteral("other"))
                .ok());

    click(block, QStringLiteral("save"));
    auto* conflict = child<ConflictPanel>(block, QStringLiteral("conflict"));
    QVERIFY(conflict->isVisible());
    QVERIFY(block->isDirty());
    // Side by side: both differing fields, yours and theirs.
    const QList<SettingsChangeModel::Row>& rows = conflict->model()->rows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).field, QStringLiteral("attemptsBeforeBlock"));
    QCOMPARE(rows.at(0).before, QStringLiteral("9"));
    QCOMPARE(rows.at(0).after, QStringLiteral("5"));
    QCOMPARE(rows.at(1).field, QStringLiteral("counterResetMinutes"));
    QCOMPARE(rows.at(1).after, QStringLiteral("20"));
    QCOMPARE(storedSettings().block.attemptsBeforeBlock, 5);
    shot(window.get(), QStringLiteral("state-conflict"));

    click(conflict, QStringLiteral("conflictOverwrite"));
    QVERIFY(!conflict->isVisible());
    QVERIFY(!block->isDirty());
    const Settings stored = storedSettings();
    QCOMPARE(stored.block.attemptsBeforeBlock, 9);
    QCOMPARE(stored.block.counterResetMinutes, 10); // overwritten with this page's value
}

void TestSettingsPages::conflictOffersReload()
{
    auto window = openWindow();
    QVERIFY(window);
    SectionPage* otp = page(*window, QStringLiteral("otp"));
    QTest::mouseClick(child<QCheckBox>(otp, QStringLiteral("uppercase")), Qt::LeftButton, {}, QPoint(4, 8));
    std::unique_ptr<Store> other = m_stores.openAgain(m_url);
    SettingsRepository otherRepository(*other);
    auto loaded = otherRepository.load();
    loaded->settings.otp.length = 10;
    QVERIFY(otherRepository.save(loaded->settings, {QStringLiteral("otp")}, loaded->versions, QStringLiteral("other"))
                .ok());

    click(otp, QStringLiteral("save"));
    auto* conflict = child<ConflictPanel>(otp, QStringLiteral("conflict"));
    QVERIFY(conflict->isVisible());
    click(conflict, QStringLiteral("conflictReload"));
    QVERIFY(!conflict->isVisible());
    QVERIFY(!otp->isDirty());
    QCOMPARE(child<QSpinBox>(otp, QStringLiteral("length"))->value(), 10);
    QVERIFY(!child<QCheckBox>(otp, QStringLiteral("uppercase"))->isChecked());
    // Saving now works: the page knows the new version.
    retype(child<QSpinBox>(otp, QStringLiteral("length")), QStringLiteral("12"));
    click(otp, QStringLiteral("save"));
    QVERIFY(!conflict->isVisible());
    QCOMPARE(storedSettings().otp.length, 12);
}

void TestSettingsPages::historyRestoresAFormerVersion()
{
    auto window = openWindow();
    QVERIFY(window);
    SectionPage* block = page(*window, QStringLiteral("block"));
    auto* attempts = child<QSpinBox>(block, QStringLiteral("attemptsBeforeBlock"));
    retype(attempts, QStringLiteral("7"));
    click(block, QStringLiteral("save"));
    retype(attempts, QStringLiteral("8"));
    click(block, QStringLiteral("save"));
    QCOMPARE(storedSettings().block.attemptsBeforeBlock, 8);

    click(block, QStringLiteral("history"));
    auto* dialog = block->findChild<HistoryDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const int rows = dialog->model()->rowCount();
    QVERIFY(rows >= 2);
    QCOMPARE(dialog->model()->entry(0)->version, dialog->model()->entry(1)->version + 1);
    QVERIFY(dialog->model()->entry(0)->diff.contains(QStringLiteral("7 → 8")));
    shot(dialog, QStringLiteral("state-history"));

    // Row 1 is the version with 7; restoring asks first, then saves it as a new version.
    MessageBoxes::setAutomaticAnswer(QMessageBox::No);
    QVERIFY(!dialog->restoreRow(1));
    QCOMPARE(storedSettings().block.attemptsBeforeBlock, 8);
    MessageBoxes::setAutomaticAnswer(QMessageBox::Yes);
    auto* table = child<QTableView>(dialog, QStringLiteral("historyTable"));
    table->selectRow(1);
    click(dialog, QStringLiteral("restore"));
    QCOMPARE(MessageBoxes::takeShown().size(), 2);
    QCOMPARE(storedSettings().block.attemptsBeforeBlock, 7);
    QCOMPARE(attempts->value(), 7);
    QVERIFY(!block->isDirty());
    QCOMPARE(dialog->model()->rowCount(), rows + 1);
    QVERIFY(dialog->model()->entry(0)->diff.contains(QStringLiteral("8 → 7")));
    dialog->close();
}

// Issue 12, defect 4: a stored section that no longer validates is shown as damaged, with the
// way to restore it from its history, instead of silently showing (and using) the defaults.
void TestSettingsPages::damagedSectionShowsBannerAndRestores()
{
    auto window = openWindow();
    QVERIFY(window);
    SectionPage* block = page(*window, QStringLiteral("block"));
    auto* attempts = child<QSpinBox>(block, QStringLiteral("attemptsBeforeBlock"));
    retype(attempts, QStringLiteral("7"));
    click(block, QStringLiteral("save"));
    QVERIFY(!child<QWidget>(block, QStringLiteral("damaged"))->isVisible());
    {
        std::unique_ptr<Store> other = m_stores.openAgain(m_url);
        QVERIFY(other);
        QVERIFY(other->exec(QStringLiteral("UPDATE settings SET body = '{\"attemptsBeforeBlock\":-3}', "
                                           "version = version + 1 WHERE section = 'block'"),
                            QStringLiteral("test")));
    }
    QVERIFY(window->openStore(StoreUrl::parse(m_url).value(), TestStores::postgresPassword(),
                              Store::OpenMode::OpenExisting));
    block = page(*window, QStringLiteral("block"));
    auto* banner = child<QWidget>(block, QStringLiteral("damaged"));
    QTRY_VERIFY(banner->isVisible());
    const QString text = child<QLabel>(block, QStringLiteral("damagedText"))->text();
    QVERIFY2(text.contains(QStringLiteral("attemptsBeforeBlock")), qPrintable(text));

    click(block, QStringLiteral("damagedHistory"));
    auto* dialog = block->findChild<HistoryDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    MessageBoxes::setAutomaticAnswer(QMessageBox::Yes);
    QVERIFY(dialog->restoreRow(0)); // the version with 7
    MessageBoxes::takeShown();
    QCOMPARE(storedSettings().block.attemptsBeforeBlock, 7);
    QVERIFY(!banner->isVisible());
    dialog->close();
}

void TestSettingsPages::importShowsPreviewThenApplies()
{
    auto window = openWindow();
    QVERIFY(window);
    const QString path = m_dir.filePath(QStringLiteral("import.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"block":{"attemptsBeforeBlock":9},"ipAllowList":{"entries":[{"ip":"100.10.10.1","comment":"Tartu"}]},
                  "otp":{"length":6}})");
    file.close();

    ImportPreviewDialog* dialog = window->importSettingsFrom(path);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Only what changes is listed; otp.length 6 is the stored value already.
    QCOMPARE(dialog->model()->rowCount(), 2);
    QCOMPARE(dialog->model()->changedSections(), (QStringList{QStringLiteral("block"), QStringLiteral("ipAllowList")}));
    // Nothing is written before Apply.
    QCOMPARE(storedSettings().block.attemptsBeforeBlock, 5);
    shot(dialog, QStringLiteral("state-import-preview"));
    click(dialog, QStringLiteral("apply"));
    QVERIFY(MessageBoxes::takeShown().isEmpty());
    const Settings stored = storedSettings();
    QCOMPARE(stored.block.attemptsBeforeBlock, 9);
    QCOMPARE(stored.ipAllowList.entries.size(), 1);
    SectionPage* block = page(*window, QStringLiteral("block"));
    QCOMPARE(child<QSpinBox>(block, QStringLiteral("attemptsBeforeBlock"))->value(), 9);
    auto* list = qobject_cast<IpAllowListSettingsPage*>(page(*window, QStringLiteral("ipAllowList")));
    QCOMPARE(list->model()->rowCount(), 1);

    // An invalid file is refused with its reasons, nothing changes.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"block":{"attemptsBeforeBlock":500}})");
    file.close();
    QVERIFY(!window->importSettingsFrom(path));
    const QList<MessageBoxes::Shown> shown = MessageBoxes::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first().text.contains(QStringLiteral("attemptsBeforeBlock")));
    QCOMPARE(storedSettings().block.attemptsBeforeBlock, 9);
}

void TestSettingsPages::exportLeavesSecretsOut()
{
    auto window = openWindow();
    QVERIFY(window);
    const QString path = m_dir.filePath(QStringLiteral("export.json"));
    QVERIFY(window->exportSettingsTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    for (const QString& section : Settings::sectionKeys())
        QVERIFY2(json.contains(section), qPrintable(section));
    QVERIFY(!json.value(QStringLiteral("gateway")).toObject().contains(QStringLiteral("password")));
    QVERIFY(!json.value(QStringLiteral("gateway")).toObject().contains(QStringLiteral("token")));
    QCOMPARE(json.value(QStringLiteral("block")).toObject().value(QStringLiteral("attemptsBeforeBlock")).toInt(), 5);
}

void TestSettingsPages::blockSentenceExplainsPolicy()
{
    auto window = openWindow();
    QVERIFY(window);
    SectionPage* block = page(*window, QStringLiteral("block"));
    auto* policy = child<QLabel>(block, QStringLiteral("policy"));
    QCOMPARE(policy->text(),
             QStringLiteral("After 5 failed codes within 10 minutes the authenticator is blocked for 30 minutes."));
    retype(child<QSpinBox>(block, QStringLiteral("unblockMinutes")), QStringLiteral("0"));
    QVERIFY(policy->text().contains(QStringLiteral("until the help desk unblocks it")));
    retype(child<QSpinBox>(block, QStringLiteral("attemptsBeforeBlock")), QStringLiteral("1"));
    QVERIFY(policy->text().startsWith(QStringLiteral("After 1 failed code within")));
    QTest::mouseClick(child<QCheckBox>(block, QStringLiteral("enabled")), Qt::LeftButton, {}, QPoint(4, 8));
    QVERIFY(policy->text().startsWith(QStringLiteral("Blocking is off")));
}

void TestSettingsPages::phoneTryBoxNormalises()
{
    auto window = openWindow();
    QVERIFY(window);
    SectionPage* phone = page(*window, QStringLiteral("phoneFormat"));
    auto* tryBox = child<QLineEdit>(phone, QStringLiteral("tryNumber"));
    auto* result = child<QLabel>(phone, QStringLiteral("tryResult"));
    QTest::keyClicks(tryBox, QStringLiteral("8 (916) 123-45-6O; 8 999 000 00 00"));
    QVERIFY2(result->text().contains(QStringLiteral("+79161234560")), qPrintable(result->text()));
    QVERIFY(result->text().contains(QStringLiteral("Kind of number")));
    QVERIFY(!phone->isDirty()); // trying is not editing
    retype(tryBox, QStringLiteral("12"));
    QVERIFY(result->text().contains(QStringLiteral("Refused")));
    // The unsaved rules apply: a Swedish prefix.
    retype(child<QLineEdit>(phone, QStringLiteral("prefix")), QStringLiteral("+46"));
    retype(child<QSpinBox>(phone, QStringLiteral("length")), QStringLiteral("12"));
    retype(child<QLineEdit>(phone, QStringLiteral("trunkDigit")), QStringLiteral("0"));
    retype(tryBox, QStringLiteral("070-123 45 67"));
    QVERIFY2(result->text().contains(QStringLiteral("+46701234567")), qPrintable(result->text()));
}

void TestSettingsPages::otpSampleAndEntropyWarning()
{
    auto window = openWindow();
    QVERIFY(window);
    SectionPage* otp = page(*window, QStringLiteral("otp"));
    auto* sample = child<QLabel>(otp, QStringLiteral("sample"));
    auto* entropy = child<QLabel>(otp, QStringLiteral("entropy"));
    auto* weak = child<QLabel>(otp, QStringLiteral("weakWarning"));
    // Six digits: about 19.9 bits, under 20.
    QVERIFY(entropy->text().startsWith(QStringLiteral("19.9 bits")));
    QVERIFY(weak->isVisible());
    const QString first = sample->text().split(QStringLiteral("   ")).first();
    QCOMPARE(first.size(), 6);
    QVERIFY(std::all_of(first.begin(), first.end(), [](QChar c) { return c.isDigit(); }));
    retype(child<QSpinBox>(otp, QStringLiteral("length")), QStringLiteral("8"));
    QVERIFY(!weak->isVisible());
    QCOMPARE(sample->text().split(QStringLiteral("   ")).first().size(), 8);
    // No kind of character: the message sits with the check boxes and Save is off.
    QTest::mouseClick(child<QCheckBox>(otp, QStringLiteral("digits")), Qt::LeftButton, {}, QPoint(4, 8));
    QVERIFY(child<QLabel>(otp, QStringLiteral("digitsMessage"))->isVisible());
    QVERIFY(!child<QPushButton>(otp, QStringLiteral("save"))->isEnabled());
}

void TestSettingsPages::messagePreviewCountsSegments()
{
    auto window = openWindow();
    QVERIFY(window);
    SectionPage* format = page(*window, QStringLiteral("messageFormat"));
    auto* preview = child<QLabel>(format, QStringLiteral("preview"));
    auto* summary = child<QLabel>(format, QStringLiteral("summary"));
    QVERIFY(summary->text().contains(QStringLiteral("GSM-7")));
    child<QLineEdit>(format, QStringLiteral("textBeforeOtp"))
        ->insert(QStringLiteral("Код:")); // keyClicks is ASCII only
    QVERIFY(preview->text().contains(QStringLiteral("Код: ")));
    QVERIFY2(summary->text().contains(QStringLiteral("UCS-2")), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QStringLiteral("11 characters")));
    auto* date = child<QComboBox>(format, QStringLiteral("dateFormat"));
    date->setCurrentIndex(1);
    QCOMPARE(preview->text().count(QLatin1Char('\n')), 3); // From, blank line, message, date line
}

void TestSettingsPages::allowListPasteImportExportRefusesDuplicates()
{
    auto window = openWindow();
    QVERIFY(window);
    auto* list = qobject_cast<IpAllowListSettingsPage*>(page(*window, QStringLiteral("ipAllowList")));
    QVERIFY(list);
    IpAllowListModel* model = list->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QTest::keyClicks(child<QLineEdit>(list, QStringLiteral("newAddress")), QStringLiteral("100.10.10.2"));
    QTest::keyClicks(child<QLineEdit>(list, QStringLiteral("newComment")), QStringLiteral("Tartu"));
    click(list, QStringLiteral("addEntry"));
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(list->isDirty());

    // The same address as a /32 range is a duplicate; so is a pasted line of it.
    QTest::keyClicks(child<QLineEdit>(list, QStringLiteral("newAddress")), QStringLiteral("100.10.10.2/32"));
    click(list, QStringLiteral("addEntry"));
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(list->notice().contains(QStringLiteral("already in the list")));

    const int added = list->pasteLines(QStringLiteral("10.0.0.0/8 # office\n100.10.10.2 # again\nnot-an-ip\n\n"));
    QCOMPARE(added, 1);
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(list->notice().contains(QStringLiteral("2 refused")));

    const QString path = m_dir.filePath(QStringLiteral("allow.json"));
    QVERIFY(list->exportJson(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("comment")).toString(), QStringLiteral("Tartu"));
    file.close();

    // Importing the export again adds nothing: all duplicates.
    QCOMPARE(list->importJson(path), 0);
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"([{"ip":"100.10.10.1","comment":"Tartu"},{"ip":"100.10.10.3"}])");
    file.close();
    QCOMPARE(list->importJson(path), 2);
    QCOMPARE(model->rowCount(), 4);

    // Editing an address into a duplicate is refused too.
    QVERIFY(!model->setData(model->index(3, IpAllowListModel::Address), QStringLiteral("10.0.0.0/8")));
    QCOMPARE(model->index(3, IpAllowListModel::Address).data().toString(), QStringLiteral("100.10.10.3"));

    // Turning the list on with entries is valid; save and read back.
    QTest::mouseClick(child<QCheckBox>(list, QStringLiteral("enabled")), Qt::LeftButton, {}, QPoint(4, 8));
    QTest::keyClicks(child<QPlainTextEdit>(list, QStringLiteral("exemptAccounts")), QStringLiteral("admin"));
    // Trusted proxies of smsotp-server: validated like the entries, a bad one blocks the save.
    auto* proxies = child<QPlainTextEdit>(list, QStringLiteral("trustedProxies"));
    proxies->setPlainText(QStringLiteral("10.0.0.5\nproxy.example.com"));
    QVERIFY(!child<QPushButton>(list, QStringLiteral("save"))->isEnabled());
    proxies->setPlainText(QStringLiteral("10.0.0.5\n\n  192.0.2.0/29 "));
    click(list, QStringLiteral("save"));
    const Settings stored = storedSettings();
    QVERIFY(stored.ipAllowList.enabled);
    QCOMPARE(stored.ipAllowList.entries.size(), 4);
    QCOMPARE(stored.ipAllowList.exemptAccounts, QStringList{QStringLiteral("admin")});
    QCOMPARE(stored.ipAllowList.trustedProxies,
             (QStringList{QStringLiteral("10.0.0.5"), QStringLiteral("192.0.2.0/29")}));
    MessageBoxes::takeShown();
}

void TestSettingsPages::gatewayShowsFieldsPerTypeAndGuardsSecrets()
{
    auto window = openWindow();
    QVERIFY(window);
    SectionPage* gateway = page(*window, QStringLiteral("gateway"));
    auto* type = child<QComboBox>(gateway, QStringLiteral("type"));
    auto* address = child<QLineEdit>(gateway, QStringLiteral("address"));
    auto* filePath = child<QLineEdit>(gateway, QStringLiteral("filePath"));
    auto* login = child<QLineEdit>(gateway, QStringLiteral("login"));
    auto* password = child<QLineEdit>(gateway, QStringLiteral("password"));
    auto* token = child<QLineEdit>(gateway, QStringLiteral("token"));
    QCOMPARE(type->currentData().toInt(), int(GatewaySettings::Type::DevFile));
    QVERIFY(type->currentText().contains(QStringLiteral("for testing only")));
    QVERIFY(filePath->isVisible());
    QVERIFY(!address->isVisible());
    QVERIFY(!password->isVisible());

    type->setCurrentIndex(type->findData(int(GatewaySettings::Type::Megafon)));
    QVERIFY(address->isVisible());
    QVERIFY(login->isVisible());
    QVERIFY(password->isVisible());
    QVERIFY(!token->isVisible());
    QVERIFY(!filePath->isVisible());
    QVERIFY(child<QLabel>(gateway, QStringLiteral("addressMessage"))->isVisible());
    QTest::keyClicks(address, QStringLiteral("http://sms.example.com"));
    QVERIFY(child<QLabel>(gateway, QStringLiteral("addressMessage"))->text().contains(QStringLiteral("https://")));
    retype(address, QStringLiteral("https://a2p.megafon.example"));
    QTest::keyClicks(login, QStringLiteral("bank"));
    QVERIFY(child<QPushButton>(gateway, QStringLiteral("save"))->isEnabled());

    // A typed secret needs the store key; none is unlocked here.
    QTest::keyClicks(password, QStringLiteral("s3cret"));
    QVERIFY(child<QLabel>(gateway, QStringLiteral("passwordMessage"))->text().contains(QStringLiteral("store key")));
    QVERIFY(!child<QPushButton>(gateway, QStringLiteral("save"))->isEnabled());
    QVERIFY(child<QLabel>(gateway, QStringLiteral("keyNote"))->isVisible());
    password->clear();
    click(gateway, QStringLiteral("save"));
    QVERIFY(MessageBoxes::takeShown().isEmpty());
    const Settings stored = storedSettings();
    QCOMPARE(stored.gateway.type, GatewaySettings::Type::Megafon);
    QCOMPARE(stored.gateway.login, QStringLiteral("bank"));
}

void TestSettingsPages::gatewaySecretsNeedTheKeyAndSurviveOtherSaves()
{
    const StoreKey key = StoreKey::generate();
    auto window = openWindow();
    QVERIFY(window);
    SectionPage* gateway = page(*window, QStringLiteral("gateway"));
    gateway->setStoreKey(&key);
    auto* type = child<QComboBox>(gateway, QStringLiteral("type"));
    type->setCurrentIndex(type->findData(int(GatewaySettings::Type::Megafon)));
    QTest::keyClicks(child<QLineEdit>(gateway, QStringLiteral("address")), QStringLiteral("https://a2p.example"));
    QTest::keyClicks(child<QLineEdit>(gateway, QStringLiteral("login")), QStringLiteral("bank"));
    QTest::keyClicks(child<QLineEdit>(gateway, QStringLiteral("password")), QStringLiteral("s3cret"));
    QVERIFY(child<QLabel>(gateway, QStringLiteral("passwordMessage"))->text().isEmpty());
    click(gateway, QStringLiteral("save"));
    QVERIFY(MessageBoxes::takeShown().isEmpty());
    // Never shown again: the field is empty, its placeholder says a secret is stored.
    QVERIFY(child<QLineEdit>(gateway, QStringLiteral("password"))->text().isEmpty());
    QVERIFY(child<QLineEdit>(gateway, QStringLiteral("password"))->placeholderText().contains(QStringLiteral("••")));
    {
        std::unique_ptr<Store> store = m_stores.openAgain(m_url);
        auto loaded = SettingsRepository(*store, &key).load();
        QVERIFY(loaded);
        QCOMPARE(loaded->settings.gateway.password, QStringLiteral("s3cret"));
        // A failover gateway with a token, as `smsotp-cli settings set gateway.failover=…` saves it.
        Settings withFailover = loaded->settings;
        GatewaySettings second;
        second.type = GatewaySettings::Type::Smsapi;
        second.address = QStringLiteral("https://api.smsapi.example");
        second.token = QStringLiteral("second-t0ken");
        withFailover.gateway.failover = std::make_shared<const GatewaySettings>(second);
        const auto saved =
            SettingsRepository(*store, &key)
                .save(withFailover, {QStringLiteral("gateway")}, loaded->versions, QStringLiteral("test"));
        QVERIFY2(saved.ok(), qPrintable(saved.message));
    }

    // Another console loads without the key, unlocks it later and saves another field:
    // the untouched password (and the failover's token) must stay.
    window->close();
    auto second = std::make_unique<MainWindow>(m_languages);
    second->show();
    QVERIFY(QTest::qWaitForWindowExposed(second.get()));
    QVERIFY(second->openStore(StoreUrl::parse(m_url).value(), TestStores::postgresPassword(),
                              Store::OpenMode::OpenExisting));
    SectionPage* again = page(*second, QStringLiteral("gateway"));
    again->setStoreKey(&key);
    retype(child<QLineEdit>(again, QStringLiteral("login")), QStringLiteral("bank2"));
    click(again, QStringLiteral("save"));
    QVERIFY(MessageBoxes::takeShown().isEmpty());
    std::unique_ptr<Store> store = m_stores.openAgain(m_url);
    auto loaded = SettingsRepository(*store, &key).load();
    QVERIFY(loaded);
    QCOMPARE(loaded->settings.gateway.login, QStringLiteral("bank2"));
    QCOMPARE(loaded->settings.gateway.password, QStringLiteral("s3cret"));
    QVERIFY(loaded->settings.gateway.failover);
    QCOMPARE(loaded->settings.gateway.failover->token, QStringLiteral("second-t0ken"));
    again->setStoreKey(nullptr);
}

void TestSettingsPages::gatewayFailoverIsSavedShownAndRemoved()
{
    QFETCH(QString, dialect);
    const StoreKey key = StoreKey::generate();
    auto window = openWindow(dialect);
    QVERIFY(window);
    SectionPage* gateway = page(*window, QStringLiteral("gateway"));
    gateway->setStoreKey(&key);
    auto* navigation = child<QTreeWidget>(window.get(), QStringLiteral("navigation"));
    const QString cleanTitle = navigation->currentItem()->text(0);
    auto* use = child<QCheckBox>(gateway, QStringLiteral("failover"));
    auto* type = child<QComboBox>(gateway, QStringLiteral("failover.type"));
    auto* address = child<QLineEdit>(gateway, QStringLiteral("failover.address"));
    auto* token = child<QLineEdit>(gateway, QStringLiteral("failover.token"));
    QVERIFY(use && type && address && token);
    QVERIFY(!use->isChecked());
    QVERIFY(!type->isVisible());
    QVERIFY(!address->isVisible());

    // The first gateway as before: Megafon with a password.
    auto* firstType = child<QComboBox>(gateway, QStringLiteral("type"));
    firstType->setCurrentIndex(firstType->findData(int(GatewaySettings::Type::Megafon)));
    QTest::keyClicks(child<QLineEdit>(gateway, QStringLiteral("address")), QStringLiteral("https://a2p.example"));
    QTest::keyClicks(child<QLineEdit>(gateway, QStringLiteral("login")), QStringLiteral("bank"));
    QTest::keyClicks(child<QLineEdit>(gateway, QStringLiteral("password")), QStringLiteral("first-s3cret"));

    // Turned on, the failover's rows appear and say what is missing; nothing can be saved yet.
    toggle(use);
    QVERIFY(use->isChecked());
    QVERIFY(type->isVisible());
    QVERIFY(address->isVisible());
    QVERIFY(child<QLabel>(gateway, QStringLiteral("failoverNote"))->isVisible());
    QVERIFY(gateway->isDirty());
    QVERIFY(child<QLabel>(gateway, QStringLiteral("failover.addressMessage"))->isVisible());
    QVERIFY(!child<QPushButton>(gateway, QStringLiteral("save"))->isEnabled());

    type->setCurrentIndex(type->findData(int(GatewaySettings::Type::Smsapi)));
    QVERIFY(token->isVisible());
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(!child<QLineEdit>(gateway, QStringLiteral("failover.login"))->isVisible());
    QTest::keyClicks(address, QStringLiteral("https://api.smsapi.example"));
    QTest::keyClicks(token, QStringLiteral("second-t0ken"));
    retype(child<QSpinBox>(gateway, QStringLiteral("failover.timeoutSeconds")), QStringLiteral("20"));
    QVERIFY(!child<QLabel>(gateway, QStringLiteral("failover.addressMessage"))->isVisible());
    QVERIFY(gateway->validate().isEmpty());
    click(gateway, QStringLiteral("save"));
    QVERIFY(MessageBoxes::takeShown().isEmpty());
    QVERIFY(!gateway->isDirty());
    QCOMPARE(navigation->currentItem()->text(0), cleanTitle);

    // The store holds it: the plain fields in the settings, the token only encrypted.
    {
        std::unique_ptr<Store> store = m_stores.openAgain(m_url);
        QVERIFY(store);
        auto loaded = SettingsRepository(*store, &key).load();
        QVERIFY(loaded);
        const GatewaySettings& g = loaded->settings.gateway;
        QVERIFY(g.failover);
        QCOMPARE(g.failover->type, GatewaySettings::Type::Smsapi);
        QCOMPARE(g.failover->address, QStringLiteral("https://api.smsapi.example"));
        QCOMPARE(g.failover->timeoutSeconds, 20);
        QCOMPARE(g.failover->token, QStringLiteral("second-t0ken"));
        QCOMPARE(g.password, QStringLiteral("first-s3cret"));
        auto locked = SettingsRepository(*store).load();
        QVERIFY(locked);
        QVERIFY(locked->settings.gateway.failover);
        QVERIFY(locked->settings.gateway.failover->token.isEmpty());
        QSqlQuery q = store->query();
        QVERIFY(q.exec(QStringLiteral("SELECT body FROM settings WHERE section = 'gateway'")));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("second-t0ken")));
        QVERIFY(q.exec(QStringLiteral("SELECT ciphertext FROM secrets WHERE name = 'gateway.failover.token'")));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toByteArray().contains("second-t0ken"));
    }
    // Never exported either.
    const QString exported = m_dir.filePath(QStringLiteral("failover-export.json"));
    QVERIFY(window->exportSettingsTo(exported));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exportedJson = file.readAll();
    QVERIFY(!exportedJson.contains("second-t0ken"));
    QVERIFY(exportedJson.contains("api.smsapi.example"));

    // A reload from the store shows it again, the token as set but hidden like the first gateway's.
    QVERIFY(window->settingsSession()->reload());
    QVERIFY(use->isChecked());
    QVERIFY(type->isVisible());
    QCOMPARE(type->currentData().toInt(), int(GatewaySettings::Type::Smsapi));
    QCOMPARE(address->text(), QStringLiteral("https://api.smsapi.example"));
    QCOMPARE(child<QSpinBox>(gateway, QStringLiteral("failover.timeoutSeconds"))->value(), 20);
    QVERIFY(token->text().isEmpty());
    QVERIFY(token->placeholderText().contains(QStringLiteral("••")));
    QVERIFY(child<QLineEdit>(gateway, QStringLiteral("password"))->placeholderText().contains(QStringLiteral("••")));
    QVERIFY(!gateway->isDirty());
    shot(window.get(), QStringLiteral("state-gateway-failover"));

    // Another field saved later keeps the failover and its token.
    retype(address, QStringLiteral("https://api2.smsapi.example"));
    click(gateway, QStringLiteral("save"));
    QVERIFY(MessageBoxes::takeShown().isEmpty());
    {
        std::unique_ptr<Store> store = m_stores.openAgain(m_url);
        auto loaded = SettingsRepository(*store, &key).load();
        QVERIFY(loaded && loaded->settings.gateway.failover);
        QCOMPARE(loaded->settings.gateway.failover->address, QStringLiteral("https://api2.smsapi.example"));
        QCOMPARE(loaded->settings.gateway.failover->token, QStringLiteral("second-t0ken"));
    }

    // Another console loads without the key, unlocks it later and saves a failover field: the
    // untouched failover token stays.
    {
        auto second = std::make_unique<MainWindow>(m_languages);
        second->show();
        QVERIFY(QTest::qWaitForWindowExposed(second.get()));
        QVERIFY(second->openStore(StoreUrl::parse(m_url).value(), TestStores::postgresPassword(),
                                  Store::OpenMode::OpenExisting));
        SectionPage* again = page(*second, QStringLiteral("gateway"));
        again->setStoreKey(&key);
        QVERIFY(child<QLineEdit>(again, QStringLiteral("failover.token"))
                    ->placeholderText()
                    .contains(QStringLiteral("new value")));
        retype(child<QSpinBox>(again, QStringLiteral("failover.connectTimeoutSeconds")), QStringLiteral("7"));
        click(again, QStringLiteral("save"));
        QVERIFY(MessageBoxes::takeShown().isEmpty());
        again->setStoreKey(nullptr);
        std::unique_ptr<Store> store = m_stores.openAgain(m_url);
        auto loaded = SettingsRepository(*store, &key).load();
        QVERIFY(loaded && loaded->settings.gateway.failover);
        QCOMPARE(loaded->settings.gateway.failover->connectTimeoutSeconds, 7);
        QCOMPARE(loaded->settings.gateway.failover->token, QStringLiteral("second-t0ken"));
        QCOMPARE(loaded->settings.gateway.password, QStringLiteral("first-s3cret"));
    }
    QVERIFY(window->settingsSession()->reload());

    // Turned off: null is saved, its secret removed, the first gateway untouched.
    toggle(use);
    QVERIFY(!type->isVisible());
    QVERIFY(gateway->isDirty());
    click(gateway, QStringLiteral("save"));
    QVERIFY(MessageBoxes::takeShown().isEmpty());
    QVERIFY(!storedSettings().gateway.failover);
    QCOMPARE(storedSettings().sectionJson(QStringLiteral("gateway")).value(QStringLiteral("failover")), QJsonValue());
    {
        std::unique_ptr<Store> store = m_stores.openAgain(m_url);
        auto loaded = SettingsRepository(*store, &key).load();
        QVERIFY(loaded);
        QVERIFY(!loaded->settings.gateway.failover);
        QCOMPARE(loaded->settings.gateway.password, QStringLiteral("first-s3cret"));
        QSqlQuery q = store->query();
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM secrets WHERE name LIKE 'gateway.failover.%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    QVERIFY(window->settingsSession()->reload());
    QVERIFY(!use->isChecked());
    QVERIFY(!type->isVisible());
    gateway->setStoreKey(nullptr);
}

void TestSettingsPages::gatewayFailoverRefusesBadInputAndReverts()
{
    auto window = openWindow();
    QVERIFY(window);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    SectionPage* gateway = page(*window, QStringLiteral("gateway"));
    auto* use = child<QCheckBox>(gateway, QStringLiteral("failover"));
    auto* type = child<QComboBox>(gateway, QStringLiteral("failover.type"));
    auto* address = child<QLineEdit>(gateway, QStringLiteral("failover.address"));
    auto* login = child<QLineEdit>(gateway, QStringLiteral("failover.login"));
    auto* addressMessage = child<QLabel>(gateway, QStringLiteral("failover.addressMessage"));

    // Keyboard: Space on the focused check box turns it on, Tab goes on to the failover's type.
    use->setFocus();
    QTest::keyClick(use, Qt::Key_Space);
    QVERIFY(use->isChecked());
    QTest::keyClick(use, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), type);
    QTest::keyClick(type, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(gateway, QStringLiteral("failover.address")));
    // Every failover label names its field as buddy, without an Alt+letter of its own.
    for (QLabel* label : gateway->findChildren<QLabel*>()) {
        if (label->buddy() && label->buddy()->objectName().startsWith(QStringLiteral("failover."))) {
            QVERIFY2(!label->text().contains(QLatin1Char('&')), qPrintable(label->text()));
            QVERIFY(label->buddy()->accessibleName().contains(QStringLiteral("Failover")));
            QVERIFY(!label->buddy()->toolTip().isEmpty());
        }
    }
    QVERIFY(!use->toolTip().isEmpty());

    // Bad values: each message under its field, Save disabled, and a forced save refused.
    type->setCurrentIndex(type->findData(int(GatewaySettings::Type::Megafon)));
    QTest::keyClicks(address, QStringLiteral("http://sms.example.com"));
    QVERIFY(addressMessage->isVisible());
    QVERIFY2(addressMessage->text().contains(QStringLiteral("https://")), qPrintable(addressMessage->text()));
    QVERIFY(child<QLabel>(gateway, QStringLiteral("failover.loginMessage"))->text().contains(QStringLiteral("login")));
    retype(child<QSpinBox>(gateway, QStringLiteral("failover.connectTimeoutSeconds")), QStringLiteral("60"));
    QVERIFY(child<QLabel>(gateway, QStringLiteral("failover.connectTimeoutSecondsMessage"))
                ->text()
                .contains(QStringLiteral("total timeout")));
    // The first gateway's fields are fine and say nothing.
    QVERIFY(!child<QLabel>(gateway, QStringLiteral("connectTimeoutSecondsMessage"))->isVisible());
    QVERIFY(gateway->fieldMessage(QStringLiteral("failover.address")).contains(QStringLiteral("https://")));
    QVERIFY(!child<QPushButton>(gateway, QStringLiteral("save"))->isEnabled());
    QVERIFY(!gateway->save());
    QVERIFY(child<QLabel>(gateway, QStringLiteral("status"))->text().contains(QStringLiteral("Nothing was saved")));
    QVERIFY(!storedSettings().gateway.failover);

    // A typed secret needs the store key, as the first gateway's does.
    type->setCurrentIndex(type->findData(int(GatewaySettings::Type::Smsapi)));
    QTest::keyClicks(child<QLineEdit>(gateway, QStringLiteral("failover.token")), QStringLiteral("t0ken"));
    QVERIFY(
        child<QLabel>(gateway, QStringLiteral("failover.tokenMessage"))->text().contains(QStringLiteral("store key")));
    QVERIFY(child<QLabel>(gateway, QStringLiteral("keyNote"))->isVisible());
    QVERIFY(!gateway->save());
    QVERIFY(!storedSettings().gateway.failover);

    // Revert drops all of it.
    click(gateway, QStringLiteral("revert"));
    QVERIFY(!use->isChecked());
    QVERIFY(!type->isVisible());
    QVERIFY(!gateway->isDirty());
    QVERIFY(gateway->validate().isEmpty());
    QVERIFY(!storedSettings().gateway.failover);

    // A saved failover comes back on Revert after an edit; an emptied number off screen blocks nothing.
    toggle(use);
    type->setCurrentIndex(type->findData(int(GatewaySettings::Type::Mfms)));
    QTest::keyClicks(address, QStringLiteral("https://mfms.example"));
    QTest::keyClicks(login, QStringLiteral("bank"));
    click(gateway, QStringLiteral("save"));
    QVERIFY(MessageBoxes::takeShown().isEmpty());
    QCOMPARE(storedSettings().gateway.failover->type, GatewaySettings::Type::Mfms);
    retype(address, QStringLiteral("https://other.example"));
    type->setCurrentIndex(type->findData(int(GatewaySettings::Type::GenericHttp)));
    QVERIFY(gateway->isDirty());
    click(gateway, QStringLiteral("revert"));
    QVERIFY(use->isChecked());
    QCOMPARE(type->currentData().toInt(), int(GatewaySettings::Type::Mfms));
    QCOMPARE(address->text(), QStringLiteral("https://mfms.example"));
    QCOMPARE(login->text(), QStringLiteral("bank"));
    QVERIFY(!gateway->isDirty());
    retype(child<QSpinBox>(gateway, QStringLiteral("failover.timeoutSeconds")), QString());
    QVERIFY(!child<QPushButton>(gateway, QStringLiteral("save"))->isEnabled());
    toggle(use);
    QVERIFY(child<QPushButton>(gateway, QStringLiteral("save"))->isEnabled());
    QCOMPARE(storedSettings().gateway.failover->address, QStringLiteral("https://mfms.example"));
}

void TestSettingsPages::gatewayFailoverIsCheckedAndTestSent()
{
    LoopbackHttpServer first;
    LoopbackHttpServer second;
    first.answer(200, QByteArray());
    second.answer(200, QByteArray());
    auto window = openWindow();
    QVERIFY(window);
    SectionPage* gateway = page(*window, QStringLiteral("gateway"));
    auto* firstType = child<QComboBox>(gateway, QStringLiteral("type"));
    firstType->setCurrentIndex(firstType->findData(int(GatewaySettings::Type::OneGate)));
    QTest::keyClicks(child<QLineEdit>(gateway, QStringLiteral("address")), first.url());
    toggle(child<QCheckBox>(gateway, QStringLiteral("failover")));
    auto* type = child<QComboBox>(gateway, QStringLiteral("failover.type"));
    type->setCurrentIndex(type->findData(int(GatewaySettings::Type::OneGate)));
    QTest::keyClicks(child<QLineEdit>(gateway, QStringLiteral("failover.address")), second.url());
    QVERIFY(gateway->validate().isEmpty());

    // Check Connection checks both gateways of the unsaved page, one line each.
    click(gateway, QStringLiteral("checkConnection"));
    auto* result = child<QLabel>(gateway, QStringLiteral("checkResult"));
    QTRY_VERIFY(child<QPushButton>(gateway, QStringLiteral("checkConnection"))->isEnabled());
    QVERIFY2(result->text().contains(QStringLiteral("First gateway:")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("Failover gateway:")), qPrintable(result->text()));
    QVERIFY(!result->text().contains(QStringLiteral("Failed")));
    QCOMPARE(first.requests().size(), 1);
    QCOMPARE(second.requests().size(), 1);
    QCOMPARE(second.requests().first().method, QByteArray("HEAD"));

    // The test send uses the unsaved pair and says so.
    click(gateway, QStringLiteral("testSend"));
    auto* dialog = gateway->findChild<TestSendDialog*>();
    QVERIFY(dialog);
    const QString info = child<QLabel>(dialog, QStringLiteral("gatewayInfo"))->text();
    QVERIFY2(info.contains(second.url()), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("unsaved")), qPrintable(info));
    dialog->reject();
}

void TestSettingsPages::spamPageShowsThePresent()
{
    auto window = openWindow();
    QVERIFY(window);
    auto* spam = qobject_cast<SpamProtectionSettingsPage*>(page(*window, QStringLiteral("spamProtection")));
    QVERIFY(spam);
    auto* state = child<QLabel>(spam, QStringLiteral("spamState"));
    QVERIFY2(state->text().contains(QStringLiteral("Sending normally")), qPrintable(state->text()));
    // No traffic yet: said as such, not as "0 messages sent, 0 sign-ins (100%)" (issue 15).
    QVERIFY2(state->text().contains(QStringLiteral("Nothing was sent in the last")), qPrintable(state->text()));
    QVERIFY(!state->text().contains(QLatin1Char('%')));

    // Counters and a suspension as the engine writes them.
    std::unique_ptr<Store> store = m_stores.openAgain(m_url);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q = store->query();
    q.prepare(QStringLiteral("INSERT INTO send_stats (second, sent, succeeded) VALUES (?, ?, ?)"));
    q.addBindValue(now - 100);
    q.addBindValue(15);
    q.addBindValue(1);
    QVERIFY(q.exec());
    q.prepare(QStringLiteral("INSERT INTO send_stats (second, sent, succeeded) VALUES (?, ?, ?)"));
    q.addBindValue(now - 10);
    q.addBindValue(7);
    q.addBindValue(1);
    QVERIFY(q.exec());
    q.prepare(QStringLiteral("UPDATE spam_state SET suspended_at = ?, suspended_until = ? WHERE id = 1"));
    q.addBindValue((now - 10) * 1000);
    q.addBindValue((now + 590) * 1000);
    QVERIFY(q.exec());

    spam->refreshStatus();
    shot(window.get(), QStringLiteral("state-spam-suspended"));
    QVERIFY2(state->text().contains(QStringLiteral("SUSPENDED")), qPrintable(state->text()));
    QVERIFY(state->text().contains(QStringLiteral("22 messages sent")));
    QVERIFY(state->text().contains(QStringLiteral("2 successful sign-ins")));
    QChart* chart = spam->chart();
    QCOMPARE(chart->series().size(), 4);
    auto* sent = qobject_cast<QXYSeries*>(chart->series().at(0));
    QCOMPARE(sent->count(), SpamProtectionSettingsPage::kChartPoints);
    QCOMPARE(sent->at(sent->count() - 1).y(), 22.0);
    auto* threshold = qobject_cast<QXYSeries*>(chart->series().at(2));
    QCOMPARE(threshold->at(0).y(), 20.0);
}

void TestSettingsPages::itemModelsPassTheTester()
{
    IpAllowListModel list;
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(list.addEntry({QStringLiteral("10.0.0.1"), QStringLiteral("a")}).isEmpty());
    QVERIFY(!list.addEntry({QStringLiteral("10.0.0.1/32"), {}}).isEmpty());
    QVERIFY(!list.addEntry({QStringLiteral("nonsense"), {}}).isEmpty());
    QVERIFY(list.setData(list.index(0, IpAllowListModel::Comment), QStringLiteral("b")));
    QVERIFY(list.removeRows(0, 1));
    QCOMPARE(list.rowCount(), 0);

    SettingsHistoryModel history;
    QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    history.setEntries({{QStringLiteral("block"),
                         2,
                         QDateTime::currentDateTimeUtc(),
                         QStringLiteral("console:a"),
                         QStringLiteral("attemptsBeforeBlock: 5 → 7\nunblockMinutes: 30 → 0"),
                         {}},
                        {QStringLiteral("block"),
                         1,
                         QDateTime::currentDateTimeUtc(),
                         QStringLiteral("cli:b"),
                         QStringLiteral("enabled: false → true"),
                         {}}});
    QCOMPARE(history.rowCount(), 2);
    QCOMPARE(history.index(0, SettingsHistoryModel::Changes).data().toString(),
             QStringLiteral("attemptsBeforeBlock: 5 → 7 …"));

    SettingsChangeModel changes;
    QAbstractItemModelTester changesTester(&changes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Settings before;
    Settings after;
    after.block.attemptsBeforeBlock = 3;
    after.gateway.password = QStringLiteral("never shown");
    changes.compare(before, after);
    QCOMPARE(changes.rowCount(), 1); // the secret is not a visible change
    QCOMPARE(changes.changedSections(), QStringList{QStringLiteral("block")});
}

void TestSettingsPages::everyPageFitsInEveryLanguage()
{
    auto window = openWindow();
    QVERIFY(window);
    window->resize(1280, 800);
    QCoreApplication::processEvents();
    const QString dir = QDir(qEnvironmentVariable("SMSOTP_TEST_BUILD_DIR", QDir::currentPath()))
                            .filePath(QStringLiteral("screenshots/settings"));
    QVERIFY(QDir().mkpath(dir));
    QStringList misfits;
    const auto renderAll = [&](const QString& code) {
        for (const QString& section : Settings::sectionKeys()) {
            SectionPage* p = page(*window, section);
            QVERIFY(p);
            QCoreApplication::processEvents();
            window->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, code, section));
            // The form fits when its scroll area needs no scroll bar at the window's size.
            auto* scroll = child<QScrollArea>(p, QStringLiteral("scroll"));
            if (qEnvironmentVariableIsSet("SMSOTP_DEBUG_FIT"))
                qDebug() << "page minimum" << code << section << p->minimumSizeHint()
                         << window->findChild<QWidget*>(QStringLiteral("pages"))->minimumSizeHint();
            if (qEnvironmentVariableIsSet("SMSOTP_DEBUG_FIT"))
                for (QWidget* w : scroll->widget()->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
                    qDebug() << code << section << w << w->minimumSizeHint() << w->sizeHint() << w->height()
                             << scroll->widget()->minimumSizeHint() << scroll->viewport()->height();
            if (scroll->verticalScrollBar()->maximum() > 0 || scroll->horizontalScrollBar()->maximum() > 0 ||
                window->width() > 1280 || window->height() > 800)
                misfits.append(QStringLiteral("%1/%2 (%3 px too high, %4 px too wide, window %5×%6)")
                                   .arg(code, section)
                                   .arg(scroll->verticalScrollBar()->maximum())
                                   .arg(scroll->horizontalScrollBar()->maximum())
                                   .arg(window->width())
                                   .arg(window->height()));
        }
    };
    for (const Languages::Language& language : Languages::all()) {
        window->setLanguage(language.code);
        QCoreApplication::processEvents();
        renderAll(language.code);
    }
    window->setLanguage(QStringLiteral("en"));
    LongerTranslator longer;
    QCoreApplication::installTranslator(&longer);
    QCoreApplication::processEvents();
    renderAll(QStringLiteral("longer"));
    QCoreApplication::removeTranslator(&longer);
    window->setLanguage(QStringLiteral("en"));
    QVERIFY2(misfits.isEmpty(), qPrintable(QStringLiteral("pages that do not fit 1280×800: ") + misfits.join(", ")));
}

QTEST_MAIN(TestSettingsPages)
#include "TestSettingsPages.moc"
