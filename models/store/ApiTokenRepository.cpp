#include "ApiTokenRepository.h"

#include "EventLog.h"
#include "Store.h"
#include "crypto/TokenSecret.h"
#include "domain/EventCode.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace {

constexpr int kMaxAddressLength = 64;

const QString kColumns = QStringLiteral("id, name, scopes, created_at, created_by, expires_at, last_used_at, "
                                        "last_address, enabled, exempt_ip_allow_list");

// What a request's check needs (not who made the token and when): the driver builds a record of
// every column on each execution, and this runs for every API request.
const QString kAuthColumns = QStringLiteral("id, name, scopes, expires_at, last_used_at, last_address, enabled, "
                                            "exempt_ip_allow_list, secret_hash");

QDateTime fromMs(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant toMs(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// Reads the columns of kColumns starting at `first`.
ApiToken readToken(const QSqlQuery& q, int first = 0)
{
    ApiToken t;
    t.id = q.value(first).toLongLong();
    t.name = q.value(first + 1).toString();
    t.scopes = ApiToken::canonicalScopes(q.value(first + 2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts));
    t.created = fromMs(q.value(first + 3));
    t.createdBy = q.value(first + 4).toString();
    t.expires = fromMs(q.value(first + 5));
    t.lastUsed = fromMs(q.value(first + 6));
    t.lastAddress = q.value(first + 7).toString();
    t.enabled = q.value(first + 8).toInt() != 0;
    t.exemptIpAllowList = q.value(first + 9).toInt() != 0;
    return t;
}

// Reads the columns of kAuthColumns.
ApiToken readAuthToken(const QSqlQuery& q)
{
    ApiToken t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.scopes = ApiToken::canonicalScopes(q.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts));
    t.expires = fromMs(q.value(3));
    t.lastUsed = fromMs(q.value(4));
    t.lastAddress = q.value(5).toString();
    t.enabled = q.value(6).toInt() != 0;
    t.exemptIpAllowList = q.value(7).toInt() != 0;
    return t;
}

// The event parameters of a token: never its secret or hash.
QJsonObject tokenParams(const ApiToken& t)
{
    QJsonObject p{{QStringLiteral("name"), t.name},
                  {QStringLiteral("scopes"), QJsonArray::fromStringList(t.scopes)},
                  {QStringLiteral("exempt"), t.exemptIpAllowList}};
    if (t.expires.isValid())
        p.insert(QStringLiteral("expires"), t.expires.toUTC().toString(Qt::ISODate));
    return p;
}

QString describe(const ApiToken& t)
{
    QStringList parts{QStringLiteral("scopes %1").arg(t.scopes.join(QLatin1Char(',')))};
    parts << (t.expires.isValid() ? QStringLiteral("expires %1").arg(t.expires.toString(Qt::ISODate))
                                  : QStringLiteral("never expires"));
    if (t.exemptIpAllowList)
        parts << QStringLiteral("exempt from the IP allow-list");
    return parts.join(QLatin1String(", "));
}

} // namespace

ApiTokenRepository::ApiTokenRepository(Store& store)
    : m_store(store)
{
}

Result<TokenAuth> ApiTokenRepository::authenticate(const QString& presented, const QDateTime& now,
                                                   const QString& peerAddress)
{
    TokenAuth auth;
    if (presented.isEmpty())
        return auth; // Missing
    auth.check = TokenCheck::Unknown;
    const std::optional<TokenSecret::Presented> parsed = TokenSecret::parse(presented);
    if (!parsed)
        return auth;

    // sql: kAuthColumns is a constant column list of the code; values are bound.
    static const QString sql = QStringLiteral("SELECT %1 FROM api_tokens WHERE public_id = ?").arg(kAuthColumns);
    Store::Prepared prepared = m_store.prepared(sql);
    QSqlQuery& q = *prepared;
    q.addBindValue(parsed->publicId);
    const Status s = m_store.exec(q, tr("Checking an API token"));
    if (!s)
        return Result<TokenAuth>::failure(s.error());
    const bool found = q.next();
    // An unknown id still costs a comparison, so the answer takes the same path either way.
    const QByteArray stored = found ? q.value(8).toByteArray() : QByteArray(parsed->hash.size(), '\0');
    const bool matched = TokenSecret::matches(parsed->hash, stored) && found;
    if (!matched)
        return auth;
    auth.token = readAuthToken(q);
    prepared->finish();
    if (!auth.token.enabled) {
        auth.check = TokenCheck::Disabled;
        return auth;
    }
    if (auth.token.isExpired(now)) {
        auth.check = TokenCheck::Expired;
        return auth;
    }
    const Status used = recordUse(auth.token, now, peerAddress);
    if (!used)
        return Result<TokenAuth>::failure(used.error());
    auth.check = TokenCheck::Ok;
    return auth;
}

