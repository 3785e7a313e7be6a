#pragma once

#include <QString>
#include <QStringList>

// The caller's real address (DESIGN §6a): the TCP peer, unless the peer is a trusted proxy;
// then the right-most X-Forwarded-For entry that is not itself a trusted proxy. A header from any
// other peer is ignored, so a caller cannot pick the address the allow-list sees.
class CallerAddress {
public:
    // "::ffff:192.0.2.1" becomes "192.0.2.1"; anything unparsable stays as it is.
    static QString canonical(const QString& address);
    static QString resolve(const QString& peer, const QString& forwardedFor, const QStringList& trustedProxies);
};
