#include "CreateApiTokenDialog.h"

#include "domain/ApiToken.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

CreateApiTokenDialog::CreateApiTokenDialog(QWidget* parent)
    : QDialog(parent)
    , m_stack(new QStackedWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("createTokenDialog"));
    m_stack->addWidget(buildForm());
    m_stack->addWidget(buildSecret());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateApiTokenDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(560, sizeHint().height());
}

CreateApiTokenDialog::~CreateApiTokenDialog()
{
    // The secret leaves memory with the dialog (as far as a QString allows).
    if (m_secret)
        m_secret->clear();
}

QWidget* CreateApiTokenDialog::buildForm()
{
    auto* page = new QWidget;
    m_nameLabel = new QLabel;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(ApiToken::kMaxNameLength);
    m_nameLabel->setBuddy(m_name);
    m_scopesLabel = new QLabel;
    auto* scopes = new QVBoxLayout;
    for (const QString& scope : ApiToken::knownScopes()) {
        auto* box = new QCheckBox;
        box->setObjectName(scope);
        box->setProperty("scope", scope);
        m_scopes << box;
        scopes->addWidget(box);
    }
    m_expires = new QCheckBox;
    m_expires->setObjectName(QStringLiteral("expires"));
    m_expiry = new QDateTimeEdit(QDateTime::currentDateTime().addDays(90));
    m_expiry->setObjectName(QStringLiteral("expiry"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_expiry->setEnabled(false);
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    auto* expiryLine = new QHBoxLayout;
    expiryLine->addWidget(m_expires);
    expiryLine->addWidget(m_expiry, 1);
    m_exempt = new QCheckBox;
    m_exempt->setObjectName(QStringLiteral("exempt"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_scopesLabel, scopes);
    form->addRow(QString(), expiryLine);
    form->addRow(QString(), m_exempt);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    return page;
}

QWidget* CreateApiTokenDialog::buildSecret()
{
    auto* page = new QWidget;
    m_warning = new QLabel;
    m_warning->setObjectName(QStringLiteral("warning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_secret = new QLineEdit;
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setReadOnly(true);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(QString(64, QLatin1Char('M'))) * 3 / 4);
    m_copy = new QPushButton;
    m_copy->setObjectName(QStringLiteral("copy"));
    m_copied = new QLabel;
    m_copied->setObjectName(QStringLiteral("copied"));
    connect(m_copy, &QPushButton::clicked, this, &CreateApiTokenDialog::copySecret);
    auto* line = new QHBoxLayout;
    line->addWidget(m_secret, 1);
    line->addWidget(m_copy);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_warning);
    layout->addLayout(line);
    layout->addWidget(m_copied);
    layout->addStretch(1);
    return page;
}

CreateApiTokenDialog::Request CreateApiTokenDialog::request() const
{
    Request r;
    r.name = m_name->text();
    for (QCheckBox* box : m_scopes) {
        if (box->isChecked())
            r.scopes << box->property("scope").toString();
    }
    if (m_expires->isChecked())
        r.expires = m_expiry->dateTime().toUTC();
    r.exemptIpAllowList = m_exempt->isChecked();
    return r;
}

QString CreateApiTokenDialog::error() const
{
    return m_error->text();
}

bool CreateApiTokenDialog::isShowingSecret() const
{
    return m_stack->currentIndex() == 1;
}

QString CreateApiTokenDialog::secret() const
{
    return m_secret->text();
}

void CreateApiTokenDialog::accept()
{
    if (isShowingSecret()) {
        QDialog::accept();
        return;
    }
    const Request r = request();
    QString problem = ApiToken::nameProblem(r.name);
    if (problem.isEmpty() && r.scopes.isEmpty())
        problem = tr("Tick at least one scope: a token without scopes could do nothing.");
    if (problem.isEmpty() && r.expires.isValid() && r.expires <= QDateTime::currentDateTimeUtc())
        problem = tr("The expiry has already passed; choose a time in the future.");
    if (problem.isEmpty() && !m_creator)
        problem = tr("No store is open.");
    if (problem.isEmpty()) {
        const Result<QString> secret = m_creator(r);
        if (secret) {
            showSecret(secret.value());
            Q_EMIT created(r.name);
            return;
        }
        problem = secret.error();
    }
    m_error->setText(problem);
}

void CreateApiTokenDialog::showSecret(const QString& secret)
{
    m_error->clear();
    m_secret->setText(secret);
    m_stack->setCurrentIndex(1);
    // Only one way out now, and nothing to cancel: the token exists.
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_close = m_buttons->button(QDialogButtonBox::Close); // rejects: closes the dialog either way
    m_close->setObjectName(QStringLiteral("close"));
    retranslateUi();
    m_secret->selectAll();
    m_secret->setFocus();
}

void CreateApiTokenDialog::copySecret()
{
    QApplication::clipboard()->setText(m_secret->text());
    m_copied->setText(tr("Copied to the clipboard. Paste it into the calling system's configuration, then clear "
                         "the clipboard."));
}

void CreateApiTokenDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CreateApiTokenDialog::retranslateUi()
{
    setWindowTitle(tr("Create API Token"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("e.g. vpn-radius or intranet-sso"));
    m_name->setToolTip(tr("Who uses the token, so you recognise it in the list and in the event log (up to %1 "
                          "characters; unique).")
                           .arg(ApiToken::kMaxNameLength));
    m_scopesLabel->setText(tr("Scopes:"));
    for (QCheckBox* box : std::as_const(m_scopes)) {
        const QString scope = box->property("scope").toString();
        box->setText(scope + QStringLiteral(" — ") + ApiToken::scopeDescription(scope));
    }
    m_expires->setText(tr("E&xpires on:"));
    m_expires->setToolTip(tr("After this time the token is refused. Leave unticked for a token that never expires."));
    m_expiry->setAccessibleName(tr("Expiry"));
    m_exempt->setText(tr("&Exempt from the IP allow-list (a trusted integration)"));
    m_exempt->setToolTip(tr("Callers with this token are not checked against the IP allow-list. Use it only for "
                            "systems you control."));
    m_warning->setText(tr("Copy this token now. It is stored only as a hash and will not be shown again: if it is "
                          "lost, delete the token and create a new one."));
    m_secret->setAccessibleName(tr("API token"));
    m_copy->setText(tr("&Copy"));
    if (QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setText(tr("C&reate"));
}
