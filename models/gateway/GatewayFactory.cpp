#include "GatewayFactory.h"

#include "DevFileGateway.h"

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

Result<std::unique_ptr<SmsGateway>> GatewayFactory::create(const GatewaySettings& settings, const StoreUrl& store)
{
    using R = Result<std::unique_ptr<SmsGateway>>;
    if (settings.type == GatewaySettings::Type::DevFile)
        return R(std::make_unique<DevFileGateway>(devOutboxPath(settings, store)));
    return R::failure(tr("The %1 gateway client is not available in this version yet; choose the development "
                         "file gateway for testing.")
                          .arg(GatewaySettings::displayName(settings.type)));
}
