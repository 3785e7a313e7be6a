#pragma once

#include <QString>
#include <QStringList>

// The one way the CLI prints a table row (users list, events list, store roles): fields joined
// by tabs, each escaped so that what a user or a gateway wrote can never add a column, forge a
// row or reach the terminal as an escape sequence (issue 12).
class CliTable {
public:
    // Backslash, tab, line breaks, C0 and C1 control characters, lone surrogates and the Unicode
    // direction overrides become visible escapes (\\, \t, \n, \r, \x1b, \u202e).
    static QString escape(const QString& field);
    // The escaped fields joined by tabs, without a line end.
    static QString row(const QStringList& fields);
};
