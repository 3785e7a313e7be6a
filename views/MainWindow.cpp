#include "MainWindow.h"

#include "ConsoleLock.h"
#include "MessageBoxes.h"
#include "OpenStoreDialog.h"
#include "PasswordKeychain.h"
#include "RecentStores.h"
#include "SettingsPage.h"
#include "StoreConnectionIndicator.h"
#include "StoreKeyController.h"
#include "StoreOverviewPage.h"
#include "events/EventsPage.h"
#include "gateway/TestSendDialog.h"
#include "helpdesk/HelpDeskPage.h"
#include "servers/ProviderServersPage.h"
#include "settings/AccessRightsSettingsPage.h"
#include "settings/BlockSettingsPage.h"
#include "settings/DirectorySettingsPage.h"
#include "settings/GatewaySettingsPage.h"
#include "settings/ImportPreviewDialog.h"
#include "settings/IpAllowListSettingsPage.h"
#include "settings/MessageFormatSettingsPage.h"
#include "settings/OtpSettingsPage.h"
#include "settings/PhoneFormatSettingsPage.h"
#include "settings/SectionPage.h"
#include "settings/SettingsSession.h"
#include "settings/SettingsTransfer.h"
#include "settings/SpamProtectionSettingsPage.h"
#include "store/SettingsRepository.h"
#include "store/StoreChangeWatcher.h"
#include "store/StoreReconnector.h"
#include "tokens/ApiTokensPage.h"
#include "util/Languages.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>

// The resources live in the smsotp_views static library, whose initialiser the linker would drop.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace {
const int kNoteTimeoutMs = 15000;
const QString kLanguageKey = QStringLiteral("language");
} // namespace

MainWindow::MainWindow(Languages& languages, QWidget* parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_navigation(new QTreeWidget)
    , m_stack(new QStackedWidget)
    , m_storeLabel(new QLabel)
    , m_dialectLabel(new QLabel)
    , m_roleLabel(new QLabel)
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(true);
    m_navigation->setUniformRowHeights(true);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stack->setObjectName(QStringLiteral("pages"));

    auto* splitter = new QSplitter;
    splitter->setChildrenCollapsible(false);
    // The widest page would otherwise squeeze the tree to a sliver; fitNavigation() widens it.
    m_navigation->setMinimumWidth(kNavigationMinimumWidth);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({kNavigationMinimumWidth, 960});
    setCentralWidget(splitter);

    m_storeLabel->setObjectName(QStringLiteral("storeLocation"));
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dialectLabel->setObjectName(QStringLiteral("storeDialect"));
    statusBar()->addPermanentWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_dialectLabel);
    m_roleLabel->setObjectName(QStringLiteral("storeRole"));
    statusBar()->addPermanentWidget(m_roleLabel);
    m_connectionIndicator = new StoreConnectionIndicator;
    statusBar()->addPermanentWidget(m_connectionIndicator);

    createActions();
    m_storeKeys = new StoreKeyController(this);
    connect(m_storeKeys, &StoreKeyController::keyChanged, this, [this](const StoreKey* key) {
        for (ConsolePage* page : m_pages.pages())
            page->setStoreKey(key);
    });
    connect(m_storeKeys, &StoreKeyController::note, this, &MainWindow::note);
    createConsoleLock();
    createMenus();
    registerPages();
    watchStoreChanges();
    buildNavigation();
    retranslateUi();
    updateStoreStatus();
    selectPage(QStringLiteral("smsOtp"));
    // Room for the help desk's columns, within a 1280×800 screen and its taskbar.
    resize(1200, 740);
}

