#pragma once

#include "domain/DirectorySettings.h"

#include <QTest>

// The throwaway slapd that scripts/test starts (scripts/ldap-throwaway): its addresses come in
// SMSOTP_TEST_LDAP_* variables. Tests skip when it is absent, unless SMSOTP_REQUIRE_LDAP is set
// (scripts/test), which makes its absence a failure.
namespace LdapTestServer {

inline bool configured()
{
    return qEnvironmentVariableIsSet("SMSOTP_TEST_LDAP_URL");
}

inline QString env(const char* name)
{
    return qEnvironmentVariable(name);
}

// Settings for the test directory over `url` (the ldap:// one by default, with StartTLS).
inline DirectorySettings settings(const QString& url = env("SMSOTP_TEST_LDAP_URL"))
{
    DirectorySettings d;
    d.servers = {url};
    d.startTls = true;
    d.bindDn = env("SMSOTP_TEST_LDAP_BIND_DN");
    d.bindPassword = env("SMSOTP_TEST_LDAP_PASSWORD");
    d.baseDn = env("SMSOTP_TEST_LDAP_BASE_DN");
    d.userFilter = DirectorySettings::openLdapFilter();
    d.loginAttribute = QStringLiteral("uid");
    d.importFilter = QStringLiteral("(objectClass=inetOrgPerson)");
    d.caFile = env("SMSOTP_TEST_LDAP_CA_FILE");
    d.connectTimeoutSeconds = 3;
    d.timeoutSeconds = 5;
    return d;
}

} // namespace LdapTestServer

// Skips the current test when no test directory runs, or fails it when one is required.
#define LDAP_TEST_SERVER_OR_SKIP()                                                                                     \
    do {                                                                                                               \
        if (!LdapTestServer::configured()) {                                                                           \
            if (qEnvironmentVariableIsSet("SMSOTP_REQUIRE_LDAP"))                                                      \
                QFAIL("SMSOTP_REQUIRE_LDAP is set but no test directory runs (SMSOTP_TEST_LDAP_URL)");                 \
            QSKIP("no test directory: run through scripts/test, which starts slapd (scripts/ldap-throwaway)");         \
        }                                                                                                              \
    } while (false)
