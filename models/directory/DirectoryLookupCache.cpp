#include "DirectoryLookupCache.h"

bool DirectoryLookupCache::find(const QString& settingsKey, const QString& login, qint64 nowMs,
                                DirectoryPhoneLookup::Outcome& out) const
{
    QMutexLocker lock(&m_mutex);
    if (settingsKey != m_settingsKey)
        return false;
    const auto it = m_entries.constFind(login.trimmed().toLower());
    if (it == m_entries.constEnd() || it->expiresMs <= nowMs)
        return false;
    out = it->outcome;
    return true;
}

void DirectoryLookupCache::insert(const QString& settingsKey, const QString& login, qint64 nowMs, int seconds,
                                  const DirectoryPhoneLookup::Outcome& outcome)
{
    if (seconds <= 0 || !outcome.cacheable())
        return;
    QMutexLocker lock(&m_mutex);
    if (settingsKey != m_settingsKey || m_entries.size() >= kMaxEntries) {
        m_entries.clear();
        m_settingsKey = settingsKey;
    }
    m_entries.insert(login.trimmed().toLower(), {outcome, nowMs + qint64(seconds) * 1000});
}

void DirectoryLookupCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}