MainWindow::~MainWindow()
{
    m_changeWatcher->setStore(nullptr);
    // Pages may still point at the store and its key while they are destroyed with the window.
    for (ConsolePage* page : m_pages.pages()) {
        page->setStoreKey(nullptr);
        page->setStore(nullptr);
    }
}

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openStoreAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this]() { showOpenStoreDialog(); });

    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, [this]() {
        RecentStores::clear();
        rebuildRecentMenu();
    });

    m_savePageAction = new QAction(this);
    m_savePageAction->setObjectName(QStringLiteral("savePageAction"));
    m_savePageAction->setShortcut(QKeySequence::Save);
    connect(m_savePageAction, &QAction::triggered, this, &MainWindow::saveCurrentPage);
    m_exportSettingsAction = new QAction(this);
    m_exportSettingsAction->setObjectName(QStringLiteral("exportSettingsAction"));
    connect(m_exportSettingsAction, &QAction::triggered, this, &MainWindow::exportSettings);
    m_importSettingsAction = new QAction(this);
    m_importSettingsAction->setObjectName(QStringLiteral("importSettingsAction"));
    connect(m_importSettingsAction, &QAction::triggered, this, &MainWindow::importSettings);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    // QKeySequence::Quit is empty on Windows; administrators expect Ctrl+Q everywhere.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_testSendAction = new QAction(this);
    m_testSendAction->setObjectName(QStringLiteral("testSendAction"));
    m_testSendAction->setEnabled(false);
    connect(m_testSendAction, &QAction::triggered, this, [this]() { showTestSendDialog(); });

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const Languages::Language& language : Languages::all()) {
        // Each language is named in itself so anyone can find their own in a foreign UI.
        auto* action = new QAction(language.nativeName, m_languageGroup);
        action->setObjectName(QStringLiteral("language_") + language.code);
        action->setData(language.code);
        action->setCheckable(true);
        action->setChecked(language.code == m_languages.current());
        connect(action, &QAction::triggered, this, [this, code = language.code]() { setLanguage(code); });
    }
}

