#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class SettingsHistoryModel;
class SettingsSession;

// The saved versions of one section, newest first: who saved each, when and what changed.
// Restoring a version saves it again as a new version, so the history only ever grows.
class HistoryDialog : public QDialog {
    Q_OBJECT

public:
    HistoryDialog(SettingsSession* session, const QString& section, QWidget* parent = nullptr);

    void reload();
    SettingsHistoryModel* model() const { return m_model; }
    // Restores the version in `row` after asking; returns whether it was saved.
    bool restoreRow(int row);
    // Why this login may not restore (its role), or empty when it may.
    void setReadOnlyReason(const QString& why);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showSelected();
    int selectedRow() const;

    SettingsSession* m_session;
    QString m_section;
    SettingsHistoryModel* m_model;
    QLabel* m_intro;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    QPushButton* m_restore;
    QPushButton* m_close;
    QString m_readOnlyReason;
};
