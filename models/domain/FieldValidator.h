#pragma once

#include "FieldError.h"

#include <QCoreApplication>
#include <QJsonValue>

// Collects the validation messages of one settings section, translated, with JSON paths. It is
// also the one place that says which text may be stored at all (textProblem): the engine, the
// CSV import and the settings import use it too.
class FieldValidator {
    Q_DECLARE_TR_FUNCTIONS(FieldValidator)

public:
    // A tab is refused except where it means something (none of the settings fields so far).
    enum class Tabs { Refused, Allowed };

    explicit FieldValidator(QString section);

    void range(const char* name, int value, int min, int max);
    void maxLength(const char* name, const QString& value, int max);
    // Length and characters (textCharacterProblem) of one text field.
    void text(const char* name, const QString& value, int maxLength, Tabs tabs = Tabs::Refused);
    void maxCount(const char* name, qsizetype count, int max);
    // Adds `message` for `name` when `ok` is false.
    void check(bool ok, const char* name, const QString& message);

    const FieldErrors& errors() const { return m_errors; }

    // Why `value` cannot be stored: a C0 or C1 control character (a tab only where `tabs` allows
    // it), a lone surrogate (text that is not valid Unicode); empty when it can. The message
    // says which character and where, without the field's name.
    static QString textCharacterProblem(const QString& value, Tabs tabs = Tabs::Refused);
    // The same and the length, as one sentence naming `field` ("The comment", a translated
    // label): for the engine, the CSV import and the CLI. Empty when the text is fine.
    static QString textProblem(const QString& field, const QString& value, int maxLength, Tabs tabs = Tabs::Refused);
    // Checks every string in `json` at any depth (names included) for control characters and
    // for Limits::kSettingsTextLength, each error at its JSON path under `path`: no field of a
    // settings section can forget it.
    static void checkStrings(const QJsonValue& json, const QString& path, FieldErrors& errors);

private:
    QString path(const char* name) const;

    QString m_section;
    FieldErrors m_errors;
};
