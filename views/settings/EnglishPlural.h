#pragma once

#include <QString>

// The sources say "%n minute(s)" so translators get a numerus form; without an English
// translation file Qt shows that source as it is. This turns the untranslated "(s)" into the
// English plural, and leaves a real translation (which has no "(s)") alone.
inline QString englishPlural(QString text, qint64 n)
{
    return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}
