#include "PageRegistry.h"

#include "SettingsPage.h"

void PageRegistry::add(const QString& id, const QString& parentId, TitleFunction title, ConsolePage* page)
{
    Q_ASSERT(!find(id));
    Q_ASSERT(parentId.isEmpty() || find(parentId));
    m_entries.append({id, parentId, std::move(title), page});
}

const PageRegistry::Entry* PageRegistry::find(const QString& id) const
{
    for (const Entry& e : m_entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

QList<ConsolePage*> PageRegistry::pages() const
{
    QList<ConsolePage*> result;
    for (const Entry& e : m_entries)
        if (e.page && !result.contains(e.page))
            result.append(e.page);
    return result;
}

QList<SettingsPage*> PageRegistry::settingsPages() const
{
    QList<SettingsPage*> result;
    for (ConsolePage* page : pages())
        if (auto* settingsPage = qobject_cast<SettingsPage*>(page))
            result.append(settingsPage);
    return result;
}
