#include "UtcTimestamp.h"

#include <QDateTime>

namespace {
void appendDigits(QString& out, int value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        digits[i] = char('0' + value % 10);
    out.append(QLatin1String(digits, width));
}
} // namespace

QString UtcTimestamp::isoWithMs(qint64 msecsSinceEpoch)
{
    // The proleptic Gregorian date of a day count (Howard Hinnant's days_from_civil, inverted).
    const qint64 days = msecsSinceEpoch >= 0 ? msecsSinceEpoch / 86400000 : (msecsSinceEpoch - 86399999) / 86400000;
    const int msOfDay = int(msecsSinceEpoch - days * 86400000);
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = int(z - era * 146097);
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int day = doy - (153 * mp + 2) / 5 + 1;
    const int month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) // outside what four digits say: let Qt write it
        return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
    QString out;
    out.reserve(24);
    appendDigits(out, int(year), 4);
    out += QLatin1Char('-');
    appendDigits(out, month, 2);
    out += QLatin1Char('-');
    appendDigits(out, day, 2);
    out += QLatin1Char('T');
    appendDigits(out, msOfDay / 3600000, 2);
    out += QLatin1Char(':');
    appendDigits(out, msOfDay / 60000 % 60, 2);
    out += QLatin1Char(':');
    appendDigits(out, msOfDay / 1000 % 60, 2);
    out += QLatin1Char('.');
    appendDigits(out, msOfDay % 1000, 3);
    out += QLatin1Char('Z');
    return out;
}
