#pragma once

#include "domain/Settings.h"
#include "engine/TestSender.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class Store;
class StoreKey;

// The built-in test send (DESIGN §5): a phone number shown normalised, the real message with a
// fresh OTP or a custom text, sent through the saved settings or the unsaved ones of the page
// being edited, with a validate-only send where the gateway has one, progress and cancel while
// it runs, and the outcome: success, provider message id, gateway code and text, latency.
// Each send is event 1303, without the OTP.
class TestSendDialog : public QDialog {
    Q_OBJECT

public:
    enum class Source { Saved, UnsavedPage };

    // `store` and `key` (may be null while locked) must outlive the dialog. Until setSettings()
    // is called the dialog uses the settings saved in the store.
    TestSendDialog(Store& store, const StoreKey* key, QWidget* parent = nullptr);
    ~TestSendDialog() override;

    // Sends with `settings` (gateway, message format, phone format, OTP) instead of the saved ones.
    void setSettings(const Settings& settings, Source source);
    void setPhone(const QString& phone);
    bool isSending() const;
    // The last result shown, for tests.
    const SendResult& lastResult() const { return m_lastResult; }

public Q_SLOTS:
    void send();
    void cancelSend();
    void newCode();
    void reject() override;

Q_SIGNALS:
    void sent(const SendResult& result);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void loadSavedSettings();
    void updatePreview();
    void updateGatewayInfo();
    void setSending(bool sending);
    void showResult(const SendResult& result);

    Store& m_store;
    const StoreKey* m_key;
    Settings m_settings;
    Source m_source = Source::Saved;
    QString m_loadError;
    QString m_otp;
    TestSender::Prepared m_prepared;
    SendResult m_lastResult;
    bool m_lastValidateOnly = false; // whether the last send was validate-only
    std::unique_ptr<TestSender> m_sender;

    QLabel* m_intro = nullptr;
    QGroupBox* m_messageBox = nullptr;
    QFormLayout* m_messageForm = nullptr;
    QLabel* m_phoneLabel = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_normalizedLabel = nullptr;
    QLabel* m_normalized = nullptr;
    QLabel* m_contentLabel = nullptr;
    QRadioButton* m_otpMode = nullptr;
    QRadioButton* m_customMode = nullptr;
    QPushButton* m_newCode = nullptr;
    QPlainTextEdit* m_customText = nullptr;
    QLabel* m_previewLabel = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_previewInfo = nullptr;
    QLabel* m_gatewayLabel = nullptr;
    QLabel* m_gatewayInfo = nullptr;
    QCheckBox* m_validateOnly = nullptr;

    QProgressBar* m_progress = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_cancelSend = nullptr;

    QGroupBox* m_resultBox = nullptr;
    QFormLayout* m_resultForm = nullptr;
    QLabel* m_outcomeLabel = nullptr;
    QLabel* m_outcome = nullptr;
    QLabel* m_messageIdLabel = nullptr;
    QLabel* m_messageId = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLabel* m_code = nullptr;
    QLabel* m_textLabel = nullptr;
    QPlainTextEdit* m_gatewayText = nullptr;
    QLabel* m_latencyLabel = nullptr;
    QLabel* m_latency = nullptr;
    QLabel* m_usedGatewayLabel = nullptr;
    QLabel* m_usedGateway = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
