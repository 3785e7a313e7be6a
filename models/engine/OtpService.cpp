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
#include "directory/DirectoryPhoneSource.h"
#include "domain/ClientAddress.h"
#include "domain/EventCode.h"
#include "domain/EventText.h"
#include "domain/Limits.h"
#include "gateway/GatewayFactory.h"
#include "store/AuthenticatorRepository.h"
#include "store/EventLog.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>

struct OtpService::Prepared {
    SmsMessage message;
    QString phoneMask; // as the English message says it
    QJsonObject phone; // the event parameters naming it: the masked number, from the directory or not
};

namespace {
QJsonObject phoneParams(const QString& masked, bool fromDirectory = false)
{
    QJsonObject p{{QStringLiteral("phone"), masked}};
    if (fromDirectory)
        p.insert(QStringLiteral("directory"), true);
    return p;
}

QJsonObject withParam(QJsonObject p, const QString& key, const QJsonValue& value)
{
    p.insert(key, value);
    return p;
}
} // namespace

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
    prepared->finish();
    if (m_settings && stamp == m_settingsStamp)
        return *m_settings;
    if (!m_damage.isEmpty() && stamp == m_settingsStamp)
        return Result<Settings>::failure(m_damage);
    m_settings.reset();
    m_allowList.reset();
    m_damage.clear();
    Result<SettingsRepository::Loaded> loaded =
        SettingsRepository(m_store, nullptr).load(SettingsRepository::Damage::Report);
    if (!loaded)
        return Result<Settings>::failure(loaded.error());
    if (!loaded->damaged.isEmpty()) {
        // Fail closed: no code is sent or accepted on settings that may have lost the allow-list
        // or a denial. One event per damaged version, not one per request.
        m_settingsStamp = stamp;
        m_damage = tr("%1\nNo codes are sent or accepted until the section is restored from its history.")
                       .arg(loaded->damageReport());
        for (auto it = loaded->damaged.constBegin(); it != loaded->damaged.constEnd(); ++it)
            EventLog(m_store).append(
                EventCode::SettingsDamaged,
                tr("settings section %1 is damaged: %2; the engine sends and accepts no codes")
                    .arg(it.key(), it.value()),
                QJsonObject{{QStringLiteral("section"), it.key()}, {QStringLiteral("reason"), it.value()}}, {},
                QStringLiteral("engine"));
        return Result<Settings>::failure(m_damage);
    }
    m_settings = loaded->settings;
    m_settingsStamp = stamp;
    m_allowList = std::make_unique<IpAllowList>(m_settings->ipAllowList);
    return loaded->settings;
}

OtpService::Outcome OtpService::event(int code, const QString& message, const QJsonObject& params,
                                      const QString& account, const QString& actor, const QString& clientAddress)
{
    Outcome out;
    out.ok = true;
    out.code = code;
    out.message = message;
    const Status s = EventLog(m_store).append(code, message, params, account, actor, clientAddress);
    if (!s)
        return failure(s.error());
    return out;
}

OtpService::Outcome OtpService::refuse(int code, const QString& message, const QJsonObject& params,
                                       const QString& account, const QString& actor, const QString& clientAddress)
{
    Outcome out = event(code, message, params, account, actor, clientAddress);
    if (out.code == 0)
        return out; // the event could not be written: a store failure, so the transaction rolls back
    out.ok = false;
    return out;
}

OtpService::Outcome OtpService::settingsFailure(const QString& message) const
{
    Outcome out = failure(message);
    if (!m_damage.isEmpty())
        out.code = EventCode::SettingsDamaged;
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
    out = refuse(
        EventCode::SelfServiceRefused,
        s.accessRights.denyUse ? tr("use of this authenticator is denied")
                               : tr("the access rights do not allow users to do this themselves"),
        {{QStringLiteral("reason"), s.accessRights.denyUse ? QStringLiteral("denied") : QStringLiteral("rights")}},
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
        return settingsFailure(s.error());
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
            return refuse(EventCode::InvalidPhone, tr("the phone number was refused: %1").arg(number.reason),
                          {{QStringLiteral("reason"), number.reason}}, login, actor.name);
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
        const QString masked = AuthenticatorRepository::maskPhone(number.normalized, s->phoneFormat.prefix);
        return event(EventCode::AuthenticatorRegistered, tr("registered with phone %1").arg(masked),
                     phoneParams(masked), login.trimmed(), actor.name);
    });
}

