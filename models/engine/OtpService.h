#pragma once

#include "NetworkWaitListener.h"
#include "directory/DirectoryLookupCache.h"
#include "domain/EventCode.h"
#include "domain/Settings.h"
#include "gateway/SendResult.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

struct Authenticator;
class IpAllowList;
class Clock;
class DirectoryClient;
class SmsGateway;
class Store;
class StoreKey;

// The provider engine (DESIGN §4): registers authenticators, sends one-time passwords and
// verifies them, enforcing access rights, the IP allow-list, blocking and spam protection.
// Every outcome is an event. Settings are read from the store on each call, so a change saved
// by any console applies at once to every provider sharing the store.
class OtpService {
    Q_DECLARE_TR_FUNCTIONS(OtpService)

public:
    // Who asks: an end user through self-service (bound by Access rights) or an administrator.
    struct Actor {
        QString name;
        bool selfService = false;
    };

    struct Outcome {
        bool ok = false;
        int code = 0;     // the event code that recorded it (1201 for a refused address, ...)
        QString message;  // translated, safe to show: never an OTP or a full phone number
        SendResult send;  // when a message was sent or attempted
        qint64 count = 0; // how many rows a bulk operation changed

        // "error 1201: address 192.0.2.5 is not allowed" for refusals, the message otherwise.
        QString describe() const;
    };

    OtpService(Store& store, const StoreKey* key, const Clock& clock);
    ~OtpService();

    // Sends through this gateway instead of the one the settings describe (tests, test sends).
    void setGateway(SmsGateway* gateway) { m_gatewayOverride = gateway; }
    // The caller is a trusted integration (an exempt API token): the IP allow-list does not apply
    // to its requests and verifications until this is set back.
    void setAllowListExempt(bool exempt) { m_allowListExempt = exempt; }
    // Reads directory numbers through this client instead of one made from the settings (tests).
    void setDirectoryClient(DirectoryClient* client) { m_directoryOverride = client; }
    // Told around the gateway's and the directory's network round trips (the server's pool).
    void setNetworkWaitListener(NetworkWaitListener* listener) { m_networkWait = listener; }

    Outcome registerAuthenticator(const QString& login, const QString& phone, const QString& comment,
                                  const Actor& actor, const QString& displayName = {});
    Outcome changePhone(const QString& login, const QString& phone, const Actor& actor);
    Outcome changeComment(const QString& login, const QString& comment, const Actor& actor);
    Outcome remove(const QString& login, const Actor& actor);
    Outcome setUseDenied(const QString& login, bool denied, const Actor& actor);

    Outcome requestOtp(const QString& account, const QString& clientAddress);
    Outcome verifyOtp(const QString& account, const QString& code, const QString& clientAddress);

    Outcome unblock(const QStringList& logins, const Actor& actor);
    Outcome unblockAll(const Actor& actor);
    Outcome resetCounter(const QString& login, const Actor& actor);

    // HMAC-SHA-256 of a code under a random salt: what the store keeps instead of the code.
    static QByteArray otpHash(const QByteArray& salt, const QString& code);

private:
    struct Prepared; // a composed message waiting to be sent

    Result<Settings> settings();
    // `params` are the event's parameters for EventText (docs/events.md), never the OTP or number.
    Outcome refuse(int code, const QString& message, const QJsonObject& params, const QString& account,
                   const QString& actor = {}, const QString& clientAddress = {});
    Outcome event(int code, const QString& message, const QJsonObject& params, const QString& account,
                  const QString& actor = {}, const QString& clientAddress = {});
    Outcome failure(const QString& message) const;
    // A failure to get usable settings: code 3010 when a section is damaged.
    Outcome settingsFailure(const QString& message) const;
    bool checkAccess(const Settings& s, const Actor& actor, bool allowed, const QString& login, Outcome& out);
    Outcome findUsable(const Settings& s, const QString& account, const QString& clientAddress, Authenticator& a);
    Outcome prepareRequest(const Settings& s, const QString& account, const QString& clientAddress,
                           const std::optional<DirectoryPhoneLookup::Outcome>& directory, Prepared& p);
    // The directory's answer for `account` (phoneFormat.useDirectoryPhone), cached briefly.
    DirectoryPhoneLookup::Outcome lookupDirectory(const Settings& s, const QString& account);
    Outcome finishRequest(const Settings& s, const QString& account, const QString& clientAddress, const Prepared& p,
                          const SendResult& sent);
    Outcome verifyLocked(const Settings& s, const QString& account, const QString& code, const QString& clientAddress);
    // The state a failed verification leaves: the counter, and a block when it reaches the limit.
    struct Booked {
        int count = 0;
        bool blocked = false;
        QDateTime until; // invalid: until a help-desk unblock
    };
    Result<Booked> bookFailure(const Settings& s, const QString& account, int failedCount,
                               const QDateTime& lastFailure);
    Outcome failClosed(const Settings& s, const QString& account, const QString& clientAddress, const QString& reason);
    Outcome refuseAddress(const QString& account, const QString& reason);
    Outcome countFailure(const Settings& s, const QString& account, int failedCount, const QDateTime& lastFailure,
                         const QString& clientAddress, const QString& why, const char* reason,
                         int eventCode = EventCode::OtpRejected);
    Result<SmsGateway*> configuredGateway(const Settings& s, qint64 stamp);
    Result<bool> releaseIfElapsed(const QString& account, int blockState, const QDateTime& until);

    Store& m_store;
    const StoreKey* m_key;
    const Clock& m_clock;
    SmsGateway* m_gatewayOverride = nullptr;
    // The gateway the settings at m_gatewayStamp describe (configuredGateway()).
    std::unique_ptr<SmsGateway> m_gateway;
    qint64 m_gatewayStamp = -1;
    bool m_allowListExempt = false;
    DirectoryClient* m_directoryOverride = nullptr;
    NetworkWaitListener* m_networkWait = nullptr;
    DirectoryLookupCache m_directoryCache;
    // Parsed settings and the store's sum of section versions they were read at.
    std::optional<Settings> m_settings;
    qint64 m_settingsStamp = -1;
    // The allow-list parsed from m_settings: parsed once per settings version, not per request.
    std::unique_ptr<IpAllowList> m_allowList;
    // Why the settings at m_settingsStamp cannot be used (a damaged section), or empty.
    QString m_damage;
};
