#include "MessageBoxes.h"
#include "TestStores.h"
#include "domain/EventCode.h"
#include "items/ApiTokenTableModel.h"
#include "items/ServerTableModel.h"
#include "servers/ProviderServersPage.h"
#include "servers/ServerStateDelegate.h"
#include "store/ApiTokenRepository.h"
#include "store/ServerRegistry.h"
#include "tokens/ApiTokensPage.h"
#include "tokens/CreateApiTokenDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QtTest>

namespace {

template <typename T> T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void click(QWidget* parent, const char* name)
{
    auto* button = child<QPushButton>(parent, name);
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

int events(Store& store, int code, const QString& like)
{
    QSqlQuery q = store.query();
    q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE code = ? AND message LIKE ?"));
    q.addBindValue(code);
    q.addBindValue(QString(QLatin1Char('%') + like + QLatin1Char('%')));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QString cell(QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// Reads the colours and font the delegate gives a cell.
class DelegateProbe : public ServerStateDelegate {
public:
    using ServerStateDelegate::initStyleOption;
};

} // namespace

// The "API access" and "Provider servers" pages driven through their widgets (issue 13).
class TestApiAccessPages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { MessageBoxes::takeShown(); }
    void tokensCreateShowsTheSecretOnce_data() { TestStores::addDialectRows(); }
    void tokensCreateShowsTheSecretOnce();
    void tokensDialogRefusesBadInput();
    void tokensDisableEnableDelete_data() { TestStores::addDialectRows(); }
    void tokensDisableEnableDelete();
    void tokensWithoutStore();
    void serversListedLiveKeepingSelection_data() { TestStores::addDialectRows(); }
    void serversListedLiveKeepingSelection();
    void serversRefreshKeepsTheRowsInView_data() { TestStores::addDialectRows(); }
    void serversRefreshKeepsTheRowsInView();
    void serversSilentAndStoppedMarked();
    void modelsPassTheTester();
    void screenshots();
};

void TestApiAccessPages::initTestCase()
{
    MessageBoxes::setAutomaticAnswer(QMessageBox::Yes);
}

void TestApiAccessPages::tokensCreateShowsTheSecretOnce()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    ApiTokensPage page;
    page.resize(1000, 600);
    page.setStore(store.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 0);

    click(&page, "createToken");
    auto* dialog = page.findChild<CreateApiTokenDialog*>(QStringLiteral("createTokenDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "name"), QStringLiteral("vpn-radius"));
    QTest::mouseClick(child<QCheckBox>(dialog, "otp:request"), Qt::LeftButton, {}, QPoint(4, 8));
    QTest::mouseClick(child<QCheckBox>(dialog, "otp:verify"), Qt::LeftButton, {}, QPoint(4, 8));
    QTest::mouseClick(child<QCheckBox>(dialog, "exempt"), Qt::LeftButton, {}, QPoint(4, 8));
    QTest::mouseClick(child<QCheckBox>(dialog, "expires"), Qt::LeftButton, {}, QPoint(4, 8));
    auto* expiry = child<QDateTimeEdit>(dialog, "expiry");
    QVERIFY(expiry->isEnabled());
    const QDateTime expires = QDateTime::currentDateTime().addDays(30);
    expiry->setDateTime(expires);
    QTest::keyClick(dialog, Qt::Key_Return);

    QVERIFY2(dialog->isShowingSecret(), qPrintable(dialog->error()));
    const QString secret = child<QLineEdit>(dialog, "secret")->text();
    QVERIFY(secret.startsWith(QLatin1String("smsotp_")));
    QVERIFY(child<QLineEdit>(dialog, "secret")->isReadOnly());
    QVERIFY(child<QLabel>(dialog, "warning")->text().contains(QLatin1String("will not be shown again")));
    click(dialog, "copy");
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);
    QVERIFY(!child<QLabel>(dialog, "copied")->text().isEmpty());

    // The page lists the new token, selected, without its secret.
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(cell(page.model(), 0, ApiTokenTableModel::Name), QStringLiteral("vpn-radius"));
    QCOMPARE(cell(page.model(), 0, ApiTokenTableModel::Scopes), QStringLiteral("otp:request, otp:verify"));
    QCOMPARE(cell(page.model(), 0, ApiTokenTableModel::Expires),
             QLocale().toString(expires, QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(cell(page.model(), 0, ApiTokenTableModel::LastUsed), QStringLiteral("never used"));
    QCOMPARE(cell(page.model(), 0, ApiTokenTableModel::State), QStringLiteral("Enabled"));
    QCOMPARE(cell(page.model(), 0, ApiTokenTableModel::AllowList), QStringLiteral("Exempt"));
    QCOMPARE(page.table()->selectionModel()->selectedRows().size(), 1);
    for (int c = 0; c < ApiTokenTableModel::ColumnCount; ++c)
        QVERIFY(!cell(page.model(), 0, c).contains(secret.mid(20)));

    // Closing the dialog; the secret works, and once used the page shows when and from where.
    click(dialog, "close");
    QTRY_VERIFY(!page.findChild<CreateApiTokenDialog*>());
    auto auth =
        ApiTokenRepository(*store).authenticate(secret, QDateTime::currentDateTimeUtc(), QStringLiteral("192.0.2.44"));
    QCOMPARE(auth->check, TokenCheck::Ok);
    QVERIFY(auth->token.exemptIpAllowList);
    click(&page, "refresh");
    QCOMPARE(cell(page.model(), 0, ApiTokenTableModel::LastAddress), QStringLiteral("192.0.2.44"));
    QVERIFY(cell(page.model(), 0, ApiTokenTableModel::LastUsed) != QLatin1String("never used"));
    QCOMPARE(events(*store, EventCode::ApiTokenCreated, QStringLiteral("vpn-radius")), 1);
}

void TestApiAccessPages::tokensDialogRefusesBadInput()
{
    TestStores stores;
    auto store = stores.openFresh(QStringLiteral("sqlite"));
    QVERIFY(store);
    QVERIFY(ApiTokenRepository(*store).create(QStringLiteral("taken"), {QStringLiteral("otp:request")}, QDateTime(),
                                              false, QStringLiteral("t")));
    ApiTokensPage page;
    page.setStore(store.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    CreateApiTokenDialog* dialog = page.createToken();
    QVERIFY(dialog);
    auto* name = child<QLineEdit>(dialog, "name");
    const auto submit = [&]() {
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isShowingSecret());
    };

    submit(); // no name
    QVERIFY2(dialog->error().contains(QLatin1String("name")), qPrintable(dialog->error()));
    QTest::keyClicks(name, QStringLiteral("taken"));
    submit(); // no scope
    QVERIFY2(dialog->error().contains(QLatin1String("scope")), qPrintable(dialog->error()));
    child<QCheckBox>(dialog, "phones:read")->setChecked(true);
    QVERIFY(child<QCheckBox>(dialog, "metrics:read")->text().contains(QLatin1String("GET /metrics")));
    submit(); // duplicate name
    QVERIFY2(dialog->error().contains(QLatin1String("exists already")), qPrintable(dialog->error()));
    name->setText(QStringLiteral("new"));
    child<QCheckBox>(dialog, "expires")->setChecked(true);
    child<QDateTimeEdit>(dialog, "expiry")->setDateTime(QDateTime::currentDateTime().addDays(-1));
    submit(); // past expiry
    QVERIFY2(dialog->error().contains(QLatin1String("passed")), qPrintable(dialog->error()));
    QCOMPARE(ApiTokenRepository(*store).list()->size(), 1);
    QCOMPARE(page.model()->rowCount(), 1);

    // The name field stops at the limit; Cancel writes nothing.
    name->clear();
    QTest::keyClicks(name, QString(80, QLatin1Char('n')));
    QCOMPARE(name->text().size(), ApiToken::kMaxNameLength);
    dialog->reject();
    QCOMPARE(ApiTokenRepository(*store).list()->size(), 1);
}

void TestApiAccessPages::tokensDisableEnableDelete()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    ApiTokenRepository repo(*store);
    QVERIFY(
        repo.create(QStringLiteral("alpha"), {QStringLiteral("otp:request")}, QDateTime(), false, QStringLiteral("t")));
    QVERIFY(
        repo.create(QStringLiteral("beta"), {QStringLiteral("phones:write")}, QDateTime(), false, QStringLiteral("t")));
    ApiTokensPage page;
    page.resize(1000, 600);
    page.setStore(store.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 2);
    for (const char* name : {"disableToken", "enableToken", "deleteToken"})
        QVERIFY2(!child<QPushButton>(&page, name)->isEnabled(), name); // nothing selected

    page.table()->selectRow(1);
    QVERIFY(!child<QPushButton>(&page, "enableToken")->isEnabled());
    click(&page, "disableToken");
    QCOMPARE(cell(page.model(), 1, ApiTokenTableModel::State), QStringLiteral("Disabled"));
    QVERIFY(!repo.list()->at(1).enabled);
    // Still the same token selected after the refresh; now only Enable applies.
    QCOMPARE(page.table()->selectionModel()->selectedRows().value(0).row(), 1);
    QVERIFY(!child<QPushButton>(&page, "disableToken")->isEnabled());
    click(&page, "enableToken");
    QCOMPARE(cell(page.model(), 1, ApiTokenTableModel::State), QStringLiteral("Enabled"));
    QCOMPARE(events(*store, EventCode::ApiTokenDisabled, QStringLiteral("beta")), 1);
    QCOMPARE(events(*store, EventCode::ApiTokenEnabled, QStringLiteral("beta")), 1);

    // Delete asks first: No keeps the token.
    MessageBoxes::setAutomaticAnswer(QMessageBox::No);
    click(&page, "deleteToken");
    QCOMPARE(MessageBoxes::takeShown().size(), 1);
    QCOMPARE(repo.list()->size(), 2);
    MessageBoxes::setAutomaticAnswer(QMessageBox::Yes);
    click(&page, "deleteToken");
    const QList<MessageBoxes::Shown> shown = MessageBoxes::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first().text.contains(QLatin1String("\"beta\"")));
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(cell(page.model(), 0, ApiTokenTableModel::Name), QStringLiteral("alpha"));
    QCOMPARE(events(*store, EventCode::ApiTokenDeleted, QStringLiteral("beta")), 1);
    QVERIFY(child<QLabel>(&page, "status")->text().contains(QLatin1String("deleted")));
}

void TestApiAccessPages::tokensWithoutStore()
{
    ApiTokensPage page;
    page.setStore(nullptr);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(&page, "createToken")->isEnabled());
    QVERIFY(!page.createToken());
    QVERIFY(child<QLabel>(&page, "note")->text().contains(QLatin1String("Open a store")));
}

void TestApiAccessPages::serversListedLiveKeepingSelection()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    ServerRegistry registry(*store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto a =
        registry.registerServer(QStringLiteral("sso-a"), QStringLiteral("0.0.0.0:8443"), QStringLiteral("0.1.0"), now);
    auto b =
        registry.registerServer(QStringLiteral("sso-b"), QStringLiteral("0.0.0.0:8443"), QStringLiteral("0.1.0"), now);
    QVERIFY(a && b);

    ProviderServersPage page;
    page.resize(1100, 500);
    page.setStore(store.get());
    QVERIFY(!page.timer()->isActive());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.timer()->isActive()); // live while shown
    QVERIFY(page.timer()->interval() <= 5000);
    QCOMPARE(page.model()->rowCount(), 2);
    page.table()->selectRow(1);
    QCOMPARE(page.model()->index(1, 0).data(ServerTableModel::IdRole).toLongLong(), b.value());

