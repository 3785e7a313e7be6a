#include "GatewaySettings.h"

#include "FieldValidator.h"
#include "JsonFieldReader.h"
#include "Limits.h"

#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace {

template <typename E> QString nameOf(E value, const QStringList& names)
{
    return names.at(static_cast<int>(value));
}

template <typename E> void readChoice(JsonFieldReader& r, const char* name, E& out, const QStringList& names)
{
    QString text = nameOf(out, names);
    r.choice(name, text, names);
    out = static_cast<E>(names.indexOf(text));
}

QJsonArray toJsonArray(const QList<GatewaySettings::NameValue>& list)
{
    QJsonArray array;
    for (const auto& nv : list)
        array.append(QJsonObject{{QStringLiteral("name"), nv.name}, {QStringLiteral("value"), nv.value}});
    return array;
}

void readNameValues(JsonFieldReader& r, const char* name, QList<GatewaySettings::NameValue>& out)
{
    QJsonArray array;
    if (!r.array(name, array))
        return;
    QList<GatewaySettings::NameValue> result;
    for (const QJsonValue& item : array) {
        const QJsonObject o = item.toObject();
        if (!item.isObject() || !o.value(QStringLiteral("name")).isString() ||
            !(o.value(QStringLiteral("value")).isString() || o.value(QStringLiteral("value")).isUndefined())) {
            r.addError(name, GatewaySettings::tr("each entry must be {\"name\": text, \"value\": text}"));
            return;
        }
        result.append({o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("value")).toString()});
    }
    out = result;
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QStringList GatewaySettings::typeNames()
{
    return {QStringLiteral("smsProxy"), QStringLiteral("oneGate"), QStringLiteral("mfms"),
            QStringLiteral("megafon"),  QStringLiteral("smsapi"),  QStringLiteral("genericHttp"),
            QStringLiteral("devFile")};
}

QString GatewaySettings::displayName(Type type)
{
    switch (type) {
    case Type::SmsProxy:
        return tr("SMS Proxy");
    case Type::OneGate:
        return tr("OneGate");
    case Type::Mfms:
        return tr("MFMSolutions");
    case Type::Megafon:
        return tr("Megafon");
    case Type::Smsapi:
        return tr("SMSAPI");
    case Type::GenericHttp:
        return tr("Generic HTTP");
    case Type::DevFile:
        return tr("Development file (for testing only)");
    }
    return {};
}

QStringList GatewaySettings::methodNames()
{
    return {QStringLiteral("GET"), QStringLiteral("POST")};
}

QStringList GatewaySettings::bodyFormatNames()
{
    return {QStringLiteral("form"), QStringLiteral("json")};
}

QStringList GatewaySettings::authModeNames()
{
    return {QStringLiteral("none"), QStringLiteral("basic"), QStringLiteral("bearer")};
}

QString GatewaySettings::canonicalThumbprint(const QString& text)
{
    QString hex = text;
    hex.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    hex = hex.toLower();
    static const QRegularExpression sha1(QStringLiteral("^[0-9a-f]{40}$"));
    return sha1.match(hex).hasMatch() ? hex : QString();
}

QString GatewaySettings::defaultClientCertFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("smsotp/certs"));
}

QString GatewaySettings::effectiveClientCertFolder() const
{
    return clientCertFolder.trimmed().isEmpty() ? defaultClientCertFolder() : clientCertFolder;
}

QStringList GatewaySettings::secretNames()
{
    return {QStringLiteral("password"), QStringLiteral("token"), QStringLiteral("failover.password"),
            QStringLiteral("failover.token")};
}

QString GatewaySettings::secret(const QString& name) const
{
    if (name.startsWith(QLatin1String("failover.")))
        return failover ? failover->secret(name.mid(9)) : QString();
    if (name == QLatin1String("password"))
        return password;
    if (name == QLatin1String("token"))
        return token;
    return {};
}

