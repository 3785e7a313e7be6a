#pragma once

#include "crypto/StoreKey.h"
#include "domain/Settings.h"
#include "store/Store.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

class Clock;
class OtpService;
#include <optional>

// What every command needs: the global options, the output streams, the open store and the
// unlocked store key. Streams are injectable so tests can run commands in-process.
class CliContext {
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QTextStream& out, QTextStream& err);
    ~CliContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    void setStoreUrl(const QString& url) { m_storeUrl = url; }
    void setPassphraseFile(const QString& path) { m_passphraseFile = path; }
    QString storeUrlText() const;
    // The name recorded as the actor of events: the operating-system user.
    QString actor() const;

    // Opens the store once; `create` makes it when missing (store init, the default local store).
    Result<Store*> store(bool create = false);
    // The passphrase from --passphrase-file or SMSOTP_PASSPHRASE; never from the command line.
    Result<QString> passphrase();
    // Unwraps the store key with the passphrase; fails clearly when the store has none yet.
    Result<const StoreKey*> storeKey();
    // The store key when a passphrase was given, else nullptr without failing.
    Result<const StoreKey*> storeKeyIfGiven();

    // The stored settings; `key` adds the gateway's secrets.
    Result<Settings> settings(const StoreKey* key = nullptr);

    // The engine over the open store. `key` decides whether the store key is required (sending,
    // registering), used when a passphrase was given (verifying), or not needed (unblocking).
    enum class KeyUse { Required, IfGiven, None };
    Result<OtpService*> service(KeyUse key);

    // Takes "NAME VALUE" out of args into value; false when NAME is there without a value.
    static bool takeOption(QStringList& args, const QString& name, QString& value);

    // Prints the message on stderr and returns ExitFailed.
    int fail(const QString& message);
    int usage(const QString& message);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_storeUrl;
    QString m_passphraseFile;
    std::unique_ptr<Store> m_store;
    std::optional<StoreKey> m_key;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<OtpService> m_service;
};
