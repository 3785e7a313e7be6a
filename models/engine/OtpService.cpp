#include "OtpService.h"

#include "AuthenticatorInput.h"
#include "Clock.h"
#include "IpAllowList.h"
#include "MessageComposer.h"
#include "OtpGenerator.h"
#include "PhoneNormalizer.h"
#include "SpamGuard.h"
#include "crypto/SecureBytes.h"
#include "crypto/StoreKey.h"
#include "domain/EventCode.h"
#include "gateway/GatewayFactory.h"
#include "store/AuthenticatorRepository.h"
#include "store/EventLog.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QMessageAuthenticationCode>
#include <QSqlQuery>

struct OtpService::Prepared {
    SmsMessage message;
    QString phoneMask;
};

OtpService::OtpService(Store& store, const StoreKey* key, const Clock& clock)
    : m_store(store)
    , m_key(key)
    , m_clock(clock)
{
}

OtpService::~OtpService() = default;

QString OtpService::Outcome::describe() const
{
    if (ok || code == 0)
        return message;
    return tr("error %1: %2").arg(code).arg(message);
}

QByteArray OtpService::otpHash(const QByteArray& salt, const QString& code)
{
    return QMessageAuthenticationCode::hash(code.toUtf8(), salt, QCryptographicHash::Sha256);
}

Result<Settings> OtpService::settings()
{
    // Versions only grow, so their sum changes with every save by any console or server: one
    // small query instead of parsing eight JSON sections on every request.
    Store::Prepared prepared =
        m_store.prepared(QStringLiteral("SELECT coalesce(sum(version), 0) * 64 + count(*) FROM settings"));
    QSqlQuery& q = *prepared;
    const Status st = m_store.exec(q, tr("Reading the settings"));
    if (!st)
        return Result<Settings>::failure(st.error());
    const qint64 stamp = q.next() ? q.value(0).toLongLong() : -1;
    if (m_settings && stamp == m_settingsStamp)
        return *m_settings;
    Result<SettingsRepository::Loaded> loaded = SettingsRepository(m_store, nullptr).load();
    if (!loaded)
        return Result<Settings>::failure(loaded.error());
    m_settings = loaded->settings;
    m_settingsStamp = stamp;
    return loaded->settings;
}

OtpService::Outcome OtpService::event(int code, const QString& message, const QString& account, const QString& actor,
                                      const QString& clientAddress)
{
    Outcome out;
    out.ok = true;
    out.code = code;
    out.message = message;
    const Status s = EventLog(m_store).append(code, message, account, actor, clientAddress);
    if (!s)
        return failure(s.error());
    return out;
}

OtpService::Outcome OtpService::refuse(int code, const QString& message, const QString& account, const QString& actor,
                                       const QString& clientAddress)
{
    Outcome out = event(code, message, account, actor, clientAddress);
    out.ok = false;
    out.code = code;
    return out;
}

OtpService::Outcome OtpService::failure(const QString& message) const
{
    Outcome out;
    out.message = message;
    return out;
}

bool OtpService::checkAccess(const Settings& s, const Actor& actor, bool allowed, const QString& login, Outcome& out)
{
    if (!actor.selfService || (allowed && !s.accessRights.denyUse))
        return true;
    out = refuse(EventCode::SelfServiceRefused,
                 s.accessRights.denyUse ? tr("use of this authenticator is denied")
                                        : tr("the access rights do not allow users to do this themselves"),
                 login, actor.name);
    return false;
}

// Runs `work` in a transaction; the outcome it produces is kept even when it is a refusal
// (whose event must be committed), and a database failure replaces it.
template <typename F> static OtpService::Outcome inTransaction(Store& store, F&& work)
{
    OtpService::Outcome out;
    const Status s = store.transaction([&]() -> Status {
        out = work();
        return out.ok || out.code != 0 ? Status() : Status::failure(out.message);
    });
    if (!s && out.message != s.error()) {
        out = OtpService::Outcome();
        out.message = s.error();
    }
    return out;
}

