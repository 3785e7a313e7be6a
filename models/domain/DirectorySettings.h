#pragma once

#include "FieldError.h"
#include "GatewaySettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

// Where the phone numbers come from when `phoneFormat.useDirectoryPhone` is on (DESIGN §6b): an
// LDAP directory (Active Directory or OpenLDAP). The attribute that holds the number stays
// `phoneFormat.directoryAttribute`, so stores written before this section keep working.
// `bindPassword` is a secret: never exported, stored only encrypted with the store key.
struct DirectorySettings {
    Q_DECLARE_TR_FUNCTIONS(DirectorySettings)

public:
    using SecretPolicy = GatewaySettings::SecretPolicy;
    static constexpr const char* kKey = "directory";
    static constexpr int kMaxServers = 10;
    static constexpr int kMinTimeout = 1, kMaxTimeout = 120;
    static constexpr int kMaxCacheSeconds = 3600;
    static constexpr int kMaxTextLength = 1000;

    static QString activeDirectoryFilter() { return QStringLiteral("(&(objectClass=user)(sAMAccountName={login}))"); }
    static QString openLdapFilter() { return QStringLiteral("(uid={login})"); }

    QStringList servers;  // ldaps://host[:port] or ldap://host[:port], tried in this order
    bool startTls = true; // for ldap:// servers; off only for a server on this computer
    QString bindDn;       // a DN, DOMAIN\user or user@domain (UPN); empty: anonymous
    QString bindPassword;
    QString baseDn;
    QString userFilter = activeDirectoryFilter();
    QString loginAttribute = QStringLiteral("sAMAccountName"); // what an import registers as the login
    QString importFilter = QStringLiteral("(objectClass=user)");
    int connectTimeoutSeconds = 5;
    int timeoutSeconds = 10;
    QString caFile; // PEM file of the CA that signed the servers' certificates; empty: the system's
    int cacheSeconds = 60;
    bool fallbackToStoreNumber = false; // the store's own number when the directory has none

    bool isConfigured() const { return !servers.isEmpty(); }
    // True when `url` names a host on this computer (plain LDAP is allowed only there).
    static bool isLoopbackUrl(const QString& url);
    // Empty when `url` is an acceptable server address for these settings, else why not.
    QString serverProblem(const QString& url) const;
    // Empty when `filter` is a parenthesised LDAP filter (with {login} when `needsLogin`).
    static QString filterProblem(const QString& filter, bool needsLogin);

    QJsonObject toJson(SecretPolicy secrets = SecretPolicy::Omit) const;
    void readJson(const QJsonObject& json, FieldErrors& errors);
    FieldErrors validate() const;

    bool operator==(const DirectorySettings& o) const
    {
        return toJson(SecretPolicy::Include) == o.toJson(SecretPolicy::Include);
    }
    bool operator!=(const DirectorySettings& o) const { return !(*this == o); }
};
