#include "GatewaySettingsPage.h"

#include "FieldMessage.h"
#include "GatewayFields.h"
#include "SettingsSession.h"
#include "gateway/FailoverGateway.h"
#include "gateway/GatewayFactory.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

GatewaySettingsPage::GatewaySettingsPage(SettingsSession* session, QWidget* parent)
    : SectionPage(QLatin1String(GatewaySettings::kKey), session, parent)
    , m_first(nullptr)
    , m_useFailover(new QCheckBox)
    , m_failoverNote(new QLabel)
    , m_failover(nullptr)
    , m_keyNote(new QLabel)
    , m_checkConnection(new QPushButton)
    , m_testSend(new QPushButton)
    , m_checkResult(new QLabel)
{
    // Both gateways' rows share one form, so their labels line up in one column.
    auto* box = new QWidget;
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_first = new GatewayFields(GatewayFields::Role::First, form, this);
    bindFields(m_first);

    auto* rule = new QFrame;
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    form->addRow(rule);
    // The check box with its note and message in one spanning cell: a wrapped note in a row of
    // its own gets a tall gap from QFormLayout. The note lines up with the check box's text.
    m_useFailover->setObjectName(QStringLiteral("failover"));
    m_failoverNote->setObjectName(QStringLiteral("failoverNote"));
    m_failoverNote->setWordWrap(true);
    auto* failoverCell = new QWidget;
    auto* failoverLayout = new QVBoxLayout(failoverCell);
    failoverLayout->setContentsMargins(0, 0, 0, 0);
    failoverLayout->setSpacing(2);
    failoverLayout->addWidget(m_useFailover);
    const int indent =
        style()->pixelMetric(QStyle::PM_IndicatorWidth) + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    m_failoverNote->setContentsMargins(indent, 0, 0, 0);
    failoverLayout->addWidget(m_failoverNote);
    failoverLayout->addWidget(bindField(QStringLiteral("failover"), m_useFailover));
    form->addRow(failoverCell);
    watch(m_useFailover);
    m_failover = new GatewayFields(GatewayFields::Role::Failover, form, this);
    bindFields(m_failover);

    // Check connection and Send test SMS work on the page's input, saved or not. They belong to
    // the whole page (both gateways), so they sit with its own actions, not under the failover.
    m_checkConnection->setObjectName(QStringLiteral("checkConnection"));
    m_testSend->setObjectName(QStringLiteral("testSend"));
    addPageAction(m_checkConnection);
    addPageAction(m_testSend);
    m_checkResult->setObjectName(QStringLiteral("checkResult"));
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_checkResult);
    addToContent(box);

    m_keyNote->setObjectName(QStringLiteral("keyNote"));
    m_keyNote->setWordWrap(true);
    addToContent(m_keyNote);
    addToContent(new QWidget, 1);

    // The failover's rows follow the check box in the tab order, then the page's buttons.
    QWidget::setTabOrder(m_useFailover, m_failover->typeBox());

    connect(m_checkConnection, &QPushButton::clicked, this, &GatewaySettingsPage::checkConnection);
    connect(m_testSend, &QPushButton::clicked, this, &GatewaySettingsPage::showTestSend);
    for (GatewayFields* fields : {m_first, m_failover}) {
        connect(fields, &GatewayFields::rowsChanged, this, &GatewaySettingsPage::updateRows);
        connect(fields, &GatewayFields::notice, m_checkResult, &QLabel::setText);
    }
    connect(m_useFailover, &QCheckBox::toggled, m_failover, &GatewayFields::setActive);
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
    const GatewaySettings& g = settings.gateway;
    m_first->showGateway(g);
    // Without a failover the rows start at the first type of the list, not at the development
    // file: turned on by mistake and saved, that would write messages to a file instead of sending.
    GatewaySettings fresh;
    fresh.type = GatewaySettings::Type(0);
    m_failover->showGateway(g.failover ? *g.failover : fresh);
    m_useFailover->setChecked(g.failover != nullptr);
    m_failover->setActive(g.failover != nullptr);
    m_checkResult->clear();
    updateRows();
}

void GatewaySettingsPage::apply(Settings& settings) const
{
    GatewaySettings& g = settings.gateway;
    m_first->applyTo(g);
    if (!m_useFailover->isChecked()) {
        g.failover.reset();
        return;
    }
    // On top of the loaded failover, so its stored secrets stay unless new ones are typed.
    GatewaySettings second = g.failover ? *g.failover : GatewaySettings();
    m_failover->applyTo(second);
    g.failover = std::make_shared<const GatewaySettings>(std::move(second));
}

