#pragma once

#include "CliCommand.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>

// smsotp-cli settings export [FILE] | import FILE [--dry-run] | get KEY | set KEY=VALUE...
class SettingsCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SettingsCommand)

public:
    QString name() const override { return QStringLiteral("settings"); }
    QString usage() const override;
    int run(CliContext& context, const QStringList& args) override;

    // Parses VALUE for the field whose current JSON value is `current`: true|false for a
    // boolean, a whole number for a number, JSON for a list or object, else the text itself.
    static Result<QJsonValue> parseValue(const QJsonValue& current, const QString& text);

private:
    int exportSettings(CliContext& context, const QStringList& args);
    int importSettings(CliContext& context, const QStringList& args);
    int get(CliContext& context, const QStringList& args);
    int set(CliContext& context, const QStringList& args);
    int reportSave(CliContext& context, const SettingsRepository::SaveOutcome& outcome);
    int reportErrors(CliContext& context, const FieldErrors& errors);
};
