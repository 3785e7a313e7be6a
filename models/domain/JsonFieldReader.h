#pragma once

#include "FieldError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

// Reads typed fields of one settings section from JSON onto an existing value: a field that is
// absent keeps its current value, a field of the wrong type or an unknown name is an error.
// Range checks are not done here; they belong to each section's validate().
class JsonFieldReader {
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    JsonFieldReader(const QJsonObject& object, QString section, FieldErrors& errors);
    ~JsonFieldReader();

    void boolean(const char* name, bool& out);
    // A boolean that may also be written 0 or 1 (as Erply's API writes flags).
    void flag(const char* name, bool& out);
    void integer(const char* name, int& out);
    void string(const char* name, QString& out);
    void stringList(const char* name, QStringList& out);
    // One of `allowed` (JSON spelling); anything else is an error naming the allowed values.
    void choice(const char* name, QString& out, const QStringList& allowed);
    // Raw array for nested structures; returns false when absent or not an array.
    bool array(const char* name, QJsonArray& out);

    QString path(const char* name) const;
    void addError(const char* name, const QString& message);

private:
    const QJsonValue* take(const char* name);
    void typeError(const char* name, const QString& expected);

    QJsonObject m_object;
    QString m_section;
    FieldErrors& m_errors;
    QSet<QString> m_seen;
    QJsonValue m_current;
};
