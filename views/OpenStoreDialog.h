#pragma once

#include "store/Store.h"
#include "store/StoreUrl.h"
#include "util/Result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

// Asks where the store is: a SQLite file or a PostgreSQL server. The dialog stays open until
// the opener says the store opened, so a typo can be fixed without filling everything again.
class OpenStoreDialog : public QDialog {
    Q_OBJECT

public:
    struct Request {
        StoreUrl url;
        QString password;
        Store::OpenMode mode = Store::OpenMode::OpenExisting;
        bool rememberPassword = false;
    };
    // Returns whether the store opened; it reports its own failure to the user.
    using Opener = std::function<bool(const Request&)>;

    explicit OpenStoreDialog(QWidget* parent = nullptr);
    ~OpenStoreDialog() override;

    // Fills the fields from `url`; for a server, looks for a remembered password.
    void setUrl(const StoreUrl& url);
    void setOpener(Opener opener) { m_opener = std::move(opener); }
    // The store the fields describe, or what is missing or wrong in them.
    Result<Request> request() const;

    void accept() override;

Q_SIGNALS:
    // Something about the keychain the user should know, but that does not stop opening.
    void keychainNote(const QString& note);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void browse();
    void kindChanged();
    void lookUpPassword();
    void showNote(const QString& text, bool problem);
    Result<StoreUrl> serverUrl() const;

    Opener m_opener;
    QFormLayout* m_kindForm = nullptr;
    QComboBox* m_kind = nullptr;
    QStackedWidget* m_pages = nullptr;

    QFormLayout* m_fileForm = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QCheckBox* m_createFile = nullptr;

    QFormLayout* m_serverForm = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_sslMode = nullptr;
    QCheckBox* m_remember = nullptr;
    QCheckBox* m_initialiseServer = nullptr;

    QLabel* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    // The identity the last keychain lookup was for, so a late answer for other fields is ignored.
    QString m_lookedUpIdentity;
};
