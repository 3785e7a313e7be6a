#include "BlockSettings.h"

#include "FieldValidator.h"
#include "JsonFieldReader.h"

QJsonObject BlockSettings::toJson() const
{
    return {{QStringLiteral("enabled"), enabled},
            {QStringLiteral("attemptsBeforeBlock"), attemptsBeforeBlock},
            {QStringLiteral("counterResetMinutes"), counterResetMinutes},
            {QStringLiteral("unblockMinutes"), unblockMinutes}};
}

void BlockSettings::readJson(const QJsonObject& json, FieldErrors& errors)
{
    JsonFieldReader r(json, QLatin1String(kKey), errors);
    r.boolean("enabled", enabled);
    r.integer("attemptsBeforeBlock", attemptsBeforeBlock);
    r.integer("counterResetMinutes", counterResetMinutes);
    r.integer("unblockMinutes", unblockMinutes);
}

FieldErrors BlockSettings::validate() const
{
    FieldValidator v{QLatin1String(kKey)};
    v.range("attemptsBeforeBlock", attemptsBeforeBlock, kMinAttempts, kMaxAttempts);
    v.range("counterResetMinutes", counterResetMinutes, kMinResetMinutes, kMaxResetMinutes);
    v.range("unblockMinutes", unblockMinutes, kMinUnblockMinutes, kMaxUnblockMinutes);
    return v.errors();
}
