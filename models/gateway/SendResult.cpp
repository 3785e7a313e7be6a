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
