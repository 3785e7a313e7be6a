#include "OtpSettings.h"

#include "FieldValidator.h"
#include "JsonFieldReader.h"

QJsonObject OtpSettings::toJson() const
{
    return {{QStringLiteral("length"), length},
            {QStringLiteral("digits"), digits},
            {QStringLiteral("lowercase"), lowercase},
            {QStringLiteral("uppercase"), uppercase},
            {QStringLiteral("special"), special},
            {QStringLiteral("avoidLookAlike"), avoidLookAlike},
            {QStringLiteral("lifetimeSeconds"), lifetimeSeconds}};
}

void OtpSettings::readJson(const QJsonObject& json, FieldErrors& errors)
{
    JsonFieldReader r(json, QLatin1String(kKey), errors);
    r.integer("length", length);
    r.boolean("digits", digits);
    r.boolean("lowercase", lowercase);
    r.boolean("uppercase", uppercase);
    r.boolean("special", special);
    r.boolean("avoidLookAlike", avoidLookAlike);
    r.integer("lifetimeSeconds", lifetimeSeconds);
}

FieldErrors OtpSettings::validate() const
{
    FieldValidator v{QLatin1String(kKey)};
    v.range("length", length, kMinLength, kMaxLength);
    v.check(digits || lowercase || uppercase || special, "digits", tr("choose at least one kind of character"));
    v.range("lifetimeSeconds", lifetimeSeconds, kMinLifetime, kMaxLifetime);
    return v.errors();
}
