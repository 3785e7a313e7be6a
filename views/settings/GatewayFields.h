#pragma once

#include "domain/GatewaySettings.h"

#include <QList>
#include <QObject>

class FieldMessage;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QWidget;

// The rows that edit one gateway (DESIGN §3.4): its type and the fields that type uses, each
// with its validation message under it. The Gateway page holds two: the gateway every message
// tries and its failover, so both are edited, shown per type and kept secret the same way.
// The rows go into the page's form so both gateways share one label column; the page binds
// each field's message and watches its edits (fields()), this class fills and reads them.
// Secrets are never put into a widget: an empty secret field means "keep the stored one".
class GatewayFields : public QObject {
    Q_OBJECT

public:
    enum class Role { First, Failover };

    struct Field {
        QString name; // within the section, as the domain's validation names it: "address", "failover.address"
        QWidget* widget = nullptr;
        FieldMessage* message = nullptr;
    };

    // Appends the rows to `form`. The failover's fields are named "failover.<field>" (also their
    // object names); its labels have no Alt+letter, so they do not compete with the first
    // gateway's, and its accessible names say which gateway they belong to.
    GatewayFields(Role role, QFormLayout* form, QObject* parent = nullptr);

    const QList<Field>& fields() const { return m_fields; }
    QComboBox* typeBox() const { return m_type; }

    // Whether the rows are shown at all (the failover's only while it is used).
    void setActive(bool active);
    bool isActive() const { return m_active; }

    GatewaySettings::Type currentType() const;
    // Fills the widgets from `gateway`. The secret fields are emptied; their placeholders say
    // whether a secret is stored (it is known only while the store key is unlocked).
    void showGateway(const GatewaySettings& gateway);
    // Writes the widgets into `gateway`; a stored secret is replaced only by a newly typed one.
    void applyTo(GatewaySettings& gateway) const;
    // The secret fields shown now that hold a typed value, by field name ("password", "failover.token").
    QStringList typedSecretFields() const;
    // Whether a password or token field is shown now.
    bool showsSecretField() const;
    void retranslate();

Q_SIGNALS:
    // Other rows are shown now (another type, authentication or method): the page revalidates.
    void rowsChanged();
    // Something to tell the user that belongs to no field (no certificate to choose from).
    void notice(const QString& text);

private:
    QString fieldName(const QString& name) const;
    void addRow(QLabel* label, QWidget* field, const QString& name);
    // A field with a button beside it (Browse…, Choose…), the message under both.
    QWidget* addRowWithButton(QLabel* label, QLineEdit* field, QPushButton* button, const QString& name,
                              const QString& buttonName);
    void describe(QLabel* label, QWidget* field, const QString& text, const QString& toolTip) const;
    void updateRows();
    void updatePasswordLabel();
    void updateSecretPlaceholders();
    void browseFile();
    void chooseClientCertificate();

    Role m_role;
    QFormLayout* m_form;
    QList<Field> m_fields;
    bool m_active = true;
    bool m_passwordStored = false;
    bool m_tokenStored = false;

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
};
