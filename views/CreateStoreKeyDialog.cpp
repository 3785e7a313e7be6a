#include "CreateStoreKeyDialog.h"

#include "NewPassphraseFields.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CreateStoreKeyDialog::CreateStoreKeyDialog(const QString& storeName, QWidget* parent)
    : QDialog(parent)
    , m_storeName(storeName)
    , m_intro(new QLabel)
    , m_fields(new NewPassphraseFields(this))
    , m_remember(new QCheckBox)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("createStoreKeyDialog"));
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* form = new QFormLayout;
    m_fields->addRowsTo(form);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateStoreKeyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(480, sizeHint().height());
}

QString CreateStoreKeyDialog::error() const
{
    return m_error->text();
}

void CreateStoreKeyDialog::accept()
{
    QString problem = m_fields->problem();
    if (problem.isEmpty() && m_creator)
        problem = m_creator(m_fields->passphrase(), m_remember->isChecked());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_fields->passphraseEdit()->selectAll();
        m_fields->passphraseEdit()->setFocus();
        return;
    }
    m_fields->clear();
    QDialog::accept();
}

bool CreateStoreKeyDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    // Only once QDialog has passed a language change on to its children: the button box then puts
    // its standard texts back ("OK"), which would otherwise win over "Create".
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    return handled;
}

void CreateStoreKeyDialog::retranslateUi()
{
    setWindowTitle(tr("Create Store Key"));
    m_intro->setText(tr("The store key encrypts the phone numbers and gateway secrets in %1, and nobody can recover "
                        "its passphrase: keep it somewhere safe.")
                         .arg(m_storeName));
    m_fields->retranslateUi();
    m_remember->setText(tr("Re&member on this computer"));
    m_remember->setToolTip(tr("Keep the new key in this computer's keychain, so the passphrase is not asked here. "
                              "Forget it from the File menu."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
}
