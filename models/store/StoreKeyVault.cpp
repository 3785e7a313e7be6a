#include "StoreKeyVault.h"

#include "EventLog.h"
#include "Store.h"
#include "domain/EventCode.h"

#include <QSqlQuery>

namespace {
const QString kWrappedKey = QStringLiteral("wrappedKey");
const QString kKeyCheck = QStringLiteral("keyCheck");
} // namespace

StoreKeyVault::StoreKeyVault(Store& store)
    : m_store(store)
{
}

bool StoreKeyVault::hasKey() const
{
    return !m_store.metaValue(kWrappedKey).isEmpty();
}

Result<StoreKey> StoreKeyVault::create(const QString& passphrase, const QString& actor)
{
    const QString problem = StoreKey::passphraseProblem(passphrase);
    if (!problem.isEmpty())
        return Result<StoreKey>::failure(problem);
    StoreKey key = StoreKey::generate();
    // scrypt takes a good part of a second on purpose: before the transaction, not holding its lock.
    const QString wrapped = QString::fromLatin1(key.wrap(passphrase));
    const Status s = m_store.transaction([&]() -> Status {
        // Two consoles (or a console and smsotp-cli) creating a key at once: each first locks the
        // store's identity row, so the second waits until the first commits and then sees its key
        // below (PostgreSQL reads what is committed at each statement; SQLite's BEGIN IMMEDIATE
        // already queues writers). Without it both could find no key, and the second would be
        // stopped only by the primary key of store_meta, with a database error for a message.
        QSqlQuery lock = m_store.query();
        // sql: the row lock clause is a constant of the dialect; the name is bound.
        lock.prepare(QStringLiteral("SELECT value FROM store_meta WHERE name = ?") + m_store.dialect().rowLock());
        lock.addBindValue(QStringLiteral("uuid"));
        const Status locked = m_store.exec(lock, tr("Locking the store for its key"));
        if (!locked)
            return locked;
        if (hasKey())
            return Status::failure(tr("This store already has a key."));
        Status saved = m_store.setMetaValue(kWrappedKey, wrapped);
        if (saved)
            saved = m_store.setMetaValue(kKeyCheck, key.fingerprint());
        if (saved)
            saved = EventLog(m_store).append(EventCode::StoreKeyCreated, tr("Store key created"), QString(), actor);
        return saved;
    });
    if (!s)
        return Result<StoreKey>::failure(s.error());
    return key;
}

Result<StoreKey> StoreKeyVault::unlock(const QString& passphrase) const
{
    const QString wrapped = m_store.metaValue(kWrappedKey);
    if (wrapped.isEmpty())
        return Result<StoreKey>::failure(
            tr("This store has no key yet. Create one with \"smsotp-cli store init\" and a passphrase."));
    return StoreKey::unwrap(wrapped.toLatin1(), passphrase);
}

Status StoreKeyVault::changePassphrase(const QString& oldPassphrase, const QString& newPassphrase, const QString& actor)
{
    const QString problem = StoreKey::passphraseProblem(newPassphrase);
    if (!problem.isEmpty())
        return Status::failure(problem);
    Result<StoreKey> key = unlock(oldPassphrase);
    if (!key)
        return Status::failure(key.error());
    return m_store.transaction([&]() -> Status {
        Status s = m_store.setMetaValue(kWrappedKey, QString::fromLatin1(key->wrap(newPassphrase)));
        if (s)
            s = EventLog(m_store).append(EventCode::StoreKeyChanged, tr("Store passphrase changed"), QString(), actor);
        return s;
    });
}

bool StoreKeyVault::matches(const StoreKey& key) const
{
    return m_store.metaValue(kKeyCheck) == key.fingerprint();
}
