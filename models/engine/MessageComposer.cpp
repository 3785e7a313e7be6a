#include "MessageComposer.h"

#include <QLocale>

#include <utility>

MessageComposer::MessageComposer(MessageFormatSettings settings)
    : m_settings(std::move(settings)) {}

QString MessageComposer::compose(const QString& otp, const QDateTime& sentAt) const {
    return compose(m_settings, otp, sentAt);
}

QString MessageComposer::compose(const MessageFormatSettings& settings, const QString& otp, const QDateTime& sentAt) {
    QString text = settings.textBeforeOtp.isEmpty() ? otp : settings.textBeforeOtp + QLatin1Char(' ') + otp;
    if (!settings.dateFormat.isEmpty())
        text += QLatin1Char('\n') + QLocale::c().toString(sentAt, settings.dateFormat);
    return text;
}
