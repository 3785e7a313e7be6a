#pragma once

#include <QCoreApplication>

class ImportPreviewDialog;
class QWidget;
class SettingsSession;

// File → Export settings / Import settings: the JSON document of DESIGN §3, secrets absent.
class SettingsTransfer {
    Q_DECLARE_TR_FUNCTIONS(SettingsTransfer)

public:
    // Writes the stored settings to `path`; tells the user on failure. Returns whether it was written.
    static bool exportTo(QWidget* parent, SettingsSession& session, const QString& path);
    // Reads and validates `path` and opens (not blocking) the preview of what it would change;
    // nullptr, after telling the user, when the file cannot be used.
    static ImportPreviewDialog* importFrom(QWidget* parent, SettingsSession& session, const QString& path);
};