    // A heartbeat changes the numbers in place; the selection stays.
    QVERIFY(registry.heartbeat(b.value(), 321, QStringLiteral("gateway slow"), now.addSecs(3)));
    QVERIFY(QMetaObject::invokeMethod(page.timer(), "timeout")); // what the timer does every few seconds
    QCOMPARE(cell(page.model(), 1, ServerTableModel::Requests), QLocale().toString(321));
    QCOMPARE(cell(page.model(), 1, ServerTableModel::LastError), QStringLiteral("gateway slow"));
    QCOMPARE(page.table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(page.table()->selectionModel()->selectedRows().first().data(ServerTableModel::IdRole).toLongLong(),
             b.value());

    // A new server reorders the rows; the same server stays selected.
    auto c =
        registry.registerServer(QStringLiteral("sso-0"), QStringLiteral("0.0.0.0:8443"), QStringLiteral("0.1.0"), now);
    QVERIFY(c);
    page.refresh();
    QCOMPARE(page.model()->rowCount(), 3);
    QCOMPARE(cell(page.model(), 0, ServerTableModel::Host), QStringLiteral("sso-0"));
    QCOMPARE(page.table()->selectionModel()->selectedRows().first().data(ServerTableModel::IdRole).toLongLong(),
             b.value());
    QVERIFY(child<QLabel>(&page, "summary")->text().contains(QLatin1String("Running: 3")));

    page.hide();
    QVERIFY(!page.timer()->isActive()); // nobody looks: no queries
}

void TestApiAccessPages::serversRefreshKeepsTheRowsInView()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    ServerRegistry registry(*store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 40; ++i)
        QVERIFY(registry.registerServer(QStringLiteral("sso-%1").arg(i, 2, 10, QLatin1Char('0')),
                                        QStringLiteral("0.0.0.0:8443"), QStringLiteral("0.1.0"), now));
    ProviderServersPage page;
    page.resize(1100, 400);
    page.setStore(store.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTableView* table = page.table();
    QCOMPARE(page.model()->rowCount(), 40);
    table->selectRow(2);
    const qint64 selected = page.model()->index(2, 0).data(ServerTableModel::IdRole).toLongLong();
    // The user scrolls down past the selected server to read the others.
    table->scrollToBottom();
    QCoreApplication::processEvents();
    const int top = table->rowAt(0);
    QVERIFY(top > 2);

    QVERIFY(QMetaObject::invokeMethod(page.timer(), "timeout")); // what the timer does every few seconds
    QCOMPARE(table->rowAt(0), top);                              // the view does not jump back to the selection
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().data(ServerTableModel::IdRole).toLongLong(), selected);
    QCOMPARE(table->selectionModel()->currentIndex().row(), 2);
}

