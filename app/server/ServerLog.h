#pragma once

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

private:
    static void write(const char* level, const QString& message, const Fields& fields);
};
