#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// One line per record on stderr, plain ("time level message key=value ...") or JSON, written
// whole under a lock so lines from many threads never interleave. Callers pass only safe fields:
// never an OTP, a token or a full phone number.
class ServerLog {
public:
    enum class Format { Plain, Json };
    using Fields = QList<QPair<QString, QString>>;

    static void setFormat(Format format);
    static void info(const QString& message, const Fields& fields = {});
    static void warning(const QString& message, const Fields& fields = {});
    static void error(const QString& message, const Fields& fields = {});

    // The line write() prints, newline included (for the tests), its time in UTC as Qt's
    // ISODateWithMs writes it ("2026-12-02T20:12:22.123Z").
    static QByteArray line(Format format, qint64 msecsSinceEpoch, const char* level, const QString& message,
                           const Fields& fields);

private:
    static void write(const char* level, const QString& message, const Fields& fields);
};