void TestApiAccessPages::serversSilentAndStoppedMarked()
{
    TestStores stores;
    auto store = stores.openFresh(QStringLiteral("sqlite"));
    QVERIFY(store);
    ServerRegistry registry(*store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto running = registry.registerServer(QStringLiteral("a-running"), QStringLiteral("l"), QStringLiteral("v"), now);
    auto silent = registry.registerServer(QStringLiteral("b-silent"), QStringLiteral("l"), QStringLiteral("v"),
                                          now.addSecs(-200));
    auto stopped = registry.registerServer(QStringLiteral("c-stopped"), QStringLiteral("l"), QStringLiteral("v"),
                                           now.addSecs(-300));
    QVERIFY(running && silent && stopped);
    QVERIFY(registry.markStopped(stopped.value(), now.addSecs(-100)));

    ProviderServersPage page;
    page.setStore(store.get());
    QAbstractItemModel* model = page.model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(cell(model, 0, ServerTableModel::State), QStringLiteral("Running"));
    QCOMPARE(cell(model, 1, ServerTableModel::State), QStringLiteral("Silent for 3 min"));
    QVERIFY(model->index(1, ServerTableModel::State)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("more than a minute")));
    QCOMPARE(cell(model, 2, ServerTableModel::State), QStringLiteral("Stopped"));
    QVERIFY(child<QLabel>(&page, "summary")->text().contains(QLatin1String("Silent: 1")));

    // The colour says it too: silent red and bold, stopped muted, running green.
    DelegateProbe probe;
    QStyleOptionViewItem option;
    option.initFrom(page.table());
    const auto styled = [&](int row, int column) {
        QStyleOptionViewItem o = option;
        probe.initStyleOption(&o, model->index(row, column));
        return o;
    };
    const QStyleOptionViewItem silentState = styled(1, ServerTableModel::State);
    QCOMPARE(silentState.palette.color(QPalette::Text), QColor(0xb0, 0x00, 0x20));
    QVERIFY(silentState.font.bold());
    QCOMPARE(styled(1, ServerTableModel::LastHeartbeat).palette.color(QPalette::Text), QColor(0xb0, 0x00, 0x20));
    QCOMPARE(styled(0, ServerTableModel::State).palette.color(QPalette::Text), QColor(0x1b, 0x6e, 0x33));
    QVERIFY(!styled(0, ServerTableModel::State).font.bold());
    QCOMPARE(styled(2, ServerTableModel::Host).palette.color(QPalette::Text),
             option.palette.color(QPalette::Disabled, QPalette::Text));
}

