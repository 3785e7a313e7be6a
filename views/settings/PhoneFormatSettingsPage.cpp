#include "PhoneFormatSettingsPage.h"

#include "SettingsSession.h"
#include "engine/PhoneNormalizer.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

PhoneFormatSettingsPage::PhoneFormatSettingsPage(SettingsSession* session, QWidget* parent)
    : SectionPage(QLatin1String(PhoneFormatSettings::kKey), session, parent)
    , m_normalize(new QCheckBox)
    , m_lengthLabel(new QLabel)
    , m_length(new QSpinBox)
    , m_prefixLabel(new QLabel)
    , m_prefix(new QLineEdit)
    , m_trunkLabel(new QLabel)
    , m_trunk(new QLineEdit)
    , m_refusePremium(new QCheckBox)
    , m_useDirectory(new QCheckBox)
    , m_attributeLabel(new QLabel)
    , m_attribute(new QLineEdit)
    , m_directoryWarning(new QLabel)
    , m_tryLabel(new QLabel)
    , m_try(new QLineEdit)
    , m_tryResult(new QLabel)
{
    m_length->setRange(PhoneFormatSettings::kMinLength, PhoneFormatSettings::kMaxLength);
    m_prefix->setMaxLength(8);
    m_trunk->setMaxLength(3);
    auto* box = new QWidget;
    auto* form = new QFormLayout(box);
    addRow(form, m_normalize, QStringLiteral("normalize"));
    addRow(form, m_lengthLabel, m_length, QStringLiteral("length"));
    addRow(form, m_prefixLabel, m_prefix, QStringLiteral("prefix"));
    addRow(form, m_trunkLabel, m_trunk, QStringLiteral("trunkDigit"));
    addRow(form, m_refusePremium, QStringLiteral("refusePremiumRate"));
    addRow(form, m_useDirectory, QStringLiteral("useDirectoryPhone"));
    addRow(form, m_attributeLabel, m_attribute, QStringLiteral("directoryAttribute"));
    m_directoryWarning->setObjectName(QStringLiteral("directoryWarning"));
    m_directoryWarning->setWordWrap(true);
    QPalette warn = m_directoryWarning->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_directoryWarning->setPalette(warn);
    m_directoryWarning->hide();
    form->addRow(QString(), m_directoryWarning);
    addToContent(box);

    // The try box is not a setting: it only feeds the preview.
    auto* tryBox = new QGroupBox;
    tryBox->setObjectName(QStringLiteral("tryBox"));
    auto* tryForm = new QFormLayout(tryBox);
    m_try->setObjectName(QStringLiteral("tryNumber"));
    m_tryLabel->setBuddy(m_try);
    m_tryResult->setObjectName(QStringLiteral("tryResult"));
    m_tryResult->setWordWrap(true);
    m_tryResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tryForm->addRow(m_tryLabel, m_try);
    tryForm->addRow(QString(), m_tryResult);
    addToContent(tryBox);
    addToContent(new QWidget, 1);
    connect(m_try, &QLineEdit::textChanged, this, &PhoneFormatSettingsPage::updatePreview);
    connect(m_useDirectory, &QCheckBox::toggled, m_attribute, &QWidget::setEnabled);
    connect(m_useDirectory, &QCheckBox::toggled, this, &PhoneFormatSettingsPage::updateDirectoryWarning);
    // A save of the Directory page changes whether the warning applies.
    connect(session, &SettingsSession::sectionLoaded, this, &PhoneFormatSettingsPage::updateDirectoryWarning);
    finishConstruction();
}

void PhoneFormatSettingsPage::showSettings(const Settings& settings)
{
    const PhoneFormatSettings& s = settings.phoneFormat;
    m_normalize->setChecked(s.normalize);
    m_length->setValue(s.length);
    m_prefix->setText(s.prefix);
    m_trunk->setText(s.trunkDigit);
    m_refusePremium->setChecked(s.refusePremiumRate);
    m_useDirectory->setChecked(s.useDirectoryPhone);
    m_attribute->setText(s.directoryAttribute);
    m_attribute->setEnabled(s.useDirectoryPhone);
    updateDirectoryWarning();
}

