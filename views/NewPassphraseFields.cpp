#include "NewPassphraseFields.h"

#include "crypto/StoreKey.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QWidget>

NewPassphraseFields::NewPassphraseFields(QWidget* parent)
    : QObject(parent)
    , m_passphraseLabel(new QLabel(parent))
    , m_repeatLabel(new QLabel(parent))
    , m_passphrase(new QLineEdit(parent))
    , m_repeat(new QLineEdit(parent))
{
    // The names the dialogs' tests find them by; "next" since Change Store Passphrase had it first.
    m_passphrase->setObjectName(QStringLiteral("next"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    for (QLineEdit* e : {m_passphrase, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_repeatLabel->setBuddy(m_repeat);
    retranslateUi();
}

void NewPassphraseFields::addRowsTo(QFormLayout* form)
{
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_repeatLabel, m_repeat);
}

QString NewPassphraseFields::passphrase() const
{
    return m_passphrase->text();
}

QString NewPassphraseFields::problem() const
{
    if (m_passphrase->text() != m_repeat->text())
        return tr("The new passphrases differ.");
    return {};
}

void NewPassphraseFields::clear()
{
    m_passphrase->clear();
    m_repeat->clear();
}

void NewPassphraseFields::retranslateUi()
{
    m_passphraseLabel->setText(tr("&New passphrase:"));
    m_repeatLabel->setText(tr("&Repeat new passphrase:"));
    m_passphrase->setPlaceholderText(tr("At least %1 characters").arg(StoreKey::kMinPassphraseLength));
}