void MainWindow::createConsoleLock()
{
    m_consoleLock = new ConsoleLock(this, m_storeKeys);
    m_consoleLock->setUnsavedPageCounter([this]() {
        int dirty = 0;
        for (SettingsPage* page : m_pages.settingsPages())
            dirty += page->isDirty() ? 1 : 0;
        return dirty;
    });
    connect(m_consoleLock, &ConsoleLock::note, this, &MainWindow::note);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_savePageAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportSettingsAction);
    m_fileMenu->addAction(m_importSettingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_storeKeys->unlockAction());
    m_fileMenu->addAction(m_storeKeys->createKeyAction());
    m_fileMenu->addAction(m_storeKeys->changePassphraseAction());
    m_fileMenu->addAction(m_storeKeys->forgetAction());
    m_fileMenu->addAction(m_consoleLock->lockAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_toolsMenu->addAction(m_testSendAction);
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(m_consoleLock->preferencesAction());

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::registerPages()
{
    // The groups have no page of their own: they show which store their settings live in.
    m_overview = new StoreOverviewPage;
    connect(m_overview, &StoreOverviewPage::openStoreRequested, this, [this]() { showOpenStoreDialog(); });
    m_pages.add(
        QStringLiteral("configuration"), {}, []() { return tr("Configuration"); }, m_overview);
    m_pages.add(
        QStringLiteral("authenticators"), QStringLiteral("configuration"), []() { return tr("Authenticators"); },
        m_overview);
    m_pages.add(
        QStringLiteral("smsOtp"), QStringLiteral("authenticators"), []() { return tr("Storage SMS OTP"); }, m_overview);

    // One editor per settings section, in Settings::sectionKeys() order, sharing one session.
    m_settingsSession = new SettingsSession(this);
    const QList<SectionPage*> sectionPages = {new AccessRightsSettingsPage(m_settingsSession),
                                              new BlockSettingsPage(m_settingsSession),
                                              new SpamProtectionSettingsPage(m_settingsSession),
                                              new GatewaySettingsPage(m_settingsSession),
                                              new MessageFormatSettingsPage(m_settingsSession),
                                              new PhoneFormatSettingsPage(m_settingsSession),
                                              new OtpSettingsPage(m_settingsSession),
                                              new IpAllowListSettingsPage(m_settingsSession),
                                              new DirectorySettingsPage(m_settingsSession)};
    for (SectionPage* page : sectionPages) {
        const QString key = page->sectionKey();
        // The dirty marker is part of the title so it is read out and survives retranslation.
        m_pages.add(
            key, QStringLiteral("smsOtp"),
            [page]() { return page->isDirty() ? tr("%1 (unsaved)").arg(page->title()) : page->title(); }, page);
        connect(page, &SettingsPage::dirtyChanged, this, [this, key]() { updateDirtyMarker(key); });
    }

    auto* apiTokens = new ApiTokensPage;
    m_pages.add(
        QStringLiteral("apiAccess"), QStringLiteral("configuration"), [apiTokens]() { return apiTokens->title(); },
        apiTokens);

    auto* helpDesk = new HelpDeskPage;
    connect(helpDesk, &HelpDeskPage::noteChanged, this, &MainWindow::note);
    m_pages.add(
        QStringLiteral("helpDesk"), {}, [helpDesk]() { return helpDesk->title(); }, helpDesk);
    auto* events = new EventsPage;
    m_pages.add(
        QStringLiteral("events"), {}, [events]() { return events->title(); }, events);
    auto* servers = new ProviderServersPage;
    m_pages.add(
        QStringLiteral("providerServers"), {}, [servers]() { return servers->title(); }, servers);

    for (ConsolePage* page : m_pages.pages()) {
        m_stack->addWidget(page);
        page->setStore(nullptr);
    }
}

void MainWindow::buildNavigation()
{
    for (const PageRegistry::Entry& entry : m_pages.entries()) {
        auto* item = entry.parentId.isEmpty() ? new QTreeWidgetItem(m_navigation)
                                              : new QTreeWidgetItem(m_navigationItems.value(entry.parentId));
        item->setData(0, Qt::UserRole, entry.id);
        m_navigationItems.insert(entry.id, item);
    }
    m_navigation->expandAll();
    connect(m_navigation, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current, QTreeWidgetItem* previous) {
                if (!current || m_restoringPage)
                    return;
                const PageRegistry::Entry* entry = m_pages.find(current->data(0, Qt::UserRole).toString());
                if (!entry)
                    return;
                if (entry->page != m_stack->currentWidget() &&
                    !mayLeavePage(qobject_cast<ConsolePage*>(m_stack->currentWidget()))) {
                    // Changing the current item inside this signal confuses the view: do it next.
                    QTimer::singleShot(0, this, [this, previous]() {
                        m_restoringPage = true;
                        m_navigation->setCurrentItem(previous);
                        m_restoringPage = false;
                    });
                    return;
                }
                m_stack->setCurrentWidget(entry->page);
            });
}

bool MainWindow::selectPage(const QString& id)
{
    QTreeWidgetItem* item = m_navigationItems.value(id);
    if (!item)
        return false;
    m_navigation->setCurrentItem(item);
    return true;
}

