#include "SpamProtectionSettings.h"

#include "FieldValidator.h"
#include "JsonFieldReader.h"

QJsonObject SpamProtectionSettings::toJson() const
{
    return {{QStringLiteral("enabled"), enabled},
            {QStringLiteral("windowSeconds"), windowSeconds},
            {QStringLiteral("thresholdMessages"), thresholdMessages},
            {QStringLiteral("minSuccessPercent"), minSuccessPercent}};
}

void SpamProtectionSettings::readJson(const QJsonObject& json, FieldErrors& errors)
{
    JsonFieldReader r(json, QLatin1String(kKey), errors);
    r.boolean("enabled", enabled);
    r.integer("windowSeconds", windowSeconds);
    r.integer("thresholdMessages", thresholdMessages);
    r.integer("minSuccessPercent", minSuccessPercent);
}

FieldErrors SpamProtectionSettings::validate() const
{
    FieldValidator v{QLatin1String(kKey)};
    v.range("windowSeconds", windowSeconds, kMinWindowSeconds, kMaxWindowSeconds);
    v.range("thresholdMessages", thresholdMessages, kMinThreshold, kMaxThreshold);
    v.range("minSuccessPercent", minSuccessPercent, kMinPercent, kMaxPercent);
    return v.errors();
}
