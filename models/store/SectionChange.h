#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// A settings section another console (or the command line) saved: which one, at what version,
// who and when, as its settings row says. Never its values: those are read by whoever reloads.
struct SectionChange {
    QString section;
    int version = 0;
    QString savedBy; // the row's updated_by: "console:alice", "cli:bob"
    QDateTime savedAt;
};

Q_DECLARE_METATYPE(SectionChange)
