#pragma once

#include "FieldError.h"

#include <QCoreApplication>

// Collects the validation messages of one settings section, translated, with JSON paths.
class FieldValidator {
    Q_DECLARE_TR_FUNCTIONS(FieldValidator)

public:
    explicit FieldValidator(QString section);

    void range(const char* name, int value, int min, int max);
    void maxLength(const char* name, const QString& value, int max);
    // Adds `message` for `name` when `ok` is false.
    void check(bool ok, const char* name, const QString& message);

    const FieldErrors& errors() const { return m_errors; }

private:
    QString path(const char* name) const;

    QString m_section;
    FieldErrors m_errors;
};
