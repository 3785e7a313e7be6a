#pragma once

#include <QString>

// Builds LDAP search filters from templates with untrusted values in them (RFC 4515).
class LdapFilter {
public:
    // Escapes `value` for use inside a filter: `*`, `(`, `)`, `\` and NUL become \2a, \28, \29,
    // \5c and \00, so a login can never change the filter's structure. Non-ASCII characters
    // stay as UTF-8 (RFC 4515 allows them in a value).
    static QString escape(const QString& value);
    // `pattern` with every {login} replaced by the escaped login.
    static QString withLogin(const QString& pattern, const QString& login);
};