OtpService::Outcome OtpService::registerAuthenticator(const QString& login, const QString& phone,
                                                      const QString& comment, const Actor& actor,
                                                      const QString& displayName)
{
    Result<Settings> s = settings();
    if (!s)
        return failure(s.error());
    for (const QString& problem : {AuthenticatorInput::loginProblem(login), AuthenticatorInput::commentProblem(comment),
                                   AuthenticatorInput::displayNameProblem(displayName)})
        if (!problem.isEmpty())
            return failure(problem);
    return inTransaction(m_store, [&]() -> Outcome {
        Outcome out;
        const bool commentAllowed =
            comment.isEmpty() || s->accessRights.commentEditing != AccessRightsSettings::CommentEditing::Never;
        if (!checkAccess(*s, actor, s->accessRights.mayRegister && commentAllowed, login, out))
            return out;
        const PhoneNormalizer::Outcome number = PhoneNormalizer(s->phoneFormat).check(phone);
        if (!number.ok)
            return refuse(EventCode::InvalidPhone, tr("the phone number was refused: %1").arg(number.reason), login,
                          actor.name);
        AuthenticatorRepository repo(m_store, m_key);
        Result<std::optional<Authenticator>> existing = repo.find(login, true);
        if (!existing)
            return failure(existing.error());
        if (existing.value())
            return failure(tr("'%1' already has an SMS authenticator.").arg(login.trimmed()));
        Result<qint64> id =
            repo.insert(login, number.normalized, s->phoneFormat.prefix, displayName, comment, m_clock.now());
        if (!id)
            return failure(id.error());
        return event(EventCode::AuthenticatorRegistered,
                     tr("registered with phone %1")
                         .arg(AuthenticatorRepository::maskPhone(number.normalized, s->phoneFormat.prefix)),
                     login.trimmed(), actor.name);
    });
}

OtpService::Outcome OtpService::changePhone(const QString& login, const QString& phone, const Actor& actor)
{
    Result<Settings> s = settings();
    if (!s)
        return failure(s.error());
    return inTransaction(m_store, [&]() -> Outcome {
        Outcome out;
        if (!checkAccess(*s, actor, s->accessRights.mayEdit, login, out))
            return out;
        const PhoneNormalizer::Outcome number = PhoneNormalizer(s->phoneFormat).check(phone);
        if (!number.ok)
            return refuse(EventCode::InvalidPhone, tr("the phone number was refused: %1").arg(number.reason), login,
                          actor.name);
        const Status st =
            AuthenticatorRepository(m_store, m_key).setPhone(login, number.normalized, s->phoneFormat.prefix);
        if (!st)
            return failure(st.error());
        return event(
            EventCode::PhoneChanged,
            tr("phone changed to %1").arg(AuthenticatorRepository::maskPhone(number.normalized, s->phoneFormat.prefix)),
            login, actor.name);
    });
}

OtpService::Outcome OtpService::changeComment(const QString& login, const QString& comment, const Actor& actor)
{
    Result<Settings> s = settings();
    if (!s)
        return failure(s.error());
    const QString problem = AuthenticatorInput::commentProblem(comment);
    if (!problem.isEmpty())
        return failure(problem);
    return inTransaction(m_store, [&]() -> Outcome {
        Outcome out;
        // After registration a user may edit the comment only when it is allowed "always".
        const bool allowed = s->accessRights.commentEditing == AccessRightsSettings::CommentEditing::Always;
        if (!checkAccess(*s, actor, allowed, login, out))
            return out;
        const Status st = AuthenticatorRepository(m_store, m_key).setComment(login, comment);
        if (!st)
            return failure(st.error());
        return event(EventCode::CommentChanged, tr("comment changed"), login, actor.name);
    });
}

OtpService::Outcome OtpService::remove(const QString& login, const Actor& actor)
{
    Result<Settings> s = settings();
    if (!s)
        return failure(s.error());
    return inTransaction(m_store, [&]() -> Outcome {
        Outcome out;
        if (!checkAccess(*s, actor, s->accessRights.mayDelete, login, out))
            return out;
        const Status st = AuthenticatorRepository(m_store, m_key).remove(login);
        if (!st)
            return failure(st.error());
        return event(EventCode::AuthenticatorDeleted, tr("authenticator deleted"), login, actor.name);
    });
}

