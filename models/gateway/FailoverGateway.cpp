#include "FailoverGateway.h"

#include <QPointer>

FailoverGateway::FailoverGateway(std::unique_ptr<SmsGateway> first, std::unique_ptr<SmsGateway> second, QObject* parent)
    : SmsGateway(parent)
    , m_first(std::move(first))
    , m_second(std::move(second))
{
}

FailoverGateway::~FailoverGateway() = default;

QString FailoverGateway::displayName() const
{
    return tr("%1, then %2").arg(m_first->displayName(), m_second->displayName());
}

bool FailoverGateway::supportsValidateOnly() const
{
    // A validate-only send must not turn into a real one on the second gateway.
    return m_first->supportsValidateOnly() && m_second->supportsValidateOnly();
}

void FailoverGateway::send(const SmsMessage& message, Callback done)
{
    m_cancelled = false;
    QPointer<FailoverGateway> self(this);
    m_first->send(message, [self, message, done](const SendResult& first) {
        if (!self || first.success || !first.isRetryable() || self->m_cancelled) {
            done(first);
            return;
        }
        self->m_second->send(message, [done, first](const SendResult& second) {
            SendResult r = second;
            r.markViaFailover(first);
            done(r);
        });
    });
}

void FailoverGateway::cancel()
{
    m_cancelled = true;
    m_first->cancel();
    m_second->cancel();
}
