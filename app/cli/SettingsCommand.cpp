#include "SettingsCommand.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "domain/EventCode.h"
#include "domain/JsonDuplicateKeys.h"
#include "domain/SettingsDiff.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

struct Opened {
    Store* store = nullptr;
    const StoreKey* key = nullptr;
    SettingsRepository::Loaded loaded;
};

// Opens the store, unlocks the key when a passphrase was given, and loads the settings.
Result<Opened> openSettings(CliContext& context, bool needKey)
{
    Opened o;
    Result<Store*> store = context.store();
    if (!store)
        return Result<Opened>::failure(store.error());
    o.store = store.value();
    Result<const StoreKey*> key = needKey ? context.storeKey() : context.storeKeyIfGiven();
    if (!key)
        return Result<Opened>::failure(key.error());
    o.key = key.value();
    // A damaged section is reported, not refused: these commands are how it is repaired.
    Result<SettingsRepository::Loaded> loaded =
        SettingsRepository(*o.store, o.key).load(SettingsRepository::Damage::Report);
    if (!loaded)
        return Result<Opened>::failure(loaded.error());
    o.loaded = loaded.take();
    if (!o.loaded.damaged.isEmpty())
        context.err() << o.loaded.damageReport() << Qt::endl
                      << SettingsCommand::tr("The values shown for a damaged section are the defaults. Repair it with "
                                             "settings import or settings set, or restore it from its history in "
                                             "the console.")
                      << Qt::endl;
    return o;
}

bool isSecretKey(const QString& section, const QString& field)
{
    if (section == QLatin1String(DirectorySettings::kKey))
        return field == QLatin1String("bindPassword");
    return section == QLatin1String(GatewaySettings::kKey) &&
           (field == QLatin1String("password") || field == QLatin1String("token"));
}

} // namespace

QString SettingsCommand::usage() const
{
    return tr("  settings export [FILE]           all settings as JSON (secrets left out)\n"
              "  settings import FILE [--dry-run] check the whole file, then save it (or only show the changes)\n"
              "  settings get KEY                 one section or field, for example block.attemptsBeforeBlock\n"
              "  settings set KEY=VALUE...        change fields; true|false, numbers, text, or JSON for lists\n");
}

int SettingsCommand::run(CliContext& context, const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("export"))
        return exportSettings(context, rest);
    if (sub == QLatin1String("import"))
        return importSettings(context, rest);
    if (sub == QLatin1String("get"))
        return get(context, rest);
    if (sub == QLatin1String("set"))
        return set(context, rest);
    return context.usage(tr("Usage: smsotp-cli settings export [FILE] | import FILE [--dry-run] | get KEY | "
                            "set KEY=VALUE..."));
}

int SettingsCommand::exportSettings(CliContext& context, const QStringList& args)
{
    if (args.size() > 1)
        return context.usage(tr("Usage: smsotp-cli settings export [FILE]"));
    Result<Opened> o = openSettings(context, false);
    if (!o)
        return context.fail(o.error());
    const QByteArray json = QJsonDocument(o->loaded.settings.toJson()).toJson(QJsonDocument::Indented);
    if (args.isEmpty()) {
        context.out() << QString::fromUtf8(json);
        return ExitOk;
    }
    QSaveFile file(args.first());
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return context.fail(tr("Cannot write %1: %2").arg(args.first(), file.errorString()));
    context.out() << tr("Settings exported to %1.").arg(args.first()) << Qt::endl;
    return ExitOk;
}

