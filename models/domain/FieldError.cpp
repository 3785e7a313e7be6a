#include "FieldError.h"

#include <QStringList>

QString formatFieldErrors(const FieldErrors& errors)
{
    QStringList lines;
    for (const FieldError& e : errors)
        lines << (e.field.isEmpty() ? e.message : e.field + QStringLiteral(": ") + e.message);
    return lines.join(QLatin1Char('\n'));
}
