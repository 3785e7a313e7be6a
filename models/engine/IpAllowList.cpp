#include "IpAllowList.h"

IpAllowList::IpAllowList(const IpAllowListSettings& settings)
    : m_enabled(settings.enabled)
{
    for (const auto& entry : settings.entries) {
        const QString canonical = IpAllowListSettings::canonicalEntry(entry.ip);
        if (canonical.isEmpty())
            continue;
        m_ranges.append(canonical.contains(QLatin1Char('/')) ? QHostAddress::parseSubnet(canonical)
                                                             : qMakePair(QHostAddress(canonical), -1));
    }
    for (const QString& account : settings.exemptAccounts)
        m_exempt << account.trimmed().toLower();
}

bool IpAllowList::isExempt(const QString& account) const
{
    return m_exempt.contains(account.trimmed().toLower());
}

bool IpAllowList::contains(const QString& clientAddress) const
{
    QHostAddress address;
    if (!address.setAddress(clientAddress.trimmed()))
        return false;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        address = QHostAddress(v4);
    for (const auto& range : m_ranges) {
        if (range.second < 0 ? address.isEqual(range.first) : address.isInSubnet(range))
            return true;
    }
    return false;
}

bool IpAllowList::allows(const QString& clientAddress, const QString& account) const
{
    return !m_enabled || isExempt(account) || contains(clientAddress);
}
