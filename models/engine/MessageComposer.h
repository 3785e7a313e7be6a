#pragma once

#include "domain/MessageFormatSettings.h"

#include <QDateTime>
#include <QString>

// The text of the SMS (DESIGN §4): "<text before OTP> <OTP>", the space only when there is
// a text, then the date of sending on a new line when a date format is chosen.
class MessageComposer {
public:
    explicit MessageComposer(MessageFormatSettings settings);

    // `sentAt` is a parameter, not "now", so tests and previews are reproducible. The date
    // is formatted with QLocale::c() so the SMS does not change with the server's locale.
    QString compose(const QString& otp, const QDateTime& sentAt) const;

    static QString compose(const MessageFormatSettings& settings, const QString& otp, const QDateTime& sentAt);

private:
    MessageFormatSettings m_settings;
};
