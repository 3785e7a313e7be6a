#pragma once

#include "domain/Settings.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;
class SettingsChangeModel;
class SettingsSession;

// What an imported settings file would change, field by field, before anything is written.
// Apply saves the changed sections in one transaction (event 3002); Cancel writes nothing.
class ImportPreviewDialog : public QDialog {
    Q_OBJECT

public:
    ImportPreviewDialog(SettingsSession* session, const Settings& stored, const Settings& imported,
                        const QString& fileName, QWidget* parent = nullptr);

    SettingsChangeModel* model() const { return m_model; }
    // Saves the changes; returns whether they were saved (the dialog then closes).
    bool apply();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    SettingsSession* m_session;
    Settings m_imported;
    QString m_fileName;
    SettingsChangeModel* m_model;
    QLabel* m_intro;
    QTableView* m_table;
    QPushButton* m_apply;
    QPushButton* m_cancel;
};