OtpService::Outcome OtpService::setUseDenied(const QString& login, bool denied, const Actor& actor)
{
    return inTransaction(m_store, [&]() -> Outcome {
        const Status st = AuthenticatorRepository(m_store, m_key).setUseDenied(login, denied);
        if (!st)
            return failure(st.error());
        return event(denied ? EventCode::UseDenied : EventCode::AuthenticatorUnblocked,
                     denied ? tr("use of the authenticator denied by an administrator")
                            : tr("use of the authenticator allowed again"),
                     login, actor.name);
    });
}

Result<bool> OtpService::releaseIfElapsed(const QString& account, int blockState, const QDateTime& until)
{
    if (blockState != int(Authenticator::BlockState::UntilTime) || m_clock.now() < until)
        return false;
    Status s = AuthenticatorRepository(m_store, m_key).clearBlock(account);
    if (s)
        s = EventLog(m_store).append(EventCode::AuthenticatorUnblocked,
                                     tr("unblocked automatically: the block time has passed"), account,
                                     QStringLiteral("engine"));
    if (!s)
        return Result<bool>::failure(s.error());
    return true;
}

// The rules a request and a verification share: the account exists (its row locked), the
// address, use denial and blocks. A block whose time has passed is released here, which also
// starts the failure count afresh.
OtpService::Outcome OtpService::findUsable(const Settings& s, const QString& account, const QString& clientAddress,
                                           Authenticator& a)
{
    Result<std::optional<Authenticator>> found = AuthenticatorRepository(m_store, m_key).find(account, true);
    if (!found)
        return failure(found.error());
    if (!found.value())
        return refuse(EventCode::UnknownAccount, tr("no SMS authenticator is registered for this account"), account, {},
                      clientAddress);
    a = *found.value();
    if (!IpAllowList(s.ipAllowList).allows(clientAddress, a.login))
        return refuse(EventCode::AddressNotAllowed, tr("address %1 is not allowed").arg(clientAddress), a.login, {},
                      clientAddress);
    if (s.accessRights.denyUse || a.useDenied)
        return refuse(EventCode::UseDenied, tr("use of this authenticator is denied"), a.login, {}, clientAddress);
    if (a.blockState != Authenticator::BlockState::None) {
        Result<bool> released = releaseIfElapsed(a.login, int(a.blockState), a.blockedUntil);
        if (!released)
            return failure(released.error());
        if (!released.value())
            return refuse(EventCode::RefusedBlocked, tr("the authenticator is blocked"), a.login, {}, clientAddress);
        a.failedCount = 0;
        a.lastFailureAt = QDateTime();
    }
    Outcome out;
    out.ok = true;
    return out;
}

OtpService::Outcome OtpService::prepareRequest(const Settings& s, const QString& account, const QString& clientAddress,
                                               Prepared& p)
{
    AuthenticatorRepository repo(m_store, m_key);
    Authenticator a;
    const Outcome usable = findUsable(s, account, clientAddress, a);
    if (!usable.ok)
        return usable;
    Result<bool> allowed = SpamGuard(m_store, m_clock).allowsSending(s.spamProtection);
    if (!allowed)
        return failure(allowed.error());
    if (!allowed.value())
        return refuse(EventCode::RefusedSuspended, SpamGuard::suspendedMessage(), a.login, {}, clientAddress);
    if (s.phoneFormat.useDirectoryPhone)
        return refuse(EventCode::InvalidPhone,
                      tr("the settings take the phone number from the directory, but no directory connection is "
                         "configured on this server"),
                      a.login, {}, clientAddress);
    Result<QString> phone = repo.phone(a.login);
    if (!phone)
        return failure(phone.error());

    OtpGenerator generator(s.otp);
    const Result<QString> generated = generator.generate();
    if (!generated)
        return failure(generated.error());
    const QString& code = generated.value();
    const QByteArray salt = SecureBytes::random(16).bytes();
    const Status st =
        repo.setPendingOtp(a.login, {otpHash(salt, code), salt, m_clock.now().addSecs(s.otp.lifetimeSeconds)});
    if (!st)
        return failure(st.error());
    p.message = {phone.value(), s.messageFormat.sender, MessageComposer::compose(s.messageFormat, code, m_clock.now()),
                 code};
    p.phoneMask = a.phoneMask;
    Outcome out;
    out.ok = true;
    return out;
}

