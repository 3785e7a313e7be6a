#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

// An API token of smsotp-server (DESIGN §6a, the SMSAPI guide's scoped tokens): what a caller
// may do, until when, and whether it passes the IP allow-list. The secret itself is never part
// of this value: the store keeps only its hash, and it is shown once when the token is created.
struct ApiToken {
    Q_DECLARE_TR_FUNCTIONS(ApiToken)

public:
    static constexpr int kMaxNameLength = 64;
    static constexpr const char* kOtpRequest = "otp:request";
    static constexpr const char* kOtpVerify = "otp:verify";
    static constexpr const char* kPhonesRead = "phones:read";
    static constexpr const char* kPhonesWrite = "phones:write";
    static constexpr const char* kMetricsRead = "metrics:read";

    qint64 id = 0;
    QString name;
    QStringList scopes; // in the order of knownScopes()
    QDateTime created;
    QString createdBy;
    QDateTime expires;  // invalid: never
    QDateTime lastUsed; // invalid: never used
    QString lastAddress;
    bool enabled = true;
    bool exemptIpAllowList = false;

    bool hasScope(const QString& scope) const { return scopes.contains(scope); }
    bool isExpired(const QDateTime& now) const { return expires.isValid() && now >= expires; }

    // Every scope there is, in display order.
    static QStringList knownScopes();
    // What a scope allows, translated (tooltips and help).
    static QString scopeDescription(const QString& scope);
    // Empty when `name` can name a token (1-64 characters, no control characters, not only
    // spaces), else why not (translated).
    static QString nameProblem(const QString& name);
    // The scopes in canonical order without duplicates; `unknown` gets those that are not scopes.
    static QStringList canonicalScopes(const QStringList& scopes, QStringList* unknown = nullptr);
};
