#include "EventCatalog.h"

using namespace EventCode;

const QList<Info>& EventCatalog::all()
{
    static const QList<Info> infos = {
        {OtpSent, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "One-time password sent")},
        {OtpVerified, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "One-time password accepted")},
        {OtpRejected, Event::Severity::Warning, QT_TRANSLATE_NOOP("EventCatalog", "Wrong one-time password")},
        {AuthenticatorBlocked, Event::Severity::Warning, QT_TRANSLATE_NOOP("EventCatalog", "Authenticator blocked")},
        {AuthenticatorUnblocked, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "Authenticator unblocked")},
        {FailureCounterReset, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "Failure counter reset")},
        {OtpExpired, Event::Severity::Warning, QT_TRANSLATE_NOOP("EventCatalog", "One-time password expired")},
        {AuthenticatorRegistered, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "Authenticator registered")},
        {PhoneChanged, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "Phone number changed")},
        {AuthenticatorDeleted, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "Authenticator deleted")},
        {CommentChanged, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "Comment changed")},
        {SendingResumed, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "Sending resumed")},
        {AddressNotAllowed, Event::Severity::Warning, QT_TRANSLATE_NOOP("EventCatalog", "Address not allowed")},
        {UseDenied, Event::Severity::Warning, QT_TRANSLATE_NOOP("EventCatalog", "Use of the authenticator denied")},
        {RefusedBlocked, Event::Severity::Warning, QT_TRANSLATE_NOOP("EventCatalog", "Refused: authenticator blocked")},
        {RefusedSuspended, Event::Severity::Warning, QT_TRANSLATE_NOOP("EventCatalog", "Refused: sending suspended")},
        {SelfServiceRefused, Event::Severity::Warning,
         QT_TRANSLATE_NOOP("EventCatalog", "Self-service operation refused")},
        {UnknownAccount, Event::Severity::Warning, QT_TRANSLATE_NOOP("EventCatalog", "Unknown account")},
        {InvalidPhone, Event::Severity::Warning, QT_TRANSLATE_NOOP("EventCatalog", "Phone number refused")},
        {ClientAddressRefused, Event::Severity::Warning, QT_TRANSLATE_NOOP("EventCatalog", "Client address refused")},
        {VerifyNotRecorded, Event::Severity::Error,
         QT_TRANSLATE_NOOP("EventCatalog", "Verification refused: its outcome could not be recorded")},
        {ApiRefusedNoToken, Event::Severity::Warning,
         QT_TRANSLATE_NOOP("EventCatalog", "API call refused: token missing or unknown")},
        {ApiRefusedTokenExpired, Event::Severity::Warning,
         QT_TRANSLATE_NOOP("EventCatalog", "API call refused: token expired")},
        {ApiRefusedTokenDisabled, Event::Severity::Warning,
         QT_TRANSLATE_NOOP("EventCatalog", "API call refused: token disabled")},
        {ApiRefusedScope, Event::Severity::Warning,
         QT_TRANSLATE_NOOP("EventCatalog", "API call refused: scope missing")},
        {DirectoryUserMissing, Event::Severity::Warning,
         QT_TRANSLATE_NOOP("EventCatalog", "User not in the directory")},
        {DirectoryPhoneMissing, Event::Severity::Warning,
         QT_TRANSLATE_NOOP("EventCatalog", "No phone number in the directory")},
        {DirectoryPhoneInvalid, Event::Severity::Warning,
         QT_TRANSLATE_NOOP("EventCatalog", "Directory phone number refused")},
        {DirectoryPhoneAmbiguous, Event::Severity::Warning,
         QT_TRANSLATE_NOOP("EventCatalog", "Several phone numbers in the directory")},
        {DirectoryUnreachable, Event::Severity::Error, QT_TRANSLATE_NOOP("EventCatalog", "Directory unreachable")},
        {DirectoryBindFailed, Event::Severity::Error, QT_TRANSLATE_NOOP("EventCatalog", "Directory bind refused")},
        {DirectorySearchFailed, Event::Severity::Error, QT_TRANSLATE_NOOP("EventCatalog", "Directory search failed")},
        {DirectoryNotConfigured, Event::Severity::Error,
         QT_TRANSLATE_NOOP("EventCatalog", "No directory connection configured")},
        {DirectoryFallback, Event::Severity::Warning,
         QT_TRANSLATE_NOOP("EventCatalog", "Store number used instead of the directory's")},
        {DirectoryImport, Event::Severity::Info,
         QT_TRANSLATE_NOOP("EventCatalog", "Users imported from the directory")},
        {GatewayFailed, Event::Severity::Error, QT_TRANSLATE_NOOP("EventCatalog", "Gateway failed to send")},
        {GatewayFailover, Event::Severity::Warning,
         QT_TRANSLATE_NOOP("EventCatalog", "Switched to the second gateway")},
        {TestSend, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "Test message sent")},
        {SpamSuspended, Event::Severity::Error,
         QT_TRANSLATE_NOOP("EventCatalog", "Potential spam attack detected. Sending suspended.")},
        {SettingsSaved, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "Settings saved")},
        {SettingsImported, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "Settings imported")},
        {PhoneRevealed, Event::Severity::Warning, QT_TRANSLATE_NOOP("EventCatalog", "Phone number revealed")},
        {StoreKeyChanged, Event::Severity::Warning, QT_TRANSLATE_NOOP("EventCatalog", "Store passphrase changed")},
        {StoreKeyCreated, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "Store key created")},
        {SettingsDamaged, Event::Severity::Error, QT_TRANSLATE_NOOP("EventCatalog", "Settings section damaged")},
        {ApiTokenCreated, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "API token created")},
        {ApiTokenDisabled, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "API token disabled")},
        {ApiTokenEnabled, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "API token enabled")},
        {ApiTokenDeleted, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "API token deleted")},
        {ServerStarted, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "Provider server started")},
        {ServerStopped, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "Provider server stopped")},
        {ServerStoreRestored, Event::Severity::Warning,
         QT_TRANSLATE_NOOP("EventCatalog", "Provider server reconnected to the store")},
        {ConsoleLockedIdle, Event::Severity::Info,
         QT_TRANSLATE_NOOP("EventCatalog", "Console locked after inactivity")},
        {ConsoleLockedManually, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "Console locked")},
        {ConsoleUnlocked, Event::Severity::Info, QT_TRANSLATE_NOOP("EventCatalog", "Console unlocked")},
        {ConsoleUnlockRefused, Event::Severity::Warning, QT_TRANSLATE_NOOP("EventCatalog", "Console unlock refused")},
        {ConsoleUnlockPaused, Event::Severity::Warning, QT_TRANSLATE_NOOP("EventCatalog", "Console unlock paused")},
        {StoreKeyUnlockPaused, Event::Severity::Warning, QT_TRANSLATE_NOOP("EventCatalog", "Store key unlock paused")},
        {StoreKeyUnlockRefused, Event::Severity::Warning,
         QT_TRANSLATE_NOOP("EventCatalog", "Store key unlock refused")},
    };
    return infos;
}

Event::Severity EventCatalog::severity(int code)
{
    for (const Info& i : all())
        if (i.code == code)
            return i.severity;
    return Event::Severity::Info;
}

QString EventCatalog::title(int code)
{
    for (const Info& i : all())
        if (i.code == code)
            return tr(i.title);
    return tr("Event %1").arg(code);
}

QString EventCatalog::severityName(Event::Severity severity)
{
    switch (severity) {
    case Event::Severity::Info:
        return tr("Information");
    case Event::Severity::Warning:
        return tr("Warning");
    case Event::Severity::Error:
        return tr("Error");
    }
    return {};
}
