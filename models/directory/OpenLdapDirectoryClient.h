#pragma once

#include "DirectoryClient.h"
#include "domain/DirectorySettings.h"

#include <QCoreApplication>

typedef struct ldap LDAP;

// DirectoryClient over OpenLDAP's libldap: LDAPv3, ldaps:// or ldap:// with StartTLS (plain only
// where the settings allow it), the certificate checked against the host name and the CA file (or
// the system's trust store), a simple bind, a subtree search with a size limit,
// in pages where the caller asks for them. Every call opens
// its own connection with its own TLS context, so calls on different threads do not interfere.
class OpenLdapDirectoryClient : public DirectoryClient {
    Q_DECLARE_TR_FUNCTIONS(OpenLdapDirectoryClient)

public:
    // `settings.bindPassword` must hold the decrypted password (empty for an anonymous bind).
    explicit OpenLdapDirectoryClient(DirectorySettings settings);

    Outcome search(const Search& search) override;

private:
    Outcome searchOn(const QString& server, const Search& search);
    Outcome searchPages(LDAP* ld, const Search& search, Outcome& out);

    DirectorySettings m_settings;
};