Status ApiTokenRepository::recordUse(const ApiToken& token, const QDateTime& now, const QString& peerAddress)
{
    const QString address = peerAddress.left(kMaxAddressLength);
    if (token.lastUsed.isValid() && token.lastAddress == address && token.lastUsed <= now &&
        token.lastUsed.secsTo(now) < kLastUseResolutionSeconds)
        return {};
    Store::Prepared prepared =
        m_store.prepared(QStringLiteral("UPDATE api_tokens SET last_used_at = ?, last_address = ? WHERE id = ?"));
    QSqlQuery& q = *prepared;
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(Store::text(address));
    q.addBindValue(token.id);
    return m_store.exec(q, tr("Recording the use of API token %1").arg(token.name));
}

Status ApiTokenRepository::requireExisting(const QString& name, ApiToken* found)
{
    QSqlQuery q = m_store.query();
    // sql: kColumns and the dialect's row lock are constants of the code; values are bound.
    q.prepare(QStringLiteral("SELECT %1 FROM api_tokens WHERE name = ?%2").arg(kColumns, m_store.dialect().rowLock()));
    q.addBindValue(name);
    const Status s = m_store.exec(q, tr("Reading API token %1").arg(name));
    if (!s)
        return s;
    if (!q.next())
        return Status::failure(tr("There is no API token named \"%1\".").arg(name));
    if (found)
        *found = readToken(q);
    return {};
}

Result<ApiTokenRepository::Created> ApiTokenRepository::create(const QString& name, const QStringList& scopes,
                                                               const QDateTime& expires, bool exemptIpAllowList,
                                                               const QString& actor)
{
    using R = Result<Created>;
    const QString problem = ApiToken::nameProblem(name);
    if (!problem.isEmpty())
        return R::failure(problem);
    QStringList unknown;
    const QStringList canonical = ApiToken::canonicalScopes(scopes, &unknown);
    if (!unknown.isEmpty())
        return R::failure(tr("Unknown scope \"%1\". The scopes are %2.")
                              .arg(unknown.first(), ApiToken::knownScopes().join(QLatin1String(", "))));
    if (canonical.isEmpty())
        return R::failure(
            tr("Give the token at least one scope (%1).").arg(ApiToken::knownScopes().join(QLatin1String(", "))));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (expires.isValid() && expires <= now)
        return R::failure(tr("The expiry %1 has already passed; choose a time in the future.")
                              .arg(expires.toUTC().toString(Qt::ISODate)));

    Created created;
    ApiToken& t = created.token;
    t.name = name;
    t.scopes = canonical;
    // Milliseconds are what the store keeps: the returned value equals what list() reads back.
    t.created = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    t.createdBy = actor;
    t.expires = expires.isValid() ? QDateTime::fromMSecsSinceEpoch(expires.toMSecsSinceEpoch(), Qt::UTC) : QDateTime();
    t.exemptIpAllowList = exemptIpAllowList;
    const TokenSecret::Generated secret = TokenSecret::generate();

    const Status s = m_store.transaction([&]() -> Status {
        QSqlQuery q = m_store.query();
        q.prepare(QStringLiteral("SELECT 1 FROM api_tokens WHERE name = ?"));
        q.addBindValue(name);
        Status done = m_store.exec(q, tr("Reading API tokens"));
        if (!done)
            return done;
        if (q.next())
            return Status::failure(tr("An API token named \"%1\" exists already; choose another name, or delete "
                                      "the old token first.")
                                       .arg(name));
        q.prepare(QStringLiteral("INSERT INTO api_tokens (name, public_id, secret_hash, scopes, created_at, "
                                 "created_by, expires_at, last_address, enabled, exempt_ip_allow_list) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, '', 1, ?)"));
        q.addBindValue(name);
        q.addBindValue(secret.publicId);
        q.addBindValue(secret.hash);
        q.addBindValue(canonical.join(QLatin1Char(' ')));
        q.addBindValue(t.created.toMSecsSinceEpoch());
        q.addBindValue(Store::text(actor));
        q.addBindValue(toMs(t.expires));
        q.addBindValue(exemptIpAllowList ? 1 : 0);
        done = m_store.exec(q, tr("Saving API token %1").arg(name));
        if (!done)
            return done;
        q.prepare(QStringLiteral("SELECT id FROM api_tokens WHERE name = ?"));
        q.addBindValue(name);
        done = m_store.exec(q, tr("Reading API tokens"));
        if (!done)
            return done;
        if (!q.next())
            return Status::failure(tr("The new API token %1 was not saved.").arg(name));
        t.id = q.value(0).toLongLong();
        return EventLog(m_store).append(EventCode::ApiTokenCreated,
                                        QStringLiteral("API token %1 created: %2").arg(name, describe(t)),
                                        tokenParams(t), QString(), actor);
    });
    if (!s)
        return R::failure(s.error());
    created.secret = secret.token;
    return created;
}

