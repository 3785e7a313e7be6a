#pragma once

#include "util/Result.h"

#include <QStringList>

#include <functional>

class Store;

// The versioned schema. Each migration runs in its own transaction; the schema_version table
// records the last one applied. The statements use the dialect placeholders of SqlDialect::ddl.
class Migrations {
public:
    struct Migration {
        int version;
        QStringList statements;
        std::function<Status(Store&)> seed; // optional data to write in the same transaction
    };

    static const QList<Migration>& all();
    static int latestVersion();
    // Applies every migration above `current` up to `target` (0: the latest); returns the new
    // version or the failure.
    static Result<int> migrate(Store& store, int current, int target = 0);
};
