#include "GatewayFields.h"

#include "FieldMessage.h"
#include "GatewaySettingsPage.h"
#include "SectionPage.h"
#include "gateway/ClientCertificateStore.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

// The texts are translated in GatewaySettingsPage's context (GatewaySettingsPage::tr): these rows
// were that page's before they served the failover gateway too, and the translations are kept there.

namespace {
const QString kDots = QStringLiteral("••••••••");

// One "name<separator>value" a line: the Generic HTTP parameters and headers as people type them.
QList<GatewaySettings::NameValue> parseLines(const QString& text, QChar separator)
{
    QList<GatewaySettings::NameValue> list;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        const int at = line.indexOf(separator);
        if (at < 0)
            list.append({line.trimmed(), QString()});
        else
            list.append({line.left(at).trimmed(), line.mid(at + 1).trimmed()});
    }
    return list;
}

QString formatLines(const QList<GatewaySettings::NameValue>& list, const QString& separator)
{
    QStringList lines;
    for (const auto& nv : list)
        lines << nv.name + separator + nv.value;
    return lines.join(QLatin1Char('\n'));
}

// A label without its Alt+letter ("&&" stays a literal ampersand).
QString withoutMnemonic(const QString& text)
{
    QString result;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                result += QLatin1String("&&");
            else
                continue;
            ++i;
            continue;
        }
        result += text.at(i);
    }
    return result;
}
} // namespace