void TestApiAccessPages::modelsPassTheTester()
{
    ApiTokenTableModel tokens;
    QAbstractItemModelTester tokenTester(&tokens, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ApiToken t;
    t.name = QStringLiteral("x");
    t.scopes = {QStringLiteral("otp:verify")};
    t.expires = QDateTime::currentDateTimeUtc().addSecs(-1);
    tokens.setTokens({t}, QDateTime::currentDateTimeUtc());
    QCOMPARE(tokens.index(0, ApiTokenTableModel::State).data().toString(), QStringLiteral("Expired"));
    QVERIFY(tokens.index(0, ApiTokenTableModel::Scopes)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Check a one-time password")));
    tokens.setTokens({}, QDateTime::currentDateTimeUtc());

    ServerTableModel servers;
    QAbstractItemModelTester serverTester(&servers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerInfo s;
    s.id = 1;
    s.lastHeartbeat = QDateTime::currentDateTimeUtc();
    servers.setServers({s}, QDateTime::currentDateTimeUtc());
    servers.setServers({s}, QDateTime::currentDateTimeUtc().addSecs(3 * 3600));
    QCOMPARE(servers.index(0, ServerTableModel::State).data().toString(), QStringLiteral("Silent for 3 h"));
    servers.setServers({}, QDateTime::currentDateTimeUtc());
}

// Not a check: with SMSOTP_SCREENSHOT_DIR set, saves the Create dialog's two stages for a person to look at.
void TestApiAccessPages::screenshots()
{
    const QString dir = qEnvironmentVariable("SMSOTP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set SMSOTP_SCREENSHOT_DIR to save screenshots");
    TestStores stores;
    auto store = stores.openFresh(QStringLiteral("sqlite"));
    QVERIFY(store);
    ApiTokensPage page;
    page.resize(900, 600);
    page.setStore(store.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    CreateApiTokenDialog* dialog = page.createToken();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(child<QLineEdit>(dialog, "name"), QStringLiteral("intranet-sso"));
    child<QCheckBox>(dialog, "otp:request")->setChecked(true);
    child<QCheckBox>(dialog, "expires")->setChecked(true);
    dialog->grab().save(dir + QStringLiteral("/create-token-form.png"));
    child<QCheckBox>(dialog, "otp:request")->setChecked(false);
    dialog->accept();
    QTest::qWait(50);
    dialog->grab().save(dir + QStringLiteral("/create-token-error.png"));
    child<QCheckBox>(dialog, "otp:request")->setChecked(true);
    dialog->accept();
    QVERIFY(dialog->isShowingSecret());
    click(dialog, "copy");
    QTest::qWait(50);
    dialog->grab().save(dir + QStringLiteral("/create-token-secret.png"));
    dialog->reject();
}

QTEST_MAIN(TestApiAccessPages)
#include "TestApiAccessPages.moc"
