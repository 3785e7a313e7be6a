#pragma once

#include "gateway/GatewayRedactor.h"
#include "gateway/SmsGateway.h"

#include <QList>

// A gateway for tests: remembers every message and answers with a preset result.
class RecordingGateway : public SmsGateway {
    Q_OBJECT

public:
    using SmsGateway::SmsGateway;

    QString displayName() const override { return QStringLiteral("recording"); }
    void send(const SmsMessage& message, Callback done) override
    {
        m_sent.append(message);
        RawSendResult r = m_result;
        if (r.success && r.providerMessageId.isEmpty())
            r.providerMessageId = QString::number(m_sent.size());
        done(GatewayRedactor(nullptr, message).seal(r));
    }

    void failNext(SendResult::ErrorClass c) { m_result = RawSendResult::failure(c, QStringLiteral("test failure")); }
    void succeed() { m_result = RawSendResult::sent({}, {}, {}); }
    const QList<SmsMessage>& sent() const { return m_sent; }
    // The code in the last message: the last word of its first line.
    QString lastCode() const
    {
        return m_sent.isEmpty() ? QString()
                                : m_sent.last().text.section(QLatin1Char('\n'), 0, 0).section(QLatin1Char(' '), -1);
    }

private:
    QList<SmsMessage> m_sent;
    RawSendResult m_result = RawSendResult::sent({}, {}, {});
};
