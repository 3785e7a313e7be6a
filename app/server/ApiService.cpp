#include "ApiService.h"

#include "ApiInput.h"
#include "ApiTranslator.h"
#include "CallerAddress.h"
#include "EngineContext.h"
#include "EnginePool.h"
#include "Metrics.h"
#include "ServerLog.h"
#include "domain/EventCode.h"
#include "store/ApiTokenRepository.h"
#include "store/AuthenticatorRepository.h"
#include "store/EventLog.h"
#include "store/SettingsRepository.h"
#include "store/SpamStatusQuery.h"
#include "util/ActorName.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString bearer(const QString& authorization)
{
    const QString scheme = QStringLiteral("bearer ");
    if (!authorization.left(scheme.size()).toLower().startsWith(scheme))
        return {};
    return authorization.mid(scheme.size()).trimmed();
}

QJsonValue isoOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

OtpService::Actor ApiService::Caller::actor() const
{
    return {ActorName::apiToken(token.name), false};
}

ApiService::ApiService(EnginePool& pool, Metrics& metrics)
    : m_pool(pool)
    , m_metrics(metrics)
{
}

QString ApiService::lastError() const
{
    const std::lock_guard<std::mutex> lock(m_errorMutex);
    return m_lastError;
}

ApiReply ApiService::unavailable(const QString& why)
{
    bool repeated = false;
    {
        const std::lock_guard<std::mutex> lock(m_errorMutex);
        // The same reason again (every request while the store is away) is logged every 10 s,
        // not per request: the access log counts the 503s.
        repeated = why == m_lastError && m_lastErrorLogged.isValid() && m_lastErrorLogged.elapsed() < 10000;
        if (!repeated)
            m_lastErrorLogged.start();
        m_lastError = why;
    }
    if (!repeated)
        ServerLog::error(QStringLiteral("engine failure"), {{QStringLiteral("reason"), why}});
    // The store's own words stay in the log: the caller learns only that it should try again.
    return ApiInput::error(503, 0, tr("The service could not complete the request; try again later."));
}

ApiReply ApiService::onEngine(const std::function<ApiReply(EngineContext&)>& work)
{
    std::optional<ApiReply> done;
    const QString language = ApiTranslator::current();
    m_pool.run([&](EngineContext& context) {
        const ApiTranslator::Scope scope(language); // the engine's words in the caller's language too
        done = work(context);
    });
    // Not run (a stopping pool) or thrown: the answer is built only then, not for every request.
    if (!done)
        return ApiInput::error(503, 0, tr("The server is shutting down."));
    ApiReply& r = *done;
    if (r.code != 0)
        m_metrics.countRefusal(r.code);
    return std::move(r);
}

int ApiService::statusFor(const OtpService::Outcome& out)
{
    if (out.ok)
        return 200;
    switch (out.code) {
    case EventCode::AddressNotAllowed:
    case EventCode::UseDenied:
    case EventCode::SelfServiceRefused:
    case EventCode::OtpRejected:
    case EventCode::OtpExpired:
        return 403;
    case EventCode::RefusedBlocked:
    case EventCode::AuthenticatorBlocked:
        return 423;
    case EventCode::RefusedSuspended:
        return 429;
    case EventCode::UnknownAccount:
        return 404;
    case EventCode::InvalidPhone:
        return 400;
    case EventCode::GatewayFailed:
        return 502;
    default:
        return 503;
    }
}

ApiReply ApiService::reply(const OtpService::Outcome& out, int okStatus)
{
    if (!out.ok && out.code == 0)
        return unavailable(out.message);
    if (!out.ok)
        return ApiInput::error(statusFor(out), out.code, out.message);
    ApiReply r;
    r.status = okStatus;
    r.body = json(
        {{QStringLiteral("ok"), true}, {QStringLiteral("code"), out.code}, {QStringLiteral("message"), out.message}});
    return r;
}