QString MainWindow::currentPageId() const
{
    const QTreeWidgetItem* item = m_navigation->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open Store…"));
    m_openAction->setStatusTip(tr("Open a SQLite store file or connect to a PostgreSQL store."));
    m_storeKeys->retranslateUi();
    m_consoleLock->retranslateUi();
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_savePageAction->setText(tr("&Save Page"));
    m_savePageAction->setStatusTip(tr("Save the settings page shown on the right."));
    m_exportSettingsAction->setText(tr("&Export Settings…"));
    m_exportSettingsAction->setStatusTip(tr("Write the stored settings to a JSON file (secrets left out)."));
    m_importSettingsAction->setText(tr("&Import Settings…"));
    m_importSettingsAction->setStatusTip(
        tr("Read settings from a JSON file; you see what changes before it is saved."));
    m_clearRecentAction->setText(tr("&Clear List"));
    m_quitAction->setText(tr("&Quit"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_testSendAction->setText(tr("Send &Test SMS…"));
    m_testSendAction->setStatusTip(tr("Send a real SMS through the saved gateway settings to check them."));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About SMS OTP Console"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setAccessibleDescription(tr("Choose the page to show on the right."));
    m_stack->setAccessibleName(tr("Page"));
    for (const PageRegistry::Entry& entry : m_pages.entries())
        updateDirtyMarker(entry.id);
    rebuildRecentMenu();
    updateStoreStatus();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentStores::list();
    for (int i = 0; i < recent.size(); ++i) {
        const Result<StoreUrl> url = StoreUrl::parse(recent[i]);
        if (!url)
            continue;
        const QString label = QStringLiteral("&%1 %2 (%3)")
                                  .arg(i + 1)
                                  .arg(QString(url->displayLocation()).replace(QLatin1Char('&'), QLatin1String("&&")),
                                       url->dialectName());
        QAction* action = m_recentMenu->addAction(label);
        const QString text = recent[i];
        connect(action, &QAction::triggered, this, [this, text]() { openUrl(text, Store::OpenMode::OpenExisting); });
    }
    if (!m_recentMenu->isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!recent.isEmpty());
}

void MainWindow::setLanguage(const QString& code)
{
    if (!m_languages.install(code))
        return;
    QSettings().setValue(kLanguageKey, code);
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == code);
    // Installing a translator announces the change only when a file loaded; English loads none,
    // so announce it ourselves for every window, dialog and page to retranslate.
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(qApp, &event);
}

OpenStoreDialog* MainWindow::showOpenStoreDialog()
{
    if (m_openDialog) {
        m_openDialog->raise();
        m_openDialog->activateWindow();
        return m_openDialog;
    }
    auto* dialog = new OpenStoreDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_store)
        dialog->setUrl(m_store->url());
    else if (const Result<StoreUrl> last = StoreUrl::parse(RecentStores::last()); last)
        dialog->setUrl(last.value());
    dialog->setOpener([this](const OpenStoreDialog::Request& request) {
        if (!openStore(request.url, request.password, request.mode))
            return false;
        if (!request.url.isLocalFile())
            rememberPassword(request.url, request.password, request.rememberPassword);
        return true;
    });
    connect(dialog, &OpenStoreDialog::keychainNote, this, &MainWindow::note);
    m_openDialog = dialog;
    dialog->open();
    return dialog;
}

