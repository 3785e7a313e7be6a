#pragma once

#include "PageRegistry.h"
#include "store/Store.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class ConsoleLock;
class ConsolePage;
class ImportPreviewDialog;
class Languages;
class OpenStoreDialog;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class SettingsSession;
class StoreChangeWatcher;
class StoreConnectionIndicator;
class StoreKeyController;
class StoreReconnector;
class StoreOverviewPage;
class TestSendDialog;

// The console's shell: navigation on the left, the chosen page on the right, the open store
// named in the status bar. It owns the one open Store and hands it to every page.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Languages& languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `url` in place of the current store. On failure the user is told why and the
    // current store stays open. Returns whether the store opened.
    bool openStore(const StoreUrl& url, const QString& password, Store::OpenMode mode);
    // Opens a store named by its address (command line, last or recent store), fetching a
    // server's password from the keychain first. On failure shows the error, then the dialog.
    void openUrl(const QString& urlText, Store::OpenMode mode);
    // Shows the Open store dialog (not blocking) and returns it.
    OpenStoreDialog* showOpenStoreDialog();

    Store* store() const { return m_store.get(); }
    const PageRegistry& pages() const { return m_pages; }
    bool selectPage(const QString& id);
    QString currentPageId() const;
    StoreKeyController* storeKeys() const { return m_storeKeys; }
    // The idle lock and File → Lock Now (issue 15).
    ConsoleLock* consoleLock() const { return m_consoleLock; }
    // Reopens a server store's lost connection (nullptr without a store).
    StoreReconnector* reconnector() const { return m_reconnector; }
    SettingsSession* settingsSession() const { return m_settingsSession; }
    // What tells the pages about other consoles' changes to the open store.
    StoreChangeWatcher* changeWatcher() const { return m_changeWatcher; }
    // The last schema-upgrade step shown while a store opened (empty when none was needed).
    QString lastUpgradeNote() const { return m_lastUpgradeNote; }

    // File → Export settings / Import settings without the file dialog (also for tests).
    bool exportSettingsTo(const QString& path);
    // Opens the preview of what importing `path` changes; nullptr when the file cannot be used.
    ImportPreviewDialog* importSettingsFrom(const QString& path);

public Q_SLOTS:
    // Switches the whole UI to `code` (en, sv, ru, et) and remembers the choice.
    void setLanguage(const QString& code);
    void showAbout();
    // Tools → Send Test SMS: the dialog on the open store's saved settings (not blocking).
    TestSendDialog* showTestSendDialog();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createConsoleLock();
    void registerPages();
    void buildNavigation();
    void retranslateUi();
    void rebuildRecentMenu();
    void replaceStore(std::unique_ptr<Store> store);
    void loadSettings();
    // Other consoles' changes reach the pages (issue 15): settings sections, events, authenticators.
    void watchStoreChanges();
    void updateStoreStatus();
    // Follows the open store's connection: reconnects after a loss and says so in the status bar.
    void watchConnection();
    void rememberPassword(const StoreUrl& url, const QString& password, bool remember);
    void note(const QString& text);
    bool mayDiscardUnsavedInput();
    // Asks what to do with the unsaved input of the page being left; false keeps it shown.
    bool mayLeavePage(ConsolePage* page);
    void updateDirtyMarker(const QString& id);
    void fitNavigation();
    void saveCurrentPage();
    void exportSettings();
    void importSettings();

    static constexpr int kNavigationMinimumWidth = 220;

    Languages& m_languages;
    std::unique_ptr<Store> m_store;
    StoreKeyController* m_storeKeys = nullptr;
    ConsoleLock* m_consoleLock = nullptr;
    PageRegistry m_pages;
    QHash<QString, QTreeWidgetItem*> m_navigationItems;
    // The settings the pages were loaded from, with their versions, for optimistic saves.
    SettingsSession* m_settingsSession = nullptr;
    StoreChangeWatcher* m_changeWatcher = nullptr;
    bool m_restoringPage = false;
    QString m_lastUpgradeNote;

    QTreeWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    StoreOverviewPage* m_overview = nullptr;
    QLabel* m_storeLabel = nullptr;
    QLabel* m_dialectLabel = nullptr;
    QLabel* m_roleLabel = nullptr; // the login's role in the open store
    StoreConnectionIndicator* m_connectionIndicator = nullptr;
    StoreReconnector* m_reconnector = nullptr;
    QPointer<OpenStoreDialog> m_openDialog;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_savePageAction = nullptr;
    QAction* m_exportSettingsAction = nullptr;
    QAction* m_importSettingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QAction* m_testSendAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
};
