#include "GatewaySettingsPage.h"

#include "FieldMessage.h"
#include "SettingsSession.h"
#include "gateway/ClientCertificateStore.h"
#include "gateway/GatewayFactory.h"
#include "store/Store.h"

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
} // namespace

GatewaySettingsPage::GatewaySettingsPage(SettingsSession* session, QWidget* parent)
    : SectionPage(QLatin1String(GatewaySettings::kKey), session, parent)
    , m_form(nullptr)
    , m_typeLabel(new QLabel)
    , m_type(new QComboBox)
    , m_typeNote(new QLabel)
    , m_addressLabel(new QLabel)
    , m_address(new QLineEdit)
    , m_fileLabel(new QLabel)
    , m_filePath(new QLineEdit)
    , m_browse(new QPushButton)
    , m_fileRow(new QWidget)
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
    , m_keyNote(new QLabel)
{
    auto* box = new QWidget;
    m_form = new QFormLayout(box);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < GatewaySettings::typeNames().size(); ++i)
        m_type->addItem(QString(), i);
    addRow(m_form, m_typeLabel, m_type, QStringLiteral("type"));
    m_typeNote->setObjectName(QStringLiteral("typeNote"));
    m_typeNote->setWordWrap(true);
    m_form->addRow(QString(), m_typeNote);

    addRow(m_form, m_addressLabel, m_address, QStringLiteral("address"));

    // The file path with its Browse button, bound as one field.
    m_filePath->setObjectName(QStringLiteral("filePath"));
    m_browse->setObjectName(QStringLiteral("browseFile"));
    auto* fileLine = new QHBoxLayout;
    fileLine->setContentsMargins(0, 0, 0, 0);
    fileLine->addWidget(m_filePath, 1);
    fileLine->addWidget(m_browse);
    auto* fileLayout = new QVBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->setSpacing(2);
    fileLayout->addLayout(fileLine);
    fileLayout->addWidget(bindField(QStringLiteral("filePath"), m_filePath));
    m_fileLabel->setBuddy(m_filePath);
    m_form->addRow(m_fileLabel, m_fileRow);
    watch(m_filePath);
    connect(m_browse, &QPushButton::clicked, this, &GatewaySettingsPage::browseFile);

    addRow(m_form, m_loginLabel, m_login, QStringLiteral("login"));
    m_password->setEchoMode(QLineEdit::Password);
    m_token->setEchoMode(QLineEdit::Password);
    addRow(m_form, m_passwordLabel, m_password, QStringLiteral("password"));
    addRow(m_form, m_tokenLabel, m_token, QStringLiteral("token"));
    m_connectTimeout->setRange(GatewaySettings::kMinTimeout, GatewaySettings::kMaxTimeout);
    m_timeout->setRange(GatewaySettings::kMinTimeout, GatewaySettings::kMaxTimeout);
    addRow(m_form, m_connectTimeoutLabel, m_connectTimeout, QStringLiteral("connectTimeoutSeconds"));
    addRow(m_form, m_timeoutLabel, m_timeout, QStringLiteral("timeoutSeconds"));
    addToContent(box);

    // SMS Proxy: the client certificate by thumbprint (with a chooser), the pinned server.
    m_clientCertLabel = new QLabel;
    m_clientCert = new QLineEdit;
    m_clientCert->setObjectName(QStringLiteral("clientCertThumbprint"));
    m_chooseCert = new QPushButton;
    m_chooseCert->setObjectName(QStringLiteral("chooseClientCert"));
    m_clientCertRow = new QWidget;
    auto* certLine = new QHBoxLayout;
    certLine->setContentsMargins(0, 0, 0, 0);
    certLine->addWidget(m_clientCert, 1);
    certLine->addWidget(m_chooseCert);
    auto* certLayout = new QVBoxLayout(m_clientCertRow);
    certLayout->setContentsMargins(0, 0, 0, 0);
    certLayout->setSpacing(2);
    certLayout->addLayout(certLine);
    certLayout->addWidget(bindField(QStringLiteral("clientCertThumbprint"), m_clientCert));
    m_clientCertLabel->setBuddy(m_clientCert);
    m_form->addRow(m_clientCertLabel, m_clientCertRow);
    watch(m_clientCert);
    connect(m_chooseCert, &QPushButton::clicked, this, &GatewaySettingsPage::chooseClientCertificate);
    m_serverCertLabel = new QLabel;
    m_serverCert = new QLineEdit;
    addRow(m_form, m_serverCertLabel, m_serverCert, QStringLiteral("serverCertThumbprint"));
    m_certFolderLabel = new QLabel;
    m_certFolder = new QLineEdit;
    addRow(m_form, m_certFolderLabel, m_certFolder, QStringLiteral("clientCertFolder"));

    // Generic HTTP
    m_methodLabel = new QLabel;
    m_method = new QComboBox;
    for (const QString& name : GatewaySettings::methodNames())
        m_method->addItem(name);
    addRow(m_form, m_methodLabel, m_method, QStringLiteral("method"));
    m_bodyFormatLabel = new QLabel;
    m_bodyFormat = new QComboBox;
    m_bodyFormat->addItems({QString(), QString()});
    addRow(m_form, m_bodyFormatLabel, m_bodyFormat, QStringLiteral("bodyFormat"));
    m_authModeLabel = new QLabel;
    m_authMode = new QComboBox;
    m_authMode->addItems({QString(), QString(), QString()});
    addRow(m_form, m_authModeLabel, m_authMode, QStringLiteral("authMode"));
    m_parametersLabel = new QLabel;
    m_parameters = new QPlainTextEdit;
    m_parameters->setMaximumHeight(90);
    addRow(m_form, m_parametersLabel, m_parameters, QStringLiteral("parameters"));
    m_headersLabel = new QLabel;
    m_headers = new QPlainTextEdit;
    m_headers->setMaximumHeight(70);
    addRow(m_form, m_headersLabel, m_headers, QStringLiteral("headers"));
    m_successTextLabel = new QLabel;
    m_successText = new QLineEdit;
    addRow(m_form, m_successTextLabel, m_successText, QStringLiteral("successText"));
    m_successPatternLabel = new QLabel;
    m_successPattern = new QLineEdit;
    addRow(m_form, m_successPatternLabel, m_successPattern, QStringLiteral("successPattern"));
    m_failureTextLabel = new QLabel;
    m_failureText = new QLineEdit;
    addRow(m_form, m_failureTextLabel, m_failureText, QStringLiteral("failureText"));
    connect(m_authMode, &QComboBox::currentIndexChanged, this, &GatewaySettingsPage::updateTypeRows);
    connect(m_method, &QComboBox::currentIndexChanged, this, &GatewaySettingsPage::updateTypeRows);

    // Check connection and Send test SMS work on the page's input, saved or not.
    auto* tools = new QWidget;
    auto* toolsLayout = new QHBoxLayout(tools);
    toolsLayout->setContentsMargins(0, 0, 0, 0);
    m_checkConnection = new QPushButton;
    m_checkConnection->setObjectName(QStringLiteral("checkConnection"));
    m_testSend = new QPushButton;
    m_testSend->setObjectName(QStringLiteral("testSend"));
    toolsLayout->addWidget(m_checkConnection);
    toolsLayout->addWidget(m_testSend);
    toolsLayout->addStretch();
    m_form->addRow(QString(), tools);
    m_checkResult = new QLabel;
    m_checkResult->setObjectName(QStringLiteral("checkResult"));
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(QString(), m_checkResult);
    connect(m_checkConnection, &QPushButton::clicked, this, &GatewaySettingsPage::checkConnection);
    connect(m_testSend, &QPushButton::clicked, this, &GatewaySettingsPage::showTestSend);

    m_keyNote->setObjectName(QStringLiteral("keyNote"));
    m_keyNote->setWordWrap(true);
    addToContent(m_keyNote);
    addToContent(new QWidget, 1);

    connect(m_type, &QComboBox::currentIndexChanged, this, &GatewaySettingsPage::updateTypeRows);
    finishConstruction();
    updateTypeRows();
}

