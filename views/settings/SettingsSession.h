#pragma once

#include "domain/Settings.h"
#include "store/SectionChange.h"
#include "store/SettingsRepository.h"

#include <QHash>
#include <QObject>

class Store;
class StoreKey;

// The settings as the console last read them from the open store, with each section's
// version, shared by every settings page, the history view and import. Every save goes
// through here so the versions the optimistic check compares stay right, and every page
// whose section was saved (by itself, by an import or by a restore) shows the new values.
class SettingsSession : public QObject {
    Q_OBJECT

public:
    explicit SettingsSession(QObject* parent = nullptr);

    void setStore(Store* store);
    Store* store() const { return m_store; }
    void setStoreKey(const StoreKey* key) { m_key = key; }
    const StoreKey* storeKey() const { return m_key; }

    // Reads every section again; each page shows the stored values afterwards.
    Status reload();
    // Reads the store again but replaces only `section` (a page's "Reload" after a conflict).
    Status reloadSection(const QString& section);
    // What the store holds now, without changing what the pages show (conflict view, import).
    Result<SettingsRepository::Loaded> readStored() const;

    const Settings& settings() const { return m_settings; }
    int version(const QString& section) const { return m_versions.value(section, -1); }
    bool secretsReadable() const { return m_secretsReadable; }
    // What is wrong with the stored row of `section` when it does not parse or validate (the
    // page then shows the defaults and says how to restore it), or an empty text.
    QString damage(const QString& section) const { return m_damaged.value(section); }

    // Saves `sections` of `edited` as the versions they were loaded at; `overwrite` saves over
    // whatever another console stored meanwhile. Saved sections are shown by their pages.
    SettingsRepository::SaveOutcome save(const Settings& edited, const QStringList& sections, int eventCode,
                                         bool overwrite = false);

    // Sections the store holds at a newer version (StoreChangeWatcher). Those this session has
    // not loaded yet are announced one by one (sectionChangedElsewhere); the rest are this
    // console's own saves, already shown.
    void noticeStoredChanges(const QList<SectionChange>& changes);

Q_SIGNALS:
    // `section` now shows `settings` at a new version; the page for it reloads.
    void sectionLoaded(const QString& section, const Settings& settings);
    // Another console (or the command line) saved `change.section` after this session read it.
    void sectionChangedElsewhere(const SectionChange& change);

private:
    Store* m_store = nullptr;
    const StoreKey* m_key = nullptr;
    Settings m_settings;
    QHash<QString, int> m_versions;
    bool m_secretsReadable = false;
    QMap<QString, QString> m_damaged;
};
