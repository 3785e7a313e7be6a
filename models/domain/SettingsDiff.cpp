#include "SettingsDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

QString SettingsDiff::valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QStringLiteral("—");
    }
}

QList<SettingsDiff::Change> SettingsDiff::compare(const QJsonObject& before, const QJsonObject& after)
{
    QStringList keys = before.keys();
    for (const QString& k : after.keys())
        if (!before.contains(k))
            keys << k;
    QList<Change> changes;
    for (const QString& k : std::as_const(keys)) {
        if (before.value(k) != after.value(k))
            changes.append({k, valueText(before.value(k)), valueText(after.value(k))});
    }
    return changes;
}

QString SettingsDiff::describe(const QList<Change>& changes)
{
    QStringList lines;
    for (const Change& c : changes)
        lines << c.field + QStringLiteral(": ") + c.before + QStringLiteral(" → ") + c.after;
    return lines.join(QLatin1Char('\n'));
}
