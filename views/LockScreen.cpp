#include "LockScreen.h"

#include "StoreKeyController.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const int kPanelWidth = 460;
}

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel)
    , m_reason(new QLabel)
    , m_kept(new QLabel)
    , m_prompt(new QLabel)
    , m_passphrase(new QLineEdit)
    , m_unlock(new QPushButton)
    , m_keychain(new QPushButton)
    , m_error(new QLabel)
    , m_wait(new QLabel)
    , m_panel(new QWidget)
{
    setObjectName(QStringLiteral("lockScreen"));
    m_heading->setObjectName(QStringLiteral("heading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_kept->setObjectName(QStringLiteral("kept"));
    m_prompt->setObjectName(QStringLiteral("prompt"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);
    m_keychain->setObjectName(QStringLiteral("keychain"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_wait->setObjectName(QStringLiteral("wait"));
    m_wait->setVisible(false);
    for (QLabel* label : {m_heading, m_reason, m_kept, m_prompt, m_error, m_wait})
        label->setWordWrap(true);
    m_prompt->setBuddy(m_passphrase);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_keychain);
    buttons->addStretch();
    buttons->addWidget(m_unlock);

    // A narrow column in the middle of the window, as a lock screen is expected to look.
    auto* column = new QVBoxLayout(m_panel);
    column->addWidget(m_heading);
    column->addWidget(m_reason);
    column->addWidget(m_kept);
    column->addSpacing(12);
    column->addWidget(m_prompt);
    column->addWidget(m_passphrase);
    column->addWidget(m_error);
    column->addWidget(m_wait);
    column->addLayout(buttons);

    auto* centred = new QHBoxLayout;
    centred->addStretch();
    centred->addWidget(m_panel, 1);
    centred->addStretch();
    auto* outer = new QVBoxLayout(this);
    outer->addStretch();
    outer->addLayout(centred);
    outer->addStretch(2);

    connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_keychain, &QPushButton::clicked, this, &LockScreen::keychainRequested);
    retranslateUi();
}

void LockScreen::setState(const State& state)
{
    m_state = state;
    setError({});
    clearPassphrase();
    retranslateUi();
}

void LockScreen::setError(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (!error.isEmpty()) {
        m_passphrase->selectAll();
        m_passphrase->setFocus();
    }
}

QString LockScreen::error() const
{
    return m_error->text();
}

void LockScreen::setBusy(bool busy)
{
    m_busy = busy;
    updateEnabled();
}

void LockScreen::setWait(int seconds)
{
    const bool ended = m_waitSeconds > 0 && seconds == 0;
    m_waitSeconds = seconds;
    showWait();
    updateEnabled();
    if (ended) {
        m_passphrase->selectAll();
        m_passphrase->setFocus();
    }
}

void LockScreen::showWait()
{
    m_wait->setVisible(m_waitSeconds > 0);
    m_wait->setText(m_waitSeconds > 0 ? StoreKeyController::waitMessage(m_waitSeconds) + QLatin1Char(' ') +
                                            tr("The keychain button still works: it asks for no passphrase.")
                                      : QString());
}

void LockScreen::updateEnabled()
{
    const bool mayType = !m_busy && m_waitSeconds == 0;
    m_unlock->setEnabled(mayType);
    m_passphrase->setEnabled(mayType);
    m_keychain->setEnabled(!m_busy);
}

void LockScreen::clearPassphrase()
{
    m_passphrase->clear();
}

void LockScreen::focusPassphrase()
{
    m_passphrase->setFocus();
}

void LockScreen::submit()
{
    if (m_unlock->isEnabled())
        Q_EMIT unlockRequested(m_passphrase->text());
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LockScreen::retranslateUi()
{
    m_heading->setText(tr("The console is locked"));
    const QString since = QLocale().toString(m_state.since.toLocalTime().time(), QLocale::ShortFormat);
    m_reason->setText(
        m_state.idleMinutes > 0
            ? tr("Locked at %1 after %n minute(s) without activity.", nullptr, m_state.idleMinutes).arg(since)
            : tr("Locked at %1 with File → Lock Now.").arg(since));
    QStringList kept;
    if (m_state.unsavedPages > 0)
        kept << tr("Unsaved changes on %n page(s) are kept and shown again after unlocking.", nullptr,
                   m_state.unsavedPages);
    if (m_state.closedDialogs > 0)
        kept << tr("%n open dialog(s) were closed; what was typed in them is lost.", nullptr, m_state.closedDialogs);
    m_kept->setText(kept.join(QLatin1Char(' ')));
    m_kept->setVisible(!kept.isEmpty());
    m_prompt->setText(tr("The store key was wiped from this console's memory. Enter the passphrase of %1 to go on:")
                          .arg(m_state.storeName));
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_unlock->setText(tr("&Unlock"));
    m_keychain->setText(tr("Use This Computer's &Keychain"));
    m_keychain->setToolTip(tr("Unlock with the store key remembered in this computer's keychain, as opening the "
                              "store does."));
    setAccessibleName(tr("Locked console"));
    showWait();
    // Narrow for reading, but never narrower than the two buttons side by side in any language.
    const int buttons = m_keychain->sizeHint().width() + m_unlock->sizeHint().width() + 48;
    m_panel->setMaximumWidth(std::max(kPanelWidth, buttons));
}