OtpService::Outcome OtpService::finishRequest(const Settings& s, const QString& account, const QString& clientAddress,
                                              const Prepared& p, const SendResult& sent)
{
    if (!sent.success) {
        Status st = AuthenticatorRepository(m_store, m_key).clearPendingOtp(account);
        Outcome out = refuse(EventCode::GatewayFailed,
                             tr("the SMS to %1 could not be sent: %2 (%3 %4)")
                                 .arg(p.phoneMask, sent.message(), sent.gatewayCode(), sent.gatewayText().left(500)),
                             account, {}, clientAddress);
        out.message = tr("the SMS could not be sent; try again later");
        out.send = sent;
        if (!st)
            return failure(st.error());
        return out;
    }
    const Status st = SpamGuard(m_store, m_clock).recordSent(s.spamProtection);
    if (!st)
        return failure(st.error());
    Outcome out =
        event(EventCode::OtpSent, tr("code sent to %1 (message id %2)").arg(p.phoneMask, sent.providerMessageId()),
              account, {}, clientAddress);
    out.send = sent;
    return out;
}

OtpService::Outcome OtpService::requestOtp(const QString& account, const QString& clientAddress)
{
    Result<Settings> s = settings();
    if (!s)
        return failure(s.error());
    Prepared prepared;
    Outcome out = inTransaction(m_store, [&] { return prepareRequest(*s, account, clientAddress, prepared); });
    if (!out.ok)
        return out;

    // The network call happens outside any transaction: a slow gateway must not hold locks.
    SendResult sent;
    std::unique_ptr<SmsGateway> own;
    SmsGateway* gateway = m_gatewayOverride;
    if (!gateway) {
        auto created = GatewayFactory::create(s->gateway, m_store, m_key);
        if (!created)
            sent = SendResult::localFailure(SendResult::ErrorClass::Other, created.error());
        else
            own = created.take();
        gateway = own.get();
    }
    if (gateway)
        sent = gateway->sendAndWait(prepared.message);
    const QString login = AuthenticatorRepository::loginKey(account);
    if (sent.viaFailover) {
        // The switch is worth an event of its own: the first gateway needs attention.
        const Status st =
            EventLog(m_store).append(EventCode::GatewayFailover,
                                     tr("the first gateway failed (%1); the SMS to %2 went through the second gateway")
                                         .arg(sent.failoverReason(), prepared.phoneMask),
                                     login, {}, clientAddress);
        if (!st)
            return failure(st.error());
    }
    return inTransaction(m_store, [&] { return finishRequest(*s, login, clientAddress, prepared, sent); });
}

