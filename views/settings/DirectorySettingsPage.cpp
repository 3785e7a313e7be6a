#include "DirectorySettingsPage.h"

#include "SettingsSession.h"
#include "directory/DirectoryClientFactory.h"
#include "directory/DirectoryPhoneSource.h"
#include "store/AuthenticatorRepository.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>

namespace {
const QString kDots = QStringLiteral("••••••••");
}

DirectorySettingsPage::DirectorySettingsPage(SettingsSession* session, QWidget* parent)
    : SectionPage(QLatin1String(DirectorySettings::kKey), session, parent)
    , m_serversLabel(new QLabel)
    , m_servers(new QPlainTextEdit)
    , m_startTls(new QCheckBox)
    , m_bindDnLabel(new QLabel)
    , m_bindDn(new QLineEdit)
    , m_passwordLabel(new QLabel)
    , m_password(new QLineEdit)
    , m_baseDnLabel(new QLabel)
    , m_baseDn(new QLineEdit)
    , m_filterLabel(new QLabel)
    , m_filter(new QLineEdit)
    , m_adPreset(new QPushButton)
    , m_openLdapPreset(new QPushButton)
    , m_loginAttributeLabel(new QLabel)
    , m_loginAttribute(new QLineEdit)
    , m_importFilterLabel(new QLabel)
    , m_importFilter(new QLineEdit)
    , m_caFileLabel(new QLabel)
    , m_caFile(new QLineEdit)
    , m_browseCa(new QPushButton)
    , m_connectTimeoutLabel(new QLabel)
    , m_connectTimeout(new QSpinBox)
    , m_timeoutLabel(new QLabel)
    , m_timeout(new QSpinBox)
    , m_cacheLabel(new QLabel)
    , m_cache(new QSpinBox)
    , m_fallback(new QCheckBox)
    , m_checkLoginLabel(new QLabel)
    , m_checkLogin(new QLineEdit)
    , m_check(new QPushButton)
    , m_busy(new QProgressBar)
    , m_checkResult(new QLabel)
{
    m_servers->setObjectName(QStringLiteral("servers"));
    m_servers->setTabChangesFocus(true);
    m_servers->setFixedHeight(m_servers->fontMetrics().lineSpacing() * 3 + 12);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("bindPassword"));
    m_filter->setObjectName(QStringLiteral("userFilter"));
    m_bindDn->setObjectName(QStringLiteral("bindDn"));
    m_baseDn->setObjectName(QStringLiteral("baseDn"));
    m_loginAttribute->setObjectName(QStringLiteral("loginAttribute"));
    m_importFilter->setObjectName(QStringLiteral("importFilter"));
    m_fallback->setObjectName(QStringLiteral("fallbackToStoreNumber"));
    m_adPreset->setObjectName(QStringLiteral("activeDirectoryPreset"));
    m_openLdapPreset->setObjectName(QStringLiteral("openLdapPreset"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_servers->setPlaceholderText(QStringLiteral("ldaps://dc1.example.com\nldaps://dc2.example.com"));
    m_bindDn->setPlaceholderText(QStringLiteral("EXAMPLE\\svc-smsotp"));
    m_baseDn->setPlaceholderText(QStringLiteral("DC=example,DC=com"));
    m_connectTimeout->setRange(DirectorySettings::kMinTimeout, DirectorySettings::kMaxTimeout);
    m_timeout->setRange(DirectorySettings::kMinTimeout, DirectorySettings::kMaxTimeout);
    m_cache->setRange(0, DirectorySettings::kMaxCacheSeconds);

    auto* box = new QWidget;
    auto* form = new QFormLayout(box);
    addRow(form, m_serversLabel, m_servers, QStringLiteral("servers"));
    addRow(form, m_startTls, QStringLiteral("startTls"));
    addRow(form, m_bindDnLabel, m_bindDn, QStringLiteral("bindDn"));
    addRow(form, m_passwordLabel, m_password, QStringLiteral("bindPassword"));
    addRow(form, m_baseDnLabel, m_baseDn, QStringLiteral("baseDn"));
    // The filter with two presets beside it; the message stays under the filter.
    auto* filterRow = new QWidget;
    auto* filterLayout = new QHBoxLayout(filterRow);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_filter, 1);
    filterLayout->addWidget(m_adPreset);
    filterLayout->addWidget(m_openLdapPreset);
    m_filterLabel->setBuddy(m_filter);
    form->addRow(m_filterLabel, fieldCell(filterRow, bindField(QStringLiteral("userFilter"), m_filter)));
    watch(m_filter);
    addRow(form, m_loginAttributeLabel, m_loginAttribute, QStringLiteral("loginAttribute"));
    addRow(form, m_importFilterLabel, m_importFilter, QStringLiteral("importFilter"));
    auto* caRow = new QWidget;
    auto* caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_browseCa);
    m_caFileLabel->setBuddy(m_caFile);
    form->addRow(m_caFileLabel, fieldCell(caRow, bindField(QStringLiteral("caFile"), m_caFile)));
    watch(m_caFile);
    addRow(form, m_connectTimeoutLabel, m_connectTimeout, QStringLiteral("connectTimeoutSeconds"));
    addRow(form, m_timeoutLabel, m_timeout, QStringLiteral("timeoutSeconds"));
    addRow(form, m_cacheLabel, m_cache, QStringLiteral("cacheSeconds"));
    addRow(form, m_fallback, QStringLiteral("fallbackToStoreNumber"));
    addToContent(box);
    addToContent(buildCheckBox());
    addToContent(new QWidget, 1);

    connect(m_adPreset, &QPushButton::clicked, this, [this]() { usePreset(true); });
    connect(m_openLdapPreset, &QPushButton::clicked, this, [this]() { usePreset(false); });
    connect(m_browseCa, &QPushButton::clicked, this, [this]() {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA Certificate"), m_caFile->text(),
                                                          tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    connect(&m_watcher, &QFutureWatcher<DirectoryPhoneLookup::Outcome>::finished, this,
            &DirectorySettingsPage::showCheckResult);
    finishConstruction();
}

DirectorySettingsPage::~DirectorySettingsPage()
{
    // The check holds no pointer into the page, but its result must not arrive after it.
    m_watcher.waitForFinished();
}

QWidget* DirectorySettingsPage::buildCheckBox()
{
    auto* group = new QGroupBox;
    group->setObjectName(QStringLiteral("checkBox"));
    auto* form = new QFormLayout(group);
    m_checkLogin->setObjectName(QStringLiteral("checkLogin"));
    m_check->setObjectName(QStringLiteral("checkDirectory"));
    m_busy->setObjectName(QStringLiteral("checkBusy"));
    m_busy->setRange(0, 0); // busy indicator: the length of a directory call is unknown
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_checkResult->setObjectName(QStringLiteral("checkResult"));
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* line = new QWidget;
    auto* lineLayout = new QHBoxLayout(line);
    lineLayout->setContentsMargins(0, 0, 0, 0);
    lineLayout->addWidget(m_checkLogin, 1);
    lineLayout->addWidget(m_check);
    lineLayout->addWidget(m_busy);
    m_checkLoginLabel->setBuddy(m_checkLogin);
    form->addRow(m_checkLoginLabel, line);
    form->addRow(QString(), m_checkResult);
    connect(m_check, &QPushButton::clicked, this, &DirectorySettingsPage::checkDirectory);
    connect(m_checkLogin, &QLineEdit::returnPressed, this, &DirectorySettingsPage::checkDirectory);
    return group;
}

void DirectorySettingsPage::showSettings(const Settings& settings)
{
    const DirectorySettings& d = settings.directory;
    m_servers->setPlainText(d.servers.join(QLatin1Char('\n')));
    m_startTls->setChecked(d.startTls);
    m_bindDn->setText(d.bindDn);
    // A secret is never put into a widget: an empty field means "keep the stored one".
    m_password->clear();
    m_passwordStored = !d.bindPassword.isEmpty();
    updatePasswordPlaceholder();
    m_baseDn->setText(d.baseDn);
    m_filter->setText(d.userFilter);
    m_loginAttribute->setText(d.loginAttribute);
    m_importFilter->setText(d.importFilter);
    m_caFile->setText(d.caFile);
    m_connectTimeout->setValue(d.connectTimeoutSeconds);
    m_timeout->setValue(d.timeoutSeconds);
    m_cache->setValue(d.cacheSeconds);
    m_fallback->setChecked(d.fallbackToStoreNumber);
}

void DirectorySettingsPage::apply(Settings& settings) const
{
    DirectorySettings& d = settings.directory;
    d.servers.clear();
    for (const QString& line : m_servers->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            d.servers << line.trimmed();
    d.startTls = m_startTls->isChecked();
    d.bindDn = m_bindDn->text().trimmed();
    if (!m_password->text().isEmpty())
        d.bindPassword = m_password->text();
    d.baseDn = m_baseDn->text().trimmed();
    d.userFilter = m_filter->text().trimmed();
    d.loginAttribute = m_loginAttribute->text().trimmed();
    d.importFilter = m_importFilter->text().trimmed();
    d.caFile = m_caFile->text().trimmed();
    d.connectTimeoutSeconds = m_connectTimeout->value();
    d.timeoutSeconds = m_timeout->value();
    d.cacheSeconds = m_cache->value();
    d.fallbackToStoreNumber = m_fallback->isChecked();
}

void DirectorySettingsPage::usePreset(bool activeDirectory)
{
    m_filter->setText(activeDirectory ? DirectorySettings::activeDirectoryFilter()
                                      : DirectorySettings::openLdapFilter());
    m_loginAttribute->setText(activeDirectory ? QStringLiteral("sAMAccountName") : QStringLiteral("uid"));
    m_importFilter->setText(activeDirectory ? QStringLiteral("(objectClass=user)")
                                            : QStringLiteral("(objectClass=inetOrgPerson)"));
}

void DirectorySettingsPage::updatePasswordPlaceholder()
{
    // Without the key nothing is known about a stored password; with it, empty means none.
    const bool readable = session() && session()->secretsReadable();
    m_password->setPlaceholderText(m_passwordStored ? kDots
                                   : readable       ? QString()
                                                    : tr("Type a new value to replace the stored one"));
}

void DirectorySettingsPage::checkDirectory()
{
    if (m_checking)
        return;
    const QString login = m_checkLogin->text().trimmed();
    if (!store()) {
        m_checkResult->setText(tr("Open a store first."));
        return;
    }
    if (login.isEmpty()) {
        m_checkResult->setText(tr("Type a login to look up, then press Check directory."));
        return;
    }
    const Settings edited = editedSettings();
    const FieldErrors errors = edited.validateSection(sectionKey());
    if (!errors.isEmpty()) {
        m_checkResult->setText(tr("✗ Correct the settings above first: %1").arg(errors.first().message));
        return;
    }
    if (!edited.directory.isConfigured()) {
        m_checkResult->setText(tr("✗ Enter at least one server address."));
        return;
    }
    // The store is read here, on the GUI thread; the thread gets only values.
    Result<DirectorySettings> complete = DirectoryPhoneSource(*store(), storeKey()).complete(edited.directory);
    if (!complete) {
        m_checkResult->setText(tr("✗ %1").arg(complete.error()));
        return;
    }
    m_prefix = edited.phoneFormat.prefix;
    const DirectorySettings directory = complete.value();
    const PhoneFormatSettings phoneFormat = edited.phoneFormat;
    m_checking = true;
    m_check->setEnabled(false);
    m_busy->show();
    m_checkResult->setText(tr("Checking %1…").arg(directory.servers.join(QStringLiteral(", "))));
    m_watcher.setFuture(QtConcurrent::run([directory, phoneFormat, login]() {
        std::unique_ptr<DirectoryClient> client = DirectoryClientFactory::create(directory);
        return DirectoryPhoneLookup(*client, directory, phoneFormat).lookup(login);
    }));
}

void DirectorySettingsPage::showCheckResult()
{
    m_checking = false;
    m_check->setEnabled(true);
    m_busy->hide();
    const DirectoryPhoneLookup::Outcome out = m_watcher.result();
    if (out.found())
        m_checkResult->setText(tr("✓ %1 has the number %2\n%3")
                                   .arg(m_checkLogin->text().trimmed(),
                                        AuthenticatorRepository::maskPhone(out.normalized, m_prefix), out.dn));
    else
        m_checkResult->setText(tr("✗ Event %1: %2").arg(out.eventCode()).arg(out.message));
    Q_EMIT checkFinished(out.found());
}

QString DirectorySettingsPage::description() const
{
    return tr("The LDAP directory (Active Directory or OpenLDAP) that phone numbers come from when Phone format "
              "takes them from the directory, and that the help desk imports users from.");
}

void DirectorySettingsPage::retranslatePage()
{
    describe(m_serversLabel, m_servers, tr("&Servers:"),
             tr("One address a line, tried in order: ldaps://dc1.example.com, or ldap://… with StartTLS."));
    describe(m_startTls, tr("Use &StartTLS for ldap:// servers"),
             tr("Encrypts ldap:// connections. Plain LDAP is allowed only to this computer, for tests."));
    describe(m_bindDnLabel, m_bindDn, tr("&Bind as:"),
             tr("A DN (CN=svc-sms,OU=Service,DC=example,DC=com), DOMAIN\\user or user@example.com. Empty: "
                "anonymous."));
    describe(m_passwordLabel, m_password, tr("Bind &password:"),
             tr("Stored encrypted with the store key; never exported. Leave empty to keep the stored one."));
    describe(m_baseDnLabel, m_baseDn, tr("Base &DN:"), tr("Where users are searched, for example DC=example,DC=com."));
    describe(m_filterLabel, m_filter, tr("User &filter:"),
             tr("Finds one user; {login} is replaced by the login, escaped (RFC 4515)."));
    m_adPreset->setText(tr("Active Directory"));
    m_adPreset->setToolTip(tr("Fill in the filter and login attribute for Active Directory."));
    m_openLdapPreset->setText(tr("OpenLDAP"));
    m_openLdapPreset->setToolTip(tr("Fill in the filter and login attribute for OpenLDAP."));
    describe(m_loginAttributeLabel, m_loginAttribute, tr("&Login attribute:"),
             tr("The attribute an import registers as the login: sAMAccountName (Active Directory) or uid."));
    describe(m_importFilterLabel, m_importFilter, tr("&Import filter:"),
             tr("Which users the help desk's directory import reads, for example (objectClass=user)."));
    describe(m_caFileLabel, m_caFile, tr("&CA certificate:"),
             tr("A PEM file with the CA that signed the servers' certificates. Empty: the system's trust store."));
    m_browseCa->setText(tr("Browse…"));
    describe(m_connectTimeoutLabel, m_connectTimeout, tr("C&onnect timeout (s):"),
             tr("How long to wait for a server to accept the connection before trying the next one."));
    describe(m_timeoutLabel, m_timeout, tr("&Timeout (s):"), tr("How long to wait for each answer of a server."));
    describe(m_cacheLabel, m_cache, tr("C&ache answers (s):"),
             tr("How long a user's number is remembered, so a burst of sign-ins does not hammer the directory. 0: "
                "ask every time."));
    describe(m_fallback, tr("Use the store's number when the directory has &none"),
             tr("When the user is missing from the directory or has no valid number there, send to the number "
                "registered in the store. An unreachable directory never falls back."));
    if (auto* box = qobject_cast<QGroupBox*>(m_checkLogin->parentWidget()->parentWidget()))
        box->setTitle(tr("Check the connection"));
    describe(m_checkLoginLabel, m_checkLogin, tr("Lo&gin:"),
             tr("A user to look up with the settings above, saved or not. Nothing is sent or stored."));
    m_check->setText(tr("Check &directory"));
    m_check->setToolTip(tr("Binds, searches the login and shows its number (masked) or why there is none."));
    // The hint follows the language; a check's result stays as it was given.
    const QString hint = tr("Type a login to look up, then press Check directory.");
    const QString shown = m_checkResult->text();
    if (!m_checking && (shown.isEmpty() || shown == m_checkResult->property("hintText").toString()))
        m_checkResult->setText(hint);
    m_checkResult->setProperty("hintText", hint);
    updatePasswordPlaceholder();
}