void GatewaySettings::setSecret(const QString& name, const QString& value)
{
    if (name.startsWith(QLatin1String("failover."))) {
        if (!failover)
            return;
        auto copy = std::make_shared<GatewaySettings>(*failover);
        copy->setSecret(name.mid(9), value);
        failover = std::move(copy);
    } else if (name == QLatin1String("password")) {
        password = value;
    } else if (name == QLatin1String("token")) {
        token = value;
    }
}

bool GatewaySettings::needsLoginPassword() const
{
    return type == Type::Mfms || type == Type::Megafon || (type == Type::GenericHttp && authMode == AuthMode::Basic);
}

bool GatewaySettings::needsToken() const
{
    return type == Type::Smsapi || (type == Type::GenericHttp && authMode == AuthMode::Bearer);
}

QJsonObject GatewaySettings::toJson(SecretPolicy secrets) const
{
    QJsonObject o{{QStringLiteral("type"), nameOf(type, typeNames())},
                  {QStringLiteral("address"), address},
                  {QStringLiteral("login"), login},
                  {QStringLiteral("clientCertThumbprint"), clientCertThumbprint},
                  {QStringLiteral("serverCertThumbprint"), serverCertThumbprint},
                  {QStringLiteral("clientCertFolder"), clientCertFolder},
                  {QStringLiteral("connectTimeoutSeconds"), connectTimeoutSeconds},
                  {QStringLiteral("timeoutSeconds"), timeoutSeconds},
                  {QStringLiteral("filePath"), filePath},
                  {QStringLiteral("method"), nameOf(method, methodNames())},
                  {QStringLiteral("bodyFormat"), nameOf(bodyFormat, bodyFormatNames())},
                  {QStringLiteral("authMode"), nameOf(authMode, authModeNames())},
                  {QStringLiteral("parameters"), toJsonArray(parameters)},
                  {QStringLiteral("headers"), toJsonArray(headers)},
                  {QStringLiteral("successText"), successText},
                  {QStringLiteral("successPattern"), successPattern},
                  {QStringLiteral("failureText"), failureText},
                  {QStringLiteral("failover"), failover ? QJsonValue(failover->toJson(secrets)) : QJsonValue()}};
    if (secrets == SecretPolicy::Include) {
        o.insert(QStringLiteral("password"), password);
        o.insert(QStringLiteral("token"), token);
    }
    return o;
}

void GatewaySettings::readJson(const QJsonObject& json, FieldErrors& errors)
{
    readJsonAt(json, QLatin1String(kKey), errors);
}

void GatewaySettings::readJsonAt(const QJsonObject& json, const QString& section, FieldErrors& errors)
{
    // The nested second gateway is read here rather than by JsonFieldReader, which knows no
    // objects; it is removed so the reader does not report it as unknown.
    QJsonObject plain = json;
    const QJsonValue nested = plain.take(QStringLiteral("failover"));
    const QString failoverPath = section + QStringLiteral(".failover");
    if (nested.isNull()) {
        failover.reset();
    } else if (nested.isObject()) {
        if (section != QLatin1String(kKey)) {
            errors.append({failoverPath, tr("a second gateway cannot have a second gateway of its own")});
        } else {
            GatewaySettings second = failover ? *failover : GatewaySettings();
            second.readJsonAt(nested.toObject(), failoverPath, errors);
            failover = std::make_shared<const GatewaySettings>(std::move(second));
        }
    } else if (!nested.isUndefined()) {
        errors.append({failoverPath, tr("must be a gateway's settings object or null")});
    }

    JsonFieldReader r(plain, section, errors);
    readChoice(r, "type", type, typeNames());
    r.string("address", address);
    r.string("login", login);
    r.string("password", password);
    r.string("token", token);
    r.string("clientCertThumbprint", clientCertThumbprint);
    r.string("serverCertThumbprint", serverCertThumbprint);
    r.string("clientCertFolder", clientCertFolder);
    r.integer("connectTimeoutSeconds", connectTimeoutSeconds);
    r.integer("timeoutSeconds", timeoutSeconds);
    r.string("filePath", filePath);
    readChoice(r, "method", method, methodNames());
    readChoice(r, "bodyFormat", bodyFormat, bodyFormatNames());
    readChoice(r, "authMode", authMode, authModeNames());
    readNameValues(r, "parameters", parameters);
    readNameValues(r, "headers", headers);
    r.string("successText", successText);
    r.string("successPattern", successPattern);
    r.string("failureText", failureText);
}

