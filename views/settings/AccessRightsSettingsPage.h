#pragma once

#include "SectionPage.h"

class QCheckBox;
class QComboBox;
class QLabel;

// DESIGN §3.1: which self-service operations end users may perform.
class AccessRightsSettingsPage : public SectionPage {
    Q_OBJECT

public:
    explicit AccessRightsSettingsPage(SettingsSession* session, QWidget* parent = nullptr);

    void apply(Settings& settings) const override;

protected:
    void showSettings(const Settings& settings) override;
    void retranslatePage() override;
    QString description() const override;

private:
    QCheckBox* m_denyUse;
    QCheckBox* m_mayRegister;
    QCheckBox* m_mayEdit;
    QCheckBox* m_mayDelete;
    QLabel* m_commentLabel;
    QComboBox* m_commentEditing;
};
