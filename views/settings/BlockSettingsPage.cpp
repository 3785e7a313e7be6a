#include "BlockSettingsPage.h"

#include "EnglishPlural.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>

BlockSettingsPage::BlockSettingsPage(SettingsSession* session, QWidget* parent)
    : SectionPage(QLatin1String(BlockSettings::kKey), session, parent)
    , m_enabled(new QCheckBox)
    , m_attemptsLabel(new QLabel)
    , m_attempts(new QSpinBox)
    , m_resetLabel(new QLabel)
    , m_reset(new QSpinBox)
    , m_unblockLabel(new QLabel)
    , m_unblock(new QSpinBox)
    , m_policy(new QLabel)
{
    m_attempts->setRange(BlockSettings::kMinAttempts, BlockSettings::kMaxAttempts);
    m_reset->setRange(BlockSettings::kMinResetMinutes, BlockSettings::kMaxResetMinutes);
    m_unblock->setRange(BlockSettings::kMinUnblockMinutes, BlockSettings::kMaxUnblockMinutes);

    auto* box = new QWidget;
    auto* form = new QFormLayout(box);
    addRow(form, m_enabled, QStringLiteral("enabled"));
    addRow(form, m_attemptsLabel, m_attempts, QStringLiteral("attemptsBeforeBlock"));
    addRow(form, m_resetLabel, m_reset, QStringLiteral("counterResetMinutes"));
    addRow(form, m_unblockLabel, m_unblock, QStringLiteral("unblockMinutes"));
    addToContent(box);

    m_policy->setObjectName(QStringLiteral("policy"));
    m_policy->setWordWrap(true);
    m_policy->setFrameShape(QFrame::StyledPanel);
    m_policy->setMargin(8);
    m_policy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addToContent(m_policy);
    addToContent(new QWidget, 1);
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_attempts->setEnabled(on);
        m_reset->setEnabled(on);
        m_unblock->setEnabled(on);
    });
    finishConstruction();
}

void BlockSettingsPage::showSettings(const Settings& settings)
{
    const BlockSettings& s = settings.block;
    m_enabled->setChecked(s.enabled);
    m_attempts->setValue(s.attemptsBeforeBlock);
    m_reset->setValue(s.counterResetMinutes);
    m_unblock->setValue(s.unblockMinutes);
}

void BlockSettingsPage::apply(Settings& settings) const
{
    BlockSettings& s = settings.block;
    s.enabled = m_enabled->isChecked();
    s.attemptsBeforeBlock = m_attempts->value();
    s.counterResetMinutes = m_reset->value();
    s.unblockMinutes = m_unblock->value();
}

QString BlockSettingsPage::policySentence(const BlockSettings& s)
{
    if (!s.enabled)
        return tr("Blocking is off: failed codes never block an authenticator.");
    const QString codes = englishPlural(tr("%n failed code(s)", nullptr, s.attemptsBeforeBlock), s.attemptsBeforeBlock);
    const QString within = englishPlural(tr("%n minute(s)", nullptr, s.counterResetMinutes), s.counterResetMinutes);
    if (s.unblockMinutes == 0)
        return tr("After %1 within %2 the authenticator is blocked until the help desk unblocks it.")
            .arg(codes, within);
    return tr("After %1 within %2 the authenticator is blocked for %3.")
        .arg(codes, within, englishPlural(tr("%n minute(s)", nullptr, s.unblockMinutes), s.unblockMinutes));
}

void BlockSettingsPage::updatePreview()
{
    Settings edited = editedSettings();
    m_policy->setText(policySentence(edited.block));
}

QString BlockSettingsPage::description() const
{
    return tr("Blocks an authenticator after repeated wrong codes, so nobody can guess a code by trying many. A "
              "blocked authenticator gets no SMS until it is released.");
}

void BlockSettingsPage::retranslatePage()
{
    describe(m_enabled, tr("&Block after repeated failed codes"),
             tr("When ticked, too many wrong codes block the authenticator."));
    describe(m_attemptsLabel, m_attempts, tr("&Attempts before block:"),
             tr("How many wrong codes in a row block the authenticator (%1–%2, default 5).")
                 .arg(BlockSettings::kMinAttempts)
                 .arg(BlockSettings::kMaxAttempts));
    describe(m_resetLabel, m_reset, tr("&Reset the counter after:"),
             tr("The count of wrong codes starts again after this many minutes without a failure (%1–%2, default "
                "10).")
                 .arg(BlockSettings::kMinResetMinutes)
                 .arg(BlockSettings::kMaxResetMinutes));
    describe(m_unblockLabel, m_unblock, tr("&Unblock automatically after:"),
             tr("Minutes until a blocked authenticator is released by itself; 0 means only the help desk can release "
                "it (default 30)."));
    m_reset->setSuffix(tr(" min"));
    m_unblock->setSuffix(tr(" min"));
    m_unblock->setSpecialValueText(tr("Never (help desk only)"));
    m_policy->setAccessibleName(tr("The policy in words"));
}
