#include "SendResult.h"

QString SendResult::errorClassName(ErrorClass c)
{
    switch (c) {
    case ErrorClass::None:
        return tr("none");
    case ErrorClass::Transport:
        return tr("connection or TLS failure");
    case ErrorClass::Authentication:
        return tr("authentication failed");
    case ErrorClass::RejectedNumber:
        return tr("phone number rejected");
    case ErrorClass::RejectedSender:
        return tr("sender name rejected");
    case ErrorClass::Throttled:
        return tr("too many requests, try again later");
    case ErrorClass::Other:
        return tr("other failure");
    }
    return {};
}

QString SendResult::summary() const
{
    if (success)
        return tr("sent (message id %1)").arg(m_providerMessageId.isEmpty() ? tr("none") : m_providerMessageId);
    QString line = errorClassName(errorClass);
    if (!m_message.isEmpty())
        line += QStringLiteral(": ") + m_message;
    if (!m_gatewayCode.isEmpty())
        line += QStringLiteral(" [") + m_gatewayCode + QLatin1Char(']');
    if (!m_gatewayText.isEmpty())
        line += QLatin1Char(' ') + m_gatewayText.left(300);
    return line;
}

SendResult SendResult::localFailure(ErrorClass c, QString message)
{
    SendResult r;
    r.errorClass = c;
    r.m_message = std::move(message);
    return r;
}

void SendResult::markViaFailover(const SendResult& first)
{
    viaFailover = true;
    m_failoverReason = first.summary();
    latencyMs += first.latencyMs;
}
