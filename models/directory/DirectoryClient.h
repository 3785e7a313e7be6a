#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Reads entries from an LDAP directory (DESIGN §6b). Small on purpose: OpenLDAP's libldap
// implements it on Linux (OpenLdapDirectoryClient); Windows can implement it over its own
// LDAP API later without touching the engine.
class DirectoryClient {
public:
    enum class Error {
        None,
        Unreachable, // no server answered, TLS failed (certificate, host name) or it timed out
        BindFailed,  // the directory refused the bind identity or password
        SearchFailed // the base DN does not exist, the filter was refused, ...
    };

    struct Entry {
        QString dn;
        // Attribute name as requested -> its values as the directory sent them (binary-safe).
        QHash<QString, QList<QByteArray>> values;
    };

    struct Search {
        QString filter; // already escaped (LdapFilter)
        QStringList attributes;
        int sizeLimit = 2;
        // > 0: ask in pages of this many entries (the paged-results control, RFC 2696), so a
        // server's per-request limit (Active Directory's MaxPageSize of 1,000, slapd's 500) does not
        // cut a large import short; sizeLimit then caps the whole result on our side.
        int pageSize = 0;
    };

    struct Outcome {
        Error error = Error::None;
        QString message; // translated; names the server and the reason, never a secret
        QString server;  // the server that answered
        QList<Entry> entries;
        bool truncated = false; // the size limit cut the result short
        bool ok() const { return error == Error::None; }
    };

    virtual ~DirectoryClient() = default;
    // Connects to the servers in order until one answers, binds, searches, disconnects.
    // Never blocks longer than the configured timeouts per server.
    virtual Outcome search(const Search& search) = 0;
};