OtpService::Outcome OtpService::changePhone(const QString& login, const QString& phone, const Actor& actor)
{
    Result<Settings> s = settings();
    if (!s)
        return settingsFailure(s.error());
    return inTransaction(m_store, [&]() -> Outcome {
        Outcome out;
        if (!checkAccess(*s, actor, s->accessRights.mayEdit, login, out))
            return out;
        const PhoneNormalizer::Outcome number = PhoneNormalizer(s->phoneFormat).check(phone);
        if (!number.ok)
            return refuse(EventCode::InvalidPhone, tr("the phone number was refused: %1").arg(number.reason),
                          {{QStringLiteral("reason"), number.reason}}, login, actor.name);
        const Status st =
            AuthenticatorRepository(m_store, m_key).setPhone(login, number.normalized, s->phoneFormat.prefix);
        if (!st)
            return failure(st.error());
        const QString masked = AuthenticatorRepository::maskPhone(number.normalized, s->phoneFormat.prefix);
        return event(EventCode::PhoneChanged, tr("phone changed to %1").arg(masked), phoneParams(masked), login,
                     actor.name);
    });
}

OtpService::Outcome OtpService::changeComment(const QString& login, const QString& comment, const Actor& actor)
{
    Result<Settings> s = settings();
    if (!s)
        return settingsFailure(s.error());
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
        return event(EventCode::CommentChanged, tr("comment changed"), {}, login, actor.name);
    });
}

OtpService::Outcome OtpService::remove(const QString& login, const Actor& actor)
{
    Result<Settings> s = settings();
    if (!s)
        return settingsFailure(s.error());
    return inTransaction(m_store, [&]() -> Outcome {
        Outcome out;
        if (!checkAccess(*s, actor, s->accessRights.mayDelete, login, out))
            return out;
        const Status st = AuthenticatorRepository(m_store, m_key).remove(login);
        if (!st)
            return failure(st.error());
        return event(EventCode::AuthenticatorDeleted, tr("authenticator deleted"), {}, login, actor.name);
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
                     denied ? QJsonObject{{QStringLiteral("by"), QStringLiteral("admin")}}
                            : QJsonObject{{QStringLiteral("by"), QStringLiteral("allowed")}},
                     login, actor.name);
    });
}

Result<bool> OtpService::releaseIfElapsed(const QString& account, int blockState, const QDateTime& until)
{
    if (blockState != int(Authenticator::BlockState::UntilTime) || m_clock.now() < until)
        return false;
    Status s = AuthenticatorRepository(m_store, m_key).clearBlock(account);
    if (s)
        s = EventLog(m_store).append(
            EventCode::AuthenticatorUnblocked, tr("unblocked automatically: the block time has passed"),
            QJsonObject{{QStringLiteral("by"), QStringLiteral("timeout")}}, account, QStringLiteral("engine"));
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
        return refuse(EventCode::UnknownAccount, tr("no SMS authenticator is registered for this account"), {}, account,
                      {}, clientAddress);
    a = *found.value();
    if (!m_allowListExempt && !m_allowList->allows(clientAddress, a.login))
        return refuse(EventCode::AddressNotAllowed, tr("address %1 is not allowed").arg(clientAddress),
                      {{QStringLiteral("address"), clientAddress}}, a.login, {}, clientAddress);
    if (s.accessRights.denyUse || a.useDenied)
        return refuse(
            EventCode::UseDenied, tr("use of this authenticator is denied"),
            {{QStringLiteral("by"), a.useDenied ? QStringLiteral("authenticator") : QStringLiteral("settings")}},
            a.login, {}, clientAddress);
    if (a.blockState != Authenticator::BlockState::None) {
        Result<bool> released = releaseIfElapsed(a.login, int(a.blockState), a.blockedUntil);
        if (!released)
            return failure(released.error());
        if (!released.value())
            return refuse(EventCode::RefusedBlocked, tr("the authenticator is blocked"), {}, a.login, {},
                          clientAddress);
        a.failedCount = 0;
        a.lastFailureAt = QDateTime();
    }
    Outcome out;
    out.ok = true;
    return out;
}

DirectoryPhoneLookup::Outcome OtpService::lookupDirectory(const Settings& s, const QString& account)
{
    // Answers are only valid for the settings they were found with.
    const QString settingsKey =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("d"), s.directory.toJson()},
                                                    {QStringLiteral("p"), s.phoneFormat.toJson()}})
                              .toJson(QJsonDocument::Compact));
    const qint64 now = m_clock.nowMs();
    DirectoryPhoneLookup::Outcome out;
    if (m_directoryCache.find(settingsKey, account, now, out))
        return out;
    DirectoryPhoneSource source(m_store, m_key);
    source.setClient(m_directoryOverride);
    {
        const NetworkWaitListener::Scope waiting(m_networkWait);
        out = source.lookup(s, account);
    }
    m_directoryCache.insert(settingsKey, account, now, s.directory.cacheSeconds, out);
    return out;
}

