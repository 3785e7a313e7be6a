#pragma once

#include <QString>
#include <QStringList>

// Picks the language of an API answer from the caller's Accept-Language header (RFC 9110
// §12.5.4): the offered language with the highest q-value, earlier ones winning ties; "sv-SE"
// counts as "sv", "*" as English, "q=0" refuses a language. English when nothing offered is
// available. The event codes in the answers stay the same in every language.
class ApiLanguage {
public:
    static QString negotiate(const QString& acceptLanguage, const QStringList& available);
};
