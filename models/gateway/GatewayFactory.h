#pragma once

#include "SmsGateway.h"
#include "domain/GatewaySettings.h"
#include "store/StoreUrl.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <memory>

class Store;
class StoreKey;

// Builds the gateway client that the settings describe, wrapped with its failover gateway
// when one is configured.
class GatewayFactory {
    Q_DECLARE_TR_FUNCTIONS(GatewayFactory)

public:
    // `store` locates the development outbox when its path is left empty: beside a SQLite
    // store's file, else in the user's data folder.
    static Result<std::unique_ptr<SmsGateway>> create(const GatewaySettings& settings, const StoreUrl& store);
    // The one gateway `settings` names, ignoring its failover.
    static Result<std::unique_ptr<SmsGateway>> createSingle(const GatewaySettings& settings, const StoreUrl& store);
    // As create(), with the secrets (password, token, the failover's) read from `store` and
    // decrypted with `key`: what the engine and the test send use. Fails clearly when the
    // gateway needs a secret and the store key is not unlocked.
    static Result<std::unique_ptr<SmsGateway>> create(const GatewaySettings& settings, Store& store,
                                                      const StoreKey* key);
    static QString devOutboxPath(const GatewaySettings& settings, const StoreUrl& store);
};