GatewayFields::GatewayFields(Role role, QFormLayout* form, QObject* parent)
    : QObject(parent)
    , m_role(role)
    , m_form(form)
    , m_typeLabel(new QLabel)
    , m_type(new QComboBox)
    , m_typeNote(new QLabel)
    , m_addressLabel(new QLabel)
    , m_address(new QLineEdit)
    , m_fileLabel(new QLabel)
    , m_filePath(new QLineEdit)
    , m_browse(new QPushButton)
    , m_fileRow(nullptr)
    , m_loginLabel(new QLabel)
    , m_login(new QLineEdit)
    , m_passwordLabel(new QLabel)
    , m_password(new QLineEdit)
    , m_tokenLabel(new QLabel)
    , m_token(new QLineEdit)
    , m_connectTimeoutLabel(new QLabel)
    , m_connectTimeout(new QSpinBox)
    , m_timeoutLabel(new QLabel)
    , m_timeout(new QSpinBox)
    , m_clientCertLabel(new QLabel)
    , m_clientCert(new QLineEdit)
    , m_chooseCert(new QPushButton)
    , m_clientCertRow(nullptr)
    , m_serverCertLabel(new QLabel)
    , m_serverCert(new QLineEdit)
    , m_certFolderLabel(new QLabel)
    , m_certFolder(new QLineEdit)
    , m_methodLabel(new QLabel)
    , m_method(new QComboBox)
    , m_bodyFormatLabel(new QLabel)
    , m_bodyFormat(new QComboBox)
    , m_authModeLabel(new QLabel)
    , m_authMode(new QComboBox)
    , m_parametersLabel(new QLabel)
    , m_parameters(new QPlainTextEdit)
    , m_headersLabel(new QLabel)
    , m_headers(new QPlainTextEdit)
    , m_successTextLabel(new QLabel)
    , m_successText(new QLineEdit)
    , m_successPatternLabel(new QLabel)
    , m_successPattern(new QLineEdit)
    , m_failureTextLabel(new QLabel)
    , m_failureText(new QLineEdit)
{
    for (int i = 0; i < GatewaySettings::typeNames().size(); ++i)
        m_type->addItem(QString(), i);
    addRow(m_typeLabel, m_type, QStringLiteral("type"));
    // The note goes under the type in the same cell: a wrapped label in a row of its own gets a
    // tall gap from QFormLayout.
    m_typeNote->setObjectName(fieldName(QStringLiteral("typeNote")));
    m_typeNote->setWordWrap(true);
    if (auto* cell = qobject_cast<QVBoxLayout*>(m_type->parentWidget()->layout()))
        cell->insertWidget(1, m_typeNote);

    addRow(m_addressLabel, m_address, QStringLiteral("address"));
    m_fileRow =
        addRowWithButton(m_fileLabel, m_filePath, m_browse, QStringLiteral("filePath"), QStringLiteral("browseFile"));
    connect(m_browse, &QPushButton::clicked, this, &GatewayFields::browseFile);

    addRow(m_loginLabel, m_login, QStringLiteral("login"));
    m_password->setEchoMode(QLineEdit::Password);
    m_token->setEchoMode(QLineEdit::Password);
    addRow(m_passwordLabel, m_password, QStringLiteral("password"));
    addRow(m_tokenLabel, m_token, QStringLiteral("token"));
    m_connectTimeout->setRange(GatewaySettings::kMinTimeout, GatewaySettings::kMaxTimeout);
    m_timeout->setRange(GatewaySettings::kMinTimeout, GatewaySettings::kMaxTimeout);
    addRow(m_connectTimeoutLabel, m_connectTimeout, QStringLiteral("connectTimeoutSeconds"));
    addRow(m_timeoutLabel, m_timeout, QStringLiteral("timeoutSeconds"));

    // SMS Proxy: the client certificate by thumbprint (with a chooser), the pinned server.
    m_clientCertRow = addRowWithButton(m_clientCertLabel, m_clientCert, m_chooseCert,
                                       QStringLiteral("clientCertThumbprint"), QStringLiteral("chooseClientCert"));
    connect(m_chooseCert, &QPushButton::clicked, this, &GatewayFields::chooseClientCertificate);
    addRow(m_serverCertLabel, m_serverCert, QStringLiteral("serverCertThumbprint"));
    addRow(m_certFolderLabel, m_certFolder, QStringLiteral("clientCertFolder"));

    // Generic HTTP
    for (const QString& name : GatewaySettings::methodNames())
        m_method->addItem(name);
    addRow(m_methodLabel, m_method, QStringLiteral("method"));
    m_bodyFormat->addItems({QString(), QString()});
    addRow(m_bodyFormatLabel, m_bodyFormat, QStringLiteral("bodyFormat"));
    m_authMode->addItems({QString(), QString(), QString()});
    addRow(m_authModeLabel, m_authMode, QStringLiteral("authMode"));
    m_parameters->setMaximumHeight(90);
    addRow(m_parametersLabel, m_parameters, QStringLiteral("parameters"));
    m_headers->setMaximumHeight(70);
    addRow(m_headersLabel, m_headers, QStringLiteral("headers"));
    addRow(m_successTextLabel, m_successText, QStringLiteral("successText"));
    addRow(m_successPatternLabel, m_successPattern, QStringLiteral("successPattern"));
    addRow(m_failureTextLabel, m_failureText, QStringLiteral("failureText"));

    connect(m_type, &QComboBox::currentIndexChanged, this, &GatewayFields::updateRows);
    connect(m_authMode, &QComboBox::currentIndexChanged, this, &GatewayFields::updateRows);
    connect(m_method, &QComboBox::currentIndexChanged, this, &GatewayFields::updateRows);
    retranslate();
    updateRows();
}

QString GatewayFields::fieldName(const QString& name) const
{
    return m_role == Role::Failover ? QStringLiteral("failover.") + name : name;
}

void GatewayFields::addRow(QLabel* label, QWidget* field, const QString& name)
{
    const QString fullName = fieldName(name);
    field->setObjectName(fullName);
    label->setBuddy(field);
    auto* message = new FieldMessage;
    message->setObjectName(fullName + QLatin1String("Message"));
    m_form->addRow(label, SectionPage::fieldCell(field, message));
    m_fields.append({fullName, field, message});
}

