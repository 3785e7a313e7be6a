#pragma once

#include "SmsGateway.h"
#include "domain/GatewaySettings.h"
#include "store/StoreUrl.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <memory>

// Builds the gateway client that the settings describe.
class GatewayFactory {
    Q_DECLARE_TR_FUNCTIONS(GatewayFactory)

public:
    // `store` locates the development outbox when its path is left empty: beside a SQLite
    // store's file, else in the user's data folder.
    static Result<std::unique_ptr<SmsGateway>> create(const GatewaySettings& settings, const StoreUrl& store);
    static QString devOutboxPath(const GatewaySettings& settings, const StoreUrl& store);
};
