#pragma once

#include "FieldError.h"
#include "Limits.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

// What the SMS says (DESIGN §3.5): "<text before OTP> <OTP>" and optionally the date.
struct MessageFormatSettings {
    Q_DECLARE_TR_FUNCTIONS(MessageFormatSettings)

public:
    static constexpr const char* kKey = "messageFormat";
    static constexpr int kMaxTextLength = Limits::kTextBeforeOtpLength;

    QString sender;
    QString textBeforeOtp;
    QString dateFormat; // empty: no date; else one of dateFormats()

    // The QDateTime patterns offered in the list; the first is "none".
    static QStringList dateFormats();
    // Empty when `sender` is acceptable as the name shown on the phone, else why not.
    static QString senderProblem(const QString& sender);

    QJsonObject toJson() const;
    void readJson(const QJsonObject& json, FieldErrors& errors);
    FieldErrors validate() const;

    bool operator==(const MessageFormatSettings& o) const { return toJson() == o.toJson(); }
    bool operator!=(const MessageFormatSettings& o) const { return !(*this == o); }
};
