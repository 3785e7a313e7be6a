#include "SettingsSession.h"

#include "store/Store.h"
#include "util/ActorName.h"

SettingsSession::SettingsSession(QObject* parent)
    : QObject(parent)
{
}

void SettingsSession::setStore(Store* store)
{
    m_store = store;
    m_settings = Settings();
    m_versions.clear();
    m_secretsReadable = false;
    m_damaged.clear();
}

Result<SettingsRepository::Loaded> SettingsSession::readStored() const
{
    if (!m_store)
        return Result<SettingsRepository::Loaded>::failure(tr("No store is open."));
    // Damaged sections are shown as such (with the way to restore them) instead of failing the
    // whole console; the engine refuses to work on them (SettingsRepository::Damage).
    return SettingsRepository(*m_store, m_key).load(SettingsRepository::Damage::Report);
}

Status SettingsSession::reload()
{
    Result<SettingsRepository::Loaded> loaded = readStored();
    if (!loaded)
        return Status::failure(loaded.error());
    m_settings = loaded->settings;
    m_versions = loaded->versions;
    m_secretsReadable = loaded->secretsReadable;
    m_damaged = loaded->damaged;
    for (const QString& section : Settings::sectionKeys())
        Q_EMIT sectionLoaded(section, m_settings);
    return {};
}

Status SettingsSession::reloadSection(const QString& section)
{
    Result<SettingsRepository::Loaded> loaded = readStored();
    if (!loaded)
        return Status::failure(loaded.error());
    FieldErrors errors;
    m_settings.readSectionJson(section, loaded->settings.sectionJson(section, Settings::SecretPolicy::Include), errors);
    m_versions.insert(section, loaded->versions.value(section, -1));
    if (loaded->damaged.contains(section))
        m_damaged.insert(section, loaded->damaged.value(section));
    else
        m_damaged.remove(section);
    Q_EMIT sectionLoaded(section, m_settings);
    return {};
}

SettingsRepository::SaveOutcome SettingsSession::save(const Settings& edited, const QStringList& sections,
                                                      int eventCode, bool overwrite)
{
    SettingsRepository::SaveOutcome outcome;
    if (!m_store) {
        outcome.kind = SettingsRepository::SaveOutcome::Kind::Failed;
        outcome.message = tr("No store is open.");
        return outcome;
    }
    Settings toSave = edited;
    QHash<QString, int> versions = m_versions;
    const bool needFresh = overwrite || ((sections.contains(QLatin1String(GatewaySettings::kKey)) ||
                                          sections.contains(QLatin1String(DirectorySettings::kKey))) &&
                                         m_key && !m_secretsReadable);
    if (needFresh) {
        Result<SettingsRepository::Loaded> fresh = readStored();
        if (!fresh) {
            outcome.kind = SettingsRepository::SaveOutcome::Kind::Failed;
            outcome.message = fresh.error();
            return outcome;
        }
        if (overwrite)
            for (const QString& section : sections)
                versions.insert(section, fresh->versions.value(section, -1));
        // Loaded before the key was unlocked, the secrets read as empty: an untouched one (the
        // failover gateway's too) must keep its stored value instead of being erased by the save.
        if (m_key && !m_secretsReadable) {
            for (const QString& name : Settings::secretNames())
                if (toSave.secret(name) == m_settings.secret(name))
                    toSave.setSecret(name, fresh->settings.secret(name));
        }
    }
    outcome = SettingsRepository(*m_store, m_key).save(toSave, sections, versions, ActorName::console(), eventCode);
    if (!outcome.ok())
        return outcome;
    for (const QString& section : sections) {
        FieldErrors errors;
        m_settings.readSectionJson(section, toSave.sectionJson(section, Settings::SecretPolicy::Include), errors);
        m_versions.insert(section, outcome.versions.value(section, versions.value(section)));
        if (outcome.versions.contains(section))
            m_damaged.remove(section); // a good row replaced the damaged one
    }
    for (const QString& section : sections)
        Q_EMIT sectionLoaded(section, m_settings);
    return outcome;
}

void SettingsSession::noticeStoredChanges(const QList<SectionChange>& changes)
{
    if (!m_store)
        return;
    for (const SectionChange& change : changes) {
        const auto loaded = m_versions.constFind(change.section);
        if (loaded != m_versions.constEnd() && change.version > loaded.value())
            Q_EMIT sectionChangedElsewhere(change);
    }
}
