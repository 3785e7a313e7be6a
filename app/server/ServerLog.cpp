#include "ServerLog.h"

#include "util/UtcTimestamp.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
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

// `text` with each control character as a space; whole when it has none (the usual case).
void appendSpaced(QString& out, QStringView text)
{
    if (std::none_of(text.begin(), text.end(), isControl)) {
        out += text;
        return;
    }
    for (const QChar c : text)
        out += isControl(c) ? QLatin1Char(' ') : c;
}

// A value never breaks the line: control characters become spaces, quotes guard spaces.
void appendPlainValue(QString& out, const QString& value)
{
    // A control character becomes a space, and a space needs quotes.
    const bool quote = value.isEmpty() || std::any_of(value.begin(), value.end(), [](QChar c) {
                           return c == QLatin1Char(' ') || c == QLatin1Char('"') || isControl(c);
                       });
    if (!quote) {
        out += value;
        return;
    }
    out += QLatin1Char('"');
    for (const QChar c : value) {
        if (isControl(c))
            out += QLatin1Char(' ');
        else if (c == QLatin1Char('"'))
            out += QLatin1String("\\\"");
        else
            out += c;
    }
    out += QLatin1Char('"');
}
} // namespace

QByteArray ServerLog::line(Format format, qint64 msecsSinceEpoch, const char* level, const QString& message,
                           const Fields& fields)
{
    const QString time = UtcTimestamp::isoWithMs(msecsSinceEpoch);
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
        appendSpaced(text, message);
        for (const auto& field : fields) {
            text += QLatin1Char(' ');
            appendSpaced(text, field.first); // keys are the code's, but a line is a line
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
