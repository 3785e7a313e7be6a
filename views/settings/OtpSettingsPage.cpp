#include "OtpSettingsPage.h"

#include "FieldMessage.h"
#include "engine/OtpGenerator.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

OtpSettingsPage::OtpSettingsPage(SettingsSession* session, QWidget* parent)
    : SectionPage(QLatin1String(OtpSettings::kKey), session, parent)
    , m_lengthLabel(new QLabel)
    , m_length(new QSpinBox)
    , m_classesLabel(new QLabel)
    , m_digits(new QCheckBox)
    , m_lowercase(new QCheckBox)
    , m_uppercase(new QCheckBox)
    , m_special(new QCheckBox)
    , m_avoidLookAlike(new QCheckBox)
    , m_lifetimeLabel(new QLabel)
    , m_lifetime(new QSpinBox)
    , m_sampleTitle(new QLabel)
    , m_sample(new QLabel)
    , m_newSample(new QPushButton)
    , m_entropy(new QLabel)
    , m_weak(new QLabel)
{
    m_length->setRange(OtpSettings::kMinLength, OtpSettings::kMaxLength);
    m_lifetime->setRange(OtpSettings::kMinLifetime, OtpSettings::kMaxLifetime);
    auto* box = new QWidget;
    auto* form = new QFormLayout(box);
    addRow(form, m_lengthLabel, m_length, QStringLiteral("length"));

    // The four classes share one message: "choose at least one kind" belongs to them all.
    auto* classes = new QWidget;
    auto* classesLayout = new QVBoxLayout(classes);
    classesLayout->setContentsMargins(0, 0, 0, 0);
    classesLayout->setSpacing(2);
    const QList<QPair<QCheckBox*, QString>> boxes = {{m_digits, QStringLiteral("digits")},
                                                     {m_lowercase, QStringLiteral("lowercase")},
                                                     {m_uppercase, QStringLiteral("uppercase")},
                                                     {m_special, QStringLiteral("special")},
                                                     {m_avoidLookAlike, QStringLiteral("avoidLookAlike")}};
    for (const auto& [check, name] : boxes) {
        check->setObjectName(name);
        classesLayout->addWidget(check);
        watch(check);
    }
    classesLayout->addWidget(bindField(QStringLiteral("digits"), m_digits));
    m_classesLabel->setBuddy(m_digits);
    form->addRow(m_classesLabel, classes);
    addRow(form, m_lifetimeLabel, m_lifetime, QStringLiteral("lifetimeSeconds"));
    addToContent(box);

    auto* preview = new QWidget;
    auto* previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 8, 0, 0);
    QFont bold = m_sampleTitle->font();
    bold.setBold(true);
    m_sampleTitle->setFont(bold);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(fixed.pointSizeF() * 1.5);
    m_sample->setFont(fixed);
    m_sample->setObjectName(QStringLiteral("sample"));
    m_sample->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_newSample->setObjectName(QStringLiteral("newSample"));
    m_entropy->setObjectName(QStringLiteral("entropy"));
    m_entropy->setWordWrap(true);
    m_weak->setObjectName(QStringLiteral("weakWarning"));
    m_weak->setWordWrap(true);
    QPalette warn = m_weak->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_weak->setPalette(warn);
    auto* sampleLine = new QHBoxLayout;
    sampleLine->addWidget(m_sample, 1);
    sampleLine->addWidget(m_newSample);
    previewLayout->addWidget(m_sampleTitle);
    previewLayout->addLayout(sampleLine);
    previewLayout->addWidget(m_entropy);
    previewLayout->addWidget(m_weak);
    addToContent(preview);
    addToContent(new QWidget, 1);
    connect(m_newSample, &QPushButton::clicked, this, &OtpSettingsPage::updatePreview);
    finishConstruction();
}