ApiReply ApiService::refuseToken(EngineContext& context, int status, int code, const QString& message,
                                 const QString& actor, const QString& address, const QJsonObject& params)
{
    const Status st = EventLog(*context.store).append(code, message, params, {}, actor, address);
    if (!st)
        return unavailable(st.error());
    return ApiInput::error(status, code, message);
}

bool ApiService::authorize(EngineContext& context, const ApiCall& call, const char* scope, Caller& caller,
                           ApiReply& refusal)
{
    QStringList proxies;
    if (!call.forwardedFor.isEmpty()) {
        Result<SettingsRepository::Loaded> loaded = SettingsRepository(*context.store, nullptr).load();
        if (!loaded) {
            refusal = unavailable(loaded.error());
            return false;
        }
        proxies = loaded->settings.ipAllowList.trustedProxies;
    }
    caller.address = CallerAddress::resolve(call.peer, call.forwardedFor, proxies);
    const QString presented = bearer(call.authorization);
    TokenAuth auth;
    if (!presented.isEmpty()) {
        Result<TokenAuth> checked =
            ApiTokenRepository(*context.store).authenticate(presented, context.clock.now(), caller.address);
        if (!checked) {
            refusal = unavailable(checked.error());
            return false;
        }
        auth = checked.take();
    }
    const QString actor = ActorName::apiToken(auth.token.name);
    switch (auth.check) {
    case TokenCheck::Ok:
        break;
    case TokenCheck::Missing:
    case TokenCheck::Unknown:
        refusal = refuseToken(context, 401, EventCode::ApiRefusedNoToken,
                              tr("a valid API token is required (Authorization: Bearer TOKEN)"), QStringLiteral("api"),
                              caller.address);
        return false;
    case TokenCheck::Expired:
        refusal = refuseToken(context, 401, EventCode::ApiRefusedTokenExpired,
                              tr("the API token '%1' has expired").arg(auth.token.name), actor, caller.address,
                              {{QStringLiteral("token"), auth.token.name}});
        return false;
    case TokenCheck::Disabled:
        refusal = refuseToken(context, 401, EventCode::ApiRefusedTokenDisabled,
                              tr("the API token '%1' is disabled").arg(auth.token.name), actor, caller.address,
                              {{QStringLiteral("token"), auth.token.name}});
        return false;
    }
    caller.token = auth.token;
    if (!auth.token.hasScope(QString::fromLatin1(scope))) {
        refusal =
            refuseToken(context, 403, EventCode::ApiRefusedScope,
                        tr("the API token '%1' lacks the scope %2").arg(auth.token.name, QString::fromLatin1(scope)),
                        actor, caller.address,
                        {{QStringLiteral("token"), auth.token.name}, {QStringLiteral("scope"), QLatin1String(scope)}});
        return false;
    }
    return true;
}

ApiReply ApiService::otpCall(const ApiCall& call, bool verify)
{
    QHash<QString, QString> in;
    ApiReply bad;
    QList<ApiInput::Field> fields = {{QStringLiteral("login"), ApiInput::kMaxLogin, true}};
    if (verify)
        fields.append({QStringLiteral("code"), ApiInput::kMaxCode, true});
    if (!ApiInput::parse(call, fields, in, bad))
        return bad;
    return onEngine([&](EngineContext& context) {
        Caller caller;
        ApiReply refusal;
        if (!authorize(context, call, verify ? ApiToken::kOtpVerify : ApiToken::kOtpRequest, caller, refusal))
            return refusal;
        context.service->setAllowListExempt(caller.token.exemptIpAllowList);
        const OtpService::Outcome out =
            verify ? context.service->verifyOtp(in.value(QStringLiteral("login")), in.value(QStringLiteral("code")),
                                                caller.address)
                   : context.service->requestOtp(in.value(QStringLiteral("login")), caller.address);
        context.service->setAllowListExempt(false);
        if (out.ok && !verify)
            m_metrics.countSent(out.send.gatewayName.isEmpty() ? QStringLiteral("unnamed") : out.send.gatewayName,
                                out.send.latencyMs);
        ApiReply r = reply(out);
        r.tokenName = caller.token.name;
        return r;
    });
}