Result<QList<ApiToken>> ApiTokenRepository::list()
{
    QSqlQuery q = m_store.query();
    q.setForwardOnly(true);
    // sql: kColumns is a constant column list of the code; values are bound.
    q.prepare(QStringLiteral("SELECT %1 FROM api_tokens ORDER BY name").arg(kColumns));
    const Status s = m_store.exec(q, tr("Reading API tokens"));
    if (!s)
        return Result<QList<ApiToken>>::failure(s.error());
    QList<ApiToken> tokens;
    while (q.next())
        tokens.append(readToken(q));
    // A read error in the middle is an error, never a shorter list (DESIGN §6).
    if (q.lastError().isValid())
        return Result<QList<ApiToken>>::failure(tr("Reading API tokens failed: %1").arg(q.lastError().text()));
    return tokens;
}

Status ApiTokenRepository::setEnabled(const QString& name, bool enabled, const QString& actor)
{
    return m_store.transaction([&]() -> Status {
        ApiToken token;
        Status s = requireExisting(name, &token);
        if (!s || token.enabled == enabled)
            return s;
        QSqlQuery q = m_store.query();
        q.prepare(QStringLiteral("UPDATE api_tokens SET enabled = ? WHERE id = ?"));
        q.addBindValue(enabled ? 1 : 0);
        q.addBindValue(token.id);
        s = m_store.exec(q, tr("Saving API token %1").arg(name));
        if (!s)
            return s;
        return EventLog(m_store).append(enabled ? EventCode::ApiTokenEnabled : EventCode::ApiTokenDisabled,
                                        enabled ? QStringLiteral("API token %1 enabled").arg(name)
                                                : QStringLiteral("API token %1 disabled").arg(name),
                                        QJsonObject{{QStringLiteral("name"), name}}, QString(), actor);
    });
}

Status ApiTokenRepository::remove(const QString& name, const QString& actor)
{
    return m_store.transaction([&]() -> Status {
        ApiToken token;
        Status s = requireExisting(name, &token);
        if (!s)
            return s;
        QSqlQuery q = m_store.query();
        q.prepare(QStringLiteral("DELETE FROM api_tokens WHERE id = ?"));
        q.addBindValue(token.id);
        s = m_store.exec(q, tr("Deleting API token %1").arg(name));
        if (!s)
            return s;
        return EventLog(m_store).append(EventCode::ApiTokenDeleted,
                                        QStringLiteral("API token %1 deleted (%2)").arg(name, describe(token)),
                                        tokenParams(token), QString(), actor);
    });
}
