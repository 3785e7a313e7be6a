#include "MessageFormatSettingsPage.h"

#include "engine/MessageComposer.h"
#include "engine/OtpGenerator.h"
#include "engine/SmsEncoding.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

MessageFormatSettingsPage::MessageFormatSettingsPage(SettingsSession* session, QWidget* parent)
    : SectionPage(QLatin1String(MessageFormatSettings::kKey), session, parent)
    , m_senderLabel(new QLabel)
    , m_sender(new QLineEdit)
    , m_textLabel(new QLabel)
    , m_text(new QLineEdit)
    , m_dateLabel(new QLabel)
    , m_dateFormat(new QComboBox)
    , m_previewTitle(new QLabel)
    , m_preview(new QLabel)
    , m_summary(new QLabel)
{
    auto* box = new QWidget;
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_sender->setMaxLength(20); // long enough to show the "at most 11" message, short enough to stay sane
    m_text->setMaxLength(MessageFormatSettings::kMaxTextLength + 20);
    addRow(form, m_senderLabel, m_sender, QStringLiteral("sender"));
    addRow(form, m_textLabel, m_text, QStringLiteral("textBeforeOtp"));
    for (const QString& format : MessageFormatSettings::dateFormats())
        m_dateFormat->addItem(QString(), format);
    addRow(form, m_dateLabel, m_dateFormat, QStringLiteral("dateFormat"));
    addToContent(box);

    auto* previewBox = new QWidget;
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 8, 0, 0);
    QFont bold = m_previewTitle->font();
    bold.setBold(true);
    m_previewTitle->setFont(bold);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(8);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_preview);
    previewLayout->addWidget(m_summary);
    // Sends the previewed message for real, with this page's input, saved or not.
    m_testSend = new QPushButton;
    m_testSend->setObjectName(QStringLiteral("testSend"));
    previewLayout->addWidget(m_testSend, 0, Qt::AlignLeft);
    connect(m_testSend, &QPushButton::clicked, this, &MessageFormatSettingsPage::showTestSend);
    addToContent(previewBox);
    addToContent(new QWidget, 1);
    finishConstruction();
}

void MessageFormatSettingsPage::showSettings(const Settings& settings)
{
    const MessageFormatSettings& s = settings.messageFormat;
    m_sender->setText(s.sender);
    m_text->setText(s.textBeforeOtp);
    const int index = m_dateFormat->findData(s.dateFormat);
    m_dateFormat->setCurrentIndex(index < 0 ? 0 : index);
}

void MessageFormatSettingsPage::apply(Settings& settings) const
{
    MessageFormatSettings& s = settings.messageFormat;
    s.sender = m_sender->text();
    s.textBeforeOtp = m_text->text();
    s.dateFormat = m_dateFormat->currentData().toString();
}

void MessageFormatSettingsPage::updatePreview()
{
    const Settings edited = editedSettings();
    // A sample of the configured kind, so the count matches what is really sent.
    const Result<QStringList> samples = OtpGenerator::samples(edited.otp, 1);
    const QString otp =
        samples && !samples->isEmpty() ? samples->first() : QString(edited.otp.length, QLatin1Char('0'));
    const QString message = MessageComposer::compose(edited.messageFormat, otp, QDateTime::currentDateTime());
    const QString sender =
        edited.messageFormat.sender.isEmpty() ? tr("(the gateway's default sender)") : edited.messageFormat.sender;
    m_preview->setText(tr("From: %1").arg(sender) + QStringLiteral("\n\n") + message);
    const SmsEncoding::Analysis analysis = SmsEncoding::analyse(message);
    QString summary = SmsEncoding::summary(analysis);
    if (analysis.encoding == SmsEncoding::Encoding::Ucs2 && !analysis.firstUcs2Char.isEmpty())
        summary +=
            QLatin1Char(' ') +
            tr("(UCS-2 because of “%1”: one SMS holds 70 characters instead of 160)").arg(analysis.firstUcs2Char);
    m_summary->setText(summary);
}

QString MessageFormatSettingsPage::description() const
{
    return tr("What the SMS says. The message is the text before the code, a space and the code, then the date on a "
              "new line when a date format is chosen.");
}

void MessageFormatSettingsPage::retranslatePage()
{
    describe(m_senderLabel, m_sender, tr("&Sender name:"),
             tr("The name the phone shows as the sender: up to 11 Latin letters, digits, spaces, '-' and '.', with at "
                "least one letter, or up to 15 digits. Empty: the gateway's default."));
    describe(m_textLabel, m_text, tr("&Text before the code:"),
             tr("Written before the code, for example \"Your sign-in code:\". Empty: only the code is sent."));
    describe(m_dateLabel, m_dateFormat, tr("&Date of sending:"),
             tr("Adds the date (and time) of sending on a new line, so the user can tell an old message from a new "
                "one."));
    const QDateTime example(QDate(2024, 3, 31), QTime(14, 5, 9));
    for (int i = 0; i < m_dateFormat->count(); ++i) {
        const QString format = m_dateFormat->itemData(i).toString();
        m_dateFormat->setItemText(
            i, format.isEmpty() ? tr("None")
                                : QStringLiteral("%1  (%2)").arg(QLocale::c().toString(example, format), format));
    }
    m_previewTitle->setText(tr("Preview"));
    m_preview->setAccessibleName(tr("Preview of the message"));
    m_summary->setAccessibleName(tr("Length, encoding and number of SMS"));
    m_testSend->setText(tr("Send &Test SMS…"));
    m_testSend->setToolTip(tr("Sends this message with a fresh code through the gateway, to a number you choose."));
}
