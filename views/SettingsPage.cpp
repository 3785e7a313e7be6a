#include "SettingsPage.h"

SettingsPage::SettingsPage(const QString& sectionKey, QWidget* parent)
    : ConsolePage(parent)
    , m_sectionKey(sectionKey)
{
}

QString SettingsPage::sectionTitle(const QString& sectionKey)
{
    if (sectionKey == QLatin1String("accessRights"))
        return tr("Access rights");
    if (sectionKey == QLatin1String("block"))
        return tr("Block");
    if (sectionKey == QLatin1String("spamProtection"))
        return tr("Spam protection");
    if (sectionKey == QLatin1String("gateway"))
        return tr("Gateway");
    if (sectionKey == QLatin1String("messageFormat"))
        return tr("Message format");
    if (sectionKey == QLatin1String("phoneFormat"))
        return tr("Phone format");
    if (sectionKey == QLatin1String("otp"))
        return tr("OTP generation");
    if (sectionKey == QLatin1String("ipAllowList"))
        return tr("IP allow-list");
    if (sectionKey == QLatin1String("directory"))
        return tr("Directory");
    return sectionKey;
}

void SettingsPage::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    Q_EMIT dirtyChanged(dirty);
}
