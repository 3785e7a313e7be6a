#include "SettingsTransfer.h"

#include "ImportPreviewDialog.h"
#include "MessageBoxes.h"
#include "SettingsSession.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

bool SettingsTransfer::exportTo(QWidget* parent, SettingsSession& session, const QString& path)
{
    // What the store holds now, not the pages' unsaved input: an export is a record.
    Result<SettingsRepository::Loaded> stored = session.readStored();
    if (!stored) {
        MessageBoxes::critical(parent, tr("Cannot Export Settings"), stored.error());
        return false;
    }
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(stored->settings.toJson(Settings::SecretPolicy::Omit)).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        MessageBoxes::critical(parent, tr("Cannot Export Settings"),
                               tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

ImportPreviewDialog* SettingsTransfer::importFrom(QWidget* parent, SettingsSession& session, const QString& path)
{
    const Result<QByteArray> bytes = Settings::readDocumentFile(path);
    if (!bytes) {
        MessageBoxes::critical(parent, tr("Cannot Import Settings"), bytes.error());
        return nullptr;
    }
    Result<SettingsRepository::Loaded> stored = session.readStored();
    if (!stored) {
        MessageBoxes::critical(parent, tr("Cannot Import Settings"), stored.error());
        return nullptr;
    }
    FieldErrors errors;
    const Settings imported = Settings::fromDocument(bytes.value(), stored->settings, errors);
    if (!errors.isEmpty()) {
        MessageBoxes::warning(parent, tr("Cannot Import Settings"),
                              tr("%1 is not a valid settings file; nothing was changed.\n\n%2")
                                  .arg(QFileInfo(path).fileName(), formatFieldErrors(errors)));
        return nullptr;
    }
    auto* dialog = new ImportPreviewDialog(&session, stored->settings, imported, QFileInfo(path).fileName(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}
