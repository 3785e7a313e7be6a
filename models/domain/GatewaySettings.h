#pragma once

#include "FieldError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>

// Which SMS gateway sends the messages and how to reach it (DESIGN §3.4, §5).
// `password` and `token` are secrets: never exported, stored only encrypted with the store key.
struct GatewaySettings {
    Q_DECLARE_TR_FUNCTIONS(GatewaySettings)

public:
    static constexpr const char* kKey = "gateway";
    enum class Type { SmsProxy, OneGate, Mfms, Megafon, Smsapi, GenericHttp, DevFile };
    enum class Method { Get, Post };
    enum class BodyFormat { Form, Json };
    enum class AuthMode { None, Basic, Bearer };
    enum class SecretPolicy { Omit, Include };
    static constexpr int kMinTimeout = 1, kMaxTimeout = 120;

    struct NameValue {
        QString name;
        QString value;
        bool operator==(const NameValue& o) const { return name == o.name && value == o.value; }
    };

    Type type = Type::DevFile;
    QString address;
    QString login;
    QString password;
    QString token;
    QString clientCertThumbprint;
    QString serverCertThumbprint;
    // SMS Proxy: the folder of PEM/PKCS#12 files the client certificate is chosen from; empty
    // means defaultClientCertFolder().
    QString clientCertFolder;
    int connectTimeoutSeconds = 5;
    int timeoutSeconds = 15;
    QString filePath; // devFile: empty means the outbox file beside the default store
    // Generic HTTP
    Method method = Method::Post;
    BodyFormat bodyFormat = BodyFormat::Form;
    AuthMode authMode = AuthMode::None;
    QList<NameValue> parameters;
    QList<NameValue> headers;
    QString successText;
    QString successPattern;
    QString failureText;
    // The second gateway, tried when this one fails with a transport or retryable error; null
    // when there is none. Immutable and shared so that GatewaySettings stays a cheap value:
    // assign a new one to change it. A second gateway has no second gateway of its own.
    std::shared_ptr<const GatewaySettings> failover;

    static QStringList typeNames();        // JSON spellings, in enum order
    static QString displayName(Type type); // translated, for menus and messages
    static QStringList methodNames();
    static QStringList bodyFormatNames();
    static QStringList authModeNames();
    // SHA-1 thumbprint in canonical form (40 lowercase hex digits), spaces, colons and case
    // ignored; empty when the text is not a thumbprint.
    static QString canonicalThumbprint(const QString& text);

    // ~/.local/share/smsotp/certs on Linux (the user's data folder elsewhere).
    static QString defaultClientCertFolder();
    QString effectiveClientCertFolder() const;

    bool needsLoginPassword() const;
    bool needsToken() const;

    // The secrets the store keeps encrypted, by name: password, token, failover.password,
    // failover.token. A failover secret is ignored while there is no failover gateway.
    static QStringList secretNames();
    QString secret(const QString& name) const;
    void setSecret(const QString& name, const QString& value);

    QJsonObject toJson(SecretPolicy secrets = SecretPolicy::Omit) const;
    void readJson(const QJsonObject& json, FieldErrors& errors);
    FieldErrors validate() const;

    bool operator==(const GatewaySettings& o) const
    {
        return toJson(SecretPolicy::Include) == o.toJson(SecretPolicy::Include);
    }
    bool operator!=(const GatewaySettings& o) const { return !(*this == o); }

private:
    // `section` is the JSON path of this object: "gateway", or "gateway.failover".
    void readJsonAt(const QJsonObject& json, const QString& section, FieldErrors& errors);
    FieldErrors validateAt(const QString& section) const;
};