ApiReply ApiService::otpRequest(const ApiCall& call)
{
    return otpCall(call, false);
}

ApiReply ApiService::otpVerify(const ApiCall& call)
{
    return otpCall(call, true);
}

bool ApiService::findAuthenticator(EngineContext& context, const QString& login, Authenticator& a, ApiReply& refusal)
{
    Result<std::optional<Authenticator>> found = AuthenticatorRepository(*context.store, context.key).find(login);
    if (!found) {
        refusal = unavailable(found.error());
        return false;
    }
    if (!found.value()) {
        refusal =
            ApiInput::error(404, EventCode::UnknownAccount, tr("no SMS authenticator is registered for this account"));
        return false;
    }
    a = *found.value();
    return true;
}

ApiReply ApiService::getAuthenticator(const ApiCall& call)
{
    ApiReply bad;
    if (!ApiInput::checkLogin(call.login, bad))
        return bad;
    return onEngine([&](EngineContext& context) {
        Caller caller;
        ApiReply refusal;
        if (!authorize(context, call, ApiToken::kPhonesRead, caller, refusal))
            return refusal;
        Authenticator a;
        if (!findAuthenticator(context, call.login, a, refusal))
            return refusal;
        ApiReply r;
        r.tokenName = caller.token.name;
        r.body = json({{QStringLiteral("ok"), true},
                       {QStringLiteral("login"), a.login},
                       {QStringLiteral("displayName"), a.displayName},
                       {QStringLiteral("phone"), a.phoneMask},
                       {QStringLiteral("comment"), a.comment},
                       {QStringLiteral("registered"), isoOrNull(a.registeredAt)},
                       {QStringLiteral("useDenied"), a.useDenied},
                       {QStringLiteral("blocked"), a.isBlockedAt(context.clock.now())},
                       {QStringLiteral("blockedUntil"), isoOrNull(a.blockedUntil)},
                       {QStringLiteral("failedCount"), a.failedCount}});
        return r;
    });
}

ApiReply ApiService::putAuthenticator(const ApiCall& call)
{
    QHash<QString, QString> in;
    ApiReply bad;
    if (!ApiInput::checkLogin(call.login, bad) ||
        !ApiInput::parse(call,
                         {{QStringLiteral("phone"), ApiInput::kMaxPhone, false},
                          {QStringLiteral("comment"), ApiInput::kMaxComment, false},
                          {QStringLiteral("displayName"), ApiInput::kMaxDisplayName, false}},
                         in, bad))
        return bad;
    if (!in.contains(QStringLiteral("phone")) && !in.contains(QStringLiteral("comment")))
        return ApiInput::error(400, 0, tr("Give 'phone', 'comment' or both."));
    return onEngine([&](EngineContext& context) {
        Caller caller;
        ApiReply refusal;
        if (!authorize(context, call, ApiToken::kPhonesWrite, caller, refusal))
            return refusal;
        Result<std::optional<Authenticator>> found =
            AuthenticatorRepository(*context.store, context.key).find(call.login);
        if (!found)
            return unavailable(found.error());
        OtpService& engine = *context.service;
        OtpService::Outcome out;
        int okStatus = 200;
        if (!found.value()) {
            if (!in.contains(QStringLiteral("phone")))
                return ApiInput::error(404, EventCode::UnknownAccount,
                                       tr("no SMS authenticator is registered for this account; give 'phone' to "
                                          "register one"));
            out = engine.registerAuthenticator(call.login, in.value(QStringLiteral("phone")),
                                               in.value(QStringLiteral("comment")), caller.actor(),
                                               in.value(QStringLiteral("displayName")));
            okStatus = 201;
        } else {
            out.ok = true;
            if (in.contains(QStringLiteral("phone")))
                out = engine.changePhone(call.login, in.value(QStringLiteral("phone")), caller.actor());
            if (out.ok && in.contains(QStringLiteral("comment")))
                out = engine.changeComment(call.login, in.value(QStringLiteral("comment")), caller.actor());
        }
        ApiReply r = reply(out, okStatus);
        r.tokenName = caller.token.name;
        return r;
    });
}

