#pragma once

#include <QList>
#include <QString>

#include <functional>

class ConsolePage;
class SettingsPage;

// The navigation's entries and the page each one shows. A later issue replaces a placeholder by
// registering its own page under the same id; the main window builds the tree from this list.
class PageRegistry {
public:
    using TitleFunction = std::function<QString()>;

    struct Entry {
        QString id;
        QString parentId; // empty for a top-level entry
        TitleFunction title;
        ConsolePage* page = nullptr; // may be shared: the groups all show one overview
    };

    // Entries must be added after their parent.
    void add(const QString& id, const QString& parentId, TitleFunction title, ConsolePage* page);
    const QList<Entry>& entries() const { return m_entries; }
    const Entry* find(const QString& id) const;
    // Every distinct page, in registration order.
    QList<ConsolePage*> pages() const;
    QList<SettingsPage*> settingsPages() const;

private:
    QList<Entry> m_entries;
};
