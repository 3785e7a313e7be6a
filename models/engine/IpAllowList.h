#pragma once

#include "domain/IpAllowListSettings.h"

#include <QHostAddress>
#include <QList>
#include <QPair>

// Decides whether an OTP request from a client address is allowed (DESIGN §3.8, §4): when
// the list is on, the address must fall in one of its ranges unless the account is exempt.
class IpAllowList {
public:
    explicit IpAllowList(const IpAllowListSettings& settings);

    bool isEnabled() const { return m_enabled; }
    bool isExempt(const QString& account) const;
    // True when the address lies in a listed address or range (IPv4-mapped IPv6 counts as IPv4).
    bool contains(const QString& clientAddress) const;
    bool allows(const QString& clientAddress, const QString& account) const;

private:
    bool m_enabled;
    QList<QPair<QHostAddress, int>> m_ranges;
    QStringList m_exempt; // lower case
};
