#include "AuthenticatorRepository.h"

#include "RowLoop.h"
#include "Store.h"
#include "crypto/StoreKey.h"
#include "domain/Limits.h"

#include <QSqlRecord>

namespace {

const QString kColumns =
    QStringLiteral("a.id, a.login, a.display_name, a.phone_mask, a.comment, a.registered_at, a.use_denied, "
                   "s.failed_count, s.last_failure_at, s.last_success_at, s.block_state, s.blocked_until");
// Who the account is, and its sign-in state (schema version 5): always one row of each.
const QString kFrom = QStringLiteral(" FROM authenticators a JOIN authenticator_state s ON s.authenticator_id = a.id");
// The state row of the login bound last.
const QString kStateOfLogin =
    QStringLiteral(" WHERE authenticator_id = (SELECT id FROM authenticators WHERE login_key = ?)");
// Qt's SQLite driver looks up every parameter by name, so long IN lists cost the square of their
// length; a few hundred logins per statement keep both dialects fast.
constexpr int kLoginsPerStatement = 200;

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
    Status s = m_store.exec(q, tr("Registering %1").arg(login));
    if (!s)
        return Result<qint64>::failure(s.error());
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery state = m_store.query();
    state.prepare(QStringLiteral("INSERT INTO authenticator_state (authenticator_id, login_key) VALUES (?, ?)"));
    state.addBindValue(id);
    state.addBindValue(key);
    s = m_store.exec(state, tr("Registering %1").arg(login));
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

Result<std::optional<Authenticator>> AuthenticatorRepository::find(const QString& login, bool lock)
{
    using R = Result<std::optional<Authenticator>>;
    // sql: columns, joins, conditions and "?" marks are constants; every value is bound.
    Store::Prepared prepared =
        m_store.prepared(QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE a.login_key = ?") +
                         (lock ? m_store.dialect().rowLock() : QString()));
    QSqlQuery& q = *prepared;
    q.addBindValue(loginKey(login));
    const Status s = m_store.exec(q, tr("Reading %1").arg(login));
    if (!s)
        return R::failure(s.error());
    const Result<bool> found = RowLoop::first(q, tr("Reading %1").arg(login));
    if (!found)
        return R::failure(found.error());
    if (!found.value())
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
        QString match = QStringLiteral("a.login_key LIKE ? ESCAPE '\\'");
        binds << QString(QLatin1Char('%') + text + QLatin1Char('%'));
        if (!filter.phoneHash.isEmpty()) {
            match = QStringLiteral("(") + match + QStringLiteral(" OR a.phone_hash = ?)");
            binds << filter.phoneHash;
        }
        conditions << match;
    }
    if (filter.blockedOnly)
        conditions << QStringLiteral("s.block_state <> 0");
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString AuthenticatorRepository::searchProblem(const QString& search)
{
    if (search.size() <= Limits::kSearchLength)
        return {};
    return tr("The search text has %1 characters; a search may have at most %2.")
        .arg(search.size())
        .arg(Limits::kSearchLength);
}

Result<QList<Authenticator>> AuthenticatorRepository::list(const Filter& filter)
{
    if (const QString problem = searchProblem(filter.search); !problem.isEmpty())
        return Result<QList<Authenticator>>::failure(problem);
    QVariantList binds;
    QSqlQuery q = m_store.query();
    // sql: columns, joins, conditions and "?" marks are constants; every value is bound.
    q.prepare(QStringLiteral("SELECT ") + kColumns + kFrom + whereClause(filter, binds) +
              QStringLiteral(" ORDER BY a.login_key LIMIT ? OFFSET ?"));
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(filter.limit);
    q.addBindValue(filter.offset);
    const Status s = m_store.exec(q, tr("Listing authenticators"));
    if (!s)
        return Result<QList<Authenticator>>::failure(s.error());
    QList<Authenticator> result;
    const Status read =
        RowLoop::forEach(q, tr("Listing authenticators"), [&](QSqlQuery& row) { result.append(fromQuery(row)); });
    if (!read)
        return Result<QList<Authenticator>>::failure(read.error());
    return result;
}

Result<qint64> AuthenticatorRepository::count(const Filter& filter)
{
    if (const QString problem = searchProblem(filter.search); !problem.isEmpty())
        return Result<qint64>::failure(problem);
    QVariantList binds;
    QSqlQuery q = m_store.query();
    // sql: columns, joins, conditions and "?" marks are constants; every value is bound.
    q.prepare(QStringLiteral("SELECT count(*)") + kFrom + whereClause(filter, binds));
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
        QStringLiteral("SELECT otp_hash, otp_salt, otp_expires_at FROM authenticator_state") + kStateOfLogin);
    QSqlQuery& q = *prepared;
    q.addBindValue(loginKey(login));
    const Status s = m_store.exec(q, tr("Reading %1").arg(login));
    if (!s)
        return R::failure(s.error());
    const Result<bool> found = RowLoop::first(q, tr("Reading %1").arg(login));
    if (!found)
        return R::failure(found.error());
    if (!found.value() || q.value(0).isNull())
        return R(std::nullopt);
    return R(PendingOtp{q.value(0).toByteArray(), q.value(1).toByteArray(), fromMs(q.value(2))});
}

