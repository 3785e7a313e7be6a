#pragma once

#include "domain/Settings.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>

class Store;
class StoreKey;

// Reads and writes the eight settings sections. Every section carries a version: a save
// names the version it was loaded at and is refused when another console saved since
// (optimistic concurrency), so two consoles never silently overwrite each other.
class SettingsRepository {
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    struct Loaded {
        Settings settings;
        QHash<QString, int> versions;
        bool secretsReadable = false; // false when the store key is not unlocked
        // Sections whose stored row does not parse or validate, with what is wrong; their
        // values in `settings` are the defaults, only for showing (DESIGN §6: fail closed).
        QMap<QString, QString> damaged;
        // "The stored settings of section X are damaged: ..." for every damaged section.
        QString damageReport() const;
    };

    // Whether load() refuses a store with damaged settings (the default: everything that acts
    // on the settings) or reports them in Loaded::damaged (the console and the CLI's settings
    // commands, which show the damage and let an administrator restore the section).
    enum class Damage { Refuse, Report };

    struct SaveOutcome {
        enum class Kind { Saved, Invalid, Conflict, Failed };
        Kind kind = Kind::Saved;
        QString message;
        FieldErrors errors;
        QHash<QString, int> versions;  // the new versions, when saved
        QStringList unchangedSections; // sections whose stored values already equal the ones saved
        // True when nothing differed: no version moved and no history row was written.
        bool unchanged() const { return kind == Kind::Saved && versions.isEmpty(); }
        QStringList conflictingSections;
        bool ok() const { return kind == Kind::Saved; }
    };

    struct HistoryEntry {
        QString section;
        int version = 0;
        QDateTime savedAt;
        QString savedBy;
        QString diff;
        QJsonObject body;
    };

    // `key` decrypts and encrypts the secrets (the gateway's, the directory's bind password); without it they are left
    // unchanged.
    explicit SettingsRepository(Store& store, const StoreKey* key = nullptr);

    Result<Loaded> load(Damage damage = Damage::Refuse);
    // Saves `sections` of `settings` in one transaction: all or nothing.
    SaveOutcome save(const Settings& settings, const QStringList& sections, const QHash<QString, int>& loadedVersions,
                     const QString& actor, int eventCode = 3001);
    Result<QList<HistoryEntry>> history(const QString& section);
    // One decrypted gateway secret by its name within the gateway section (GatewaySettings::secretNames());
    // needs the store key.
    Result<QString> gatewaySecret(const QString& name)
    {
        return readSecret(QLatin1String(GatewaySettings::kKey) + QLatin1Char('.') + name);
    }

private:
    Status saveSection(const Settings& settings, const QString& section, int loadedVersion, const QString& actor,
                       int eventCode, SaveOutcome& outcome);
    Status saveSecrets(const Settings& settings, const QString& section, QStringList& changes);
    Result<QString> readSecret(const QString& name);
    QByteArray secretAad(const QString& name) const;

    Store& m_store;
    const StoreKey* m_key;
};