QWidget* GatewayFields::addRowWithButton(QLabel* label, QLineEdit* field, QPushButton* button, const QString& name,
                                         const QString& buttonName)
{
    const QString fullName = fieldName(name);
    field->setObjectName(fullName);
    button->setObjectName(fieldName(buttonName));
    auto* message = new FieldMessage;
    message->setObjectName(fullName + QLatin1String("Message"));
    auto* row = new QWidget;
    auto* line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(field, 1);
    line->addWidget(button);
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(line);
    layout->addWidget(message);
    label->setBuddy(field);
    m_form->addRow(label, row);
    m_fields.append({fullName, field, message});
    return row;
}

void GatewayFields::describe(QLabel* label, QWidget* field, const QString& text, const QString& toolTip) const
{
    if (m_role == Role::First) {
        SectionPage::describe(label, field, text, toolTip);
        return;
    }
    SectionPage::describe(label, field, withoutMnemonic(text), toolTip);
    // A screen reader names the field with its gateway: the labels are the first gateway's.
    field->setAccessibleName(GatewaySettingsPage::tr("Failover gateway: %1").arg(field->accessibleName()));
}

void GatewayFields::setActive(bool active)
{
    m_active = active;
    updateRows();
}

GatewaySettings::Type GatewayFields::currentType() const
{
    return GatewaySettings::Type(qMax(0, m_type->currentData().toInt()));
}

void GatewayFields::showGateway(const GatewaySettings& g)
{
    m_type->setCurrentIndex(m_type->findData(int(g.type)));
    m_address->setText(g.address);
    m_filePath->setText(g.filePath);
    m_login->setText(g.login);
    // A secret is never put into a widget: an empty field means "keep the stored one".
    m_password->clear();
    m_token->clear();
    m_passwordStored = !g.password.isEmpty();
    m_tokenStored = !g.token.isEmpty();
    m_connectTimeout->setValue(g.connectTimeoutSeconds);
    m_timeout->setValue(g.timeoutSeconds);
    m_clientCert->setText(g.clientCertThumbprint);
    m_serverCert->setText(g.serverCertThumbprint);
    m_certFolder->setText(g.clientCertFolder);
    m_method->setCurrentIndex(int(g.method));
    m_bodyFormat->setCurrentIndex(int(g.bodyFormat));
    m_authMode->setCurrentIndex(int(g.authMode));
    m_parameters->setPlainText(formatLines(g.parameters, QStringLiteral("=")));
    m_headers->setPlainText(formatLines(g.headers, QStringLiteral(": ")));
    m_successText->setText(g.successText);
    m_successPattern->setText(g.successPattern);
    m_failureText->setText(g.failureText);
    updateSecretPlaceholders();
    updateRows();
}

void GatewayFields::applyTo(GatewaySettings& g) const
{
    g.type = currentType();
    g.address = m_address->text().trimmed();
    g.filePath = m_filePath->text().trimmed();
    g.login = m_login->text().trimmed();
    // Only a newly typed secret replaces the stored one.
    if (!m_password->text().isEmpty())
        g.password = m_password->text();
    if (!m_token->text().isEmpty())
        g.token = m_token->text();
    g.connectTimeoutSeconds = m_connectTimeout->value();
    g.timeoutSeconds = m_timeout->value();
    g.clientCertThumbprint = m_clientCert->text().trimmed();
    g.serverCertThumbprint = m_serverCert->text().trimmed();
    g.clientCertFolder = m_certFolder->text().trimmed();
    g.method = GatewaySettings::Method(qMax(0, m_method->currentIndex()));
    g.bodyFormat = GatewaySettings::BodyFormat(qMax(0, m_bodyFormat->currentIndex()));
    g.authMode = GatewaySettings::AuthMode(qMax(0, m_authMode->currentIndex()));
    g.parameters = parseLines(m_parameters->toPlainText(), QLatin1Char('='));
    g.headers = parseLines(m_headers->toPlainText(), QLatin1Char(':'));
    g.successText = m_successText->text();
    g.successPattern = m_successPattern->text();
    g.failureText = m_failureText->text();
}

