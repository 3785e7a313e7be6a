#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Registers a new SMS authenticator from the help desk: login, name, phone and comment. The
// dialog stays open and says what is wrong until the registration succeeds or is cancelled.
class RegisterAuthenticatorDialog : public QDialog {
    Q_OBJECT

public:
    struct Entry {
        QString login;
        QString displayName;
        QString phone;
        QString comment;
    };
    // Registers `entry`; returns an empty string on success, else why it was refused.
    using Registrar = std::function<QString(const Entry& entry)>;

    explicit RegisterAuthenticatorDialog(QWidget* parent = nullptr);

    void setRegistrar(Registrar registrar) { m_registrar = std::move(registrar); }
    Entry entry() const;
    QString error() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Registrar m_registrar;
    QLabel* m_loginLabel = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_phoneLabel = nullptr;
    QLabel* m_commentLabel = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_comment = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
