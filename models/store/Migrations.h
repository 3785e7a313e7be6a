#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class Store;

// The versioned schema. Each migration runs in its own transaction; the schema_version table
// records the last one applied. The statements use the dialect placeholders of SqlDialect::ddl.
class Migrations {
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    // Where an upgrade is, reported before each statement and when each migration is recorded,
    // so a console or the CLI can show a long one (a million accounts take about a minute).
    struct Step {
        int from = 0;       // the store's version before the upgrade (0: a new store)
        int to = 0;         // the version it is brought to
        int version = 0;    // the migration running
        int statement = 0;  // statements done within it
        int statements = 0; // statements it has
        // Steps done and to do over the whole upgrade, for a progress bar.
        int done = 0;
        int total = 0;
    };
    using Progress = std::function<void(const Step&)>;
    // "Updating the store's schema from version 4 to 5: step 2 of 6…"
    static QString describe(const Step& step);

    struct Migration {
        int version;
        QStringList statements;
        std::function<Status(Store&)> seed; // optional data to write in the same transaction
    };

    static const QList<Migration>& all();
    static int latestVersion();
    // Applies every migration above `current` up to `target` (0: the latest); returns the new
    // version or the failure.
    static Result<int> migrate(Store& store, int current, int target = 0, const Progress& progress = {});
};
