#pragma once

#include "util/Result.h"

#include <QCoreApplication>

// The one place a client's address is read (the engine's requests and verifications, and the
// server's peer addresses). An address is a full dotted-quad IPv4 or an IPv6 address, with a
// short zone id allowed on IPv6; anything else is refused before the engine does anything,
// so a malformed address can never reach a column, an event or a gateway.
class ClientAddress {
    Q_DECLARE_TR_FUNCTIONS(ClientAddress)

public:
    // The address in its canonical text form ("192.0.2.5", "fe80::1%eth0"); an empty text
    // stays empty (no address known). Refused otherwise, with a message that says why.
    static Result<QString> parse(const QString& text);
};
