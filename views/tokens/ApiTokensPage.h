#pragma once

#include "ConsolePage.h"

#include <QString>

class ApiTokenTableModel;
class CreateApiTokenDialog;
class QLabel;
class QPushButton;
class QTableView;

// "API access" (issue 13): the tokens with which sign-in systems call smsotp-server. Lists them
// with scopes, expiry, last use and state; creates one (its secret shown once), disables,
// enables and deletes. Help desk and auditor logins see the list and change nothing.
class ApiTokensPage : public ConsolePage {
    Q_OBJECT

public:
    explicit ApiTokensPage(QWidget* parent = nullptr);

    QString title() const override;
    void setStore(Store* store) override;

    ApiTokenTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

public Q_SLOTS:
    // Reads the tokens again, keeping the selection, the current row and the rows in view.
    void refresh();
    // Opens the Create dialog (non-modal for the caller: open(), not exec()).
    CreateApiTokenDialog* createToken();
    void setSelectedEnabled(bool enabled);
    void deleteSelected();

protected:
    void changeEvent(QEvent* event) override;
    // Tokens created, disabled, enabled or deleted elsewhere (another console, smsotp-cli) and
    // last uses recorded by the servers: each comes with an event, which the watcher reports.
    void refreshFromStore() override;

private:
    QString selectedName() const;
    void select(const QString& name);
    // Tells the other consoles on a PostgreSQL store at once (the event tells them too, later).
    void announceChange();
    void updateActions();
    void retranslateUi();

    Store* m_store = nullptr;
    bool m_readOnly = false;
    ApiTokenTableModel* m_model;
    QLabel* m_heading;
    QLabel* m_description;
    QLabel* m_note;
    QTableView* m_table;
    QPushButton* m_create;
    QPushButton* m_disable;
    QPushButton* m_enable;
    QPushButton* m_delete;
    QPushButton* m_refresh;
    QLabel* m_status;
};
