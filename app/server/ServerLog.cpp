#include "ServerLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <cstdio>
#include <mutex>

namespace {
std::atomic<ServerLog::Format> g_format{ServerLog::Format::Plain};
std::mutex g_mutex;

// Unicode's control characters (category Cc), tested without a table lookup.
bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f);
}

void appendDigits(QString& out, int value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        digits[i] = char('0' + value % 10);
    out.append(QLatin1String(digits, width));
}

// A value never breaks the line: control characters become spaces, quotes guard spaces.
void appendPlainValue(QString& out, const QString& value)
{
    // A control character becomes a space, and a space needs quotes.
    bool quote = value.isEmpty();
    for (const QChar c : value)
        quote = quote || c == QLatin1Char(' ') || c == QLatin1Char('"') || isControl(c);
    if (quote)
        out += QLatin1Char('"');
    for (const QChar c : value) {
        if (isControl(c))
            out += QLatin1Char(' ');
        else if (c == QLatin1Char('"') && quote)
            out += QLatin1String("\\\"");
        else
            out += c;
    }
    if (quote)
        out += QLatin1Char('"');
}
} // namespace

QString ServerLog::timestamp(qint64 msecsSinceEpoch)
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

QByteArray ServerLog::line(Format format, qint64 msecsSinceEpoch, const char* level, const QString& message,
                           const Fields& fields)
{
    const QString time = timestamp(msecsSinceEpoch);
    QByteArray line;
    if (format == Format::Json) {
        QJsonObject o{{QStringLiteral("time"), time},
                      {QStringLiteral("level"), QString::fromLatin1(level)},
                      {QStringLiteral("message"), message}};
        for (const auto& field : fields)
            o.insert(field.first, field.second);
        line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    } else {
        // Built in one buffer and converted once: this runs for every request.
        QString text;
        text.reserve(128);
        text += time;
        text += QLatin1Char(' ');
        text += QLatin1String(level);
        text += QLatin1Char(' ');
        for (const QChar c : message)
            text += isControl(c) ? QLatin1Char(' ') : c;
        for (const auto& field : fields) {
            text += QLatin1Char(' ');
            for (const QChar c : field.first) // keys are the code's, but a line is a line
                text += isControl(c) ? QLatin1Char(' ') : c;
            text += QLatin1Char('=');
            appendPlainValue(text, field.second);
        }
        line = text.toUtf8();
    }
    line += '\n';
    return line;
}

void ServerLog::setFormat(Format format)
{
    g_format = format;
}

void ServerLog::info(const QString& message, const Fields& fields)
{
    write("info", message, fields);
}

void ServerLog::warning(const QString& message, const Fields& fields)
{
    write("warning", message, fields);
}

void ServerLog::error(const QString& message, const Fields& fields)
{
    write("error", message, fields);
}

void ServerLog::write(const char* level, const QString& message, const Fields& fields)
{
    const QByteArray text = line(g_format, QDateTime::currentMSecsSinceEpoch(), level, message, fields);
    const std::lock_guard<std::mutex> lock(g_mutex);
    // stderr is unbuffered: one write(2) per line.
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}
