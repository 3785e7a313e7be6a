#include "RegisterAuthenticatorDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RegisterAuthenticatorDialog::RegisterAuthenticatorDialog(QWidget* parent)
    : QDialog(parent)
    , m_loginLabel(new QLabel)
    , m_nameLabel(new QLabel)
    , m_phoneLabel(new QLabel)
    , m_commentLabel(new QLabel)
    , m_login(new QLineEdit)
    , m_name(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_comment(new QLineEdit)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("registerDialog"));
    m_login->setObjectName(QStringLiteral("login"));
    m_name->setObjectName(QStringLiteral("displayName"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_comment->setObjectName(QStringLiteral("comment"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_loginLabel->setBuddy(m_login);
    m_nameLabel->setBuddy(m_name);
    m_phoneLabel->setBuddy(m_phone);
    m_commentLabel->setBuddy(m_comment);

    auto* form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_phoneLabel, m_phone);
    form->addRow(m_commentLabel, m_comment);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RegisterAuthenticatorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(460, sizeHint().height());
}

RegisterAuthenticatorDialog::Entry RegisterAuthenticatorDialog::entry() const
{
    return {m_login->text(), m_name->text(), m_phone->text(), m_comment->text()};
}

QString RegisterAuthenticatorDialog::error() const
{
    return m_error->text();
}

void RegisterAuthenticatorDialog::accept()
{
    if (m_login->text().trimmed().isEmpty() || m_phone->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter the login and the phone number."));
        return;
    }
    const QString error = m_registrar ? m_registrar(entry()) : QString();
    if (!error.isEmpty()) {
        m_error->setText(error);
        return;
    }
    QDialog::accept();
}

void RegisterAuthenticatorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RegisterAuthenticatorDialog::retranslateUi()
{
    setWindowTitle(tr("Register SMS Authenticator"));
    m_loginLabel->setText(tr("&Login:"));
    m_nameLabel->setText(tr("&Name:"));
    m_phoneLabel->setText(tr("&Phone number:"));
    m_commentLabel->setText(tr("&Comment:"));
    m_login->setToolTip(tr("The user's account name, as they sign in."));
    m_name->setToolTip(tr("The person's name, to recognise them when they call (optional)."));
    m_phone->setToolTip(tr("Any usual spelling: it is normalised by the Phone format rules and stored encrypted."));
    m_comment->setToolTip(tr("A note for the help desk (optional)."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
}