QStringList GatewayFields::typedSecretFields() const
{
    // Hidden rows do not count: their text is not what the user means to save for this type.
    QStringList typed;
    if (!m_password->text().isEmpty() && m_form->isRowVisible(m_password->parentWidget()))
        typed << fieldName(QStringLiteral("password"));
    if (!m_token->text().isEmpty() && m_form->isRowVisible(m_token->parentWidget()))
        typed << fieldName(QStringLiteral("token"));
    return typed;
}

bool GatewayFields::showsSecretField() const
{
    return m_form->isRowVisible(m_password->parentWidget()) || m_form->isRowVisible(m_token->parentWidget());
}

void GatewayFields::updateRows()
{
    GatewaySettings probe;
    probe.type = currentType();
    probe.authMode = GatewaySettings::AuthMode(qMax(0, m_authMode->currentIndex()));
    const bool devFile = probe.type == GatewaySettings::Type::DevFile;
    const bool proxy = probe.type == GatewaySettings::Type::SmsProxy;
    const bool generic = probe.type == GatewaySettings::Type::GenericHttp;
    const auto show = [this](QWidget* row, bool visible) {
        m_form->setRowVisible(row, m_active && visible);
    };
    show(m_type->parentWidget(), true);
    m_typeNote->setVisible(devFile);
    show(m_address->parentWidget(), !devFile);
    show(m_fileRow, devFile);
    // Each type shows what it needs: Generic HTTP's secrets follow its authentication, and SMS
    // Proxy's password is the passphrase of an encrypted certificate file.
    show(m_login->parentWidget(), probe.needsLoginPassword());
    show(m_password->parentWidget(), probe.needsLoginPassword() || proxy);
    show(m_token->parentWidget(), probe.needsToken());
    show(m_connectTimeout->parentWidget(), true);
    show(m_timeout->parentWidget(), true);
    show(m_clientCertRow, proxy);
    show(m_serverCert->parentWidget(), proxy);
    show(m_certFolder->parentWidget(), proxy);
    for (QWidget* w :
         {static_cast<QWidget*>(m_method), static_cast<QWidget*>(m_authMode), static_cast<QWidget*>(m_parameters),
          static_cast<QWidget*>(m_headers), static_cast<QWidget*>(m_successText),
          static_cast<QWidget*>(m_successPattern), static_cast<QWidget*>(m_failureText)})
        show(w->parentWidget(), generic);
    show(m_bodyFormat->parentWidget(), generic && m_method->currentIndex() == 1);
    updatePasswordLabel();
    Q_EMIT rowsChanged();
}

void GatewayFields::updateSecretPlaceholders()
{
    // Without the key nothing is known about the stored secret, so say how to change it.
    const QString unknown = GatewaySettingsPage::tr("Type a new value to replace the stored one");
    m_password->setPlaceholderText(m_passwordStored ? kDots : unknown);
    m_token->setPlaceholderText(m_tokenStored ? kDots : unknown);
}

void GatewayFields::updatePasswordLabel()
{
    if (currentType() == GatewaySettings::Type::SmsProxy)
        describe(m_passwordLabel, m_password, GatewaySettingsPage::tr("Certificate &passphrase:"),
                 GatewaySettingsPage::tr("Only when the client certificate's key or PKCS#12 file is encrypted. Stored "
                                         "encrypted; leave empty to keep the stored one."));
    else
        describe(m_passwordLabel, m_password, GatewaySettingsPage::tr("&Password:"),
                 GatewaySettingsPage::tr("The account's password. Stored encrypted; leave empty to keep the stored "
                                         "one."));
}