FieldErrors GatewaySettings::validate() const
{
    FieldErrors errors = validateAt(QLatin1String(kKey));
    if (failover) {
        if (failover->failover)
            errors.append({QStringLiteral("gateway.failover.failover"),
                           tr("a second gateway cannot have a second gateway of its own")});
        errors += failover->validateAt(QStringLiteral("gateway.failover"));
    }
    return errors;
}

FieldErrors GatewaySettings::validateAt(const QString& section) const
{
    FieldValidator v{section};
    v.range("connectTimeoutSeconds", connectTimeoutSeconds, kMinTimeout, kMaxTimeout);
    v.range("timeoutSeconds", timeoutSeconds, kMinTimeout, kMaxTimeout);
    v.check(connectTimeoutSeconds <= timeoutSeconds, "connectTimeoutSeconds",
            tr("must not be longer than the total timeout"));
    // Characters, and the length of the other texts, are checked for every string of the section
    // by Settings (FieldValidator::checkStrings).
    v.maxLength("login", login, Limits::kLoginLength);
    v.maxLength("password", password, Limits::kSecretLength);
    v.maxLength("token", token, Limits::kSecretLength);
    v.maxCount("parameters", parameters.size(), Limits::kGatewayFields);
    v.maxCount("headers", headers.size(), Limits::kGatewayFields);
    if (type == Type::DevFile)
        return v.errors();

    // A Generic HTTP address is a template: check it with sample values in its placeholders.
    QString concrete = address;
    if (type == Type::GenericHttp)
        concrete.replace(QRegularExpression(QStringLiteral("\\{(phone|phoneDigits|sender|message)\\}")),
                         QStringLiteral("0"));
    const QUrl url(concrete, QUrl::StrictMode);
    const bool https = url.scheme() == QLatin1String("https");
    const bool plainLoopback = url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
    if (address.trimmed().isEmpty())
        v.check(false, "address", tr("enter the gateway's address, for example https://sms.example.com"));
    else
        v.check(url.isValid() && !url.host().isEmpty() && (https || plainLoopback), "address",
                tr("must be an https:// address (plain http:// only to this computer, for tests)"));

    if (needsLoginPassword())
        v.check(!login.trimmed().isEmpty(), "login", tr("this gateway needs a login"));
    if (type == Type::SmsProxy) {
        v.check(!canonicalThumbprint(clientCertThumbprint).isEmpty(), "clientCertThumbprint",
                tr("must be a SHA-1 thumbprint: 40 hexadecimal digits"));
        v.check(!canonicalThumbprint(serverCertThumbprint).isEmpty(), "serverCertThumbprint",
                tr("must be a SHA-1 thumbprint: 40 hexadecimal digits"));
    }
    if (type == Type::GenericHttp) {
        const QRegularExpression pattern(successPattern);
        v.check(successPattern.isEmpty() || pattern.isValid(), "successPattern",
                tr("is not a valid regular expression: %1").arg(pattern.errorString()));
        for (const NameValue& h : headers)
            v.check(!h.name.trimmed().isEmpty() && !h.name.contains(QLatin1Char(':')), "headers",
                    tr("every header needs a name without ':'"));
        for (const NameValue& p : parameters)
            v.check(!p.name.trimmed().isEmpty(), "parameters", tr("every parameter needs a name"));
    }
    return v.errors();
}