void PhoneFormatSettingsPage::updateDirectoryWarning()
{
    const DirectorySettings& saved = session()->settings().directory;
    const bool broken = !saved.isConfigured() || !saved.validate().isEmpty();
    m_directoryWarning->setVisible(store() && m_useDirectory->isChecked() && broken);
    m_directoryWarning->setText(
        tr("⚠ No directory connection is saved: while this is on, every code request fails. Set up the server on "
           "the Directory page and test it with Check directory, or turn this off."));
}

QString PhoneFormatSettingsPage::directoryWarning() const
{
    return m_directoryWarning->isVisibleTo(this) ? m_directoryWarning->text() : QString();
}

void PhoneFormatSettingsPage::apply(Settings& settings) const
{
    PhoneFormatSettings& s = settings.phoneFormat;
    s.normalize = m_normalize->isChecked();
    s.length = m_length->value();
    s.prefix = m_prefix->text().trimmed();
    s.trunkDigit = m_trunk->text().trimmed();
    s.refusePremiumRate = m_refusePremium->isChecked();
    s.useDirectoryPhone = m_useDirectory->isChecked();
    s.directoryAttribute = m_attribute->text().trimmed();
}

void PhoneFormatSettingsPage::updatePreview()
{
    const QString input = m_try->text();
    if (input.trimmed().isEmpty()) {
        m_tryResult->setText(tr("Type a number as users write it, for example 8 (916) 123-45-67."));
        return;
    }
    const Settings edited = editedSettings();
    if (!edited.phoneFormat.validate().isEmpty()) {
        m_tryResult->setText(tr("Correct the settings above to try a number."));
        return;
    }
    const PhoneNormalizer::Outcome outcome = PhoneNormalizer(edited.phoneFormat).check(input);
    if (!outcome.ok) {
        m_tryResult->setText(tr("✗ Refused: %1").arg(outcome.reason));
        return;
    }
    QString text = tr("✓ Sent to %1").arg(outcome.normalized);
    text += QLatin1Char('\n') + tr("Rule applied: %1").arg(PhoneNormalizer(edited.phoneFormat).ruleText(outcome.rule));
    if (outcome.classified) {
        text += QLatin1Char('\n') + tr("Kind of number: %1").arg(outcome.typeName);
        if (!outcome.libphonenumberValid)
            text += QLatin1Char('\n') + tr("Note: libphonenumber does not know this number as valid; it is sent "
                                           "anyway because it matches the rules above.");
    }
    m_tryResult->setText(text);
}

QString PhoneFormatSettingsPage::description() const
{
    return tr("How phone numbers are turned into the international form before an SMS is sent: spaces, brackets "
              "and hyphens are removed, the trunk digit becomes the prefix, and the length is checked.");
}

void PhoneFormatSettingsPage::retranslatePage()
{
    describe(m_normalize, tr("&Normalise phone numbers"),
             tr("When ticked, numbers are cleaned up and completed by the rules below; otherwise they are sent as "
                "stored and must already be international (+ and digits)."));
    describe(m_lengthLabel, m_length, tr("Number &length:"),
             tr("Characters of a normalised number, + included: +79161234567 has 12 (%1–%2).")
                 .arg(PhoneFormatSettings::kMinLength)
                 .arg(PhoneFormatSettings::kMaxLength));
    describe(m_prefixLabel, m_prefix, tr("Country &prefix:"),
             tr("Added to numbers written without it, for example +7 (the default) or +46."));
    describe(m_trunkLabel, m_trunk, tr("&Trunk digit:"),
             tr("A leading digit replaced by the prefix, such as 8 in 8 916 123-45-67 (the default). Empty: none."));
    describe(m_refusePremium, tr("Refuse &premium-rate and toll-free numbers"),
             tr("Protects against SMS pumping fraud: numbers that cost the sender or are not phones get no SMS."));
    describe(m_useDirectory, tr("Use the phone number from Active &Directory"),
             tr("Takes the number from the user's directory entry instead of the store. The connection is set up "
                "on the Directory page."));
    updateDirectoryWarning();
    describe(m_attributeLabel, m_attribute, tr("Directory &attribute:"),
             tr("The directory attribute that holds the mobile number (default: mobile)."));
    if (auto* box = qobject_cast<QGroupBox*>(m_try->parentWidget()))
        box->setTitle(tr("Try a number"));
    describe(m_tryLabel, m_try, tr("Nu&mber:"),
             tr("Shows what the rules above (saved or not) make of a number. Nothing is sent or stored."));
}