FieldErrors GatewaySettingsPage::inputErrors() const
{
    FieldErrors errors;
    if (storeKey())
        return errors;
    // Secrets are encrypted with the store key; without it the save would fail at the end.
    const QString locked =
        tr("the store key is locked: unlock it with the store's passphrase before changing a secret");
    for (const QString& field : m_first->typedSecretFields() + m_failover->typedSecretFields())
        errors.append({QStringLiteral("gateway.") + field, locked});
    return errors;
}

void GatewaySettingsPage::updateRows()
{
    const bool failover = m_failover->isActive();
    m_failoverNote->setVisible(failover);
    m_checkConnection->setVisible(m_first->currentType() != GatewaySettings::Type::DevFile ||
                                  (failover && m_failover->currentType() != GatewaySettings::Type::DevFile));
    onInputChanged();
}

void GatewaySettingsPage::updatePreview()
{
    const bool secretShown = m_first->showsSecretField() || m_failover->showsSecretField();
    m_keyNote->setVisible(secretShown && !storeKey() && hasStore());
}

void GatewaySettingsPage::checkConnection()
{
    if (m_checking || !store())
        return;
    Settings edited = editedSettings();
    auto created = GatewayFactory::create(edited.gateway, store()->url());
    if (!created) {
        m_checkResult->setText(created.error());
        return;
    }
    // The saved secrets complete a page that shows them as dots; a typed one wins.
    auto withSecrets = GatewayFactory::create(edited.gateway, *store(), storeKey());
    if (withSecrets)
        created = std::move(withSecrets);
    m_checking = created.take();
    m_checkLines.clear();
    // A failover pair is checked gateway by gateway: the pair itself would check only the first.
    if (auto* pair = qobject_cast<FailoverGateway*>(m_checking.get()))
        m_toCheck = {{pair->first(), tr("First gateway: %1")}, {pair->second(), tr("Failover gateway: %1")}};
    else
        m_toCheck = {{m_checking.get(), QString()}};
    m_checkConnection->setEnabled(false);
    m_checkResult->setText(tr("Checking…"));
    checkNext();
}

void GatewaySettingsPage::checkNext()
{
    while (!m_toCheck.isEmpty()) {
        const auto [gateway, label] = m_toCheck.takeFirst();
        const auto line = [label = label](const QString& text) {
            return label.isEmpty() ? text : label.arg(text);
        };
        if (!gateway->supportsConnectionCheck()) {
            m_checkLines << line(tr("This gateway has no connection check."));
            continue;
        }
        gateway->checkConnection([this, line](const SendResult& r) {
            m_checkLines << line(r.success ? r.message()
                                           : tr("Failed: %1").arg(r.message().isEmpty() ? r.summary() : r.message()));
            checkNext();
        });
        return;
    }
    m_checkResult->setText(m_checkLines.join(QLatin1Char('\n')));
    m_checkConnection->setEnabled(true);
    if (m_checking)
        m_checking.release()->deleteLater();
}

QString GatewaySettingsPage::description() const
{
    return tr("The SMS gateway that delivers the codes, and how the provider reaches it. Passwords and tokens are "
              "stored encrypted with the store key and are never shown again.");
}

void GatewaySettingsPage::retranslatePage()
{
    m_first->retranslate();
    describe(m_useFailover, tr("Use a fail&over gateway"),
             tr("A second gateway, tried when the first one cannot be reached, times out or is busy. Its password "
                "or token is stored encrypted like the first one's."));
    m_failoverNote->setText(tr("Tried only when the first gateway fails with a connection, TLS or timeout error or "
                               "asks to try again later. A refused login, number or sender is not retried there."));
    m_failover->retranslate();
    m_checkConnection->setText(tr("Check &Connection"));
    m_checkConnection->setToolTip(tr("Connects to the gateway, and to the failover gateway when one is used (with "
                                     "TLS and, for SMS Proxy, both certificates), without sending an SMS."));
    m_testSend->setText(tr("Send &Test SMS…"));
    m_testSend->setToolTip(tr("Sends a real SMS with this page's settings, saved or not."));
    m_keyNote->setText(tr("The store key is locked, so passwords and tokens cannot be changed now. Unlock it with "
                          "the store's passphrase first; the other fields can be saved meanwhile."));
}
