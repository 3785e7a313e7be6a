#pragma once

#include "AccessRightsSettings.h"
#include "BlockSettings.h"
#include "DirectorySettings.h"
#include "GatewaySettings.h"
#include "IpAllowListSettings.h"
#include "MessageFormatSettings.h"
#include "OtpSettings.h"
#include "PhoneFormatSettings.h"
#include "SpamProtectionSettings.h"

#include "util/Result.h"

#include <QCoreApplication>

// All sections of the Storage SMS OTP authenticator, addressed by their JSON names
// (DESIGN §3). Each section is saved on its own, with its own version in the store.
struct Settings {
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    using SecretPolicy = GatewaySettings::SecretPolicy;

    AccessRightsSettings accessRights;
    BlockSettings block;
    SpamProtectionSettings spamProtection;
    GatewaySettings gateway;
    MessageFormatSettings messageFormat;
    PhoneFormatSettings phoneFormat;
    OtpSettings otp;
    IpAllowListSettings ipAllowList;
    DirectorySettings directory;

    // The section keys in the console's order.
    static QStringList sectionKeys();
    static bool isSection(const QString& key) { return sectionKeys().contains(key); }

    // Every secret the store keeps encrypted, by its full name: gateway.password, gateway.token,
    // gateway.failover.password, gateway.failover.token, directory.bindPassword.
    static QStringList secretNames();
    QString secret(const QString& fullName) const;
    void setSecret(const QString& fullName, const QString& value);

    QJsonObject sectionJson(const QString& key, SecretPolicy secrets = SecretPolicy::Omit) const;
    // Merges the fields present in `json` into section `key`; type errors go to `errors`.
    void readSectionJson(const QString& key, const QJsonObject& json, FieldErrors& errors);
    FieldErrors validateSection(const QString& key) const;

    QJsonObject toJson(SecretPolicy secrets = SecretPolicy::Omit) const;
    // Merges every section present in `json`; an unknown section is an error.
    void readJson(const QJsonObject& json, FieldErrors& errors);
    FieldErrors validate() const;

    // Reads a whole settings document (export format) and validates it; nothing of `base`
    // changes unless the result is used. `errors` is empty when the document is acceptable.
    static Settings fromDocument(const QByteArray& json, const Settings& base, FieldErrors& errors);
    // The bytes of a settings file to import, refused when it is larger than
    // Limits::kSettingsImportBytes (without reading it all) or unreadable.
    static Result<QByteArray> readDocumentFile(const QString& path);

    bool operator==(const Settings& o) const
    {
        return toJson(SecretPolicy::Include) == o.toJson(SecretPolicy::Include);
    }
    bool operator!=(const Settings& o) const { return !(*this == o); }

    // Calls f(key, section) for every section, in order.
    template <typename F> void forEachSection(F&& f)
    {
        f(AccessRightsSettings::kKey, accessRights);
        f(BlockSettings::kKey, block);
        f(SpamProtectionSettings::kKey, spamProtection);
        f(GatewaySettings::kKey, gateway);
        f(MessageFormatSettings::kKey, messageFormat);
        f(PhoneFormatSettings::kKey, phoneFormat);
        f(OtpSettings::kKey, otp);
        f(IpAllowListSettings::kKey, ipAllowList);
        f(DirectorySettings::kKey, directory);
    }
    template <typename F> void forEachSection(F&& f) const
    {
        const_cast<Settings*>(this)->forEachSection([&](const char* key, const auto& s) { f(key, s); });
    }
};
