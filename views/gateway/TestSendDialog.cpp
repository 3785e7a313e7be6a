#include "TestSendDialog.h"

#include "engine/SmsEncoding.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"
#include "util/ActorName.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

TestSendDialog::TestSendDialog(Store& store, const StoreKey* key, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_key(key)
    , m_sender(std::make_unique<TestSender>(store, key))
{
    setObjectName(QStringLiteral("testSendDialog"));
    buildUi();
    loadSavedSettings();
    retranslateUi();
    newCode();
    resize(620, 680);
}

TestSendDialog::~TestSendDialog()
{
    if (m_sender)
        m_sender->cancel();
}

void TestSendDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_messageBox = new QGroupBox;
    m_messageForm = new QFormLayout(m_messageBox);
    m_phoneLabel = new QLabel;
    m_phone = new QLineEdit;
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phoneLabel->setBuddy(m_phone);
    m_messageForm->addRow(m_phoneLabel, m_phone);
    m_normalizedLabel = new QLabel;
    m_normalized = new QLabel;
    m_normalized->setObjectName(QStringLiteral("normalized"));
    m_normalized->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_normalized->setWordWrap(true);
    m_messageForm->addRow(m_normalizedLabel, m_normalized);

    m_contentLabel = new QLabel;
    auto* content = new QWidget;
    auto* contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_otpMode = new QRadioButton;
    m_otpMode->setObjectName(QStringLiteral("otpMode"));
    m_otpMode->setChecked(true);
    m_newCode = new QPushButton;
    m_newCode->setObjectName(QStringLiteral("newCode"));
    m_customMode = new QRadioButton;
    m_customMode->setObjectName(QStringLiteral("customMode"));
    contentLayout->addWidget(m_otpMode);
    contentLayout->addWidget(m_newCode);
    contentLayout->addSpacing(12);
    contentLayout->addWidget(m_customMode);
    contentLayout->addStretch();
    m_messageForm->addRow(m_contentLabel, content);
    m_customText = new QPlainTextEdit;
    m_customText->setObjectName(QStringLiteral("customText"));
    m_customText->setMaximumHeight(70);
    m_customText->setEnabled(false);
    m_messageForm->addRow(QString(), m_customText);

    m_previewLabel = new QLabel;
    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_preview->setMaximumHeight(80);
    m_messageForm->addRow(m_previewLabel, m_preview);
    m_previewInfo = new QLabel;
    m_previewInfo->setObjectName(QStringLiteral("previewInfo"));
    m_messageForm->addRow(QString(), m_previewInfo);

    m_gatewayLabel = new QLabel;
    m_gatewayInfo = new QLabel;
    m_gatewayInfo->setObjectName(QStringLiteral("gatewayInfo"));
    m_gatewayInfo->setWordWrap(true);
    m_messageForm->addRow(m_gatewayLabel, m_gatewayInfo);
    m_validateOnly = new QCheckBox;
    m_validateOnly->setObjectName(QStringLiteral("validateOnly"));
    m_messageForm->addRow(QString(), m_validateOnly);
    layout->addWidget(m_messageBox);

    auto* actions = new QHBoxLayout;
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 0); // how long a gateway takes is unknown: a busy indicator
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_send = new QPushButton;
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setDefault(true);
    m_cancelSend = new QPushButton;
    m_cancelSend->setObjectName(QStringLiteral("cancelSend"));
    m_cancelSend->setVisible(false);
    actions->addWidget(m_progress, 1);
    actions->addStretch();
    actions->addWidget(m_cancelSend);
    actions->addWidget(m_send);
    layout->addLayout(actions);

    m_resultBox = new QGroupBox;
    m_resultBox->setObjectName(QStringLiteral("resultPanel"));
    m_resultForm = new QFormLayout(m_resultBox);
    auto addResultRow = [this](QLabel*& label, QLabel*& value, const char* name) {
        label = new QLabel;
        value = new QLabel;
        value->setObjectName(QLatin1String(name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_resultForm->addRow(label, value);
    };
    addResultRow(m_outcomeLabel, m_outcome, "resultOutcome");
    addResultRow(m_messageIdLabel, m_messageId, "resultMessageId");
    addResultRow(m_codeLabel, m_code, "resultCode");
    m_textLabel = new QLabel;
    m_gatewayText = new QPlainTextEdit;
    m_gatewayText->setObjectName(QStringLiteral("resultText"));
    m_gatewayText->setReadOnly(true);
    m_gatewayText->setMaximumHeight(90);
    m_resultForm->addRow(m_textLabel, m_gatewayText);
    addResultRow(m_latencyLabel, m_latency, "resultLatency");
    addResultRow(m_usedGatewayLabel, m_usedGateway, "resultGateway");
    layout->addWidget(m_resultBox, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &TestSendDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &TestSendDialog::send);
    connect(m_cancelSend, &QPushButton::clicked, this, &TestSendDialog::cancelSend);
    connect(m_newCode, &QPushButton::clicked, this, &TestSendDialog::newCode);
    connect(m_phone, &QLineEdit::textChanged, this, &TestSendDialog::updatePreview);
    connect(m_customText, &QPlainTextEdit::textChanged, this, &TestSendDialog::updatePreview);
    connect(m_customMode, &QRadioButton::toggled, this, [this](bool custom) {
        m_customText->setEnabled(custom);
        m_newCode->setEnabled(!custom);
        if (custom)
            m_customText->setFocus();
        updatePreview();
    });
}

void TestSendDialog::retranslateUi()
{
    setWindowTitle(tr("Send a Test SMS"));
    m_intro->setText(tr("Sends a real SMS through the gateway to prove the configuration works. The message is "
                        "built like a sign-in message, with a fresh one-time password that signs nobody in, or "
                        "with a text of your own. Every test send is recorded in the event log without the code."));
    m_messageBox->setTitle(tr("Message"));
    m_phoneLabel->setText(tr("&Phone number:"));
    m_phone->setPlaceholderText(tr("for example 8 (916) 123-45-67"));
    m_phone->setToolTip(tr("Typed as users would; it is normalised with the Phone format settings."));
    m_normalizedLabel->setText(tr("Sent to:"));
    m_contentLabel->setText(tr("Content:"));
    m_otpMode->setText(tr("&One-time password"));
    m_otpMode->setToolTip(tr("The text of the Message format page with a freshly generated one-time password."));
    m_newCode->setText(tr("&New code"));
    m_customMode->setText(tr("C&ustom text"));
    m_customText->setPlaceholderText(tr("The text to send"));
    m_previewLabel->setText(tr("Preview:"));
    m_gatewayLabel->setText(tr("Gateway:"));
    m_validateOnly->setText(tr("&Validate only (the gateway checks the request but sends nothing)"));
    m_send->setText(tr("&Send"));
    m_cancelSend->setText(tr("&Cancel Sending"));
    m_resultBox->setTitle(tr("Result"));
    m_outcomeLabel->setText(tr("Outcome:"));
    m_messageIdLabel->setText(tr("Provider message id:"));
    m_codeLabel->setText(tr("Gateway code:"));
    m_textLabel->setText(tr("Gateway answer:"));
    m_latencyLabel->setText(tr("Latency:"));
    m_usedGatewayLabel->setText(tr("Sent through:"));
    if (m_lastResult.gatewayName.isEmpty() && m_lastResult.message().isEmpty() && !m_lastResult.success)
        m_outcome->setText(tr("Nothing sent yet."));
    else
        showResult(m_lastResult);
    updateGatewayInfo();
    updatePreview();
}

void TestSendDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TestSendDialog::loadSavedSettings()
{
    Result<SettingsRepository::Loaded> loaded = SettingsRepository(m_store, m_key).load();
    if (loaded) {
        m_settings = loaded->settings;
        m_loadError.clear();
    } else {
        m_settings = Settings();
        m_loadError = loaded.error();
    }
    m_source = Source::Saved;
}

void TestSendDialog::setSettings(const Settings& settings, Source source)
{
    m_settings = settings;
    m_source = source;
    m_loadError.clear();
    newCode();
    updateGatewayInfo();
}

void TestSendDialog::setPhone(const QString& phone)
{
    m_phone->setText(phone);
}

bool TestSendDialog::isSending() const
{
    return m_sender && m_sender->isSending();
}

void TestSendDialog::newCode()
{
    Result<QString> otp = TestSender::freshOtp(m_settings);
    m_otp = otp ? otp.value() : QString();
    updatePreview();
}

void TestSendDialog::updatePreview()
{
    const QString custom = m_customMode->isChecked() ? m_customText->toPlainText() : QString();
    m_prepared = TestSender::prepareWithOtp(m_settings, m_phone->text(), custom, m_otp);
    if (m_phone->text().trimmed().isEmpty()) {
        m_normalized->setText(tr("(enter a number)"));
        m_normalized->setStyleSheet(QString());
    } else if (m_prepared.ok) {
        m_normalized->setText(m_prepared.normalized);
        m_normalized->setStyleSheet(QString());
    } else {
        m_normalized->setText(m_prepared.reason);
        m_normalized->setStyleSheet(QStringLiteral("color: #b00020;"));
    }
    m_preview->setPlainText(m_prepared.message.text);
    const SmsEncoding::Analysis analysis = SmsEncoding::analyse(m_prepared.message.text);
    QString info = SmsEncoding::summary(analysis);
    if (!m_prepared.message.sender.isEmpty())
        info = tr("From %1 · %2").arg(m_prepared.message.sender, info);
    m_previewInfo->setText(info);
    const bool customMissing = m_customMode->isChecked() && m_customText->toPlainText().trimmed().isEmpty();
    const bool otpMissing = !m_customMode->isChecked() && m_otp.isEmpty();
    m_send->setEnabled(!isSending() && m_prepared.ok && !customMissing && !otpMissing && m_loadError.isEmpty());
}

void TestSendDialog::updateGatewayInfo()
{
    const GatewaySettings& g = m_settings.gateway;
    QString info = GatewaySettings::displayName(g.type);
    if (g.type == GatewaySettings::Type::DevFile)
        info += QStringLiteral(" — ") + (g.filePath.isEmpty() ? tr("the outbox beside the store") : g.filePath);
    else if (!g.address.isEmpty())
        info += QStringLiteral(" — ") + g.address;
    if (g.failover)
        info += QLatin1Char('\n') + tr("then, on a connection failure or when busy: %1 — %2")
                                        .arg(GatewaySettings::displayName(g.failover->type), g.failover->address);
    info +=
        QLatin1Char('\n') + (m_source == Source::Saved ? tr("Using the saved settings.")
                                                       : tr("Using the unsaved settings of the page being edited."));
    if (!m_loadError.isEmpty())
        info = m_loadError;
    m_gatewayInfo->setText(info);

    const bool validateOnly = TestSender::supportsValidateOnly(g);
    m_validateOnly->setEnabled(validateOnly && !isSending());
    if (!validateOnly)
        m_validateOnly->setChecked(false);
    m_validateOnly->setToolTip(validateOnly ? tr("The gateway checks the number, sender and credentials and sends "
                                                 "nothing (SMSAPI's test mode).")
                                            : tr("This gateway has no validate-only send."));
}

void TestSendDialog::setSending(bool sending)
{
    m_progress->setVisible(sending);
    m_cancelSend->setVisible(sending);
    m_cancelSend->setEnabled(sending);
    m_messageBox->setEnabled(!sending);
    m_send->setEnabled(!sending);
    if (!sending) {
        updateGatewayInfo();
        updatePreview();
    }
}

void TestSendDialog::send()
{
    if (isSending())
        return;
    updatePreview();
    if (!m_prepared.ok)
        return;
    m_lastValidateOnly = m_validateOnly->isChecked() && m_validateOnly->isEnabled();
    setSending(true);
    m_outcome->setText(tr("Sending…"));
    m_outcome->setStyleSheet(QString());
    const QString actor = ActorName::console();
    const bool started =
        m_sender->send(m_settings.gateway, m_prepared, m_lastValidateOnly, actor, [this](const SendResult& result) {
            showResult(result);
            // A code goes out once: the next send gets a new one.
            if (!m_customMode->isChecked())
                newCode();
            setSending(false);
            Q_EMIT sent(result);
        });
    Q_UNUSED(started);
}

void TestSendDialog::cancelSend()
{
    if (!isSending())
        return;
    m_cancelSend->setEnabled(false);
    m_sender->cancel();
}

void TestSendDialog::reject()
{
    // Closing while a send runs cancels it; the result still arrives and is recorded.
    if (isSending())
        m_sender->cancel();
    QDialog::reject();
}

void TestSendDialog::showResult(const SendResult& result)
{
    m_lastResult = result;
    if (result.success) {
        m_outcome->setText(m_lastValidateOnly ? tr("Accepted (validate only: nothing was sent)") : tr("Sent"));
        m_outcome->setStyleSheet(QStringLiteral("color: #1b7f3b; font-weight: bold;"));
    } else {
        QString text = tr("Not sent: %1").arg(SendResult::errorClassName(result.errorClass));
        if (!result.message().isEmpty())
            text += QLatin1Char('\n') + result.message();
        m_outcome->setText(text);
        m_outcome->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    }
    const QString none = tr("(none)");
    m_messageId->setText(result.providerMessageId().isEmpty() ? none : result.providerMessageId());
    m_code->setText(result.gatewayCode().isEmpty() ? none : result.gatewayCode());
    m_gatewayText->setPlainText(result.gatewayText());
    m_latency->setText(tr("%1 ms").arg(result.latencyMs));
    QString used = result.gatewayName.isEmpty() ? none : result.gatewayName;
    if (result.viaFailover)
        used +=
            QLatin1Char('\n') + tr("(the second gateway: the first one failed with %1)").arg(result.failoverReason());
    m_usedGateway->setText(used);
}
