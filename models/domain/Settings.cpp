#include "Settings.h"

#include "FieldValidator.h"
#include "JsonDuplicateKeys.h"
#include "Limits.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <type_traits>

namespace {

template <typename S> QJsonObject sectionToJson(const S& section, Settings::SecretPolicy secrets)
{
    if constexpr (std::is_same_v<S, GatewaySettings> || std::is_same_v<S, DirectorySettings>)
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

QStringList Settings::secretNames()
{
    QStringList names;
    for (const QString& name : GatewaySettings::secretNames())
        names << QLatin1String(GatewaySettings::kKey) + QLatin1Char('.') + name;
    names << QLatin1String(DirectorySettings::kKey) + QStringLiteral(".bindPassword");
    return names;
}

QString Settings::secret(const QString& fullName) const
{
    const QString gatewayPrefix = QLatin1String(GatewaySettings::kKey) + QLatin1Char('.');
    if (fullName.startsWith(gatewayPrefix))
        return gateway.secret(fullName.mid(gatewayPrefix.size()));
    if (fullName == QLatin1String(DirectorySettings::kKey) + QStringLiteral(".bindPassword"))
        return directory.bindPassword;
    return {};
}

void Settings::setSecret(const QString& fullName, const QString& value)
{
    const QString gatewayPrefix = QLatin1String(GatewaySettings::kKey) + QLatin1Char('.');
    if (fullName.startsWith(gatewayPrefix))
        gateway.setSecret(fullName.mid(gatewayPrefix.size()), value);
    else if (fullName == QLatin1String(DirectorySettings::kKey) + QStringLiteral(".bindPassword"))
        directory.bindPassword = value;
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

Result<QByteArray> Settings::readDocumentFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(Limits::kSettingsImportBytes + 1);
    if (bytes.size() > Limits::kSettingsImportBytes)
        return Result<QByteArray>::failure(tr("%1 is larger than %2 bytes, the most a settings file may hold.")
                                               .arg(path)
                                               .arg(Limits::kSettingsImportBytes));
    if (file.error() != QFileDevice::NoError)
        return Result<QByteArray>::failure(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    return bytes;
}

Settings Settings::fromDocument(const QByteArray& json, const Settings& base, FieldErrors& errors)
{
    if (json.size() > Limits::kSettingsImportBytes) {
        errors.append({QString(), tr("the settings file is %1 bytes; it may hold at most %2 bytes")
                                      .arg(json.size())
                                      .arg(Limits::kSettingsImportBytes)});
        return base;
    }
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
    const QString duplicate = JsonDuplicateKeys::find(json);
    if (!duplicate.isEmpty()) {
        errors.append({duplicate, tr("is given more than once; give every setting once")});
        return base;
    }
    Settings result = base;
    result.readJson(doc.object(), errors);
    // Validate even after type errors, so one run names every bad field. A field that could
    // not be read keeps its valid value from `base` and is not reported twice.
    errors += result.validate();
    return result;
}
