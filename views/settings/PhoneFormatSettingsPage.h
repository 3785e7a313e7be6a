#pragma once

#include "SectionPage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// DESIGN §3.6: how phone numbers are normalised, with a box to try a number against the
// page's (unsaved) rules.
class PhoneFormatSettingsPage : public SectionPage {
    Q_OBJECT

public:
    explicit PhoneFormatSettingsPage(SettingsSession* session, QWidget* parent = nullptr);

    void apply(Settings& settings) const override;

protected:
    void showSettings(const Settings& settings) override;
    void updatePreview() override;
    void retranslatePage() override;

private:
    // Shown while the directory switch is on and the saved Directory section has no server.
    void updateDirectoryWarning();

public:
    QString directoryWarning() const;
    QString description() const override;

private:
    QCheckBox* m_normalize;
    QLabel* m_lengthLabel;
    QSpinBox* m_length;
    QLabel* m_prefixLabel;
    QLineEdit* m_prefix;
    QLabel* m_trunkLabel;
    QLineEdit* m_trunk;
    QCheckBox* m_refusePremium;
    QCheckBox* m_useDirectory;
    QLabel* m_attributeLabel;
    QLineEdit* m_attribute;
    QLabel* m_directoryWarning;
    QLabel* m_tryLabel;
    QLineEdit* m_try;
    QLabel* m_tryResult;
};
