#pragma once

#include <QStringList>

class StoreUrl;

// The stores opened lately, most recent first, kept in QSettings for the File menu and for
// reopening the last store at start. Entries are canonical URLs: never a password.
class RecentStores {
public:
    static constexpr int kMaximum = 5;

    static QStringList list();
    static QString last() { return list().value(0); }
    static void add(const StoreUrl& url);
    static void clear();
};
