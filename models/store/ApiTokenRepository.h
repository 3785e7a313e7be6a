#pragma once

#include "domain/ApiToken.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class Store;

enum class TokenCheck { Ok, Missing, Unknown, Disabled, Expired };

struct TokenAuth {
    TokenCheck check = TokenCheck::Missing;
    ApiToken token; // filled when the secret matched (Ok, Disabled, Expired); not created, createdBy
};

// The API tokens of smsotp-server (table api_tokens). A token's secret is shown once, when it
// is created, and stored only as its SHA-256 (TokenSecret). Every change is an event (3020-3023)
// naming the actor, as settings changes are.
class ApiTokenRepository {
    Q_DECLARE_TR_FUNCTIONS(ApiTokenRepository)

public:
    struct Created {
        ApiToken token;
        QString secret; // the whole token text: show it once, never store or log it
    };

    // A token's last use is written at most this often (and whenever the address changes), so a
    // busy caller does not turn every request into a write.
    static constexpr int kLastUseResolutionSeconds = 1;

    explicit ApiTokenRepository(Store& store);

    // Looks the presented secret up (public id prefix + constant-time hash compare) and records
    // last use (time, address) on success. Never logs the secret. A malformed, unknown or wrong
    // secret is Unknown; Disabled and Expired are only told to a caller that knew the secret.
    Result<TokenAuth> authenticate(const QString& presented, const QDateTime& now, const QString& peerAddress);

    // Refuses a bad name, an empty or unknown scope, an expiry not in the future and a name in use;
    // writes nothing then.
    Result<Created> create(const QString& name, const QStringList& scopes, const QDateTime& expires,
                           bool exemptIpAllowList, const QString& actor);
    Result<QList<ApiToken>> list();
    Status setEnabled(const QString& name, bool enabled, const QString& actor);
    Status remove(const QString& name, const QString& actor);

private:
    Status recordUse(const ApiToken& token, const QDateTime& now, const QString& peerAddress);
    Status requireExisting(const QString& name, ApiToken* found = nullptr);

    Store& m_store;
};
