#include "LoopbackHttpServer.h"
#include "MainWindow.h"
#include "TestStores.h"
#include "crypto/StoreKey.h"
#include "domain/EventCode.h"
#include "gateway/TestSendDialog.h"
#include "store/EventQuery.h"
#include "store/SettingsRepository.h"
#include "util/Languages.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTest>

// The test-send dialog driven like an administrator would, against a loopback gateway.
class TestTestSendDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sendsAFreshCodeThroughTheSavedGateway();
    void sendsACustomText();
    void validateOnlyThroughUnsavedSettings();
    void refusedNumberCannotBeSent();
    void cancelWhileSending();
    void failureShowsTheGatewaysAnswer();
    void reachableFromToolsMenuAndPages();

private:
    template <typename T> T* child(const char* name) const
    {
        T* w = m_dialog->findChild<T*>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    QJsonObject lastBody() const { return QJsonDocument::fromJson(m_server->last().body).object(); }
    QString text(const char* label) const { return child<QLabel>(label)->text(); }

    std::unique_ptr<TestStores> m_stores;
    std::unique_ptr<Store> m_store;
    StoreKey m_key = StoreKey::generate();
    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<TestSendDialog> m_dialog;
    Settings m_saved;
    const QString m_password = QStringLiteral("gui-Secret-42");
};

void TestTestSendDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("smsotp-test"));
}

void TestTestSendDialog::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    m_server->answer(200, R"({"result":{"msg_id":"gui-1","status":{"code":0,"description":"ok"}}})");
    m_stores = std::make_unique<TestStores>();
    m_store = m_stores->openFresh(QStringLiteral("sqlite"));
    QVERIFY(m_store);
    SettingsRepository repo(*m_store, &m_key);
    auto loaded = repo.load();
    QVERIFY(loaded);
    m_saved = loaded->settings;
    m_saved.gateway.type = GatewaySettings::Type::Megafon;
    m_saved.gateway.address = m_server->url();
    m_saved.gateway.login = QStringLiteral("console");
    m_saved.gateway.password = m_password;
    m_saved.messageFormat.sender = QStringLiteral("Bank");
    m_saved.messageFormat.textBeforeOtp = QStringLiteral("Your code:");
    const auto saved = repo.save(m_saved, Settings::sectionKeys(), loaded->versions, QStringLiteral("test"));
    QVERIFY2(saved.ok(), qPrintable(saved.message + formatFieldErrors(saved.errors)));
    m_dialog = std::make_unique<TestSendDialog>(*m_store, &m_key);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestTestSendDialog::cleanup()
{
    m_dialog.reset();
    m_server.reset();
    m_store.reset();
    m_stores.reset();
}

void TestTestSendDialog::sendsAFreshCodeThroughTheSavedGateway()
{
    QTest::keyClicks(child<QLineEdit>("phone"), QStringLiteral("8 (916) 123-45-67"));
    QCOMPARE(text("normalized"), QStringLiteral("+79161234567"));
    const QString preview = child<QPlainTextEdit>("preview")->toPlainText();
    QVERIFY2(preview.startsWith(QStringLiteral("Your code: ")), qPrintable(preview));
    QCOMPARE(preview.mid(11).size(), 6);
    QVERIFY(text("previewInfo").contains(QStringLiteral("Bank")));
    QVERIFY(text("gatewayInfo").contains(QStringLiteral("Megafon")));
    QVERIFY(!child<QCheckBox>("validateOnly")->isEnabled()); // Megafon has no test mode

    QPushButton* send = child<QPushButton>("send");
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(text("resultOutcome"), QStringLiteral("Sent"));
    QVERIFY(!child<QProgressBar>("progress")->isVisible());
    QCOMPARE(text("resultMessageId"), QStringLiteral("gui-1"));
    QCOMPARE(text("resultCode"), QStringLiteral("0"));
    QVERIFY(text("resultLatency").endsWith(QStringLiteral(" ms")));
    QVERIFY(text("resultGateway").contains(QStringLiteral("Megafon")));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(lastBody().value(QStringLiteral("message")).toString(), preview);
    // For looking at the dialog under Xvfb: SMSOTP_TEST_PAUSE_MS=5000 holds it on screen.
    QTest::qWait(qEnvironmentVariableIntValue("SMSOTP_TEST_PAUSE_MS"));
    QCOMPARE(m_server->last().header("authorization"),
             "Basic " + (QStringLiteral("console:") + m_password).toUtf8().toBase64());

    // The next send gets a new code, and the event names neither code nor number.
    QVERIFY(child<QPlainTextEdit>("preview")->toPlainText() != preview);
    const QList<Event> events = EventQuery(*m_store).list({}).value();
    bool found = false;
    for (const Event& e : events) {
        if (e.code != EventCode::TestSend)
            continue;
        found = true;
        QVERIFY(!e.message.contains(preview.mid(11)));
        QVERIFY(!e.message.contains(QStringLiteral("9161234567")));
        QVERIFY(!e.message.contains(m_password));
        QVERIFY(e.actor.startsWith(QStringLiteral("console:")));
    }
    QVERIFY(found);
}

