#pragma once

#include "SmsGateway.h"

#include <memory>

// Sends through the first gateway and, when it fails with a transport or retryable error,
// through the second (DESIGN §5 failover). The result says when the second one was used and
// why, so the engine can record the switch as an event; the gateway itself knows no store.
class FailoverGateway : public SmsGateway {
    Q_OBJECT

public:
    FailoverGateway(std::unique_ptr<SmsGateway> first, std::unique_ptr<SmsGateway> second, QObject* parent = nullptr);
    ~FailoverGateway() override;

    QString displayName() const override;
    bool supportsValidateOnly() const override;
    bool waitsOnNetwork() const override { return m_first->waitsOnNetwork() || m_second->waitsOnNetwork(); }
    void send(const SmsMessage& message, Callback done) override;
    void cancel() override;
    // Checks the first gateway: the one every message tries.
    bool supportsConnectionCheck() const override { return m_first->supportsConnectionCheck(); }
    void checkConnection(Callback done) override { m_first->checkConnection(std::move(done)); }

    SmsGateway* first() const { return m_first.get(); }
    SmsGateway* second() const { return m_second.get(); }

private:
    std::unique_ptr<SmsGateway> m_first;
    std::unique_ptr<SmsGateway> m_second;
    bool m_cancelled = false;
};
