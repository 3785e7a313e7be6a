#include "ChangePassphraseDialog.h"

#include "NewPassphraseFields.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ChangePassphraseDialog::ChangePassphraseDialog(QWidget* parent)
    : QDialog(parent)
    , m_currentLabel(new QLabel)
    , m_current(new QLineEdit)
    , m_fields(new NewPassphraseFields(this))
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    m_current->setObjectName(QStringLiteral("current"));
    m_current->setEchoMode(QLineEdit::Password);
    m_currentLabel->setBuddy(m_current);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* form = new QFormLayout;
    form->addRow(m_currentLabel, m_current);
    m_fields->addRowsTo(form);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

QString ChangePassphraseDialog::error() const
{
    return m_error->text();
}

void ChangePassphraseDialog::accept()
{
    QString problem = m_fields->problem();
    if (problem.isEmpty() && m_changer)
        problem = m_changer(m_current->text(), m_fields->passphrase());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        return;
    }
    m_current->clear();
    m_fields->clear();
    QDialog::accept();
}

void ChangePassphraseDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChangePassphraseDialog::retranslateUi()
{
    setWindowTitle(tr("Change Store Passphrase"));
    m_currentLabel->setText(tr("&Current passphrase:"));
    m_fields->retranslateUi();
    m_fields->passphraseEdit()->setToolTip(
        tr("At least 8 characters. Only the wrapping of the key changes: nothing is re-encrypted."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
}
