#pragma once

#include <QByteArray>
#include <QString>

// QJsonDocument keeps the last of two members with the same name and says nothing, so a
// settings file with `"enabled": true, ..., "enabled": false` would mean whatever came last.
// This scan finds the first duplicate name in a JSON text that QJsonDocument has accepted.
class JsonDuplicateKeys {
public:
    // The path of the first repeated member ("ipAllowList.enabled", "entries[2].ip"), or an
    // empty text when every object's names are distinct.
    static QString find(const QByteArray& json);
};
