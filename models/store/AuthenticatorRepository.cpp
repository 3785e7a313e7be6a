#include "AuthenticatorRepository.h"

#include "Store.h"
#include "crypto/StoreKey.h"

#include <QSqlRecord>

namespace {

const QString kColumns = QStringLiteral("id, login, display_name, phone_mask, comment, registered_at, use_denied, "
                                        "failed_count, last_failure_at, last_success_at, block_state, blocked_until");

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant toMs(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

Authenticator fromQuery(const QSqlQuery& q)
{
    Authenticator a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.phoneMask = q.value(3).toString();
    a.comment = q.value(4).toString();
    a.registeredAt = fromMs(q.value(5));
    a.useDenied = q.value(6).toInt() != 0;
    a.failedCount = q.value(7).toInt();
    a.lastFailureAt = fromMs(q.value(8));
    a.lastSuccessAt = fromMs(q.value(9));
    a.blockState = static_cast<Authenticator::BlockState>(q.value(10).toInt());
    a.blockedUntil = fromMs(q.value(11));
    return a;
}

} // namespace

AuthenticatorRepository::AuthenticatorRepository(Store& store, const StoreKey* key)
    : m_store(store)
    , m_key(key)
{
}

QString AuthenticatorRepository::maskPhone(const QString& e164, const QString& prefix)
{
    const QString national = e164.startsWith(prefix) ? e164.mid(prefix.size()) : e164.mid(1);
    const QString head = e164.startsWith(prefix) ? prefix : QStringLiteral("+");
    if (national.size() <= 4)
        return head + QLatin1Char(' ') + QString(national.size(), QLatin1Char('*'));
    QStringList groups;
    const int hidden = int(national.size()) - 4;
    for (int i = 0; i < hidden; i += 3)
        groups << QString(qMin(3, hidden - i), QLatin1Char('*'));
    groups << national.right(4).left(2) << national.right(2);
    return head + QLatin1Char(' ') + groups.join(QLatin1Char(' '));
}

QByteArray AuthenticatorRepository::phoneAad(const QString& key) const
{
    return m_store.uuid().toUtf8() + "/phone/" + key.toUtf8();
}

QByteArray AuthenticatorRepository::phoneHash(const QString& normalizedPhone) const
{
    return m_key ? m_key->phoneHash(normalizedPhone) : QByteArray();
}

QByteArray AuthenticatorRepository::sealPhone(const QString& key, const QString& normalizedPhone) const
{
    return m_key ? m_key->seal(normalizedPhone.toUtf8(), phoneAad(key)) : QByteArray();
}

Result<qint64> AuthenticatorRepository::insert(const QString& login, const QString& normalizedPhone,
                                               const QString& prefix, const QString& displayName,
                                               const QString& comment, const QDateTime& at)
{
    if (!m_key)
        return Result<qint64>::failure(tr("Phone numbers are stored encrypted: unlock the store key first."));
    const QString key = loginKey(login);
    QSqlQuery q = m_store.query();
    q.prepare(QStringLiteral("INSERT INTO authenticators (login, login_key, display_name, phone_cipher, phone_hash, "
                             "phone_mask, comment, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(login.trimmed());
    q.addBindValue(key);
    q.addBindValue(Store::text(displayName));
    q.addBindValue(m_key->seal(normalizedPhone.toUtf8(), phoneAad(key)));
    q.addBindValue(m_key->phoneHash(normalizedPhone));
    q.addBindValue(maskPhone(normalizedPhone, prefix));
    q.addBindValue(Store::text(comment));
    q.addBindValue(at.toMSecsSinceEpoch());
    const Status s = m_store.exec(q, tr("Registering %1").arg(login));
    if (!s)
        return Result<qint64>::failure(s.error());
    return q.lastInsertId().toLongLong();
}

Result<std::optional<Authenticator>> AuthenticatorRepository::find(const QString& login, bool lock)
{
    using R = Result<std::optional<Authenticator>>;
    Store::Prepared prepared = m_store.prepared(QStringLiteral("SELECT ") + kColumns +
                                                QStringLiteral(" FROM authenticators WHERE login_key = ?") +
                                                (lock ? m_store.dialect().rowLock() : QString()));
    QSqlQuery& q = *prepared;
    q.addBindValue(loginKey(login));
    const Status s = m_store.exec(q, tr("Reading %1").arg(login));
    if (!s)
        return R::failure(s.error());
    if (!q.next())
        return R(std::nullopt);
    return R(fromQuery(q));
}

Result<QString> AuthenticatorRepository::phone(const QString& login)
{
    if (!m_key)
        return Result<QString>::failure(tr("Phone numbers are stored encrypted: unlock the store key first."));
    Store::Prepared prepared =
        m_store.prepared(QStringLiteral("SELECT phone_cipher FROM authenticators WHERE login_key = ?"));
    QSqlQuery& q = *prepared;
    q.addBindValue(loginKey(login));
    const Status s = m_store.exec(q, tr("Reading %1").arg(login));
    if (!s)
        return Result<QString>::failure(s.error());
    if (!q.next())
        return Result<QString>::failure(tr("There is no authenticator for '%1'.").arg(login));
    Result<QByteArray> plain = m_key->open(q.value(0).toByteArray(), phoneAad(loginKey(login)));
    if (!plain)
        return Result<QString>::failure(plain.error());
    return QString::fromUtf8(plain.value());
}

Status AuthenticatorRepository::updateOne(const QString& sql, const QVariantList& binds, const QString& login,
                                          const QString& what)
{
    Store::Prepared prepared = m_store.prepared(sql);
    QSqlQuery& q = *prepared;
    for (const QVariant& b : binds)
        q.addBindValue(b);
    q.addBindValue(loginKey(login));
    const Status s = m_store.exec(q, what);
    if (s && q.numRowsAffected() == 0)
        return Status::failure(tr("There is no authenticator for '%1'.").arg(login));
    return s;
}

Status AuthenticatorRepository::setPhone(const QString& login, const QString& normalizedPhone, const QString& prefix)
{
    if (!m_key)
        return Status::failure(tr("Phone numbers are stored encrypted: unlock the store key first."));
    const QString key = loginKey(login);
    return updateOne(QStringLiteral("UPDATE authenticators SET phone_cipher = ?, phone_hash = ?, phone_mask = ? "
                                    "WHERE login_key = ?"),
                     {m_key->seal(normalizedPhone.toUtf8(), phoneAad(key)), m_key->phoneHash(normalizedPhone),
                      maskPhone(normalizedPhone, prefix)},
                     login, tr("Changing the phone of %1").arg(login));
}

Status AuthenticatorRepository::setComment(const QString& login, const QString& comment)
{
    return updateOne(QStringLiteral("UPDATE authenticators SET comment = ? WHERE login_key = ?"),
                     {Store::text(comment)}, login, tr("Changing the comment of %1").arg(login));
}

Status AuthenticatorRepository::setUseDenied(const QString& login, bool denied)
{
    return updateOne(QStringLiteral("UPDATE authenticators SET use_denied = ? WHERE login_key = ?"), {denied ? 1 : 0},
                     login, tr("Changing %1").arg(login));
}

Status AuthenticatorRepository::remove(const QString& login)
{
    return updateOne(QStringLiteral("DELETE FROM authenticators WHERE login_key = ?"), {}, login,
                     tr("Deleting %1").arg(login));
}

QString AuthenticatorRepository::whereClause(const Filter& filter, QVariantList& binds) const
{
    QStringList conditions;
    if (!filter.search.trimmed().isEmpty()) {
        const QString text = SqlDialect::likeEscaped(loginKey(filter.search));
        QString match = QStringLiteral("login_key LIKE ? ESCAPE '\\'");
        binds << QString(QLatin1Char('%') + text + QLatin1Char('%'));
        if (!filter.phoneHash.isEmpty()) {
            match = QStringLiteral("(") + match + QStringLiteral(" OR phone_hash = ?)");
            binds << filter.phoneHash;
        }
        conditions << match;
    }
    if (filter.blockedOnly)
        conditions << QStringLiteral("block_state <> 0");
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<QList<Authenticator>> AuthenticatorRepository::list(const Filter& filter)
{
    QVariantList binds;
    QSqlQuery q = m_store.query();
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM authenticators") +
              whereClause(filter, binds) + QStringLiteral(" ORDER BY login_key LIMIT ? OFFSET ?"));
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(filter.limit);
    q.addBindValue(filter.offset);
    const Status s = m_store.exec(q, tr("Listing authenticators"));
    if (!s)
        return Result<QList<Authenticator>>::failure(s.error());
    QList<Authenticator> result;
    while (q.next())
        result.append(fromQuery(q));
    return result;
}

Result<qint64> AuthenticatorRepository::count(const Filter& filter)
{
    QVariantList binds;
    QSqlQuery q = m_store.query();
    q.prepare(QStringLiteral("SELECT count(*) FROM authenticators") + whereClause(filter, binds));
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    const Status s = m_store.exec(q, tr("Counting authenticators"));
    if (!s || !q.next())
        return Result<qint64>::failure(s.error());
    return q.value(0).toLongLong();
}

Result<std::optional<AuthenticatorRepository::PendingOtp>> AuthenticatorRepository::pendingOtp(const QString& login)
{
    using R = Result<std::optional<PendingOtp>>;
    Store::Prepared prepared = m_store.prepared(
        QStringLiteral("SELECT otp_hash, otp_salt, otp_expires_at FROM authenticators WHERE login_key = ?"));
    QSqlQuery& q = *prepared;
    q.addBindValue(loginKey(login));
    const Status s = m_store.exec(q, tr("Reading %1").arg(login));
    if (!s)
        return R::failure(s.error());
    if (!q.next() || q.value(0).isNull())
        return R(std::nullopt);
    return R(PendingOtp{q.value(0).toByteArray(), q.value(1).toByteArray(), fromMs(q.value(2))});
}

Status AuthenticatorRepository::setPendingOtp(const QString& login, const PendingOtp& otp)
{
    return updateOne(QStringLiteral("UPDATE authenticators SET otp_hash = ?, otp_salt = ?, otp_expires_at = ? "
                                    "WHERE login_key = ?"),
                     {otp.hash, otp.salt, toMs(otp.expiresAt)}, login, tr("Saving the code of %1").arg(login));
}

Status AuthenticatorRepository::clearPendingOtp(const QString& login)
{
    return updateOne(QStringLiteral("UPDATE authenticators SET otp_hash = NULL, otp_salt = NULL, "
                                    "otp_expires_at = NULL WHERE login_key = ?"),
                     {}, login, tr("Saving %1").arg(login));
}

Status AuthenticatorRepository::recordFailure(const QString& login, int failedCount, const QDateTime& at)
{
    return updateOne(QStringLiteral("UPDATE authenticators SET failed_count = ?, last_failure_at = ? "
                                    "WHERE login_key = ?"),
                     {failedCount, toMs(at)}, login, tr("Saving %1").arg(login));
}

Status AuthenticatorRepository::recordSuccess(const QString& login, const QDateTime& at)
{
    return updateOne(QStringLiteral("UPDATE authenticators SET failed_count = 0, last_success_at = ?, "
                                    "otp_hash = NULL, otp_salt = NULL, otp_expires_at = NULL WHERE login_key = ?"),
                     {toMs(at)}, login, tr("Saving %1").arg(login));
}

Status AuthenticatorRepository::block(const QString& login, Authenticator::BlockState state, const QDateTime& until)
{
    return updateOne(QStringLiteral("UPDATE authenticators SET block_state = ?, blocked_until = ?, otp_hash = NULL, "
                                    "otp_salt = NULL, otp_expires_at = NULL WHERE login_key = ?"),
                     {int(state), toMs(until)}, login, tr("Blocking %1").arg(login));
}

Status AuthenticatorRepository::clearBlock(const QString& login)
{
    return updateOne(QStringLiteral("UPDATE authenticators SET block_state = 0, blocked_until = NULL, "
                                    "failed_count = 0 WHERE login_key = ?"),
                     {}, login, tr("Unblocking %1").arg(login));
}

Status AuthenticatorRepository::resetCounter(const QString& login)
{
    return updateOne(QStringLiteral("UPDATE authenticators SET failed_count = 0, last_failure_at = NULL "
                                    "WHERE login_key = ?"),
                     {}, login, tr("Resetting the counter of %1").arg(login));
}

Result<QStringList> AuthenticatorRepository::unblock(const QStringList& logins)
{
    QStringList done;
    for (const QString& login : logins) {
        Result<std::optional<Authenticator>> a = find(login, true);
        if (!a)
            return Result<QStringList>::failure(a.error());
        if (!a.value() || a.value()->blockState == Authenticator::BlockState::None)
            continue;
        const Status s = clearBlock(login);
        if (!s)
            return Result<QStringList>::failure(s.error());
        done << a.value()->login;
    }
    return done;
}

Result<qint64> AuthenticatorRepository::unblockAll()
{
    QSqlQuery q = m_store.query();
    q.prepare(QStringLiteral("UPDATE authenticators SET block_state = 0, blocked_until = NULL, failed_count = 0 "
                             "WHERE block_state <> 0"));
    const Status s = m_store.exec(q, tr("Unblocking every authenticator"));
    if (!s)
        return Result<qint64>::failure(s.error());
    return q.numRowsAffected();
}
