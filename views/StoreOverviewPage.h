#pragma once

#include "ConsolePage.h"

class QFormLayout;
class QLabel;
class QPushButton;

// What the navigation's groups (Configuration, Authenticators, Storage SMS OTP) show: which
// store is open and what it is, so an administrator can tell at a glance where changes go.
class StoreOverviewPage : public ConsolePage {
    Q_OBJECT

public:
    explicit StoreOverviewPage(QWidget* parent = nullptr);

    QString title() const override;
    void setStore(Store* store) override;

Q_SIGNALS:
    void openStoreRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Store* m_store = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_description = nullptr;
    QFormLayout* m_facts = nullptr;
    QLabel* m_location = nullptr;
    QLabel* m_dialect = nullptr;
    QLabel* m_identity = nullptr;
    QLabel* m_schema = nullptr;
    QPushButton* m_open = nullptr;
};
