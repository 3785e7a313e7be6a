#pragma once

#include "SectionPage.h"
#include "gateway/SmsGateway.h"

#include <memory>

class GatewayFields;
class QCheckBox;
class QLabel;
class QPushButton;

// DESIGN §3.4: which gateway sends the messages and how to reach it, and optionally a failover
// gateway tried when the first cannot be reached or is busy (docs/gateways.md). Only the fields
// the chosen types use are shown. Secrets (password, token) are never displayed: a stored one
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
    // Checks m_toCheck one after another, then shows every result together.
    void checkNext();

    GatewayFields* m_first;
    QCheckBox* m_useFailover;
    QLabel* m_failoverNote;
    GatewayFields* m_failover;
    QLabel* m_keyNote;
    // Check connection and test send
    QPushButton* m_checkConnection;
    QPushButton* m_testSend;
    QLabel* m_checkResult;
    std::unique_ptr<SmsGateway> m_checking;
    // What is still to check while a check runs: the gateway, and the label its result gets
    // (empty when only one gateway is checked).
    QList<QPair<SmsGateway*, QString>> m_toCheck;
    QStringList m_checkLines;
};