OtpService::Outcome OtpService::prepareRequest(const Settings& s, const QString& account, const QString& clientAddress,
                                               const std::optional<DirectoryPhoneLookup::Outcome>& directory,
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
        return refuse(EventCode::RefusedSuspended, SpamGuard::suspendedMessage(), {}, a.login, {}, clientAddress);
    if (s.phoneFormat.useDirectoryPhone && !directory)
        return failure(tr("The account was registered during the request; try again.")); // never the store's number
    QString number;
    p.phoneMask = a.phoneMask;
    p.phone = phoneParams(a.phoneMask);
    if (directory && directory->found()) {
        number = directory->normalized;
        const QString masked = AuthenticatorRepository::maskPhone(number, s.phoneFormat.prefix);
        p.phoneMask = tr("%1 (from the directory)").arg(masked);
        p.phone = phoneParams(masked, true);
    } else if (directory && !(directory->directoryHasNoNumber() && s.directory.fallbackToStoreNumber)) {
        return refuse(directory->eventCode(), directory->message, {{QStringLiteral("detail"), directory->message}},
                      a.login, {}, clientAddress);
    } else if (directory) {
        const Status logged = EventLog(m_store).append(
            EventCode::DirectoryFallback, tr("%1; the store's own number is used instead").arg(directory->message),
            QJsonObject{{QStringLiteral("detail"), directory->message}}, a.login, {}, clientAddress);
        if (!logged)
            return failure(logged.error());
    }
    if (number.isEmpty()) {
        Result<QString> phone = repo.phone(a.login);
        if (!phone)
            return failure(phone.error());
        number = phone.value();
    }

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
    p.message = {number, s.messageFormat.sender, MessageComposer::compose(s.messageFormat, code, m_clock.now()), code};
    Outcome out;
    out.ok = true;
    return out;
}

OtpService::Outcome OtpService::finishRequest(const Settings& s, const QString& account, const QString& clientAddress,
                                              const Prepared& p, const SendResult& sent)
{
    if (!sent.success) {
        Status st = AuthenticatorRepository(m_store, m_key).clearPendingOtp(account);
        QJsonObject params = p.phone;
        params.insert(QStringLiteral("error"), sent.message());
        params.insert(QStringLiteral("gatewayCode"), sent.gatewayCode());
        params.insert(QStringLiteral("gatewayText"), sent.gatewayText().left(500));
        Outcome out = refuse(EventCode::GatewayFailed,
                             tr("the SMS to %1 could not be sent: %2 (%3 %4)")
                                 .arg(p.phoneMask, sent.message(), sent.gatewayCode(), sent.gatewayText().left(500)),
                             params, account, {}, clientAddress);
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
              withParam(p.phone, QStringLiteral("messageId"), sent.providerMessageId()), account, {}, clientAddress);
    out.send = sent;
    return out;
}

OtpService::Outcome OtpService::refuseAddress(const QString& account, const QString& reason)
{
    // The address itself is not recorded: it is what could not be trusted to fit anywhere.
    Outcome out = refuse(EventCode::ClientAddressRefused, reason, {{QStringLiteral("reason"), reason}},
                         account.left(Limits::kAccountLength));
    out.ok = false;
    out.code = EventCode::ClientAddressRefused;
    out.message = reason;
    return out;
}

