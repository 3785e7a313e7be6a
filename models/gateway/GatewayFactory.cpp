#include "GatewayFactory.h"

#include "DevFileGateway.h"
#include "FailoverGateway.h"
#include "GenericHttpGateway.h"
#include "MegafonGateway.h"
#include "MfmsGateway.h"
#include "OneGateGateway.h"
#include "SmsApiGateway.h"
#include "SmsProxyGateway.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString GatewayFactory::devOutboxPath(const GatewaySettings& settings, const StoreUrl& store)
{
    if (!settings.filePath.isEmpty())
        return settings.filePath;
    const QString folder = store.isLocalFile()
                               ? QFileInfo(store.path()).absolutePath()
                               : QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                                     .filePath(QStringLiteral("smsotp"));
    return QDir(folder).filePath(QStringLiteral("sms-outbox.jsonl"));
}

Result<std::unique_ptr<SmsGateway>> GatewayFactory::createSingle(const GatewaySettings& settings, const StoreUrl& store)
{
    using R = Result<std::unique_ptr<SmsGateway>>;
    using T = GatewaySettings::Type;
    switch (settings.type) {
    case T::DevFile:
        return R(std::make_unique<DevFileGateway>(devOutboxPath(settings, store)));
    case T::Megafon:
        return R(std::make_unique<MegafonGateway>(settings));
    case T::Mfms:
        return R(std::make_unique<MfmsGateway>(settings));
    case T::Smsapi:
        return R(std::make_unique<SmsApiGateway>(settings));
    case T::GenericHttp:
        return R(std::make_unique<GenericHttpGateway>(settings));
    case T::OneGate:
        return R(std::make_unique<OneGateGateway>(settings));
    case T::SmsProxy:
        return R(std::make_unique<SmsProxyGateway>(settings));
    }
    return R::failure(tr("Unknown gateway type."));
}

Result<std::unique_ptr<SmsGateway>> GatewayFactory::create(const GatewaySettings& settings, const StoreUrl& store)
{
    using R = Result<std::unique_ptr<SmsGateway>>;
    R first = createSingle(settings, store);
    if (!first || !settings.failover)
        return first;
    R second = createSingle(*settings.failover, store);
    if (!second)
        return R::failure(tr("The second gateway cannot be used: %1").arg(second.error()));
    return R(std::make_unique<FailoverGateway>(first.take(), second.take()));
}

Result<std::unique_ptr<SmsGateway>> GatewayFactory::create(const GatewaySettings& settings, Store& store,
                                                           const StoreKey* key)
{
    using R = Result<std::unique_ptr<SmsGateway>>;
    GatewaySettings complete = settings;
    auto needsSecret = [](const GatewaySettings& g) {
        return g.needsLoginPassword() || g.needsToken();
    };
    if (key) {
        // Only the secrets: the rest of the settings is what the caller already parsed.
        SettingsRepository repository(store, key);
        for (const QString& name : GatewaySettings::secretNames()) {
            if (!complete.secret(name).isEmpty())
                continue;
            Result<QString> secret = repository.gatewaySecret(name);
            if (!secret)
                return R::failure(secret.error());
            complete.setSecret(name, secret.value());
        }
    } else if ((needsSecret(complete) && complete.password.isEmpty() && complete.token.isEmpty()) ||
               (complete.failover && needsSecret(*complete.failover) && complete.failover->password.isEmpty() &&
                complete.failover->token.isEmpty())) {
        return R::failure(tr("The gateway's password or token is stored encrypted: unlock the store key (its "
                             "passphrase) to send."));
    }
    return create(complete, store.url());
}
