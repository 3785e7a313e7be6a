#include "SmsGateway.h"

#include <QEventLoop>

SendResult SmsGateway::sendAndWait(const SmsMessage& message)
{
    SendResult result;
    bool done = false;
    QEventLoop loop;
    send(message, [&](const SendResult& r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}