OtpService::Outcome OtpService::countFailure(const Settings& s, const QString& account, int failedCount,
                                             const QDateTime& lastFailure, const QString& clientAddress,
                                             const QString& why, int eventCode)
{
    const QDateTime now = m_clock.now();
    const BlockSettings& b = s.block;
    // A failure first clears the counter when the previous one is older than the reset period.
    const bool stale = !lastFailure.isValid() || lastFailure.addSecs(qint64(b.counterResetMinutes) * 60) <= now;
    const int count = (stale ? 0 : failedCount) + 1;
    AuthenticatorRepository repo(m_store, m_key);
    Status st = repo.recordFailure(account, count, now);
    if (!st)
        return failure(st.error());
    Outcome out =
        refuse(eventCode, b.enabled ? tr("%1 (failure %2 of %3)").arg(why).arg(count).arg(b.attemptsBeforeBlock) : why,
               account, {}, clientAddress);
    if (!b.enabled || count < b.attemptsBeforeBlock)
        return out;
    const bool forever = b.unblockMinutes == 0;
    const QDateTime until = forever ? QDateTime() : now.addSecs(qint64(b.unblockMinutes) * 60);
    st = repo.block(account, forever ? Authenticator::BlockState::UntilUnblock : Authenticator::BlockState::UntilTime,
                    until);
    if (!st)
        return failure(st.error());
    const QString message = forever ? tr("blocked after %1 failed codes until a help-desk unblock").arg(count)
                                    : tr("blocked after %1 failed codes until %2 UTC")
                                          .arg(count)
                                          .arg(until.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    out = refuse(EventCode::AuthenticatorBlocked, message, account, {}, clientAddress);
    return out;
}

OtpService::Outcome OtpService::verifyLocked(const Settings& s, const QString& account, const QString& code,
                                             const QString& clientAddress)
{
    AuthenticatorRepository repo(m_store, m_key);
    Authenticator a;
    const Outcome usable = findUsable(s, account, clientAddress, a);
    if (!usable.ok)
        return usable;
    Result<std::optional<AuthenticatorRepository::PendingOtp>> pending = repo.pendingOtp(a.login);
    if (!pending)
        return failure(pending.error());
    if (!pending.value())
        return countFailure(s, a.login, a.failedCount, a.lastFailureAt, clientAddress, tr("no code was requested"));
    if (m_clock.now() >= pending.value()->expiresAt) {
        Status st = repo.clearPendingOtp(a.login);
        if (!st)
            return failure(st.error());
        return countFailure(s, a.login, a.failedCount, a.lastFailureAt, clientAddress, tr("the code has expired"),
                            EventCode::OtpExpired);
    }
    if (!SecureBytes::equal(otpHash(pending.value()->salt, code.trimmed()), pending.value()->hash))
        return countFailure(s, a.login, a.failedCount, a.lastFailureAt, clientAddress, tr("wrong code"));

    Status st = repo.recordSuccess(a.login, m_clock.now());
    if (st)
        st = SpamGuard(m_store, m_clock).recordSuccess(s.spamProtection);
    if (!st)
        return failure(st.error());
    return event(EventCode::OtpVerified, tr("code accepted"), a.login, {}, clientAddress);
}

OtpService::Outcome OtpService::verifyOtp(const QString& account, const QString& code, const QString& clientAddress)
{
    Result<Settings> s = settings();
    if (!s)
        return failure(s.error());
    return inTransaction(m_store, [&] { return verifyLocked(*s, account, code, clientAddress); });
}

OtpService::Outcome OtpService::unblock(const QStringList& logins, const Actor& actor)
{
    return inTransaction(m_store, [&]() -> Outcome {
        Result<QStringList> done = AuthenticatorRepository(m_store, m_key).unblock(logins);
        if (!done)
            return failure(done.error());
        for (const QString& login : done.value()) {
            const Status st = EventLog(m_store).append(EventCode::AuthenticatorUnblocked,
                                                       tr("unblocked by the help desk"), login, actor.name);
            if (!st)
                return failure(st.error());
        }
        Outcome out;
        out.ok = true;
        out.count = done->size();
        out.message = tr("%n authenticator(s) unblocked", nullptr, int(done->size()));
        return out;
    });
}

OtpService::Outcome OtpService::unblockAll(const Actor& actor)
{
    return inTransaction(m_store, [&]() -> Outcome {
        Result<qint64> n = AuthenticatorRepository(m_store, m_key).unblockAll();
        if (!n)
            return failure(n.error());
        Outcome out =
            event(EventCode::AuthenticatorUnblocked,
                  tr("every blocked authenticator unblocked by the help desk (%1)").arg(n.value()), {}, actor.name);
        out.count = n.value();
        out.message = tr("%n authenticator(s) unblocked", nullptr, int(n.value()));
        return out;
    });
}

OtpService::Outcome OtpService::resetCounter(const QString& login, const Actor& actor)
{
    return inTransaction(m_store, [&]() -> Outcome {
        const Status st = AuthenticatorRepository(m_store, m_key).resetCounter(login);
        if (!st)
            return failure(st.error());
        return event(EventCode::FailureCounterReset, tr("failure counter reset"), login, actor.name);
    });
}
