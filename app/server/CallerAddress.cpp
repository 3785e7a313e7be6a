#include "CallerAddress.h"

#include "domain/IpAllowListSettings.h"
#include "engine/IpAllowList.h"

#include <QHostAddress>

QString CallerAddress::canonical(const QString& address)
{
    QHostAddress a;
    if (!a.setAddress(address.trimmed()))
        return address;
    bool isV4 = false;
    const quint32 v4 = a.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : a.toString();
}

QString CallerAddress::resolve(const QString& peer, const QString& forwardedFor, const QStringList& trustedProxies)
{
    const QString address = canonical(peer);
    if (forwardedFor.isEmpty() || trustedProxies.isEmpty())
        return address;
    IpAllowListSettings proxies;
    proxies.enabled = true;
    for (const QString& proxy : trustedProxies)
        proxies.entries.append({proxy, {}});
    const IpAllowList trusted(proxies);
    if (!trusted.contains(address))
        return address;
    const QStringList hops = forwardedFor.split(QLatin1Char(','));
    QString caller = address;
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        QHostAddress hop;
        if (!hop.setAddress(it->trimmed()))
            break; // a malformed entry ends what can be believed
        caller = canonical(it->trimmed());
        if (!trusted.contains(caller))
            break;
    }
    return caller;
}
