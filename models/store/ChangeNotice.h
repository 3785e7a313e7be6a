#pragma once

#include "util/Result.h"

#include <QString>

class Store;

// How a writer tells the other consoles on a PostgreSQL store that something changed: a NOTIFY
// on one channel, sent inside the writer's transaction so it arrives only when that commits
// (and never when it rolls back). The payload names what changed ("settings:block",
// "authenticators", "apiTokens"), never a value or a secret. SQLite has no notifications: there the
// consoles poll (StoreChangeWatcher), and send() does nothing.
class ChangeNotice {
public:
    static constexpr const char* kChannel = "smsotp_changes";

    static QString settings(const QString& section) { return QStringLiteral("settings:") + section; }
    static QString authenticators() { return QStringLiteral("authenticators"); }
    static QString apiTokens() { return QStringLiteral("apiTokens"); }
    // The section a payload names, or an empty text when it names no section.
    static QString sectionOf(const QString& payload);

    static Status send(Store& store, const QString& payload);
};
