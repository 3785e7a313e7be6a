#pragma once

#include <QString>

// A time as Qt's ISODateWithMs writes it in UTC ("2026-12-02T20:12:22.123Z"), without QDateTime's
// general formatter: the server writes one for every request's log line and every devFile message.
namespace UtcTimestamp {
QString isoWithMs(qint64 msecsSinceEpoch);
}