ApiReply ApiService::deleteAuthenticator(const ApiCall& call)
{
    ApiReply bad;
    if (!ApiInput::checkLogin(call.login, bad))
        return bad;
    return onEngine([&](EngineContext& context) {
        Caller caller;
        ApiReply refusal;
        if (!authorize(context, call, ApiToken::kPhonesWrite, caller, refusal))
            return refusal;
        Authenticator a;
        if (!findAuthenticator(context, call.login, a, refusal))
            return refusal;
        ApiReply r = reply(context.service->remove(call.login, caller.actor()));
        r.tokenName = caller.token.name;
        return r;
    });
}

ApiReply ApiService::health(const ApiCall&)
{
    return onEngine([&](EngineContext& context) {
        const Status reachable = context.store->exec(QStringLiteral("SELECT 1"), tr("Checking the store"));
        bool gateway = false;
        if (reachable) {
            Result<SettingsRepository::Loaded> loaded = SettingsRepository(*context.store, nullptr).load();
            if (loaded) {
                const GatewaySettings& g = loaded->settings.gateway;
                gateway = g.validate().isEmpty() && (g.type == GatewaySettings::Type::DevFile || !g.address.isEmpty());
            }
        }
        ApiReply r;
        r.status = reachable && gateway ? 200 : 503;
        r.body =
            json({{QStringLiteral("ok"), reachable && gateway},
                  {QStringLiteral("store"), reachable ? QStringLiteral("reachable") : QStringLiteral("unreachable")},
                  {QStringLiteral("schemaVersion"), context.store->schemaVersion()},
                  {QStringLiteral("gatewayConfigured"), gateway},
                  {QStringLiteral("version"), QStringLiteral(SMSOTP_VERSION)}});
        return r;
    });
}

void ApiService::setMetricsWithoutToken(const QStringList& ranges)
{
    m_metricsOpen.reset();
    if (ranges.isEmpty())
        return;
    IpAllowListSettings open;
    open.enabled = true;
    for (const QString& range : ranges)
        open.entries.append({range, {}});
    m_metricsOpen.emplace(open);
}

bool ApiService::metricsOpenTo(const ApiCall& call) const
{
    if (!m_metricsOpen || !call.authorization.isEmpty())
        return false;
    // The TCP peer only: X-Forwarded-For never opens the metrics.
    return m_metricsOpen->contains(CallerAddress::canonical(call.peer));
}

Metrics::SpamState ApiService::spamState(EngineContext& context)
{
    Metrics::SpamState spam;
    Result<SettingsRepository::Loaded> loaded = SettingsRepository(*context.store, nullptr).load();
    if (!loaded)
        return spam;
    Result<SpamStatusQuery::State> state =
        SpamStatusQuery(*context.store).status(loaded->settings.spamProtection, context.clock.now());
    if (!state)
        return spam;
    spam.known = true;
    spam.suspended = state->suspended;
    spam.sent = state->sent;
    spam.succeeded = state->succeeded;
    return spam;
}

ApiReply ApiService::metrics(const ApiCall& call)
{
    const bool open = metricsOpenTo(call);
    return onEngine([&](EngineContext& context) {
        Caller caller;
        ApiReply refusal;
        if (!open && !authorize(context, call, ApiToken::kMetricsRead, caller, refusal))
            return refusal;
        ApiReply r;
        r.tokenName = caller.token.name;
        r.body = m_metrics.render(spamState(context));
        r.contentType = "text/plain; version=0.0.4; charset=utf-8";
        return r;
    });
}
