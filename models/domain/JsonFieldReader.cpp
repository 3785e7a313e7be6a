#include "JsonFieldReader.h"

#include <cmath>

JsonFieldReader::JsonFieldReader(const QJsonObject& object, QString section, FieldErrors& errors)
    : m_object(object)
    , m_section(std::move(section))
    , m_errors(errors)
{
}

// Unknown names are reported once everything known was read: a typo in an imported file must
// not be silently ignored.
JsonFieldReader::~JsonFieldReader()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key()))
            m_errors.append({m_section + QLatin1Char('.') + it.key(), tr("unknown setting")});
    }
}

QString JsonFieldReader::path(const char* name) const
{
    return m_section + QLatin1Char('.') + QLatin1String(name);
}

void JsonFieldReader::addError(const char* name, const QString& message)
{
    m_errors.append({path(name), message});
}

const QJsonValue* JsonFieldReader::take(const char* name)
{
    const QString key = QLatin1String(name);
    m_seen.insert(key);
    auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isUndefined())
        return nullptr;
    m_current = *it;
    return &m_current;
}

void JsonFieldReader::typeError(const char* name, const QString& expected)
{
    addError(name, tr("must be %1").arg(expected));
}

void JsonFieldReader::boolean(const char* name, bool& out)
{
    if (const QJsonValue* v = take(name)) {
        if (v->isBool())
            out = v->toBool();
        else
            typeError(name, tr("true or false"));
    }
}

void JsonFieldReader::flag(const char* name, bool& out)
{
    if (const QJsonValue* v = take(name)) {
        if (v->isBool())
            out = v->toBool();
        else if (v->isDouble() && (v->toDouble() == 0 || v->toDouble() == 1))
            out = v->toDouble() == 1;
        else
            typeError(name, tr("true or false (or 1 or 0)"));
    }
}

void JsonFieldReader::integer(const char* name, int& out)
{
    if (const QJsonValue* v = take(name)) {
        const double d = v->toDouble(std::nan(""));
        if (v->isDouble() && std::floor(d) == d && std::fabs(d) <= 2147483647.0)
            out = static_cast<int>(d);
        else
            typeError(name, tr("a whole number"));
    }
}

void JsonFieldReader::string(const char* name, QString& out)
{
    if (const QJsonValue* v = take(name)) {
        if (v->isString())
            out = v->toString();
        else
            typeError(name, tr("text"));
    }
}

void JsonFieldReader::stringList(const char* name, QStringList& out)
{
    const QJsonValue* v = take(name);
    if (!v)
        return;
    if (!v->isArray()) {
        typeError(name, tr("a list of text values"));
        return;
    }
    QStringList result;
    for (const QJsonValue& item : v->toArray()) {
        if (!item.isString()) {
            typeError(name, tr("a list of text values"));
            return;
        }
        result << item.toString();
    }
    out = result;
}

void JsonFieldReader::choice(const char* name, QString& out, const QStringList& allowed)
{
    const QJsonValue* v = take(name);
    if (!v)
        return;
    if (v->isString() && allowed.contains(v->toString()))
        out = v->toString();
    else
        addError(name, tr("must be one of: %1").arg(allowed.join(QStringLiteral(", "))));
}

bool JsonFieldReader::array(const char* name, QJsonArray& out)
{
    const QJsonValue* v = take(name);
    if (!v)
        return false;
    if (!v->isArray()) {
        typeError(name, tr("a list"));
        return false;
    }
    out = v->toArray();
    return true;
}
