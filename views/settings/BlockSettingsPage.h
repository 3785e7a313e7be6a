#pragma once

#include "SectionPage.h"

class QCheckBox;
class QLabel;
class QSpinBox;

// DESIGN §3.2: lock-out after repeated failed codes, with the policy spelled out in words.
class BlockSettingsPage : public SectionPage {
    Q_OBJECT

public:
    explicit BlockSettingsPage(SettingsSession* session, QWidget* parent = nullptr);

    void apply(Settings& settings) const override;
    // The sentence that explains `settings` ("After 5 failed codes within 10 minutes…").
    static QString policySentence(const BlockSettings& settings);

protected:
    void showSettings(const Settings& settings) override;
    void updatePreview() override;
    void retranslatePage() override;
    QString description() const override;

private:
    QCheckBox* m_enabled;
    QLabel* m_attemptsLabel;
    QSpinBox* m_attempts;
    QLabel* m_resetLabel;
    QSpinBox* m_reset;
    QLabel* m_unblockLabel;
    QSpinBox* m_unblock;
    QLabel* m_policy;
};
