#pragma once

#include <QString>

// The account the program runs as. The one place that asks the operating system's account
// database (POSIX getpwuid/geteuid here; docs/windows.md names the Windows counterparts), so
// the rest of the code stays portable.
class SystemUser {
public:
    // The login name: $USER, else $USERNAME (Windows), else the account database (services and
    // containers often run without USER); empty when none knows.
    static QString name();
    // True when running with root's rights (the effective user id 0); never on Windows.
    static bool isSuperuser();
};
