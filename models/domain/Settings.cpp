#include "Settings.h"

#include "FieldValidator.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <type_traits>

namespace {

template <typename S> QJsonObject sectionToJson(const S& section, Settings::SecretPolicy secrets)
{
    if constexpr (std::is_same_v<S, GatewaySettings>)
        return section.toJson(secrets);
    else
        return section.toJson();
}

// A section's own rules, and the one text rule for every string in it (secrets included).
template <typename S> FieldErrors validated(const char* key, const S& section)
{
    FieldErrors errors = section.validate();
    FieldValidator::checkStrings(sectionToJson(section, Settings::SecretPolicy::Include), QLatin1String(key), errors);
    return errors;
}

} // namespace

QStringList Settings::sectionKeys()
{
    QStringList keys;
    Settings().forEachSection([&](const char* key, const auto&) { keys << QLatin1String(key); });
    return keys;
}

QJsonObject Settings::sectionJson(const QString& key, SecretPolicy secrets) const
{
    QJsonObject result;
    forEachSection([&](const char* k, const auto& s) {
        if (key == QLatin1String(k))
            result = sectionToJson(s, secrets);
    });
    return result;
}

void Settings::readSectionJson(const QString& key, const QJsonObject& json, FieldErrors& errors)
{
    bool found = false;
    forEachSection([&](const char* k, auto& s) {
        if (key == QLatin1String(k)) {
            s.readJson(json, errors);
            found = true;
        }
    });
    if (!found)
        errors.append({key, tr("unknown settings section")});
}

FieldErrors Settings::validateSection(const QString& key) const
{
    FieldErrors errors;
    forEachSection([&](const char* k, const auto& s) {
        if (key == QLatin1String(k))
            errors = validated(k, s);
    });
    return errors;
}

QJsonObject Settings::toJson(SecretPolicy secrets) const
{
    QJsonObject result;
    forEachSection([&](const char* k, const auto& s) { result.insert(QLatin1String(k), sectionToJson(s, secrets)); });
    return result;
}

void Settings::readJson(const QJsonObject& json, FieldErrors& errors)
{
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!isSection(it.key()))
            errors.append({it.key(), tr("unknown settings section")});
        else if (!it->isObject())
            errors.append({it.key(), tr("must be an object of settings")});
        else
            readSectionJson(it.key(), it->toObject(), errors);
    }
}

FieldErrors Settings::validate() const
{
    FieldErrors errors;
    forEachSection([&](const char* k, const auto& s) { errors += validated(k, s); });
    return errors;
}

Settings Settings::fromDocument(const QByteArray& json, const Settings& base, FieldErrors& errors)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.append(
            {QString(), tr("not valid JSON at character %1: %2").arg(parseError.offset).arg(parseError.errorString())});
        return base;
    }
    if (!doc.isObject()) {
        errors.append({QString(), tr("a settings file must hold one JSON object with a member per section")});
        return base;
    }
    Settings result = base;
    result.readJson(doc.object(), errors);
    // Validate even after type errors, so one run names every bad field. A field that could
    // not be read keeps its valid value from `base` and is not reported twice.
    errors += result.validate();
    return result;
}
