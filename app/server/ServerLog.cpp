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

// A value never breaks the line: control characters become spaces, quotes guard spaces.
QString plainValue(const QString& value)
{
    QString v = value;
    for (QChar& c : v)
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    if (v.contains(QLatin1Char(' ')) || v.contains(QLatin1Char('"')) || v.isEmpty())
        return QLatin1Char('"') + v.replace(QLatin1Char('"'), QLatin1String("\\\"")) + QLatin1Char('"');
    return v;
}
} // namespace

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
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QByteArray line;
    if (g_format == Format::Json) {
        QJsonObject o{{QStringLiteral("time"), time},
                      {QStringLiteral("level"), QString::fromLatin1(level)},
                      {QStringLiteral("message"), message}};
        for (const auto& field : fields)
            o.insert(field.first, field.second);
        line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    } else {
        QString text = time + QLatin1Char(' ') + QString::fromLatin1(level) + QLatin1Char(' ') + message;
        for (QChar& c : text)
            if (c.category() == QChar::Other_Control)
                c = QLatin1Char(' ');
        for (const auto& field : fields)
            text += QLatin1Char(' ') + field.first + QLatin1Char('=') + plainValue(field.second);
        line = text.toUtf8();
    }
    line += '\n';
    const std::lock_guard<std::mutex> lock(g_mutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}
