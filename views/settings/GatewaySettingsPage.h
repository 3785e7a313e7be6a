#pragma once

#include "SectionPage.h"
#include "gateway/SmsGateway.h"

#include <memory>

class GatewayFields;
class QLabel;
class QPushButton;

// DESIGN §3.4: which gateway sends the messages and how to reach it. Only the fields the
// chosen type uses are shown. Secrets (password, token) are never displayed: a stored one
// shows as dots and stays as it is unless a new value is typed.
class GatewaySettingsPage : public SectionPage {
    Q_OBJECT

public:
    explicit GatewaySettingsPage(SettingsSession* session, QWidget* parent = nullptr);
    ~GatewaySettingsPage() override;

    void apply(Settings& settings) const override;

protected:
    void showSettings(const Settings& settings) override;
    FieldErrors inputErrors() const override;
    void updatePreview() override;
    void retranslatePage() override;
    QString description() const override;

private:
    void bindFields(const GatewayFields* fields);
    void updateRows();
    void checkConnection();

    GatewayFields* m_first;
    QLabel* m_keyNote;
    // Check connection and test send
    QPushButton* m_checkConnection;
    QPushButton* m_testSend;
    QLabel* m_checkResult;
    std::unique_ptr<SmsGateway> m_checking;
};
