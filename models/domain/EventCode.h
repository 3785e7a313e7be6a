#pragma once

#include "Event.h"

#include <QList>

// The catalogue of event codes (docs/events.md). Codes are stable: scripts filter on them.
namespace EventCode {
enum : int {
    OtpSent = 1001,
    OtpVerified = 1002,
    OtpRejected = 1003,
    AuthenticatorBlocked = 1004,
    AuthenticatorUnblocked = 1005,
    FailureCounterReset = 1006,
    OtpExpired = 1007,
    AuthenticatorRegistered = 1010,
    PhoneChanged = 1011,
    AuthenticatorDeleted = 1012,
    CommentChanged = 1013,
    SendingResumed = 1118,
    AddressNotAllowed = 1201,
    UseDenied = 1202,
    RefusedBlocked = 1203,
    RefusedSuspended = 1204,
    SelfServiceRefused = 1205,
    UnknownAccount = 1206,
    InvalidPhone = 1207,
    ClientAddressRefused = 1210,
    VerifyNotRecorded = 1211,
    ApiRefusedNoToken = 1220,
    ApiRefusedTokenExpired = 1221,
    ApiRefusedTokenDisabled = 1222,
    ApiRefusedScope = 1223,
    DirectoryUserMissing = 1240,
    DirectoryPhoneMissing = 1241,
    DirectoryPhoneInvalid = 1242,
    DirectoryPhoneAmbiguous = 1243,
    DirectoryUnreachable = 1244,
    DirectoryBindFailed = 1245,
    DirectorySearchFailed = 1246,
    DirectoryNotConfigured = 1247,
    DirectoryFallback = 1248,
    DirectoryImport = 1249,
    GatewayFailed = 1301,
    GatewayFailover = 1302,
    TestSend = 1303,
    SpamSuspended = 2090,
    SettingsSaved = 3001,
    SettingsImported = 3002,
    PhoneRevealed = 3003,
    StoreKeyChanged = 3004,
    StoreKeyCreated = 3005,
    SettingsDamaged = 3010,
    ApiTokenCreated = 3020,
    ApiTokenDisabled = 3021,
    ApiTokenEnabled = 3022,
    ApiTokenDeleted = 3023,
    ServerStarted = 3030,
    ServerStopped = 3031,
    ServerStoreRestored = 3032,
    ConsoleLockedIdle = 3050,
    ConsoleLockedManually = 3051,
    ConsoleUnlocked = 3052,
    ConsoleUnlockRefused = 3053,
    ConsoleUnlockPaused = 3054,
    StoreKeyUnlockPaused = 3055,
    StoreKeyUnlockRefused = 3056,
};

struct Info {
    int code;
    Event::Severity severity;
    const char* title; // English source text, translated through EventCatalog::title()
};
} // namespace EventCode
