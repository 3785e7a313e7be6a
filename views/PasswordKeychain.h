#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Remembers store passwords in the operating system's keychain (QtKeychain), one entry per
// store under its identity. Every call is asynchronous: a slow or locked keychain must never
// hold up the window. Callbacks run on the GUI thread and are dropped when `context` is gone.
class PasswordKeychain {
public:
    static QString service() { return QStringLiteral("smsotp-console"); }

    // `done(password, error)`: the password is empty when none is stored; `error` is empty
    // unless the keychain itself failed.
    static void read(const QString& key, QObject* context,
                     std::function<void(const QString& password, const QString& error)> done);
    // `done(error)`: `error` is empty when stored.
    static void write(const QString& key, const QString& password, QObject* context,
                      std::function<void(const QString& error)> done);
    // Forgets the entry; a missing entry is not an error.
    static void remove(const QString& key, QObject* context, std::function<void(const QString& error)> done);
};
