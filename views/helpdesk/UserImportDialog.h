#pragma once

#include "engine/UserCsvImport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;
class Store;
class StoreKey;

// CSV import of users: choose a file, see every row with its problem before anything is written,
// then import the good rows in one transaction with a progress bar and Cancel (which leaves the
// store as it was).
class UserImportDialog : public QDialog {
    Q_OBJECT

public:
    UserImportDialog(Store& store, const StoreKey* key, QString actor, QWidget* parent = nullptr);

    // Reads and checks `path` (also what Choose File does); false when it cannot be read.
    bool loadFile(const QString& path);
    const QList<UserCsvImport::Row>& rows() const { return m_rows; }
    int importableRows() const;
    QTableWidget* preview() const { return m_preview; }
    QString summary() const;

public Q_SLOTS:
    // Imports the rows without problems; the dialog closes when done.
    void startImport();

Q_SIGNALS:
    void imported(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void chooseFile();
    void fillPreview();
    void retranslateUi();

    Store& m_store;
    const StoreKey* m_key;
    QString m_actor;
    QString m_path;
    QList<UserCsvImport::Row> m_rows;
    QLabel* m_intro = nullptr;
    QPushButton* m_choose = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_import = nullptr;
};