GatewaySettings::Type GatewaySettingsPage::currentType() const
{
    return GatewaySettings::Type(qMax(0, m_type->currentData().toInt()));
}

void GatewaySettingsPage::showSettings(const Settings& settings)
{
    const GatewaySettings& g = settings.gateway;
    m_type->setCurrentIndex(m_type->findData(int(g.type)));
    m_address->setText(g.address);
    m_filePath->setText(g.filePath);
    m_login->setText(g.login);
    // A secret is never put into a widget: an empty field means "keep the stored one".
    m_password->clear();
    m_token->clear();
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
    m_checkResult->clear();
    updateSecretPlaceholders();
    updateTypeRows();
}

void GatewaySettingsPage::apply(Settings& settings) const
{
    GatewaySettings& g = settings.gateway;
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

FieldErrors GatewaySettingsPage::inputErrors() const
{
    FieldErrors errors;
    if (storeKey())
        return errors;
    // Secrets are encrypted with the store key; without it the save would fail at the end.
    const QString locked =
        tr("the store key is locked: unlock it with the store's passphrase before changing a secret");
    if (!m_password->text().isEmpty() && m_password->isVisibleTo(this))
        errors.append({QStringLiteral("gateway.password"), locked});
    if (!m_token->text().isEmpty() && m_token->isVisibleTo(this))
        errors.append({QStringLiteral("gateway.token"), locked});
    return errors;
}

void GatewaySettingsPage::updateTypeRows()
{
    GatewaySettings probe;
    probe.type = currentType();
    probe.authMode = GatewaySettings::AuthMode(qMax(0, m_authMode->currentIndex()));
    const bool devFile = probe.type == GatewaySettings::Type::DevFile;
    const bool proxy = probe.type == GatewaySettings::Type::SmsProxy;
    const bool generic = probe.type == GatewaySettings::Type::GenericHttp;
    m_form->setRowVisible(m_address->parentWidget(), !devFile);
    m_form->setRowVisible(m_fileRow, devFile);
    // Each type shows what it needs: Generic HTTP's secrets follow its authentication, and SMS
    // Proxy's password is the passphrase of an encrypted certificate file.
    m_form->setRowVisible(m_login->parentWidget(), probe.needsLoginPassword());
    m_form->setRowVisible(m_password->parentWidget(), probe.needsLoginPassword() || proxy);
    m_form->setRowVisible(m_token->parentWidget(), probe.needsToken());
    m_form->setRowVisible(m_clientCertRow, proxy);
    m_form->setRowVisible(m_serverCert->parentWidget(), proxy);
    m_form->setRowVisible(m_certFolder->parentWidget(), proxy);
    for (QWidget* w :
         {static_cast<QWidget*>(m_method), static_cast<QWidget*>(m_authMode), static_cast<QWidget*>(m_parameters),
          static_cast<QWidget*>(m_headers), static_cast<QWidget*>(m_successText),
          static_cast<QWidget*>(m_successPattern), static_cast<QWidget*>(m_failureText)})
        m_form->setRowVisible(w->parentWidget(), generic);
    m_form->setRowVisible(m_bodyFormat->parentWidget(), generic && m_method->currentIndex() == 1);
    m_form->setRowVisible(m_typeNote, devFile);
    m_checkConnection->setVisible(!devFile);
    updatePasswordLabel();
    onInputChanged();
}

void GatewaySettingsPage::updatePreview()
{
    const bool secretShown = m_password->isVisibleTo(this) || m_token->isVisibleTo(this);
    m_keyNote->setVisible(secretShown && !storeKey() && hasStore());
}

void GatewaySettingsPage::updateSecretPlaceholders()
{
    const GatewaySettings& g = loadedSettings().gateway;
    // Without the key nothing is known about the stored secret, so say how to change it.
    const QString unknown = tr("Type a new value to replace the stored one");
    m_password->setPlaceholderText(!g.password.isEmpty() ? kDots : unknown);
    m_token->setPlaceholderText(!g.token.isEmpty() ? kDots : unknown);
}

void GatewaySettingsPage::updatePasswordLabel()
{
    if (currentType() == GatewaySettings::Type::SmsProxy)
        describe(m_passwordLabel, m_password, tr("Certificate &passphrase:"),
                 tr("Only when the client certificate's key or PKCS#12 file is encrypted. Stored encrypted; leave "
                    "empty to keep the stored one."));
    else
        describe(m_passwordLabel, m_password, tr("&Password:"),
                 tr("The account's password. Stored encrypted; leave empty to keep the stored one."));
}

void GatewaySettingsPage::chooseClientCertificate()
{
    const QString folder =
        m_certFolder->text().trimmed().isEmpty() ? GatewaySettings::defaultClientCertFolder() : m_certFolder->text();
    const QList<ClientCertificateStore::Entry> entries = ClientCertificateStore(folder).list();
    QStringList items;
    for (const auto& e : entries) {
        if (e.hasKey)
            items << tr("%1 — %2, valid until %3")
                         .arg(e.thumbprint, e.subject, QLocale().toString(e.expires.date(), QLocale::ShortFormat));
    }
    if (items.isEmpty()) {
        m_checkResult->setText(tr("No certificate with its private key in %1. Put the client certificate there as "
                                  "PEM (with NAME.key beside it) or PKCS#12.")
                                   .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Client Certificate"),
                              tr("Certificates in %1:").arg(QDir::toNativeSeparators(folder)), items, 0, false, &ok);
    if (ok && !chosen.isEmpty())
        m_clientCert->setText(chosen.section(QLatin1Char(' '), 0, 0));
}

void GatewaySettingsPage::checkConnection()
{
    if (m_checking || !store())
        return;
    Settings edited = editedSettings();
    auto created = GatewayFactory::createSingle(edited.gateway, store()->url());
    if (!created) {
        m_checkResult->setText(created.error());
        return;
    }
    // The saved secrets complete a page that shows them as dots; a typed one wins.
    auto withSecrets = GatewayFactory::create(edited.gateway, *store(), storeKey());
    if (withSecrets)
        created = std::move(withSecrets);
    m_checking = created.take();
    if (!m_checking->supportsConnectionCheck()) {
        m_checkResult->setText(tr("This gateway has no connection check."));
        m_checking.reset();
        return;
    }
    m_checkConnection->setEnabled(false);
    m_checkResult->setText(tr("Checking…"));
    m_checking->checkConnection([this](const SendResult& r) {
        m_checkResult->setText(r.success ? r.message
                                         : tr("Failed: %1").arg(r.message.isEmpty() ? r.summary() : r.message));
        m_checkConnection->setEnabled(true);
        if (m_checking)
            m_checking.release()->deleteLater();
    });
}

void GatewaySettingsPage::browseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Outbox File"), m_filePath->text(),
                                                      tr("JSON lines (*.jsonl);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_filePath->setText(path);
}

QString GatewaySettingsPage::description() const
{
    return tr("The SMS gateway that delivers the codes, and how the provider reaches it. Passwords and tokens are "
              "stored encrypted with the store key and are never shown again.");
}

void GatewaySettingsPage::retranslatePage()
{
    for (int i = 0; i < m_type->count(); ++i) {
        const auto type = GatewaySettings::Type(m_type->itemData(i).toInt());
        m_type->setItemText(i, type == GatewaySettings::Type::DevFile ? tr("Development file (for testing only)")
                                                                      : GatewaySettings::displayName(type));
    }
    describe(m_typeLabel, m_type, tr("Gateway &type:"),
             tr("The provider's protocol. SMS Proxy, OneGate, MFMSolutions and "
                "Megafon as in Indeed AM; SMSAPI and Generic HTTP beyond."));
    m_typeNote->setText(tr("Messages are appended to a file instead of being sent. Use it only to try the "
                           "configuration: no SMS reaches a phone."));
    describe(m_addressLabel, m_address, tr("Server &address:"),
             tr("The gateway's base address, for example https://sms.example.com. Only https:// is accepted, except "
                "http:// to this computer for tests."));
    m_address->setPlaceholderText(QStringLiteral("https://sms.example.com"));
    describe(m_fileLabel, m_filePath, tr("Outbox &file:"),
             tr("Where the development gateway writes each message, one JSON object a line. Empty: a file beside "
                "the local store."));
    m_browse->setText(tr("&Browse…"));
    m_browse->setToolTip(tr("Choose the outbox file."));
    describe(m_loginLabel, m_login, tr("&Login:"), tr("The account name the gateway gave you."));
    updatePasswordLabel();
    describe(m_tokenLabel, m_token, tr("OAuth2 to&ken:"),
             tr("The bearer token from the gateway's customer portal. Stored encrypted; leave empty to keep the "
                "stored one."));
    describe(m_connectTimeoutLabel, m_connectTimeout, tr("&Connection timeout:"),
             tr("Seconds to wait for the connection to the gateway (%1–%2, default 5).")
                 .arg(GatewaySettings::kMinTimeout)
                 .arg(GatewaySettings::kMaxTimeout));
    describe(m_timeoutLabel, m_timeout, tr("&Total timeout:"),
             tr("Seconds to wait for the gateway's answer in all (%1–%2, default 15).")
                 .arg(GatewaySettings::kMinTimeout)
                 .arg(GatewaySettings::kMaxTimeout));
    m_connectTimeout->setSuffix(tr(" s"));
    m_timeout->setSuffix(tr(" s"));
    describe(m_clientCertLabel, m_clientCert, tr("C&lient certificate thumbprint:"),
             tr("The SHA-1 thumbprint of the certificate this console presents, 40 hexadecimal digits (spaces and "
                "case do not matter). Choose… lists the certificates in the certificate folder."));
    m_chooseCert->setText(tr("C&hoose…"));
    describe(m_serverCertLabel, m_serverCert, tr("Ser&ver certificate thumbprint:"),
             tr("The SHA-1 thumbprint of the SMS Proxy server's certificate. Only that certificate is accepted, "
                "whatever its issuer; any other ends the connection before anything is sent."));
    describe(m_certFolderLabel, m_certFolder, tr("Certificate &folder:"),
             tr("The folder of PEM and PKCS#12 files the client certificate is taken from. Empty: %1.")
                 .arg(QDir::toNativeSeparators(GatewaySettings::defaultClientCertFolder())));
    m_certFolder->setPlaceholderText(QDir::toNativeSeparators(GatewaySettings::defaultClientCertFolder()));
    describe(m_methodLabel, m_method, tr("HTTP &method:"),
             tr("GET puts the parameters in the address; POST sends them as the body."));
    describe(m_bodyFormatLabel, m_bodyFormat, tr("&Body format:"), tr("How POST sends the parameters."));
    m_bodyFormat->setItemText(0, tr("Form (application/x-www-form-urlencoded)"));
    m_bodyFormat->setItemText(1, tr("JSON object"));
    describe(m_authModeLabel, m_authMode, tr("A&uthentication:"),
             tr("None, HTTP Basic with the login and password, or a bearer token."));
    m_authMode->setItemText(0, tr("None"));
    m_authMode->setItemText(1, tr("Basic (login and password)"));
    m_authMode->setItemText(2, tr("Bearer token"));
    describe(m_parametersLabel, m_parameters, tr("Pa&rameters:"),
             tr("One name=value a line. Values may hold {phone} (+E.164), {phoneDigits} (without +), {sender} and "
                "{message}; the address may hold them too."));
    m_parameters->setPlaceholderText(QStringLiteral("to={phone}\ntext={message}\nfrom={sender}"));
    describe(m_headersLabel, m_headers, tr("&Headers:"), tr("Extra request headers, one Name: value a line."));
    describe(m_successTextLabel, m_successText, tr("Success te&xt:"),
             tr("A 2xx answer counts as sent only when its body contains this text (empty: any 2xx answer)."));
    describe(m_successPatternLabel, m_successPattern, tr("Success &pattern:"),
             tr("A regular expression the body must match; a group named id, (?<id>...), becomes the message id."));
    describe(m_failureTextLabel, m_failureText, tr("Fail&ure text:"),
             tr("An answer whose body contains this text counts as failed, whatever its status."));
    m_checkConnection->setText(tr("Check &Connection"));
    m_checkConnection->setToolTip(tr("Connects to the gateway (with TLS and, for SMS Proxy, both certificates) "
                                     "without sending an SMS."));
    m_testSend->setText(tr("Send &Test SMS…"));
    m_testSend->setToolTip(tr("Sends a real SMS with this page's settings, saved or not."));
    m_keyNote->setText(tr("The store key is locked, so passwords and tokens cannot be changed now. Unlock it with "
                          "the store's passphrase first; the other fields can be saved meanwhile."));
    updateSecretPlaceholders();
}