void OtpSettingsPage::showSettings(const Settings& settings)
{
    const OtpSettings& s = settings.otp;
    m_length->setValue(s.length);
    m_digits->setChecked(s.digits);
    m_lowercase->setChecked(s.lowercase);
    m_uppercase->setChecked(s.uppercase);
    m_special->setChecked(s.special);
    m_avoidLookAlike->setChecked(s.avoidLookAlike);
    m_lifetime->setValue(s.lifetimeSeconds);
}

void OtpSettingsPage::apply(Settings& settings) const
{
    OtpSettings& s = settings.otp;
    s.length = m_length->value();
    s.digits = m_digits->isChecked();
    s.lowercase = m_lowercase->isChecked();
    s.uppercase = m_uppercase->isChecked();
    s.special = m_special->isChecked();
    s.avoidLookAlike = m_avoidLookAlike->isChecked();
    s.lifetimeSeconds = m_lifetime->value();
}

void OtpSettingsPage::updatePreview()
{
    const OtpSettings otp = editedSettings().otp;
    const Result<QStringList> samples = OtpGenerator::samples(otp, 3);
    if (!samples || OtpGenerator::alphabetFor(otp).isEmpty()) {
        m_sample->setText(QStringLiteral("—"));
        m_entropy->setText(tr("Choose at least one kind of character to see a sample."));
        m_weak->hide();
        return;
    }
    m_sample->setText(samples->join(QStringLiteral("   ")));
    const double bits = OtpGenerator::entropyBits(otp);
    const int alphabet = int(OtpGenerator::alphabetFor(otp).size());
    m_entropy->setText(tr("%1 bits of entropy: %2 characters drawn from %3 possible ones.")
                           .arg(QLocale().toString(bits, 'f', 1))
                           .arg(otp.length)
                           .arg(alphabet));
    m_weak->setText(tr("⚠ Fewer than %1 bits: an attacker who may try many codes has a real chance to guess one. "
                       "Make the code longer or add kinds of characters, and keep blocking on.")
                        .arg(int(kWeakBits)));
    m_weak->setVisible(bits < kWeakBits);
}

QString OtpSettingsPage::description() const
{
    return tr("What a one-time password looks like. Every character is drawn at random, evenly, from the kinds "
              "chosen; special characters are those every phone sends as a plain SMS.");
}

void OtpSettingsPage::retranslatePage()
{
    describe(m_lengthLabel, m_length, tr("&Length:"),
             tr("Characters in a code (%1–%2, default 6).").arg(OtpSettings::kMinLength).arg(OtpSettings::kMaxLength));
    m_classesLabel->setText(tr("Characters:"));
    describe(m_digits, tr("&Digits (0–9)"), tr("Codes may contain the digits 0 to 9."));
    describe(m_lowercase, tr("Lo&wercase Latin letters (a–z)"), tr("Codes may contain the letters a to z."));
    describe(m_uppercase, tr("&Uppercase Latin letters (A–Z)"), tr("Codes may contain the letters A to Z."));
    describe(m_special, // "&" in the set would otherwise become a mnemonic.
             tr("S&pecial characters (%1)")
                 .arg(QString::fromLatin1(OtpGenerator::kSpecial).replace(QLatin1Char('&'), QStringLiteral("&&"))),
             tr("Punctuation that every phone sends in a plain SMS."));
    describe(m_avoidLookAlike, tr("Leave out look-alike characters (%1)").arg(QLatin1String(OtpGenerator::kLookAlike)),
             tr("Drops characters people confuse when typing a code from their phone."));
    describe(m_lifetimeLabel, m_lifetime, tr("Code &lifetime:"),
             tr("Seconds a code stays valid after it was sent (%1–%2, default 300).")
                 .arg(OtpSettings::kMinLifetime)
                 .arg(OtpSettings::kMaxLifetime));
    m_lifetime->setSuffix(tr(" s"));
    m_sampleTitle->setText(tr("Samples"));
    m_sample->setAccessibleName(tr("Sample codes"));
    m_newSample->setText(tr("&New Samples"));
    m_newSample->setToolTip(tr("Draw new sample codes with the settings above."));
    m_entropy->setAccessibleName(tr("Entropy"));
}
