#include "PhoneFormatSettings.h"

#include "FieldValidator.h"
#include "JsonFieldReader.h"

#include <QRegularExpression>

QJsonObject PhoneFormatSettings::toJson() const
{
    return {{QStringLiteral("normalize"), normalize},
            {QStringLiteral("length"), length},
            {QStringLiteral("prefix"), prefix},
            {QStringLiteral("trunkDigit"), trunkDigit},
            {QStringLiteral("useDirectoryPhone"), useDirectoryPhone},
            {QStringLiteral("directoryAttribute"), directoryAttribute},
            {QStringLiteral("refusePremiumRate"), refusePremiumRate}};
}

void PhoneFormatSettings::readJson(const QJsonObject& json, FieldErrors& errors)
{
    JsonFieldReader r(json, QLatin1String(kKey), errors);
    r.boolean("normalize", normalize);
    r.integer("length", length);
    r.string("prefix", prefix);
    r.string("trunkDigit", trunkDigit);
    r.boolean("useDirectoryPhone", useDirectoryPhone);
    r.string("directoryAttribute", directoryAttribute);
    r.boolean("refusePremiumRate", refusePremiumRate);
}

FieldErrors PhoneFormatSettings::validate() const
{
    FieldValidator v{QLatin1String(kKey)};
    v.range("length", length, kMinLength, kMaxLength);
    static const QRegularExpression prefixRe(QStringLiteral("^\\+[1-9][0-9]{0,3}$"));
    v.check(prefixRe.match(prefix).hasMatch(), "prefix",
            tr("must be '+' and a country code of 1 to 4 digits, for example +7 or +46"));
    v.check(prefix.size() < length, "prefix", tr("must be shorter than the number length"));
    static const QRegularExpression trunkRe(QStringLiteral("^[0-9]?$"));
    v.check(trunkRe.match(trunkDigit).hasMatch(), "trunkDigit", tr("must be one digit, or empty for none"));
    static const QRegularExpression attributeRe(QStringLiteral("^[A-Za-z][A-Za-z0-9-]{0,63}$"));
    v.check(attributeRe.match(directoryAttribute).hasMatch() || (!useDirectoryPhone && directoryAttribute.isEmpty()),
            "directoryAttribute",
            tr("must be a directory attribute name, for example mobile"));
    return v.errors();
}