OtpService::Outcome OtpService::requestOtp(const QString& account, const QString& clientText)
{
    // Before anything else: a malformed address sends nothing and touches no state.
    const Result<QString> address = ClientAddress::parse(clientText);
    if (!address)
        return refuseAddress(account, address.error());
    const QString& clientAddress = address.value();
    Result<Settings> s = settings();
    if (!s)
        return settingsFailure(s.error());
    const qint64 stamp = m_settingsStamp; // the version `s` was read at
    // The directory is asked before the transaction, so a slow directory holds no locks; only
    // for a registered account, so unknown logins cannot be used to hammer the directory.
    std::optional<DirectoryPhoneLookup::Outcome> directory;
    if (s->phoneFormat.useDirectoryPhone) {
        Result<std::optional<Authenticator>> known = AuthenticatorRepository(m_store, m_key).find(account);
        if (!known)
            return failure(known.error());
        if (known.value())
            directory = lookupDirectory(*s, known.value()->login);
    }
    Prepared prepared;
    Outcome out =
        inTransaction(m_store, [&] { return prepareRequest(*s, account, clientAddress, directory, prepared); });
    if (!out.ok)
        return out;

    // The network call happens outside any transaction: a slow gateway must not hold locks.
    SendResult sent;
    SmsGateway* gateway = m_gatewayOverride;
    if (!gateway) {
        Result<SmsGateway*> configured = configuredGateway(*s, stamp);
        if (!configured)
            sent = SendResult::localFailure(SendResult::ErrorClass::Other, configured.error());
        else
            gateway = configured.value();
    }
    if (gateway) {
        const NetworkWaitListener::Scope waiting(gateway->waitsOnNetwork() ? m_networkWait : nullptr);
        sent = gateway->sendAndWait(prepared.message);
    }
    const QString login = AuthenticatorRepository::loginKey(account);
    if (sent.viaFailover) {
        // The switch is worth an event of its own: the first gateway needs attention.
        const Status st = EventLog(m_store).append(
            EventCode::GatewayFailover,
            tr("the first gateway failed (%1); the SMS to %2 went through the second gateway")
                .arg(sent.failoverReason(), prepared.phoneMask),
            withParam(prepared.phone, QStringLiteral("reason"), sent.failoverReason()), login, {}, clientAddress);
        if (!st)
            return failure(st.error());
    }
    return inTransaction(m_store, [&] { return finishRequest(*s, login, clientAddress, prepared, sent); });
}

Result<SmsGateway*> OtpService::configuredGateway(const Settings& s, qint64 stamp)
{
    // Kept while the settings stay the same (a new password or token is a new section version),
    // so a provider's connections are reused instead of one TLS handshake per message and the
    // secrets are not read and decrypted for every message.
    if (m_gateway && stamp == m_gatewayStamp)
        return m_gateway.get();
    m_gateway.reset();
    auto created = GatewayFactory::create(s.gateway, m_store, m_key);
    if (!created)
        return Result<SmsGateway*>::failure(created.error());
    m_gateway = created.take();
    m_gatewayStamp = stamp;
    return m_gateway.get();
}

Result<OtpService::Booked> OtpService::bookFailure(const Settings& s, const QString& account, int failedCount,
                                                   const QDateTime& lastFailure)
{
    const QDateTime now = m_clock.now();
    const BlockSettings& b = s.block;
    // A failure first clears the counter when the previous one is older than the reset period.
    const bool stale = !lastFailure.isValid() || lastFailure.addSecs(qint64(b.counterResetMinutes) * 60) <= now;
    Booked booked;
    booked.count = (stale ? 0 : failedCount) + 1;
    AuthenticatorRepository repo(m_store, m_key);
    Status st = repo.recordFailure(account, booked.count, now);
    if (st && b.enabled && booked.count >= b.attemptsBeforeBlock) {
        booked.blocked = true;
        const bool forever = b.unblockMinutes == 0;
        booked.until = forever ? QDateTime() : now.addSecs(qint64(b.unblockMinutes) * 60);
        st = repo.block(account,
                        forever ? Authenticator::BlockState::UntilUnblock : Authenticator::BlockState::UntilTime,
                        booked.until);
    }
    if (!st)
        return Result<Booked>::failure(st.error());
    return booked;
}

