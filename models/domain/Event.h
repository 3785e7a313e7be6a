#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One entry of the event log (DESIGN §4). Never holds an OTP or a full phone number.
struct Event {
    enum class Severity { Info = 0, Warning = 1, Error = 2 };

    qint64 id = 0;
    QDateTime at;
    int code = 0;
    Severity severity = Severity::Info;
    QString account;
    QString clientAddress;
    QString actor;
    QString message; // English, as written; what old rows and `smsotp-cli events list` show
    // What EventText needs to say the message in the reader's language (docs/events.md lists the
    // keys per code). Empty for rows written before schema 7: they are shown as `message`.
    QJsonObject params;
};