void TestTestSendDialog::sendsACustomText()
{
    child<QLineEdit>("phone")->setText(QStringLiteral("+79161234567"));
    QTest::mouseClick(child<QRadioButton>("customMode"), Qt::LeftButton);
    QVERIFY(child<QRadioButton>("customMode")->isChecked());
    QVERIFY(!child<QPushButton>("send")->isEnabled()); // no text yet
    QTest::keyClicks(child<QPlainTextEdit>("customText"), QStringLiteral("Hello from the console"));
    QCOMPARE(child<QPlainTextEdit>("preview")->toPlainText(), QStringLiteral("Hello from the console"));
    QTest::mouseClick(child<QPushButton>("send"), Qt::LeftButton);
    QTRY_COMPARE(text("resultOutcome"), QStringLiteral("Sent"));
    QCOMPARE(lastBody().value(QStringLiteral("message")).toString(), QStringLiteral("Hello from the console"));
}

void TestTestSendDialog::validateOnlyThroughUnsavedSettings()
{
    LoopbackHttpServer smsapi;
    smsapi.answer(200, R"({"count":1,"list":[{"id":"v-1","status":"QUEUE"}]})");
    Settings unsaved = m_saved;
    unsaved.gateway.type = GatewaySettings::Type::Smsapi;
    unsaved.gateway.address = smsapi.url();
    unsaved.gateway.token = QStringLiteral("unsaved-token");
    m_dialog->setSettings(unsaved, TestSendDialog::Source::UnsavedPage);
    QVERIFY(text("gatewayInfo").contains(QStringLiteral("unsaved")));
    QCheckBox* validateOnly = child<QCheckBox>("validateOnly");
    QVERIFY(validateOnly->isEnabled());
    validateOnly->setChecked(true);
    child<QLineEdit>("phone")->setText(QStringLiteral("89161234567"));
    QTest::mouseClick(child<QPushButton>("send"), Qt::LeftButton);
    QTRY_VERIFY(text("resultOutcome").startsWith(QStringLiteral("Accepted")));
    QCOMPARE(text("resultMessageId"), QStringLiteral("v-1"));
    QVERIFY(smsapi.last().body.contains("test=1"));
    QCOMPARE(smsapi.last().header("authorization"), QByteArray("Bearer unsaved-token"));
    QVERIFY(m_server->requests().isEmpty()); // the saved gateway was not used
}

void TestTestSendDialog::refusedNumberCannotBeSent()
{
    child<QLineEdit>("phone")->setText(QStringLiteral("12"));
    QVERIFY(text("normalized").contains(QStringLiteral("refused")));
    QVERIFY(!child<QPushButton>("send")->isEnabled());
}

void TestTestSendDialog::cancelWhileSending()
{
    m_server->setHandler([](const LoopbackHttpServer::Request&) {
        LoopbackHttpServer::Answer a;
        a.delayMs = 10000;
        return a;
    });
    child<QLineEdit>("phone")->setText(QStringLiteral("+79161234567"));
    QTest::mouseClick(child<QPushButton>("send"), Qt::LeftButton);
    QVERIFY(m_dialog->isSending());
    QVERIFY(child<QProgressBar>("progress")->isVisible());
    QPushButton* cancel = child<QPushButton>("cancelSend");
    QVERIFY(cancel->isVisible());
    QVERIFY(!child<QPushButton>("send")->isEnabled());
    QTRY_COMPARE(m_server->requests().size(), 1);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->isSending());
    QVERIFY(text("resultOutcome").startsWith(QStringLiteral("Not sent")));
    QVERIFY(text("resultOutcome").contains(QStringLiteral("Cancelled")));
    QVERIFY(!child<QProgressBar>("progress")->isVisible());
    QVERIFY(!cancel->isVisible());
    QVERIFY(child<QPushButton>("send")->isEnabled());
}

void TestTestSendDialog::failureShowsTheGatewaysAnswer()
{
    m_server->answer(200, R"({"result":{"status":{"code":20101,"description":"missing or invalid field"},)"
                          R"("payload":"from"}})");
    child<QLineEdit>("phone")->setText(QStringLiteral("+79161234567"));
    QTest::mouseClick(child<QPushButton>("send"), Qt::LeftButton);
    QTRY_VERIFY(text("resultOutcome").startsWith(QStringLiteral("Not sent")));
    QVERIFY(text("resultOutcome").contains(QStringLiteral("sender")));
    QCOMPARE(text("resultCode"), QStringLiteral("20101"));
    QVERIFY(child<QPlainTextEdit>("resultText")->toPlainText().contains(QStringLiteral("missing or invalid field")));
    QCOMPARE(m_dialog->lastResult().errorClass, SendResult::ErrorClass::RejectedSender);
}

void TestTestSendDialog::reachableFromToolsMenuAndPages()
{
    m_dialog.reset();
    Languages languages;
    MainWindow window(languages);
    auto* action = window.findChild<QAction*>(QStringLiteral("testSendAction"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // no store yet
    QVERIFY(window.openStore(StoreUrl::sqlite(m_stores->tempPath(QStringLiteral("window.db"))), {},
                             Store::OpenMode::CreateIfMissing));
    QVERIFY(action->isEnabled());
    action->trigger();
    TestSendDialog* dialog = window.findChild<TestSendDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal());
    dialog->close();
    QTRY_VERIFY(!window.findChild<TestSendDialog*>());

    // The Gateway and Message format pages each have a Send Test SMS button.
    const QList<QPushButton*> buttons = window.findChildren<QPushButton*>(QStringLiteral("testSend"));
    QCOMPARE(buttons.size(), 2);
    for (QPushButton* button : buttons) {
        button->click();
        dialog = window.findChild<TestSendDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->close();
        QTRY_VERIFY(!window.findChild<TestSendDialog*>());
    }
}

QTEST_MAIN(TestTestSendDialog)
#include "TestTestSendDialog.moc"
