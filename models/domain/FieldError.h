#pragma once

#include <QList>
#include <QString>

// One problem with one field. `field` is the JSON path ("block.attemptsBeforeBlock") so the
// CLI can name it and a page can show the message next to the widget bound to it.
struct FieldError {
    QString field;
    QString message;

    bool operator==(const FieldError& other) const { return field == other.field && message == other.message; }
};

using FieldErrors = QList<FieldError>;

// "field: message" lines, for the CLI and logs.
QString formatFieldErrors(const FieldErrors& errors);
