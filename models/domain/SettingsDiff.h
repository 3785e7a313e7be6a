#pragma once

#include <QJsonObject>
#include <QStringList>

// Field-level differences between two versions of one section, for the settings history and
// the import preview: "attemptsBeforeBlock: 5 → 7".
class SettingsDiff {
public:
    struct Change {
        QString field;
        QString before;
        QString after;
    };

    static QList<Change> compare(const QJsonObject& before, const QJsonObject& after);
    static QString describe(const QList<Change>& changes);
    static QString valueText(const QJsonValue& value);
};
