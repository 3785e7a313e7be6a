#pragma once

#include "SettingsPage.h"

#include <QJsonObject>

class QFormLayout;
class QGroupBox;
class QLabel;

// Stands in for a section's editor until its page is built (issue #4): shows the section's
// stored values read-only and tells the administrator how to change them meanwhile.
class PlaceholderSettingsPage : public SettingsPage {
    Q_OBJECT

public:
    explicit PlaceholderSettingsPage(const QString& sectionKey, QWidget* parent = nullptr);

    void setStore(Store* store) override;
    void load(const Settings& settings) override;
    FieldErrors validate() const override { return {}; }
    // Read-only: the stored values stay as they are.
    void apply(Settings&) const override {}
    void revert() override {}

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void rebuildValues();
    QString displayValue(const QJsonValue& value) const;

    QLabel* m_heading = nullptr;
    QLabel* m_notice = nullptr;
    QGroupBox* m_valuesBox = nullptr;
    QFormLayout* m_values = nullptr;
    QLabel* m_state = nullptr;
    bool m_hasStore = false;
    bool m_loaded = false;
    QJsonObject m_section;
};