void GatewayFields::chooseClientCertificate()
{
    const QString folder =
        m_certFolder->text().trimmed().isEmpty() ? GatewaySettings::defaultClientCertFolder() : m_certFolder->text();
    const QList<ClientCertificateStore::Entry> entries = ClientCertificateStore(folder).list();
    QStringList items;
    for (const auto& e : entries) {
        if (e.hasKey)
            items << GatewaySettingsPage::tr("%1 — %2, valid until %3")
                         .arg(e.thumbprint, e.subject, QLocale().toString(e.expires.date(), QLocale::ShortFormat));
    }
    if (items.isEmpty()) {
        Q_EMIT notice(GatewaySettingsPage::tr("No certificate with its private key in %1. Put the client certificate "
                                              "there as PEM (with NAME.key beside it) or PKCS#12.")
                          .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        m_form->parentWidget(), GatewaySettingsPage::tr("Client Certificate"),
        GatewaySettingsPage::tr("Certificates in %1:").arg(QDir::toNativeSeparators(folder)), items, 0, false, &ok);
    if (ok && !chosen.isEmpty())
        m_clientCert->setText(chosen.section(QLatin1Char(' '), 0, 0));
}

void GatewayFields::browseFile()
{
    const QString path = QFileDialog::getSaveFileName(
        m_form->parentWidget(), GatewaySettingsPage::tr("Outbox File"), m_filePath->text(),
        GatewaySettingsPage::tr("JSON lines (*.jsonl);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_filePath->setText(path);
}

void GatewayFields::retranslate()
{
    for (int i = 0; i < m_type->count(); ++i) {
        const auto type = GatewaySettings::Type(m_type->itemData(i).toInt());
        m_type->setItemText(i, type == GatewaySettings::Type::DevFile
                                   ? GatewaySettingsPage::tr("Development file (for testing only)")
                                   : GatewaySettings::displayName(type));
    }
    if (m_role == Role::First)
        describe(m_typeLabel, m_type, GatewaySettingsPage::tr("Gateway &type:"),
                 GatewaySettingsPage::tr("The provider's protocol. SMS Proxy, OneGate, MFMSolutions and "
                                         "Megafon as in Indeed AM; SMSAPI and Generic HTTP beyond."));
    else
        describe(m_typeLabel, m_type, GatewaySettingsPage::tr("Failover type:"),
                 GatewaySettingsPage::tr("The failover gateway's protocol. Its fields work like the first "
                                         "gateway's."));
    m_typeNote->setText(GatewaySettingsPage::tr("Messages are appended to a file instead of being sent. Use it only to "
                                                "try the configuration: no SMS reaches a phone."));
    describe(m_addressLabel, m_address, GatewaySettingsPage::tr("Server &address:"),
             GatewaySettingsPage::tr("The gateway's base address, for example https://sms.example.com. Only https:// "
                                     "is accepted, except http:// to this computer for tests."));
    m_address->setPlaceholderText(QStringLiteral("https://sms.example.com"));
    describe(m_fileLabel, m_filePath, GatewaySettingsPage::tr("Outbox &file:"),
             GatewaySettingsPage::tr("Where the development gateway writes each message, one JSON object a line. "
                                     "Empty: a file beside the local store."));
    m_browse->setText(m_role == Role::First ? GatewaySettingsPage::tr("&Browse…")
                                            : withoutMnemonic(GatewaySettingsPage::tr("&Browse…")));
    m_browse->setToolTip(GatewaySettingsPage::tr("Choose the outbox file."));
    describe(m_loginLabel, m_login, GatewaySettingsPage::tr("&Login:"),
             GatewaySettingsPage::tr("The account name the gateway gave you."));
    updatePasswordLabel();
    describe(m_tokenLabel, m_token, GatewaySettingsPage::tr("OAuth2 to&ken:"),
             GatewaySettingsPage::tr("The bearer token from the gateway's customer portal. Stored encrypted; leave "
                                     "empty to keep the stored one."));
    describe(m_connectTimeoutLabel, m_connectTimeout, GatewaySettingsPage::tr("&Connection timeout:"),
             GatewaySettingsPage::tr("Seconds to wait for the connection to the gateway (%1–%2, default 5).")
                 .arg(GatewaySettings::kMinTimeout)
                 .arg(GatewaySettings::kMaxTimeout));
    describe(m_timeoutLabel, m_timeout, GatewaySettingsPage::tr("&Total timeout:"),
             GatewaySettingsPage::tr("Seconds to wait for the gateway's answer in all (%1–%2, default 15).")
                 .arg(GatewaySettings::kMinTimeout)
                 .arg(GatewaySettings::kMaxTimeout));
    m_connectTimeout->setSuffix(GatewaySettingsPage::tr(" s"));
    m_timeout->setSuffix(GatewaySettingsPage::tr(" s"));
    describe(m_clientCertLabel, m_clientCert, GatewaySettingsPage::tr("C&lient certificate thumbprint:"),
             GatewaySettingsPage::tr("The SHA-1 thumbprint of the certificate this console presents, 40 hexadecimal "
                                     "digits (spaces and case do not matter). Choose… lists the certificates in the "
                                     "certificate folder."));
    m_chooseCert->setText(m_role == Role::First ? GatewaySettingsPage::tr("C&hoose…")
                                                : withoutMnemonic(GatewaySettingsPage::tr("C&hoose…")));
    describe(m_serverCertLabel, m_serverCert, GatewaySettingsPage::tr("Ser&ver certificate thumbprint:"),
             GatewaySettingsPage::tr("The SHA-1 thumbprint of the SMS Proxy server's certificate. Only that "
                                     "certificate is accepted, whatever its issuer; any other ends the connection "
                                     "before anything is sent."));
    describe(m_certFolderLabel, m_certFolder, GatewaySettingsPage::tr("Certificate &folder:"),
             GatewaySettingsPage::tr("The folder of PEM and PKCS#12 files the client certificate is taken from. "
                                     "Empty: %1.")
                 .arg(QDir::toNativeSeparators(GatewaySettings::defaultClientCertFolder())));
    m_certFolder->setPlaceholderText(QDir::toNativeSeparators(GatewaySettings::defaultClientCertFolder()));
    describe(m_methodLabel, m_method, GatewaySettingsPage::tr("HTTP &method:"),
             GatewaySettingsPage::tr("GET puts the parameters in the address; POST sends them as the body."));
    describe(m_bodyFormatLabel, m_bodyFormat, GatewaySettingsPage::tr("&Body format:"),
             GatewaySettingsPage::tr("How POST sends the parameters."));
    m_bodyFormat->setItemText(0, GatewaySettingsPage::tr("Form (application/x-www-form-urlencoded)"));
    m_bodyFormat->setItemText(1, GatewaySettingsPage::tr("JSON object"));
    describe(m_authModeLabel, m_authMode, GatewaySettingsPage::tr("A&uthentication:"),
             GatewaySettingsPage::tr("None, HTTP Basic with the login and password, or a bearer token."));
    m_authMode->setItemText(0, GatewaySettingsPage::tr("None"));
    m_authMode->setItemText(1, GatewaySettingsPage::tr("Basic (login and password)"));
    m_authMode->setItemText(2, GatewaySettingsPage::tr("Bearer token"));
    describe(m_parametersLabel, m_parameters, GatewaySettingsPage::tr("Pa&rameters:"),
             GatewaySettingsPage::tr("One name=value a line. Values may hold {phone} (+E.164), {phoneDigits} (without "
                                     "+), {sender} and {message}; the address may hold them too."));
    m_parameters->setPlaceholderText(QStringLiteral("to={phone}\ntext={message}\nfrom={sender}"));
    describe(m_headersLabel, m_headers, GatewaySettingsPage::tr("&Headers:"),
             GatewaySettingsPage::tr("Extra request headers, one Name: value a line."));
    describe(m_successTextLabel, m_successText, GatewaySettingsPage::tr("Success te&xt:"),
             GatewaySettingsPage::tr("A 2xx answer counts as sent only when its body contains this text (empty: any "
                                     "2xx answer)."));
    describe(m_successPatternLabel, m_successPattern, GatewaySettingsPage::tr("Success &pattern:"),
             GatewaySettingsPage::tr("A regular expression the body must match; a group named id, (?<id>...), "
                                     "becomes the message id."));
    describe(m_failureTextLabel, m_failureText, GatewaySettingsPage::tr("Fail&ure text:"),
             GatewaySettingsPage::tr("An answer whose body contains this text counts as failed, whatever its status."));
    updateSecretPlaceholders();
}
