#include "UnlockStoreKeyDialog.h"

#include "StoreKeyController.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

UnlockStoreKeyDialog::UnlockStoreKeyDialog(const QString& storeName, QWidget* parent)
    : QDialog(parent)
    , m_storeName(storeName)
    , m_intro(new QLabel)
    , m_passphrase(new QLineEdit)
    , m_remember(new QCheckBox)
    , m_error(new QLabel)
    , m_wait(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("unlockStoreKeyDialog"));
    m_intro->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_wait->setObjectName(QStringLiteral("wait"));
    m_wait->setWordWrap(true);
    m_wait->setVisible(false);
    m_error->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_remember);
    layout->addWidget(m_error);
    layout->addWidget(m_wait);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockStoreKeyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(440, sizeHint().height());
    fitHeight();
}

QString UnlockStoreKeyDialog::error() const
{
    return m_error->text();
}

void UnlockStoreKeyDialog::setWait(int seconds)
{
    const bool ended = m_waitSeconds > 0 && seconds == 0;
    m_waitSeconds = seconds;
    m_wait->setText(seconds > 0 ? StoreKeyController::waitMessage(seconds) : QString());
    m_wait->setVisible(seconds > 0);
    m_passphrase->setEnabled(seconds == 0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(seconds == 0);
    if (ended) {
        m_passphrase->selectAll();
        m_passphrase->setFocus();
    }
    fitHeight();
}

void UnlockStoreKeyDialog::showError(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    fitHeight();
}

void UnlockStoreKeyDialog::fitHeight()
{
    QLayout* column = layout();
    column->activate();
    const int needed =
        column->hasHeightForWidth() ? column->totalHeightForWidth(width()) : column->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void UnlockStoreKeyDialog::accept()
{
    // Enter while paused: the controller would refuse it anyway, and the countdown already says why.
    if (m_waitSeconds > 0)
        return;
    const QString problem = m_unlocker ? m_unlocker(m_passphrase->text(), m_remember->isChecked()) : QString();
    if (!problem.isEmpty()) {
        showError(problem);
        m_passphrase->selectAll();
        m_passphrase->setFocus();
        return;
    }
    m_passphrase->clear();
    QDialog::accept();
}

void UnlockStoreKeyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void UnlockStoreKeyDialog::retranslateUi()
{
    setWindowTitle(tr("Unlock Store Key"));
    m_intro->setText(tr("Phone numbers and gateway secrets in %1 are encrypted. Enter the store's passphrase to work "
                        "with them. Without it you can still browse, unblock and read events.")
                         .arg(m_storeName));
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_remember->setText(tr("&Remember on this computer"));
    m_remember->setToolTip(tr("Keep the unlocked key in this computer's keychain, so the passphrase is not asked "
                              "again here. Forget it from the File menu."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Not Now"));
    fitHeight();
}