OtpService::Outcome OtpService::countFailure(const Settings& s, const QString& account, int failedCount,
                                             const QDateTime& lastFailure, const QString& clientAddress,
                                             const QString& why, const char* reason, int eventCode)
{
    const BlockSettings& b = s.block;
    const Result<Booked> booked = bookFailure(s, account, failedCount, lastFailure);
    if (!booked)
        return failure(booked.error());
    const int count = booked->count;
    QJsonObject params{{QStringLiteral("reason"), QLatin1String(reason)}};
    if (b.enabled) {
        params.insert(QStringLiteral("failure"), count);
        params.insert(QStringLiteral("of"), b.attemptsBeforeBlock);
    }
    Outcome out =
        refuse(eventCode, b.enabled ? tr("%1 (failure %2 of %3)").arg(why).arg(count).arg(b.attemptsBeforeBlock) : why,
               params, account, {}, clientAddress);
    if (!booked->blocked || out.code == 0)
        return out;
    const bool forever = !booked->until.isValid();
    const QDateTime until = booked->until;
    const QString message = forever ? tr("blocked after %1 failed codes until a help-desk unblock").arg(count)
                                    : tr("blocked after %1 failed codes until %2 UTC")
                                          .arg(count)
                                          .arg(until.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    out = refuse(EventCode::AuthenticatorBlocked, message, EventText::blockedParams(count, until), account, {},
                 clientAddress);
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
        return countFailure(s, a.login, a.failedCount, a.lastFailureAt, clientAddress, tr("no code was requested"),
                            "none");
    if (m_clock.now() >= pending.value()->expiresAt) {
        Status st = repo.clearPendingOtp(a.login);
        if (!st)
            return failure(st.error());
        return countFailure(s, a.login, a.failedCount, a.lastFailureAt, clientAddress, tr("the code has expired"),
                            "expired", EventCode::OtpExpired);
    }
    if (!SecureBytes::equal(otpHash(pending.value()->salt, code.trimmed()), pending.value()->hash))
        return countFailure(s, a.login, a.failedCount, a.lastFailureAt, clientAddress, tr("wrong code"), "wrong");

    Status st = repo.recordSuccess(a.login, m_clock.now());
    if (st)
        st = SpamGuard(m_store, m_clock).recordSuccess(s.spamProtection);
    if (!st)
        return failure(st.error());
    return event(EventCode::OtpVerified, tr("code accepted"), {}, a.login, {}, clientAddress);
}

OtpService::Outcome OtpService::verifyOtp(const QString& account, const QString& code, const QString& clientText)
{
    const Result<QString> address = ClientAddress::parse(clientText);
    if (!address)
        return refuseAddress(account, address.error());
    Result<Settings> s = settings();
    if (!s)
        return settingsFailure(s.error());
    const Outcome out = inTransaction(m_store, [&] { return verifyLocked(*s, account, code, address.value()); });
    if (out.ok || out.code != 0)
        return out;
    return failClosed(*s, account, address.value(), out.message);
}

// The store failed while a code was checked, so its outcome (a success, or a counted failure)
// was rolled back. Fail closed: withdraw the code, count the attempt, and answer the same
// whatever the code was, so a guesser learns nothing from a failing store.
OtpService::Outcome OtpService::failClosed(const Settings& s, const QString& account, const QString& clientAddress,
                                           const QString& reason)
{
    QString login = account;
    m_store.transaction([&]() -> Status {
        AuthenticatorRepository repo(m_store, m_key);
        Result<std::optional<Authenticator>> found = repo.find(account, true);
        if (!found || !found.value())
            return found ? Status() : Status::failure(found.error());
        const Authenticator& a = *found.value();
        login = a.login;
        Status st = repo.clearPendingOtp(a.login);
        if (st && a.blockState == Authenticator::BlockState::None) {
            const Result<Booked> booked = bookFailure(s, a.login, a.failedCount, a.lastFailureAt);
            if (!booked)
                st = Status::failure(booked.error());
        }
        return st;
    });
    // Best effort: the event log may be what failed in the first place.
    EventLog(m_store).append(EventCode::VerifyNotRecorded,
                             tr("a code could not be checked because the store failed (%1); the code was withdrawn "
                                "and the attempt counted as a failure")
                                 .arg(reason),
                             QJsonObject{{QStringLiteral("reason"), reason}}, login.left(Limits::kAccountLength), {},
                             clientAddress);
    Outcome out;
    out.code = EventCode::VerifyNotRecorded;
    out.message = tr("the code could not be checked; request a new code");
    return out;
}

OtpService::Outcome OtpService::unblock(const QStringList& logins, const Actor& actor)
{
    return inTransaction(m_store, [&]() -> Outcome {
        Result<QStringList> done = AuthenticatorRepository(m_store, m_key).unblock(logins);
        if (!done)
            return failure(done.error());
        for (const QString& login : done.value()) {
            const Status st = EventLog(m_store).append(
                EventCode::AuthenticatorUnblocked, tr("unblocked by the help desk"),
                QJsonObject{{QStringLiteral("by"), QStringLiteral("helpdesk")}}, login, actor.name);
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
                  tr("every blocked authenticator unblocked by the help desk (%1)").arg(n.value()),
                  QJsonObject{{QStringLiteral("by"), QStringLiteral("helpdesk")}, {QStringLiteral("count"), n.value()}},
                  {}, actor.name);
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
        return event(EventCode::FailureCounterReset, tr("failure counter reset"), {}, login, actor.name);
    });
}