int SettingsCommand::importSettings(CliContext& context, const QStringList& args)
{
    QStringList files = args;
    const bool dryRun = files.removeAll(QStringLiteral("--dry-run")) > 0;
    if (files.size() != 1)
        return context.usage(tr("Usage: smsotp-cli settings import FILE [--dry-run]"));
    const Result<QByteArray> read = Settings::readDocumentFile(files.first());
    if (!read)
        return context.fail(read.error());
    const QByteArray& bytes = read.value();

    const QJsonObject document = QJsonDocument::fromJson(bytes).object();
    const QJsonObject gateway = document.value(QLatin1String(GatewaySettings::kKey)).toObject();
    const QJsonObject failover = gateway.value(QStringLiteral("failover")).toObject();
    bool hasSecrets = false;
    for (const char* name : {"password", "token"})
        hasSecrets = hasSecrets || gateway.contains(QLatin1String(name)) || failover.contains(QLatin1String(name));
    hasSecrets =
        hasSecrets ||
        document.value(QLatin1String(DirectorySettings::kKey)).toObject().contains(QStringLiteral("bindPassword"));
    Result<Opened> o = openSettings(context, hasSecrets);
    if (!o)
        return context.fail(o.error());

    FieldErrors errors;
    const Settings imported = Settings::fromDocument(bytes, o->loaded.settings, errors);
    if (!errors.isEmpty())
        return reportErrors(context, errors);

    QStringList changedSections;
    for (const QString& section : Settings::sectionKeys()) {
        const Settings& before = o->loaded.settings;
        if (SettingsDiff::compare(before.sectionJson(section, Settings::SecretPolicy::Include),
                                  imported.sectionJson(section, Settings::SecretPolicy::Include))
                .isEmpty())
            continue;
        changedSections << section;
        // What is shown comes from the secret-free form; secrets (also the failover gateway's) only say
        // that they change.
        for (const auto& c : SettingsDiff::compare(before.sectionJson(section), imported.sectionJson(section)))
            context.out() << section << '.' << c.field << ": " << c.before << QStringLiteral(" → ") << c.after
                          << Qt::endl;
        for (const QString& name : Settings::secretNames())
            if (name.startsWith(section + QLatin1Char('.')) && before.secret(name) != imported.secret(name))
                context.out() << name << ": " << (imported.secret(name).isEmpty() ? tr("removed") : tr("changed"))
                              << Qt::endl;
    }
    if (changedSections.isEmpty()) {
        context.out() << tr("No changes: the store already has these settings.") << Qt::endl;
        return ExitOk;
    }
    if (dryRun) {
        context.out() << tr("Dry run: nothing was written.") << Qt::endl;
        return ExitOk;
    }
    const auto outcome =
        SettingsRepository(*o->store, o->key)
            .save(imported, changedSections, o->loaded.versions, context.actor(), EventCode::SettingsImported);
    return reportSave(context, outcome);
}

int SettingsCommand::get(CliContext& context, const QStringList& args)
{
    if (args.size() != 1)
        return context.usage(tr("Usage: smsotp-cli settings get KEY"));
    const QString key = args.first();
    const QString section = key.section(QLatin1Char('.'), 0, 0);
    const QString field = key.section(QLatin1Char('.'), 1);
    if (!Settings::isSection(section))
        return context.usage(tr("Unknown settings section '%1'. Sections: %2")
                                 .arg(section, Settings::sectionKeys().join(QStringLiteral(", "))));
    if (isSecretKey(section, field))
        return context.fail(tr("%1 is write-only: secrets are never shown.").arg(key));
    Result<Opened> o = openSettings(context, false);
    if (!o)
        return context.fail(o.error());
    const QJsonObject json = o->loaded.settings.sectionJson(section);
    if (field.isEmpty()) {
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (!json.contains(field))
        return context.usage(
            tr("Unknown setting '%1'. Fields of %2: %3").arg(key, section, json.keys().join(QStringLiteral(", "))));
    const QJsonValue value = json.value(field);
    // Scripts read this back: strings bare, everything else as JSON (null included).
    const QString text = value.isString() ? value.toString()
                         : value.isNull() ? QStringLiteral("null")
                                          : SettingsDiff::valueText(value);
    context.out() << text << Qt::endl;
    return ExitOk;
}

Result<QJsonValue> SettingsCommand::parseValue(const QJsonValue& current, const QString& text)
{
    using R = Result<QJsonValue>;
    // Optional objects (gateway.failover) are cleared with null.
    if (text == QLatin1String("null") && (current.isObject() || current.isNull()))
        return QJsonValue(QJsonValue::Null);
    switch (current.type()) {
    case QJsonValue::Bool:
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return QJsonValue(text == QLatin1String("true"));
        return R::failure(tr("must be true or false"));
    case QJsonValue::Double: {
        bool ok = false;
        const int n = text.toInt(&ok);
        if (ok)
            return QJsonValue(n);
        return R::failure(tr("must be a whole number"));
    }
    case QJsonValue::Array:
    case QJsonValue::Object: {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return R::failure(tr("must be JSON: %1").arg(error.errorString()));
        const QString duplicate = JsonDuplicateKeys::find(text.toUtf8());
        if (!duplicate.isEmpty())
            return R::failure(tr("gives %1 more than once").arg(duplicate));
        if (current.isArray() && doc.isArray())
            return QJsonValue(doc.array());
        if (current.isObject() && doc.isObject())
            return QJsonValue(doc.object());
        return R::failure(current.isArray() ? tr("must be a JSON list [...]") : tr("must be a JSON object {...}"));
    }
    case QJsonValue::Null: {
        // An optional object or list that is unset (gateway.failover): JSON when it looks like it.
        const QString trimmed = text.trimmed();
        if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('[')))
            return parseValue(
                trimmed.startsWith(QLatin1Char('{')) ? QJsonValue(QJsonObject()) : QJsonValue(QJsonArray()), text);
        return QJsonValue(text);
    }
    default:
        return QJsonValue(text);
    }
}