bool MainWindow::openStore(const StoreUrl& url, const QString& password, Store::OpenMode mode)
{
    if (!mayDiscardUnsavedInput())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // A store made by an older version is upgraded as it opens, a minute for a million accounts:
    // show each step instead of a window that seems to hang.
    std::unique_ptr<QProgressDialog> upgrade;
    m_lastUpgradeNote.clear();
    const auto progress = [this, &upgrade](const Migrations::Step& step) {
        if (step.from == 0)
            return; // a new store: done in a blink
        if (!upgrade) {
            upgrade = std::make_unique<QProgressDialog>(this);
            upgrade->setObjectName(QStringLiteral("schemaUpgradeProgress"));
            upgrade->setWindowTitle(tr("Updating the Store"));
            upgrade->setCancelButton(nullptr);
            upgrade->setMinimumDuration(0);
            upgrade->setWindowModality(Qt::WindowModal);
        }
        upgrade->setMaximum(step.total);
        upgrade->setValue(std::min(step.done, step.total));
        upgrade->setLabelText(Migrations::describe(step) + QLatin1Char('\n') +
                              tr("Do not close the console: each step is kept only when it is finished."));
        m_lastUpgradeNote = Migrations::describe(step);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    Result<std::unique_ptr<Store>> opened = Store::open(url, password, mode, 0, progress);
    upgrade.reset();
    QApplication::restoreOverrideCursor();
    if (!opened) {
        MessageBoxes::critical(this, tr("Cannot Open Store"), opened.error());
        return false;
    }
    replaceStore(opened.take());
    RecentStores::add(url);
    rebuildRecentMenu();
    note(tr("Opened %1.").arg(url.displayLocation()));
    return true;
}

void MainWindow::openUrl(const QString& urlText, Store::OpenMode mode)
{
    const Result<StoreUrl> url = StoreUrl::parse(urlText);
    if (!url) {
        MessageBoxes::critical(this, tr("Cannot Open Store"), url.error());
        showOpenStoreDialog();
        return;
    }
    const auto openOrAsk = [this, mode](const StoreUrl& target, const QString& password) {
        if (!openStore(target, password, mode))
            showOpenStoreDialog()->setUrl(target);
    };
    if (url->isLocalFile() || !url->passwordInUrl().isEmpty()) {
        openOrAsk(url.value(), {});
        return;
    }
    note(tr("Looking up the password of %1 in the keychain…").arg(url->displayLocation()));
    PasswordKeychain::read(
        url->identity(), this, [this, target = url.value(), openOrAsk](const QString& stored, const QString& error) {
            if (!error.isEmpty())
                note(tr("The keychain could not be read: %1").arg(error));
            // Scripts and kiosks without a keychain pass it like the CLI does.
            const QString password = stored.isEmpty() ? qEnvironmentVariable("SMSOTP_DB_PASSWORD") : stored;
            openOrAsk(target, password);
        });
}

void MainWindow::replaceStore(std::unique_ptr<Store> store)
{
    // The old connection closes only after every page has let go of it and of its key.
    m_storeKeys->setStore(nullptr);
    m_changeWatcher->setStore(nullptr);
    std::unique_ptr<Store> previous = std::exchange(m_store, std::move(store));
    for (ConsolePage* page : m_pages.pages())
        page->setStore(m_store.get());
    watchConnection();
    previous.reset();
    // Looks for the new store's key in the keychain, or asks for its passphrase.
    m_storeKeys->setStore(m_store.get());
    m_consoleLock->setStore(m_store.get());
    loadSettings();
    // From what the pages were just loaded with: only later changes are news.
    m_changeWatcher->setStore(m_store.get());
    updateStoreStatus();
}

void MainWindow::watchStoreChanges()
{
    m_changeWatcher = new StoreChangeWatcher(this);
    connect(m_changeWatcher, &StoreChangeWatcher::settingsChanged, m_settingsSession,
            &SettingsSession::noticeStoredChanges);
    // Each page says it too; the status bar tells whichever page is shown.
    connect(m_settingsSession, &SettingsSession::sectionChangedElsewhere, this,
            [this](const SectionChange& change) { note(SectionPage::describeChange(change)); });
    connect(m_changeWatcher, &StoreChangeWatcher::eventsChanged, this, [this]() {
        for (ConsolePage* page : m_pages.pages())
            page->noticeStoreActivity();
    });
    // A server's last use of a token comes without an event when its call logged none.
    connect(m_changeWatcher, &StoreChangeWatcher::apiTokensUsed, this, [this]() {
        if (auto* tokens = findChild<ApiTokensPage*>())
            tokens->noticeStoreActivity();
    });
}

void MainWindow::watchConnection()
{
    delete m_reconnector;
    m_reconnector = m_store ? new StoreReconnector(*m_store, this) : nullptr;
    m_connectionIndicator->setReconnector(m_reconnector);
    if (!m_reconnector)
        return;
    // The pages keep their input: nothing is reloaded, so unsaved edits survive the loss, and a
    // Save meanwhile fails with the Store's reason and leaves the page as it was.
    connect(m_reconnector, &StoreReconnector::reconnected, this, [this] {
        updateStoreStatus(); // the login's role is read again on the new connection
        // LISTEN belonged to the old connection; the watcher also catches up on what was saved
        // meanwhile.
        if (m_changeWatcher)
            m_changeWatcher->resubscribe();
        // The lists have no input to lose; they read again what they could not read meanwhile.
        if (auto* helpDesk = findChild<HelpDeskPage*>())
            helpDesk->refresh();
        if (auto* events = findChild<EventsPage*>())
            events->refresh();
        if (auto* tokens = findChild<ApiTokensPage*>())
            tokens->noticeStoreActivity();
        note(tr("Reconnected to the store."));
    });
}

void MainWindow::loadSettings()
{
    m_settingsSession->setStore(m_store.get());
    if (!m_store)
        return;
    // Each page shows its section as the session announces it.
    const Status loaded = m_settingsSession->reload();
    if (!loaded)
        MessageBoxes::warning(this, tr("Cannot Read Settings"), loaded.error());
}

void MainWindow::updateDirtyMarker(const QString& id)
{
    const PageRegistry::Entry* entry = m_pages.find(id);
    QTreeWidgetItem* item = m_navigationItems.value(id);
    if (!entry || !item)
        return;
    item->setText(0, entry->title());
    item->setToolTip(0, entry->title());
    auto* page = qobject_cast<SettingsPage*>(entry->page);
    QFont font = m_navigation->font();
    font.setItalic(page && page->isDirty());
    item->setFont(0, font);
    fitNavigation();
}

// Every title whole in every language (issue 15): the tree is as wide as its widest entry, with
// room for the italics that mark a page with unsaved input.
void MainWindow::fitNavigation()
{
    const int italicSlack = m_navigation->fontMetrics().horizontalAdvance(QStringLiteral("xxx"));
    const QAbstractItemView* view = m_navigation; // sizeHintForColumn is public there
    const int widest = view->sizeHintForColumn(0) + italicSlack + 2 * m_navigation->frameWidth();
    m_navigation->setMinimumWidth(std::max(kNavigationMinimumWidth, widest));
}

void MainWindow::saveCurrentPage()
{
    if (auto* page = qobject_cast<SectionPage*>(m_stack->currentWidget()))
        page->save();
}

bool MainWindow::mayLeavePage(ConsolePage* page)
{
    auto* settingsPage = qobject_cast<SectionPage*>(page);
    if (!settingsPage || !settingsPage->isDirty())
        return true;
    const QMessageBox::StandardButton answer =
        MessageBoxes::question(this, tr("Unsaved Changes"),
                               tr("The page \"%1\" has changes that are not saved. Save them before leaving the page?")
                                   .arg(settingsPage->title()),
                               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return settingsPage->save();
    if (answer == QMessageBox::Discard) {
        settingsPage->revert();
        return true;
    }
    return false;
}

bool MainWindow::exportSettingsTo(const QString& path)
{
    if (!m_store)
        return false;
    const bool written = SettingsTransfer::exportTo(this, *m_settingsSession, path);
    if (written)
        note(tr("Settings exported to %1.").arg(path));
    return written;
}

ImportPreviewDialog* MainWindow::importSettingsFrom(const QString& path)
{
    if (!m_store)
        return nullptr;
    return SettingsTransfer::importFrom(this, *m_settingsSession, path);
}

void MainWindow::exportSettings()
{
    if (!m_store) {
        MessageBoxes::information(this, tr("Export Settings"), tr("Open a store first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Settings"), QStringLiteral("smsotp-settings.json"), tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportSettingsTo(path);
}

void MainWindow::importSettings()
{
    if (!m_store) {
        MessageBoxes::information(this, tr("Import Settings"), tr("Open a store first."));
        return;
    }
    if (!mayDiscardUnsavedInput())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Settings"), {}, tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importSettingsFrom(path);
}

void MainWindow::updateStoreStatus()
{
    m_testSendAction->setEnabled(m_store != nullptr);
    // Saving or importing settings is the administrator's; the database refuses anyone else.
    const bool settingsWritable = !m_store || StoreAccess::mayChangeSettings(m_store->role());
    m_savePageAction->setEnabled(settingsWritable);
    m_importSettingsAction->setEnabled(settingsWritable);
    const QString readOnly =
        m_store ? tr("Your store login (%1) may not change settings.").arg(StoreAccess::displayName(m_store->role()))
                : QString();
    m_savePageAction->setToolTip(settingsWritable ? QString() : readOnly);
    m_importSettingsAction->setToolTip(settingsWritable ? QString() : readOnly);
    if (!m_store) {
        setWindowTitle(tr("SMS OTP Console"));
        m_storeLabel->setText(tr("No store is open"));
        m_storeLabel->setToolTip({});
        m_dialectLabel->clear();
        m_dialectLabel->hide();
        m_roleLabel->clear();
        m_roleLabel->hide();
        return;
    }
    const StoreUrl& url = m_store->url();
    setWindowTitle(tr("%1 — SMS OTP Console").arg(url.displayLocation()));
    m_storeLabel->setText(tr("Store: %1").arg(url.displayLocation()));
    m_storeLabel->setToolTip(tr("%1\nIdentity: %2").arg(url.identity(), m_store->uuid()));
    m_storeLabel->setAccessibleName(tr("Open store"));
    m_dialectLabel->setText(url.dialectName());
    m_dialectLabel->setAccessibleName(tr("Kind of store"));
    m_dialectLabel->show();
    m_roleLabel->setText(tr("Role: %1").arg(StoreAccess::displayName(m_store->role())));
    m_roleLabel->setToolTip(m_store->url().isLocalFile()
                                ? tr("A local store file has no roles: whoever may write the file administers it.")
                                : tr("The rights of your PostgreSQL login in this store (administrator, help desk "
                                     "or auditor); the database refuses anything else."));
    m_roleLabel->setAccessibleName(tr("Your role in the store"));
    m_roleLabel->show();
}

void MainWindow::rememberPassword(const StoreUrl& url, const QString& password, bool remember)
{
    const auto report = [this](const QString& error) {
        if (!error.isEmpty())
            note(tr("The keychain could not be updated: %1").arg(error));
    };
    if (remember && !password.isEmpty())
        PasswordKeychain::write(url.identity(), password, this, report);
    else
        PasswordKeychain::remove(url.identity(), this, report);
}

void MainWindow::note(const QString& text)
{
    statusBar()->showMessage(text, kNoteTimeoutMs);
}

bool MainWindow::mayDiscardUnsavedInput()
{
    QStringList dirty;
    for (SettingsPage* page : m_pages.settingsPages())
        if (page->isDirty())
            dirty.append(page->title());
    if (dirty.isEmpty())
        return true;
    const QMessageBox::StandardButton answer = MessageBoxes::question(
        this, tr("Unsaved Changes"),
        tr("These pages have changes that are not saved: %1. Save them?").arg(dirty.join(QStringLiteral(", "))),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel || answer == QMessageBox::No)
        return false;
    for (SettingsPage* page : m_pages.settingsPages()) {
        if (!page->isDirty())
            continue;
        if (answer == QMessageBox::Discard || answer == QMessageBox::Yes) {
            page->revert();
            continue;
        }
        auto* sectionPage = qobject_cast<SectionPage*>(page);
        if (sectionPage && !sectionPage->save()) {
            // Show the page that could not be saved, with its problem on it.
            selectPage(page->sectionKey());
            return false;
        }
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A locked console saves nothing: it only asks whether unsaved input may be lost.
    if (m_consoleLock->isLocked() ? m_consoleLock->mayCloseWhileLocked() : mayDiscardUnsavedInput())
        event->accept();
    else
        event->ignore();
}

void MainWindow::showAbout()
{
    const QString store = m_store ? tr("Store identity: %1").arg(m_store->uuid()) : tr("No store is open.");
    const QString text =
        QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p><p>%5</p>")
            .arg(tr("SMS OTP Console"),
                 tr("Version %1, built with Qt %2, running on Qt %3.")
                     .arg(QStringLiteral(SMSOTP_VERSION), QStringLiteral(QT_VERSION_STR),
                          QString::fromLatin1(qVersion())),
                 tr("A management console for an SMS one-time-password authentication provider.").toHtmlEscaped(),
                 tr("For internal use.").toHtmlEscaped(), store.toHtmlEscaped());
    MessageBoxes::about(this, tr("About SMS OTP Console"), text);
}

TestSendDialog* MainWindow::showTestSendDialog()
{
    if (!m_store)
        return nullptr;
    auto* dialog = new TestSendDialog(*m_store, m_settingsSession->storeKey(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal: the dialog holds the store, which must not be replaced while it is open.
    dialog->open();
    return dialog;
}
