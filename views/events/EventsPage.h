#pragma once

#include "ConsolePage.h"

class EventTableModel;
class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

// The event log (issue 5): time, code, severity, account, client address, actor and message,
// newest first, read on demand; filtered by code, time range and account; exported to CSV.
class EventsPage : public ConsolePage {
    Q_OBJECT

public:
    explicit EventsPage(QWidget* parent = nullptr);
    ~EventsPage() override;

    QString title() const override;
    void setStore(Store* store) override;

    EventTableModel* model() const { return m_model; }
    // Writes every event the filter matches to `path` (UTF-8 CSV with a header line). Returns
    // false and says why when it cannot; a cancelled export removes the partial file.
    bool exportCsv(const QString& path);
    // Narrows the log to one account (the help desk's "show events").
    void showAccount(const QString& account);

public Q_SLOTS:
    // Reads the count and the rows again, keeping the selection and the scroll position.
    void refresh();

protected:
    void changeEvent(QEvent* event) override;
    void refreshFromStore() override;

private:
    void fitColumns();
    void applyFilter();
    void chooseExportFile();
    void retranslateUi();
    void updateCount();

    Store* m_store = nullptr;
    EventTableModel* m_model = nullptr;
    QLabel* m_heading = nullptr;
    QComboBox* m_code = nullptr;
    QCheckBox* m_useSince = nullptr;
    QDateTimeEdit* m_since = nullptr;
    QCheckBox* m_useUntil = nullptr;
    QDateTimeEdit* m_until = nullptr;
    QLineEdit* m_account = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_refresh = nullptr;
    QTableView* m_table = nullptr;
    QTimer* m_delay = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_findAction = nullptr;
};
