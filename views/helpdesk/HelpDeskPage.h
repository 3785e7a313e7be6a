#pragma once

#include "ConsolePage.h"
#include "domain/Authenticator.h"

#include <QList>
#include <QStringList>

#include <optional>

class AuthenticatorDetailPane;
class AuthenticatorTableModel;
class QAction;
class QComboBox;
class QInputDialog;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;
class QTableView;
class QTimer;
class QToolBar;
class RegisterAuthenticatorDialog;
class UserImportDialog;

// Help desk (issue 5): find an authenticator among millions, see why it is blocked, and act on
// it. Every action goes through the engine (OtpService) with the console user as the actor, so
// each one is an event; destructive ones are confirmed first.
class HelpDeskPage : public ConsolePage {
    Q_OBJECT

public:
    explicit HelpDeskPage(QWidget* parent = nullptr);
    ~HelpDeskPage() override;

    QString title() const override;
    void setStore(Store* store) override;
    void setStoreKey(const StoreKey* key) override;

    AuthenticatorTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The logins of the selected rows, in table order.
    QStringList selectedLogins() const;

public Q_SLOTS:
    // Reads the count and the rows again, keeping the selection and the scroll position.
    void refresh();
    void unblockSelected();
    void unblockAllBlocked();
    void resetCounter();
    void editPhone();
    void editComment();
    void deleteSelected();
    void registerNew();
    void revealPhone();
    void importCsv();
    void importDirectory();

Q_SIGNALS:
    // A line for the status bar: what the last action did.
    void noteChanged(const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    void refreshFromStore() override;

private:
    void createActions();
    void setUpColumns();
    void fitColumns();
    void retranslateUi();
    void applySearch();
    void updateActions();
    void updateCount();
    // After this page changed authenticators: tells other consoles and reads the rows again.
    void afterChange();
    void showDetail();
    void note(const QString& text);
    // Tells the user what went wrong and returns false, or returns true.
    bool reportOutcome(bool ok, const QString& message);
    std::optional<Authenticator> current() const;

    Store* m_store = nullptr;
    const StoreKey* m_key = nullptr;
    // Whether the open store has a key at all, read when the store or its key changes (not at
    // every selection): the actions that need the key say whether to unlock it or create it.
    bool m_storeHasKey = false;
    AuthenticatorTableModel* m_model = nullptr;

    QLabel* m_heading = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_searchMode = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_feedback = nullptr;
    QToolBar* m_toolBar = nullptr;
    QMenu* m_actionsMenu = nullptr;
    QToolButton* m_actionsButton = nullptr;
    QTableView* m_table = nullptr;
    AuthenticatorDetailPane* m_detail = nullptr;
    QTimer* m_searchDelay = nullptr;

    QAction* m_findAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_registerAction = nullptr;
    QAction* m_unblockAction = nullptr;
    QAction* m_unblockAllAction = nullptr;
    QAction* m_resetAction = nullptr;
    QAction* m_editPhoneAction = nullptr;
    QAction* m_editCommentAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_revealAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_importDirectoryAction = nullptr;
    QList<QAction*> m_columnActions; // show or hide each column (the header's context menu)
};
