#include "GatewaySettingsPage.h"

#include "FieldMessage.h"
#include "SettingsSession.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QString kDots = QStringLiteral("••••••••");
}

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
    const bool devFile = probe.type == GatewaySettings::Type::DevFile;
    m_form->setRowVisible(m_address->parentWidget(), !devFile);
    m_form->setRowVisible(m_fileRow, devFile);
    m_form->setRowVisible(m_login->parentWidget(),
                          probe.needsLoginPassword() || probe.type == GatewaySettings::Type::GenericHttp);
    m_form->setRowVisible(m_password->parentWidget(),
                          probe.needsLoginPassword() || probe.type == GatewaySettings::Type::GenericHttp);
    m_form->setRowVisible(m_token->parentWidget(),
                          probe.needsToken() || probe.type == GatewaySettings::Type::GenericHttp);
    m_form->setRowVisible(m_typeNote, devFile);
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
    describe(m_passwordLabel, m_password, tr("&Password:"),
             tr("The account's password. Stored encrypted; leave empty to keep the stored one."));
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
    m_keyNote->setText(tr("The store key is locked, so passwords and tokens cannot be changed now. Unlock it with "
                          "the store's passphrase first; the other fields can be saved meanwhile."));
    updateSecretPlaceholders();
}
