#pragma once

#include "SectionPage.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

// DESIGN §3.7: what a one-time password looks like, with fresh samples from the real
// generator and the entropy an attacker faces; under 20 bits it warns.
class OtpSettingsPage : public SectionPage {
    Q_OBJECT

public:
    static constexpr double kWeakBits = 20.0;

    explicit OtpSettingsPage(SettingsSession* session, QWidget* parent = nullptr);

    void apply(Settings& settings) const override;

protected:
    void showSettings(const Settings& settings) override;
    void updatePreview() override;
    void retranslatePage() override;
    QString description() const override;

private:
    QLabel* m_lengthLabel;
    QSpinBox* m_length;
    QLabel* m_classesLabel;
    QCheckBox* m_digits;
    QCheckBox* m_lowercase;
    QCheckBox* m_uppercase;
    QCheckBox* m_special;
    QCheckBox* m_avoidLookAlike;
    QLabel* m_lifetimeLabel;
    QSpinBox* m_lifetime;
    QLabel* m_sampleTitle;
    QLabel* m_sample;
    QPushButton* m_newSample;
    QLabel* m_entropy;
    QLabel* m_weak;
};
