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
        return tr("sent (message id %1)").arg(providerMessageId.isEmpty() ? tr("none") : providerMessageId);
    QString line = errorClassName(errorClass);
    if (!message.isEmpty())
        line += QStringLiteral(": ") + message;
    if (!gatewayCode.isEmpty())
        line += QStringLiteral(" [") + gatewayCode + QLatin1Char(']');
    if (!gatewayText.isEmpty())
        line += QLatin1Char(' ') + gatewayText.left(300);
    return line;
}
