#include "FieldValidator.h"

#include "Limits.h"

#include <QJsonArray>
#include <QJsonObject>

FieldValidator::FieldValidator(QString section)
    : m_section(std::move(section))
{
}

QString FieldValidator::path(const char* name) const
{
    return m_section + QLatin1Char('.') + QLatin1String(name);
}

void FieldValidator::range(const char* name, int value, int min, int max)
{
    check(value >= min && value <= max, name, tr("must be between %1 and %2").arg(min).arg(max));
}

void FieldValidator::maxLength(const char* name, const QString& value, int max)
{
    check(value.size() <= max, name, tr("must be at most %n characters long", nullptr, max));
}

void FieldValidator::text(const char* name, const QString& value, int maxLength, Tabs tabs)
{
    this->maxLength(name, value, maxLength);
    const QString problem = textCharacterProblem(value, tabs);
    check(problem.isEmpty(), name, problem);
}

void FieldValidator::maxCount(const char* name, qsizetype count, int max)
{
    check(count <= max, name, tr("may have at most %n entries", nullptr, max));
}

void FieldValidator::check(bool ok, const char* name, const QString& message)
{
    if (!ok)
        m_errors.append({path(name), message});
}

QString FieldValidator::textCharacterProblem(const QString& value, Tabs tabs)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < value.size() && QChar::isLowSurrogate(value.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c))
            return tr("holds an invalid character (a lone UTF-16 surrogate) at position %1").arg(i + 1);
        const bool control = c < 0x20 || (c >= 0x7f && c < 0xa0);
        if (control && !(c == '\t' && tabs == Tabs::Allowed))
            return tr("holds a control character (U+%1) at position %2; control characters such as line breaks, "
                      "tabs and escape sequences are not allowed")
                .arg(uint(c), 4, 16, QLatin1Char('0'))
                .arg(i + 1);
    }
    return {};
}

QString FieldValidator::textProblem(const QString& field, const QString& value, int maxLength, Tabs tabs)
{
    if (value.size() > maxLength)
        return tr("%1 is longer than %n characters.", nullptr, maxLength).arg(field);
    const QString problem = textCharacterProblem(value, tabs);
    if (!problem.isEmpty())
        return tr("%1 %2.").arg(field, problem);
    return {};
}

void FieldValidator::checkStrings(const QJsonValue& json, const QString& path, FieldErrors& errors)
{
    auto checkOne = [&errors](const QString& text, const QString& at) {
        if (text.size() > Limits::kSettingsTextLength)
            errors.append({at, tr("must be at most %n characters long", nullptr, Limits::kSettingsTextLength)});
        const QString problem = textCharacterProblem(text);
        if (!problem.isEmpty())
            errors.append({at, problem});
    };
    if (json.isString()) {
        checkOne(json.toString(), path);
    } else if (json.isArray()) {
        const QJsonArray array = json.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkStrings(array.at(i), path + QStringLiteral("[%1]").arg(i), errors);
    } else if (json.isObject()) {
        const QJsonObject object = json.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString at = path + QLatin1Char('.') + it.key();
            checkOne(it.key(), at);
            checkStrings(it.value(), at, errors);
        }
    }
}
