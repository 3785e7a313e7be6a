#include "ChangePassphraseDialog.h"

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
    , m_nextLabel(new QLabel)
    , m_repeatLabel(new QLabel)
    , m_current(new QLineEdit)
    , m_next(new QLineEdit)
    , m_repeat(new QLineEdit)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    m_current->setObjectName(QStringLiteral("current"));
    m_next->setObjectName(QStringLiteral("next"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    for (QLineEdit* e : {m_current, m_next, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    m_currentLabel->setBuddy(m_current);
    m_nextLabel->setBuddy(m_next);
    m_repeatLabel->setBuddy(m_repeat);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* form = new QFormLayout;
    form->addRow(m_currentLabel, m_current);
    form->addRow(m_nextLabel, m_next);
    form->addRow(m_repeatLabel, m_repeat);
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
    if (m_next->text() != m_repeat->text()) {
        m_error->setText(tr("The new passphrases differ."));
        return;
    }
    const QString problem = m_changer ? m_changer(m_current->text(), m_next->text()) : QString();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        return;
    }
    for (QLineEdit* e : {m_current, m_next, m_repeat})
        e->clear();
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
    m_nextLabel->setText(tr("&New passphrase:"));
    m_repeatLabel->setText(tr("&Repeat new passphrase:"));
    m_next->setToolTip(tr("At least 8 characters. Only the wrapping of the key changes: nothing is re-encrypted."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
}
