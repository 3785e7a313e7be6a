#include "SettingsRepository.h"

#include "ChangeNotice.h"
#include "EventLog.h"
#include "RowLoop.h"
#include "Store.h"
#include "crypto/StoreKey.h"
#include "domain/SettingsDiff.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {

// The secrets of `section` by their full names ("gateway.password", "directory.bindPassword").
QStringList secretNamesOf(const QString& section)
{
    QStringList names;
    for (const QString& name : Settings::secretNames())
        if (name.startsWith(section + QLatin1Char('.')))
            names << name;
    return names;
}

QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

SettingsRepository::SettingsRepository(Store& store, const StoreKey* key)
    : m_store(store)
    , m_key(key)
{
}

QByteArray SettingsRepository::secretAad(const QString& name) const
{
    // Binds the ciphertext to this store and this field: it cannot be copied elsewhere.
    return m_store.uuid().toUtf8() + "/" + name.toUtf8();
}

QString SettingsRepository::Loaded::damageReport() const
{
    QStringList lines;
    for (auto it = damaged.constBegin(); it != damaged.constEnd(); ++it)
        lines << tr("The stored settings of section %1 are damaged: %2").arg(it.key(), it.value());
    return lines.join(QLatin1Char('\n'));
}

// What is wrong with a stored section body, or an empty text when it reads and validates.
static QString sectionDamage(Settings& settings, const QString& section, const QString& body)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return SettingsRepository::tr("not valid JSON at character %1: %2")
            .arg(parseError.offset)
            .arg(parseError.errorString());
    if (!doc.isObject())
        return SettingsRepository::tr("not a JSON object");
    FieldErrors errors;
    settings.readSectionJson(section, doc.object(), errors);
    if (errors.isEmpty())
        errors = settings.validateSection(section); // out of range counts as damaged too
    return errors.isEmpty() ? QString() : formatFieldErrors(errors).replace(QLatin1Char('\n'), QStringLiteral("; "));
}

Result<SettingsRepository::Loaded> SettingsRepository::load(Damage damage)
{
    Loaded loaded;
    QSqlQuery q = m_store.query();
    q.prepare(QStringLiteral("SELECT section, version, body FROM settings"));
    Status s = m_store.exec(q, tr("Reading settings"));
    if (!s)
        return Result<Loaded>::failure(s.error());
    s = RowLoop::forEach(q, tr("Reading settings"), [&](QSqlQuery& q) {
        const QString section = q.value(0).toString();
        if (!Settings::isSection(section))
            return; // written by a newer program; keep it untouched
        Settings read = loaded.settings;
        const QString problem = sectionDamage(read, section, q.value(2).toString());
        if (problem.isEmpty())
            loaded.settings = read;
        else
            loaded.damaged.insert(section, problem);
        loaded.versions.insert(section, q.value(1).toInt());
    });
    if (!s)
        return Result<Loaded>::failure(s.error());
    if (!loaded.damaged.isEmpty() && damage == Damage::Refuse)
        return Result<Loaded>::failure(loaded.damageReport() +
                                       tr("\nRestore the section from its history in the console (Settings → "
                                          "History), or import a good settings file."));
    loaded.secretsReadable = m_key != nullptr;
    if (m_key) {
        for (const QString& name : Settings::secretNames()) {
            Result<QString> secret = readSecret(name);
            if (!secret)
                return Result<Loaded>::failure(secret.error());
            loaded.settings.setSecret(name, secret.value());
        }
    }
    return loaded;
}

Result<QString> SettingsRepository::readSecret(const QString& name)
{
    QSqlQuery q = m_store.query();
    q.prepare(QStringLiteral("SELECT ciphertext FROM secrets WHERE name = ?"));
    q.addBindValue(name);
    const Status s = m_store.exec(q, tr("Reading the stored secrets"));
    if (!s)
        return Result<QString>::failure(s.error());
    const Result<bool> found = RowLoop::first(q, tr("Reading the gateway's secrets"));
    if (!found)
        return Result<QString>::failure(found.error());
    if (!found.value())
        return QString();
    Result<QByteArray> plain = m_key->open(q.value(0).toByteArray(), secretAad(name));
    if (!plain)
        return Result<QString>::failure(tr("The secret %1 cannot be decrypted: %2").arg(name, plain.error()));
    return QString::fromUtf8(plain.value());
}

