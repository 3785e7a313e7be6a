#pragma once

#include <QtGlobal>

// The documented input limits (docs/security.md). Everything a person or a script can feed the
// engine, the store or the console is bounded, so one request or one import can never make
// every later request slow or one row huge. Keep the entries in alphabetical order: several
// people add to this file.
namespace Limits {
// Longest account (login) and actor name an event keeps (events.account, events.actor).
constexpr int kAccountLength = 256;
// Most entries in the IP allow-list (ipAllowList.entries).
constexpr int kAllowListEntries = 5000;
// Longest client address text accepted before it is parsed (an IPv6 address with a zone id is
// at most 45 characters plus the zone; the client_address column holds 64).
constexpr int kClientAddressLength = 64;
// Longest comment of an authenticator (registration, users comment, CSV import).
constexpr int kCommentLength = 1000;
// Longest display name of an authenticator.
constexpr int kDisplayNameLength = 256;
// Longest event message stored; a longer one is cut with an ellipsis (events.message).
constexpr int kEventMessageLength = 4000;
// Most exempt accounts of the IP allow-list (ipAllowList.exemptAccounts).
constexpr int kExemptAccounts = 1000;
// Most parameters, and most headers, of a generic HTTP gateway.
constexpr int kGatewayFields = 50;
// Longest comment of one allow-list entry.
constexpr int kIpEntryCommentLength = 200;
// Longest login (users, exempt accounts, CSV import).
constexpr int kLoginLength = 256;
// Longest phone number as typed, before it is normalised.
constexpr int kPhoneInputLength = 64;
// Longest users/events search text.
constexpr int kSearchLength = 200;
// Longest gateway password or token.
constexpr int kSecretLength = 1024;
// Largest settings file `settings import` and the console's import read (bytes).
constexpr qint64 kSettingsImportBytes = 1024 * 1024;
// Longest text of any other settings field (URL templates, header and parameter values, success
// and failure texts, patterns, folders and files).
constexpr int kSettingsTextLength = 2048;
// Longest text before the code in the SMS (messageFormat.textBeforeOtp).
constexpr int kTextBeforeOtpLength = 300;
// Most trusted proxies of the IP allow-list (ipAllowList.trustedProxies).
constexpr int kTrustedProxies = 100;
// Longest zone id kept on a link-local IPv6 address (an interface name is at most 15 on Linux).
constexpr int kZoneIdLength = 15;
} // namespace Limits
