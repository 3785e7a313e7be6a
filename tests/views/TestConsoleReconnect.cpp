#include "MainWindow.h"
#include "MessageBoxes.h"
#include "PrivatePostgres.h"
#include "StoreConnectionIndicator.h"
#include "events/EventsPage.h"
#include "helpdesk/HelpDeskPage.h"
#include "items/EventTableModel.h"
#include "settings/SectionPage.h"
#include "store/SettingsRepository.h"
#include "store/StoreReconnector.h"
#include "util/Languages.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

// PostgreSQL stopped and started under an open console (issue 15): the status bar says it waits,
// the console reconnects by itself, and an edit made before the loss saves afterwards.
class TestConsoleReconnect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pendingEditSavesAfterTheServerRestarts();

private:
    int storedAttempts();

    QTemporaryDir m_dir;
    Languages m_languages;
    PrivatePostgres m_server;
};

void TestConsoleReconnect::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("smsotp-test"));
    QCoreApplication::setApplicationName(QStringLiteral("TestConsoleReconnect"));
    MessageBoxes::setAutomaticAnswer(QMessageBox::Ok);
    m_languages.install(QStringLiteral("en"));
    if (!PrivatePostgres::available()) {
        if (qEnvironmentVariableIsSet("SMSOTP_REQUIRE_PG"))
            QFAIL("SMSOTP_REQUIRE_PG is set but PG_THROWAWAY_BIN has no initdb");
        QSKIP("no PostgreSQL server binaries (PG_THROWAWAY_BIN)");
    }
    const QString error = m_server.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto created =
        Store::open(*StoreUrl::parse(m_server.url()), PrivatePostgres::password(), Store::OpenMode::CreateIfMissing);
    QVERIFY2(created, qPrintable(created.error()));
}

int TestConsoleReconnect::storedAttempts()
{
    auto store = Store::open(*StoreUrl::parse(m_server.url()), PrivatePostgres::password());
    if (!store)
        return -1;
    auto loaded = SettingsRepository(**store).load();
    return loaded ? loaded->settings.block.attemptsBeforeBlock : -1;
}

void TestConsoleReconnect::pendingEditSavesAfterTheServerRestarts()
{
    MainWindow window(m_languages);
    QVERIFY(
        window.openStore(*StoreUrl::parse(m_server.url()), PrivatePostgres::password(), Store::OpenMode::OpenExisting));
    window.show();
    QVERIFY(window.reconnector());
    window.reconnector()->setCheckInterval(50);
    window.reconnector()->setBackoff(50, 400);
    auto* indicator = window.findChild<StoreConnectionIndicator*>(QStringLiteral("storeConnection"));
    QVERIFY(indicator);
    QVERIFY(!indicator->isVisible());

    QVERIFY(window.selectPage(QStringLiteral("block")));
    auto* page = window.findChild<SectionPage*>(QStringLiteral("blockPage"));
    QVERIFY(page);
    auto* attempts = page->findChild<QSpinBox*>(QStringLiteral("attemptsBeforeBlock"));
    QVERIFY(!page->isReadOnly());
    const auto retype = [attempts](int value) {
        attempts->setFocus();
        QTest::keyClick(attempts, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(attempts, QString::number(value));
    };
    // One change saved first, so the event log has rows to keep while the server is away.
    retype(9);
    QVERIFY(page->save());
    auto* events = window.findChild<EventsPage*>();
    QVERIFY(events);
    events->refresh();
    const int eventRows = events->model()->rowCount();
    QVERIFY(eventRows > 0);
    // The pending edit.
    const int edited = 7;
    retype(edited);
    QCOMPARE(attempts->value(), edited);
    QVERIFY(page->isDirty());

    QString error = m_server.stop();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The status bar says what happens while the server is away, attempt by attempt.
    QTRY_VERIFY_WITH_TIMEOUT(indicator->isVisible(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(indicator->text().contains(QStringLiteral("attempt 2")), 30000);
    QVERIFY2(indicator->text().startsWith(QStringLiteral("Connection to the store lost")),
             qPrintable(indicator->text()));

    // A Save meanwhile fails with a clear message and keeps the edit.
    MessageBoxes::takeShown();
    QVERIFY(!page->save());
    const QList<MessageBoxes::Shown> shown = MessageBoxes::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().text.contains(QStringLiteral("connection to the store")), qPrintable(shown.first().text));
    QVERIFY(page->isDirty());
    QCOMPARE(attempts->value(), edited);

    // The help desk says why it cannot read, without a message box.
    auto* helpDesk = window.findChild<HelpDeskPage*>(QStringLiteral("helpDeskPage"));
    QVERIFY(helpDesk);
    QSignalSpy notes(helpDesk, &HelpDeskPage::noteChanged);
    helpDesk->refresh(); // (leaving the page would ask about its unsaved input)
    QTRY_VERIFY(!notes.isEmpty() && notes.last().first().toString().contains(QStringLiteral("connection")));
    // The event log keeps the rows it showed rather than turning into an empty list.
    events->refresh();
    QCOMPARE(events->model()->rowCount(), eventRows);
    QVERIFY(MessageBoxes::takeShown().isEmpty());

    error = m_server.restart();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!indicator->isVisible(), 30000);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Reconnected")),
             qPrintable(window.statusBar()->currentMessage()));
    // Nothing was reloaded over the edit; it saves now.
    QVERIFY(page->isDirty());
    QCOMPARE(attempts->value(), edited);
    QVERIFY(page->save());
    QVERIFY(!page->isDirty());
    QCOMPARE(storedAttempts(), edited);
    events->refresh(); // the save's event is there: the log reads through the new connection
    QVERIFY(events->model()->rowCount() > eventRows);
    QVERIFY(MessageBoxes::takeShown().isEmpty());
}

QTEST_MAIN(TestConsoleReconnect)
#include "TestConsoleReconnect.moc"
