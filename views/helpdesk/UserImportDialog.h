#pragma once

#include "domain/Settings.h"
#include "engine/UserCsvImport.h"

#include <QDialog>

class DirectoryClient;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class Store;
class StoreKey;

// CSV import of users: choose a file, see every row with its problem before anything is written,
// then import the good rows in one transaction with a progress bar and Cancel (which leaves the
// store as it was). In directory mode the rows come from the directory (a filter instead of a
// file), and users already registered may be updated instead of skipped.
class UserImportDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Csv, Directory };
    UserImportDialog(Store& store, const StoreKey* key, QString actor, QWidget* parent = nullptr,
                     Mode mode = Mode::Csv);

    // Directory mode: reads the users matching the filter box (empty: directory.importFilter)
    // with `settings` and checks them; false when the directory cannot be read.
    bool loadDirectory();
    void setDirectorySettings(const Settings& settings);
    // Tests: read through this client instead of one made from the settings.
    void setDirectoryClient(DirectoryClient* client) { m_client = client; }
    QLineEdit* filterEdit() const { return m_filter; }
    QCheckBox* updateExistingBox() const { return m_updateExisting; }

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
    UserCsvImport makeImport() const;

    Mode m_mode;
    Settings m_settings;
    DirectoryClient* m_client = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_updateExisting = nullptr;
    bool m_directoryRead = false;
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
