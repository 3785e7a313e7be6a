#include "MessageFormatSettings.h"

#include "FieldValidator.h"
#include "JsonFieldReader.h"

#include <QRegularExpression>

QStringList MessageFormatSettings::dateFormats()
{
    return {QString(),
            QStringLiteral("dd.MM.yyyy"),
            QStringLiteral("dd.MM.yyyy HH:mm"),
            QStringLiteral("dd.MM.yyyy HH:mm:ss"),
            QStringLiteral("yyyy-MM-dd"),
            QStringLiteral("yyyy-MM-dd HH:mm"),
            QStringLiteral("dd/MM/yyyy"),
            QStringLiteral("dd/MM/yyyy HH:mm"),
            QStringLiteral("MM/dd/yyyy"),
            QStringLiteral("MM/dd/yyyy hh:mm AP")};
}

// DESIGN §5: 1–11 characters from A-Za-z0-9, space, '-' and '.', at least one letter; or 1–15
// digits. Empty means the gateway's own default sender.
QString MessageFormatSettings::senderProblem(const QString& sender)
{
    if (sender.isEmpty())
        return {};
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
    static const QRegularExpression alnum(QStringLiteral("^[A-Za-z0-9 .\\-]{1,11}$"));
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
    if (digits.match(sender).hasMatch())
        return {};
    if (!alnum.match(sender).hasMatch()) {
        if (sender.size() > 11)
            return tr("a name may have at most 11 characters (or up to 15 digits)");
        return tr("may contain only Latin letters, digits, spaces, '-' and '.'");
    }
    if (!letter.match(sender).hasMatch())
        return tr("a name needs at least one letter (or up to 15 digits only)");
    return {};
}

QJsonObject MessageFormatSettings::toJson() const
{
    return {{QStringLiteral("sender"), sender},
            {QStringLiteral("textBeforeOtp"), textBeforeOtp},
            {QStringLiteral("dateFormat"), dateFormat}};
}

void MessageFormatSettings::readJson(const QJsonObject& json, FieldErrors& errors)
{
    JsonFieldReader r(json, QLatin1String(kKey), errors);
    r.string("sender", sender);
    r.string("textBeforeOtp", textBeforeOtp);
    r.string("dateFormat", dateFormat);
}

FieldErrors MessageFormatSettings::validate() const
{
    FieldValidator v{QLatin1String(kKey)};
    const QString problem = senderProblem(sender);
    v.check(problem.isEmpty(), "sender", problem);
    v.text("textBeforeOtp", textBeforeOtp, kMaxTextLength);
    v.check(!textBeforeOtp.contains(QLatin1Char('\n')), "textBeforeOtp", tr("must be a single line"));
    v.check(dateFormats().contains(dateFormat), "dateFormat",
            tr("must be one of the offered formats: %1").arg(dateFormats().mid(1).join(QStringLiteral(", "))));
    return v.errors();
}
