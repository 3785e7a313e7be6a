#pragma once

#include "DirectoryPhoneLookup.h"

#include <QHash>
#include <QMutex>

// Remembers directory answers for `directory.cacheSeconds`, so a burst of sign-ins does not
// hammer the directory. Only answers are kept (a number, or why the directory has none);
// connection and bind failures are not, so a repaired directory is used at once.
// Entries are keyed by the settings they were looked up with: a saved change starts afresh.
class DirectoryLookupCache {
public:
    // Fills `out` with the cached outcome for `login` under `settingsKey`; false when none is fresh.
    bool find(const QString& settingsKey, const QString& login, qint64 nowMs, DirectoryPhoneLookup::Outcome& out) const;
    void insert(const QString& settingsKey, const QString& login, qint64 nowMs, int seconds,
                const DirectoryPhoneLookup::Outcome& outcome);
    void clear();

private:
    struct Cached {
        DirectoryPhoneLookup::Outcome outcome;
        qint64 expiresMs = 0;
    };
    static constexpr int kMaxEntries = 10000;

    mutable QMutex m_mutex;
    QString m_settingsKey;
    QHash<QString, Cached> m_entries;
};