Status SettingsRepository::saveSecrets(const Settings& settings, const QString& section, QStringList& changes)
{
    for (const QString& name : secretNamesOf(section)) {
        const QString value = settings.secret(name);
        // In the history the secret is named within its section, as before: "password: changed".
        const QString shortName = name.mid(section.size() + 1);
        if (!m_key) {
            if (value.isEmpty())
                continue; // unknown without the key: left as stored
            return Status::failure(tr("The %1 of \"%2\" can only be saved once the store key is unlocked "
                                      "(enter the store's passphrase).")
                                       .arg(shortName, section));
        }
        Result<QString> stored = readSecret(name);
        if (!stored)
            return Status::failure(stored.error());
        if (stored.value() == value)
            continue;
        QSqlQuery q = m_store.query();
        q.prepare(QStringLiteral("DELETE FROM secrets WHERE name = ?"));
        q.addBindValue(name);
        Status s = m_store.exec(q, tr("Saving the stored secrets"));
        if (s && !value.isEmpty()) {
            q.prepare(QStringLiteral("INSERT INTO secrets (name, ciphertext, updated_at) VALUES (?, ?, ?)"));
            q.addBindValue(name);
            q.addBindValue(m_key->seal(value.toUtf8(), secretAad(name)));
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            s = m_store.exec(q, tr("Saving the stored secrets"));
        }
        if (!s)
            return s;
        changes << (value.isEmpty() ? QStringLiteral("%1: removed").arg(shortName)
                                    : QStringLiteral("%1: changed").arg(shortName));
    }
    return {};
}

SettingsRepository::SaveOutcome SettingsRepository::save(const Settings& settings, const QStringList& sections,
                                                         const QHash<QString, int>& loadedVersions,
                                                         const QString& actor, int eventCode)
{
    SaveOutcome outcome;
    for (const QString& section : sections)
        outcome.errors += settings.validateSection(section);
    if (!outcome.errors.isEmpty()) {
        outcome.kind = SaveOutcome::Kind::Invalid;
        outcome.message = tr("Nothing was saved: some values are not valid.");
        return outcome;
    }
    const Status s = m_store.transaction([&]() -> Status {
        for (const QString& section : sections) {
            const Status saved =
                saveSection(settings, section, loadedVersions.value(section, -1), actor, eventCode, outcome);
            if (!saved)
                return saved;
        }
        return {};
    });
    if (!s) {
        if (outcome.kind == SaveOutcome::Kind::Saved)
            outcome.kind = SaveOutcome::Kind::Failed;
        outcome.message = s.error();
        outcome.versions.clear();
    } else if (outcome.unchanged()) {
        outcome.message = tr("No changes: the store already has these settings.");
    }
    return outcome;
}

