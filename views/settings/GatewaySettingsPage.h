#pragma once

#include "SectionPage.h"
#include "gateway/SmsGateway.h"

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
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
    void updatePasswordLabel();
    void chooseClientCertificate();
    void checkConnection();

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

    // SMS Proxy
    QLabel* m_clientCertLabel;
    QLineEdit* m_clientCert;
    QPushButton* m_chooseCert;
    QWidget* m_clientCertRow;
    QLabel* m_serverCertLabel;
    QLineEdit* m_serverCert;
    QLabel* m_certFolderLabel;
    QLineEdit* m_certFolder;
    // Generic HTTP
    QLabel* m_methodLabel;
    QComboBox* m_method;
    QLabel* m_bodyFormatLabel;
    QComboBox* m_bodyFormat;
    QLabel* m_authModeLabel;
    QComboBox* m_authMode;
    QLabel* m_parametersLabel;
    QPlainTextEdit* m_parameters;
    QLabel* m_headersLabel;
    QPlainTextEdit* m_headers;
    QLabel* m_successTextLabel;
    QLineEdit* m_successText;
    QLabel* m_successPatternLabel;
    QLineEdit* m_successPattern;
    QLabel* m_failureTextLabel;
    QLineEdit* m_failureText;
    // Check connection and test send
    QPushButton* m_checkConnection;
    QPushButton* m_testSend;
    QLabel* m_checkResult;
    std::unique_ptr<SmsGateway> m_checking;
};