Status AuthenticatorRepository::setPendingOtp(const QString& login, const PendingOtp& otp)
{
    return updateOne(QStringLiteral("UPDATE authenticator_state SET otp_hash = ?, otp_salt = ?, otp_expires_at = ?") +
                         kStateOfLogin,
                     {otp.hash, otp.salt, toMs(otp.expiresAt)}, login, tr("Saving the code of %1").arg(login));
}

Status AuthenticatorRepository::clearPendingOtp(const QString& login)
{
    return updateOne(QStringLiteral("UPDATE authenticator_state SET otp_hash = NULL, otp_salt = NULL, "
                                    "otp_expires_at = NULL") +
                         kStateOfLogin,
                     {}, login, tr("Saving %1").arg(login));
}

Status AuthenticatorRepository::recordFailure(const QString& login, int failedCount, const QDateTime& at)
{
    return updateOne(QStringLiteral("UPDATE authenticator_state SET failed_count = ?, last_failure_at = ?") +
                         kStateOfLogin,
                     {failedCount, toMs(at)}, login, tr("Saving %1").arg(login));
}

Status AuthenticatorRepository::recordSuccess(const QString& login, const QDateTime& at)
{
    return updateOne(QStringLiteral("UPDATE authenticator_state SET failed_count = 0, last_success_at = ?, "
                                    "otp_hash = NULL, otp_salt = NULL, otp_expires_at = NULL") +
                         kStateOfLogin,
                     {toMs(at)}, login, tr("Saving %1").arg(login));
}

Status AuthenticatorRepository::block(const QString& login, Authenticator::BlockState state, const QDateTime& until)
{
    return updateOne(QStringLiteral("UPDATE authenticator_state SET block_state = ?, blocked_until = ?, "
                                    "otp_hash = NULL, otp_salt = NULL, otp_expires_at = NULL") +
                         kStateOfLogin,
                     {int(state), toMs(until)}, login, tr("Blocking %1").arg(login));
}

Status AuthenticatorRepository::clearBlock(const QString& login)
{
    return updateOne(QStringLiteral("UPDATE authenticator_state SET block_state = 0, blocked_until = NULL, "
                                    "failed_count = 0") +
                         kStateOfLogin,
                     {}, login, tr("Unblocking %1").arg(login));
}

Status AuthenticatorRepository::resetCounter(const QString& login)
{
    return updateOne(QStringLiteral("UPDATE authenticator_state SET failed_count = 0, last_failure_at = NULL") +
                         kStateOfLogin,
                     {}, login, tr("Resetting the counter of %1").arg(login));
}

Result<QStringList> AuthenticatorRepository::unblock(const QStringList& logins)
{
    QStringList done;
    for (qsizetype first = 0; first < logins.size(); first += kLoginsPerStatement) {
        const QStringList batch = logins.mid(first, kLoginsPerStatement);
        const QString marks = QStringList(batch.size(), QStringLiteral("?")).join(QLatin1Char(','));
        // Locked (PostgreSQL) until the transaction ends, so the events name exactly the
        // accounts this statement unblocked.
        QSqlQuery blocked = m_store.query();
        blocked.setForwardOnly(true);
        // sql: columns, joins, conditions and "?" marks are constants; every value is bound.
        blocked.prepare(QStringLiteral("SELECT a.id, a.login") + kFrom + QStringLiteral(" WHERE a.login_key IN (") +
                        marks + QStringLiteral(") AND s.block_state <> 0") + m_store.dialect().rowLock());
        for (const QString& login : batch)
            blocked.addBindValue(loginKey(login));
        Status s = m_store.exec(blocked, tr("Unblocking authenticators"));
        if (!s)
            return Result<QStringList>::failure(s.error());
        QVariantList ids;
        s = RowLoop::forEach(blocked, tr("Unblocking authenticators"), [&](QSqlQuery& row) {
            ids << row.value(0);
            done << row.value(1).toString();
        });
        if (!s)
            return Result<QStringList>::failure(s.error());
        if (ids.isEmpty())
            continue;
        QSqlQuery update = m_store.query();
        update.prepare(QStringLiteral("UPDATE authenticator_state SET block_state = 0, blocked_until = NULL, "
                                      "failed_count = 0 WHERE authenticator_id IN (") +
                       QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')'));
        for (const QVariant& id : std::as_const(ids))
            update.addBindValue(id);
        s = m_store.exec(update, tr("Unblocking authenticators"));
        if (!s)
            return Result<QStringList>::failure(s.error());
    }
    return done;
}

Result<qint64> AuthenticatorRepository::unblockAll()
{
    QSqlQuery q = m_store.query();
    q.prepare(QStringLiteral("UPDATE authenticator_state SET block_state = 0, blocked_until = NULL, failed_count = 0 "
                             "WHERE block_state <> 0"));
    const Status s = m_store.exec(q, tr("Unblocking every authenticator"));
    if (!s)
        return Result<qint64>::failure(s.error());
    return q.numRowsAffected();
}
