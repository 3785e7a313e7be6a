#pragma once

#include <QJsonObject>

#include "ApiCall.h"
#include "Metrics.h"
#include "domain/ApiToken.h"
#include "engine/IpAllowList.h"
#include "engine/OtpService.h"

#include <QCoreApplication>

#include <QElapsedTimer>

#include <mutex>
#include <optional>

class EnginePool;
struct EngineContext;

// The API of DESIGN §6a over the engine: each endpoint checks its input without the store,
// then on an engine worker authenticates the token, checks its scope and calls OtpService or
// the repositories, and turns the outcome into a JSON reply with a fitting HTTP status.
class ApiService {
    Q_DECLARE_TR_FUNCTIONS(ApiService)

public:
    ApiService(EnginePool& pool, Metrics& metrics);

    ApiReply otpRequest(const ApiCall& call);
    ApiReply otpVerify(const ApiCall& call);
    ApiReply getAuthenticator(const ApiCall& call);
    ApiReply putAuthenticator(const ApiCall& call);
    ApiReply deleteAuthenticator(const ApiCall& call);
    ApiReply health(const ApiCall& call);
    ApiReply metrics(const ApiCall& call);

    // The TCP peers (addresses or CIDR ranges) that may read /metrics without a token.
    void setMetricsWithoutToken(const QStringList& ranges);

    // The last failure of the store or the engine, for the heartbeat row (empty: none).
    QString lastError() const;

    // The HTTP status for an engine outcome's event code.
    static int statusFor(const OtpService::Outcome& out);

private:
    struct Caller {
        QString address;
        ApiToken token;
        OtpService::Actor actor() const;
    };

    // Runs `work` on an engine worker; a stopping pool answers 503.
    ApiReply onEngine(const std::function<ApiReply(EngineContext&)>& work);
    bool authorize(EngineContext& context, const ApiCall& call, const char* scope, Caller& caller, ApiReply& refusal);
    ApiReply refuseToken(EngineContext& context, int status, int code, const QString& message, const QString& actor,
                         const QString& address, const QJsonObject& params = {});
    ApiReply reply(const OtpService::Outcome& out, int okStatus = 200);
    ApiReply unavailable(const QString& why);
    // The registered authenticator `login`, or the refusal to answer (503 store, 404 unknown).
    bool findAuthenticator(EngineContext& context, const QString& login, Authenticator& a, ApiReply& refusal);
    ApiReply otpCall(const ApiCall& call, bool verify);
    bool metricsOpenTo(const ApiCall& call) const;
    Metrics::SpamState spamState(EngineContext& context);

    EnginePool& m_pool;
    Metrics& m_metrics;
    mutable std::mutex m_errorMutex;
    QString m_lastError;
    QElapsedTimer m_lastErrorLogged;
    std::optional<IpAllowList> m_metricsOpen; // parsed once; none: a token is always needed
};
