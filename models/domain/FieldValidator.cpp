#include "FieldValidator.h"

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

void FieldValidator::check(bool ok, const char* name, const QString& message)
{
    if (!ok)
        m_errors.append({path(name), message});
}
