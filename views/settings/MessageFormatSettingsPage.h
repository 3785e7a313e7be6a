#pragma once

#include "SectionPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// DESIGN §3.5: the sender name and the text of the SMS, with the composed message previewed
// as the phone shows it, its length, encoding and number of SMS.
class MessageFormatSettingsPage : public SectionPage {
    Q_OBJECT

public:
    explicit MessageFormatSettingsPage(SettingsSession* session, QWidget* parent = nullptr);

    void apply(Settings& settings) const override;

protected:
    void showSettings(const Settings& settings) override;
    void updatePreview() override;
    void retranslatePage() override;
    QString description() const override;

private:
    QLabel* m_senderLabel;
    QLineEdit* m_sender;
    QLabel* m_textLabel;
    QLineEdit* m_text;
    QLabel* m_dateLabel;
    QComboBox* m_dateFormat;
    QLabel* m_previewTitle;
    QLabel* m_preview;
    QLabel* m_summary;
    QPushButton* m_testSend = nullptr;
};
