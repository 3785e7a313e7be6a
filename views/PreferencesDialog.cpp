#include "PreferencesDialog.h"

#include "IdleLock.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(int lockMinutes, QWidget* parent)
    : QDialog(parent)
    , m_lockLabel(new QLabel)
    , m_lockMinutes(new QSpinBox)
    , m_lockHint(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_lockMinutes->setObjectName(QStringLiteral("lockMinutes"));
    m_lockMinutes->setRange(0, IdleLock::kMaximumMinutes);
    m_lockMinutes->setValue(lockMinutes);
    m_lockLabel->setBuddy(m_lockMinutes);
    m_lockHint->setObjectName(QStringLiteral("lockHint"));
    m_lockHint->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(m_lockLabel, m_lockMinutes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lockHint);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(460, sizeHint().height());
}

void PreferencesDialog::accept()
{
    Q_EMIT lockMinutesChosen(m_lockMinutes->value());
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_lockLabel->setText(tr("&Lock after:"));
    m_lockMinutes->setSuffix(tr(" min without activity"));
    m_lockMinutes->setSpecialValueText(tr("Never"));
    m_lockMinutes->setAccessibleName(tr("Minutes without activity before the console locks"));
    m_lockMinutes->setToolTip(tr("0 means never. The default is %1 minutes.").arg(IdleLock::kDefaultMinutes));
    m_lockHint->setText(tr("Without keyboard or mouse input for this long, the console wipes the store key from "
                           "memory and hides its pages until the store's passphrase (or this computer's keychain) "
                           "unlocks it. File → Lock Now (Ctrl+L) locks at once. This preference applies to this "
                           "computer only."));
}