Status SettingsRepository::saveSection(const Settings& settings, const QString& section, int loadedVersion,
                                       const QString& actor, int eventCode, SaveOutcome& outcome)
{
    QSqlQuery q = m_store.query();
    q.prepare(QStringLiteral("SELECT version, body FROM settings WHERE section = ?"));
    q.addBindValue(section);
    Status s = m_store.exec(q, tr("Reading settings"));
    if (!s)
        return s;
    const Result<bool> found = RowLoop::first(q, tr("Reading settings"));
    if (!found)
        return Status::failure(found.error());
    const bool exists = found.value();
    const int storedVersion = exists ? q.value(0).toInt() : 0;
    const QJsonObject before =
        exists ? QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object() : QJsonObject();
    if (storedVersion != loadedVersion && loadedVersion >= 0) {
        outcome.kind = SaveOutcome::Kind::Conflict;
        outcome.conflictingSections << section;
        return Status::failure(tr("Another console saved \"%1\" since you opened it (version %2, yours is %3). "
                                  "Reload to see the other changes, or overwrite them.")
                                   .arg(section)
                                   .arg(storedVersion)
                                   .arg(loadedVersion));
    }

    const QJsonObject after = settings.sectionJson(section);
    const QString body = compactJson(after);
    QStringList changes;
    s = saveSecrets(settings, section, changes);
    if (!s)
        return s;
    if (exists && before == after && changes.isEmpty()) {
        // Nothing differs: no new version, no history row, no event ("No changes").
        outcome.unchangedSections << section;
        return {};
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int newVersion = storedVersion + 1;
    // The version in the WHERE clause makes the check and the write one atomic step.
    q.prepare(exists ? QStringLiteral("UPDATE settings SET version = ?, body = ?, updated_at = ?, updated_by = ? "
                                      "WHERE section = ? AND version = ?")
                     : QStringLiteral("INSERT INTO settings (version, body, updated_at, updated_by, section) "
                                      "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(newVersion);
    q.addBindValue(body);
    q.addBindValue(now);
    q.addBindValue(Store::text(actor));
    q.addBindValue(section);
    if (exists)
        q.addBindValue(storedVersion);
    s = m_store.exec(q, tr("Saving settings"));
    if (!s)
        return s;
    if (q.numRowsAffected() != 1) {
        outcome.kind = SaveOutcome::Kind::Conflict;
        outcome.conflictingSections << section;
        return Status::failure(
            tr("Another console saved \"%1\" at the same moment. Reload and try again.").arg(section));
    }

    const QString diff = SettingsDiff::describe(SettingsDiff::compare(before, after));
    if (!diff.isEmpty())
        changes.prepend(diff);
    const QString changeText = changes.isEmpty() ? tr("no changes") : changes.join(QLatin1Char('\n'));
    q.prepare(QStringLiteral("INSERT INTO settings_history (section, version, body, saved_at, saved_by, diff) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(section);
    q.addBindValue(newVersion);
    q.addBindValue(body);
    q.addBindValue(now);
    q.addBindValue(Store::text(actor));
    q.addBindValue(changeText);
    s = m_store.exec(q, tr("Recording settings history"));
    if (s)
        s = EventLog(m_store).append(
            eventCode, section + QStringLiteral(" v") + QString::number(newVersion) + QStringLiteral(": ") + changeText,
            QJsonObject{{QStringLiteral("section"), section},
                        {QStringLiteral("version"), newVersion},
                        {QStringLiteral("changes"), changes.join(QLatin1Char('\n'))}},
            QString(), actor);
    // Consoles with this section open hear of it when the save commits (PostgreSQL; SQLite polls).
    if (s)
        s = ChangeNotice::send(m_store, ChangeNotice::settings(section));
    if (s)
        outcome.versions.insert(section, newVersion);
    return s;
}

Result<QList<SettingsRepository::HistoryEntry>> SettingsRepository::history(const QString& section)
{
    QSqlQuery q = m_store.query();
    q.prepare(QStringLiteral("SELECT version, saved_at, saved_by, diff, body FROM settings_history "
                             "WHERE section = ? ORDER BY version DESC"));
    q.addBindValue(section);
    const Status s = m_store.exec(q, tr("Reading settings history"));
    if (!s)
        return Result<QList<HistoryEntry>>::failure(s.error());
    QList<HistoryEntry> entries;
    const Status read = RowLoop::forEach(q, tr("Reading settings history"), [&](QSqlQuery& q) {
        entries.append({section, q.value(0).toInt(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                        q.value(2).toString(), q.value(3).toString(),
                        QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()});
    });
    if (!read)
        return Result<QList<HistoryEntry>>::failure(read.error());
    return entries;
}
