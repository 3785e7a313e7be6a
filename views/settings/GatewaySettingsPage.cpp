#include "GatewaySettingsPage.h"

#include "GatewayFields.h"
#include "SettingsSession.h"
#include "gateway/GatewayFactory.h"
#include "store/Store.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

GatewaySettingsPage::GatewaySettingsPage(SettingsSession* session, QWidget* parent)
    : SectionPage(QLatin1String(GatewaySettings::kKey), session, parent)
    , m_first(nullptr)
    , m_keyNote(new QLabel)
    , m_checkConnection(new QPushButton)
    , m_testSend(new QPushButton)
    , m_checkResult(new QLabel)
{
    auto* box = new QWidget;
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_first = new GatewayFields(GatewayFields::Role::First, form, this);
    bindFields(m_first);

    // Check connection and Send test SMS work on the page's input, saved or not.
    auto* tools = new QWidget;
    auto* toolsLayout = new QHBoxLayout(tools);
    toolsLayout->setContentsMargins(0, 0, 0, 0);
    m_checkConnection->setObjectName(QStringLiteral("checkConnection"));
    m_testSend->setObjectName(QStringLiteral("testSend"));
    toolsLayout->addWidget(m_checkConnection);
    toolsLayout->addWidget(m_testSend);
    toolsLayout->addStretch();
    form->addRow(QString(), tools);
    m_checkResult->setObjectName(QStringLiteral("checkResult"));
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_checkResult);
    addToContent(box);

    m_keyNote->setObjectName(QStringLiteral("keyNote"));
    m_keyNote->setWordWrap(true);
    addToContent(m_keyNote);
    addToContent(new QWidget, 1);

    connect(m_checkConnection, &QPushButton::clicked, this, &GatewaySettingsPage::checkConnection);
    connect(m_testSend, &QPushButton::clicked, this, &GatewaySettingsPage::showTestSend);
    connect(m_first, &GatewayFields::rowsChanged, this, &GatewaySettingsPage::updateRows);
    connect(m_first, &GatewayFields::notice, m_checkResult, &QLabel::setText);
    finishConstruction();
    updateRows();
}

GatewaySettingsPage::~GatewaySettingsPage() = default;

void GatewaySettingsPage::bindFields(const GatewayFields* fields)
{
    for (const GatewayFields::Field& f : fields->fields()) {
        bindField(f.name, f.widget, f.message);
        watch(f.widget);
    }
}

void GatewaySettingsPage::showSettings(const Settings& settings)
{
    m_first->showGateway(settings.gateway);
    m_checkResult->clear();
    updateRows();
}

void GatewaySettingsPage::apply(Settings& settings) const
{
    m_first->applyTo(settings.gateway);
}

FieldErrors GatewaySettingsPage::inputErrors() const
{
    FieldErrors errors;
    if (storeKey())
        return errors;
    // Secrets are encrypted with the store key; without it the save would fail at the end.
    const QString locked =
        tr("the store key is locked: unlock it with the store's passphrase before changing a secret");
    for (const QString& field : m_first->typedSecretFields())
        errors.append({QStringLiteral("gateway.") + field, locked});
    return errors;
}

void GatewaySettingsPage::updateRows()
{
    m_checkConnection->setVisible(m_first->currentType() != GatewaySettings::Type::DevFile);
    onInputChanged();
}

void GatewaySettingsPage::updatePreview()
{
    m_keyNote->setVisible(m_first->showsSecretField() && !storeKey() && hasStore());
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

QString GatewaySettingsPage::description() const
{
    return tr("The SMS gateway that delivers the codes, and how the provider reaches it. Passwords and tokens are "
              "stored encrypted with the store key and are never shown again.");
}

void GatewaySettingsPage::retranslatePage()
{
    m_first->retranslate();
    m_checkConnection->setText(tr("Check &Connection"));
    m_checkConnection->setToolTip(tr("Connects to the gateway (with TLS and, for SMS Proxy, both certificates) "
                                     "without sending an SMS."));
    m_testSend->setText(tr("Send &Test SMS…"));
    m_testSend->setToolTip(tr("Sends a real SMS with this page's settings, saved or not."));
    m_keyNote->setText(tr("The store key is locked, so passwords and tokens cannot be changed now. Unlock it with "
                          "the store's passphrase first; the other fields can be saved meanwhile."));
}
