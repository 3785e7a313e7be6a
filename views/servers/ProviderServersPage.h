#pragma once

#include "ConsolePage.h"

class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class ServerTableModel;

// "Provider servers" (issue 13): every smsotp-server sharing the store, from its heartbeat row.
// Refreshed every few seconds while the page is shown, keeping the selection; a server without
// a heartbeat for more than a minute is marked silent in words and colour, a stopped one as stopped.
class ProviderServersPage : public ConsolePage {
    Q_OBJECT

public:
    static constexpr int kRefreshMilliseconds = 3000;

    explicit ProviderServersPage(QWidget* parent = nullptr);

    QString title() const override;
    void setStore(Store* store) override;

    ServerTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTimer* timer() const { return m_timer; }

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    qint64 selectedId() const;
    void updateSummary();
    void retranslateUi();

    Store* m_store = nullptr;
    ServerTableModel* m_model;
    QLabel* m_heading;
    QLabel* m_description;
    QLabel* m_summary;
    QTableView* m_table;
    QPushButton* m_refresh;
    QTimer* m_timer;
    QString m_error;
};
