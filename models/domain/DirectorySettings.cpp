#include "DirectorySettings.h"

#include "FieldValidator.h"
#include "JsonFieldReader.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace {

bool hasControl(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

bool DirectorySettings::isLoopbackUrl(const QString& url)
{
    const QString host = QUrl(url, QUrl::StrictMode).host();
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString DirectorySettings::serverProblem(const QString& url) const
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || u.host().isEmpty() || (scheme != QLatin1String("ldaps") && scheme != QLatin1String("ldap")))
        return tr("'%1' is not an LDAP address: write ldaps://host or ldap://host (with StartTLS)").arg(url);
    if ((!u.path().isEmpty() && u.path() != QLatin1String("/")) || u.hasQuery() || !u.userInfo().isEmpty())
        return tr("'%1': write only the scheme, host and port; the base DN has its own field").arg(url);
    if (scheme == QLatin1String("ldap") && !startTls && !isLoopbackUrl(url))
        return tr("'%1': plain LDAP is allowed only to this computer; use ldaps:// or turn StartTLS on").arg(url);
    return {};
}

QString DirectorySettings::filterProblem(const QString& filter, bool needsLogin)
{
    const QString f = filter.trimmed();
    if (!f.startsWith(QLatin1Char('(')) || !f.endsWith(QLatin1Char(')')))
        return tr("must be an LDAP filter in parentheses, for example (uid={login})");
    int depth = 0;
    for (const QChar c : f) {
        depth += c == QLatin1Char('(') ? 1 : c == QLatin1Char(')') ? -1 : 0;
        if (depth < 0)
            break;
    }
    if (depth != 0)
        return tr("the parentheses do not match");
    if (needsLogin && !f.contains(QLatin1String("{login}")))
        return tr("must contain {login} where the user's login goes");
    return {};
}

QJsonObject DirectorySettings::toJson(SecretPolicy secrets) const
{
    QJsonObject o{{QStringLiteral("servers"), QJsonArray::fromStringList(servers)},
                  {QStringLiteral("startTls"), startTls},
                  {QStringLiteral("bindDn"), bindDn},
                  {QStringLiteral("baseDn"), baseDn},
                  {QStringLiteral("userFilter"), userFilter},
                  {QStringLiteral("loginAttribute"), loginAttribute},
                  {QStringLiteral("importFilter"), importFilter},
                  {QStringLiteral("connectTimeoutSeconds"), connectTimeoutSeconds},
                  {QStringLiteral("timeoutSeconds"), timeoutSeconds},
                  {QStringLiteral("caFile"), caFile},
                  {QStringLiteral("cacheSeconds"), cacheSeconds},
                  {QStringLiteral("fallbackToStoreNumber"), fallbackToStoreNumber}};
    if (secrets == SecretPolicy::Include)
        o.insert(QStringLiteral("bindPassword"), bindPassword);
    return o;
}

void DirectorySettings::readJson(const QJsonObject& json, FieldErrors& errors)
{
    JsonFieldReader r(json, QLatin1String(kKey), errors);
    r.stringList("servers", servers);
    r.boolean("startTls", startTls);
    r.string("bindDn", bindDn);
    r.string("bindPassword", bindPassword);
    r.string("baseDn", baseDn);
    r.string("userFilter", userFilter);
    r.string("loginAttribute", loginAttribute);
    r.string("importFilter", importFilter);
    r.integer("connectTimeoutSeconds", connectTimeoutSeconds);
    r.integer("timeoutSeconds", timeoutSeconds);
    r.string("caFile", caFile);
    r.integer("cacheSeconds", cacheSeconds);
    r.boolean("fallbackToStoreNumber", fallbackToStoreNumber);
}

FieldErrors DirectorySettings::validate() const
{
    FieldValidator v{QLatin1String(kKey)};
    v.check(servers.size() <= kMaxServers, "servers", tr("at most %1 servers").arg(kMaxServers));
    for (const QString& server : servers) {
        const QString problem = serverProblem(server);
        v.check(problem.isEmpty(), "servers", problem);
    }
    for (const auto& [name, value] : {std::pair{"bindDn", &bindDn},
                                      {"bindPassword", &bindPassword},
                                      {"baseDn", &baseDn},
                                      {"userFilter", &userFilter},
                                      {"importFilter", &importFilter},
                                      {"caFile", &caFile}}) {
        v.maxLength(name, *value, kMaxTextLength);
        v.check(!hasControl(*value), name, tr("must not contain control characters"));
    }
    v.check(!isConfigured() || !baseDn.trimmed().isEmpty(), "baseDn",
            tr("enter where users are searched, for example DC=example,DC=com"));
    const QString userProblem = filterProblem(userFilter, true);
    v.check(userProblem.isEmpty(), "userFilter", userProblem);
    const QString importProblem = filterProblem(importFilter, false);
    v.check(importProblem.isEmpty(), "importFilter", importProblem);
    static const QRegularExpression attributeRe(QStringLiteral("^[A-Za-z][A-Za-z0-9-]{0,63}$"));
    v.check(attributeRe.match(loginAttribute).hasMatch(), "loginAttribute",
            tr("must be a directory attribute name, for example sAMAccountName or uid"));
    v.range("connectTimeoutSeconds", connectTimeoutSeconds, kMinTimeout, kMaxTimeout);
    v.range("timeoutSeconds", timeoutSeconds, kMinTimeout, kMaxTimeout);
    v.check(connectTimeoutSeconds <= timeoutSeconds, "connectTimeoutSeconds",
            tr("must not be longer than the total timeout"));
    v.range("cacheSeconds", cacheSeconds, 0, kMaxCacheSeconds);
    return v.errors();
}