int SettingsCommand::set(CliContext& context, const QStringList& args)
{
    if (args.isEmpty())
        return context.usage(tr("Usage: smsotp-cli settings set KEY=VALUE..."));
    bool needsKey = false;
    for (const QString& a : args) {
        const QString key = a.section(QLatin1Char('='), 0, 0);
        needsKey |= isSecretKey(key.section(QLatin1Char('.'), 0, 0), key.section(QLatin1Char('.'), 1));
        // A failover gateway given as one object may carry its own password or token.
        if (key == QLatin1String("gateway.failover")) {
            const QJsonObject value = QJsonDocument::fromJson(a.section(QLatin1Char('='), 1).toUtf8()).object();
            needsKey |= value.contains(QStringLiteral("password")) || value.contains(QStringLiteral("token"));
        }
    }
    Result<Opened> o = openSettings(context, needsKey);
    if (!o)
        return context.fail(o.error());

    Settings settings = o->loaded.settings;
    QStringList sections;
    FieldErrors errors;
    for (const QString& a : args) {
        const int eq = a.indexOf(QLatin1Char('='));
        const QString key = a.left(eq);
        const QString section = key.section(QLatin1Char('.'), 0, 0);
        const QString field = key.section(QLatin1Char('.'), 1);
        if (eq < 0 || field.isEmpty() || field.contains(QLatin1Char('.')))
            return context.usage(tr("'%1' is not KEY=VALUE with KEY like block.attemptsBeforeBlock.").arg(a));
        if (!Settings::isSection(section))
            return context.usage(tr("Unknown settings section '%1'. Sections: %2")
                                     .arg(section, Settings::sectionKeys().join(QStringLiteral(", "))));
        const QJsonObject json = settings.sectionJson(section, Settings::SecretPolicy::Include);
        if (!json.contains(field))
            return context.usage(
                tr("Unknown setting '%1'. Fields of %2: %3").arg(key, section, json.keys().join(QStringLiteral(", "))));
        Result<QJsonValue> value = parseValue(json.value(field), a.mid(eq + 1));
        if (!value) {
            errors.append({key, value.error()});
            continue;
        }
        settings.readSectionJson(section, QJsonObject{{field, value.value()}}, errors);
        if (!sections.contains(section))
            sections << section;
    }
    for (const QString& section : std::as_const(sections))
        errors += settings.validateSection(section);
    if (!errors.isEmpty())
        return reportErrors(context, errors);
    const auto outcome = SettingsRepository(*o->store, o->key)
                             .save(settings, sections, o->loaded.versions, context.actor(), EventCode::SettingsSaved);
    return reportSave(context, outcome);
}

int SettingsCommand::reportErrors(CliContext& context, const FieldErrors& errors)
{
    context.err() << tr("Nothing was changed. Fix these values:") << Qt::endl;
    context.err() << formatFieldErrors(errors) << Qt::endl;
    return ExitFailed;
}

int SettingsCommand::reportSave(CliContext& context, const SettingsRepository::SaveOutcome& outcome)
{
    if (outcome.kind == SettingsRepository::SaveOutcome::Kind::Invalid)
        return reportErrors(context, outcome.errors);
    if (!outcome.ok())
        return context.fail(outcome.message);
    if (outcome.unchanged()) {
        context.out() << outcome.message << Qt::endl;
        return ExitOk;
    }
    QStringList saved;
    for (auto it = outcome.versions.constBegin(); it != outcome.versions.constEnd(); ++it)
        saved << QStringLiteral("%1 (v%2)").arg(it.key()).arg(it.value());
    saved.sort();
    context.out() << tr("Saved: %1").arg(saved.join(QStringLiteral(", "))) << Qt::endl;
    return ExitOk;
}
