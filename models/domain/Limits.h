#pragma once

#include <QtGlobal>

// The documented input limits (docs/security.md). Everything a person or a script can feed the
// engine, the store or the console is bounded, so one request or one import can never make
// every later request slow or one row huge. Keep the entries in alphabetical order: several
// people add to this file.
namespace Limits {
// Longest account (login) and actor name an event keeps (events.account, events.actor).
constexpr int kAccountLength = 256;
// Longest client address text accepted before it is parsed (an IPv6 address with a zone id is
// at most 45 characters plus the zone; the client_address column holds 64).
constexpr int kClientAddressLength = 64;
// Longest event message stored; a longer one is cut with an ellipsis (events.message).
constexpr int kEventMessageLength = 4000;
// Longest users/events search text.
constexpr int kSearchLength = 200;
// Largest settings file `settings import` and the console's import read (bytes).
constexpr qint64 kSettingsImportBytes = 1024 * 1024;
// Longest zone id kept on a link-local IPv6 address (an interface name is at most 15 on Linux).
constexpr int kZoneIdLength = 15;
} // namespace Limits
