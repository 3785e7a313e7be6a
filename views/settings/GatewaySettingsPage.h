#pragma once

#include "SectionPage.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// DESIGN §3.4: which gateway sends the messages and how to reach it. Only the fields the
// chosen type uses are shown. Secrets (password, token) are never displayed: a stored one
// shows as dots and stays as it is unless a new value is typed.
class GatewaySettingsPage : public SectionPage {
    Q_OBJECT

public:
    explicit GatewaySettingsPage(SettingsSession* session, QWidget* parent = nullptr);

    void apply(Settings& settings) const override;

protected:
    void showSettings(const Settings& settings) override;
    FieldErrors inputErrors() const override;
    void updatePreview() override;
    void retranslatePage() override;
    QString description() const override;

private:
    GatewaySettings::Type currentType() const;
    void updateTypeRows();
    void browseFile();
    void updateSecretPlaceholders();

    QFormLayout* m_form;
    QLabel* m_typeLabel;
    QComboBox* m_type;
    QLabel* m_typeNote;
    QLabel* m_addressLabel;
    QLineEdit* m_address;
    QLabel* m_fileLabel;
    QLineEdit* m_filePath;
    QPushButton* m_browse;
    QWidget* m_fileRow;
    QLabel* m_loginLabel;
    QLineEdit* m_login;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_tokenLabel;
    QLineEdit* m_token;
    QLabel* m_connectTimeoutLabel;
    QSpinBox* m_connectTimeout;
    QLabel* m_timeoutLabel;
    QSpinBox* m_timeout;
    QLabel* m_keyNote;
};
