#pragma once

#include "DirectoryClient.h"
#include "domain/DirectorySettings.h"
#include "domain/PhoneFormatSettings.h"

#include <QCoreApplication>

// Finds a user's phone number in the directory and normalises it with the store's Phone format
// (DESIGN §6b). Every way it can fail is a kind of its own with its own event code and a
// message that says which, never the number itself.
class DirectoryPhoneLookup {
    Q_DECLARE_TR_FUNCTIONS(DirectoryPhoneLookup)

public:
    enum class Kind {
        Found,
        UserMissing,    // no entry matched the login
        NoNumber,       // the entry has no value in the phone attribute
        InvalidNumber,  // binary data, or not a number by the Phone format rules
        SeveralNumbers, // the attribute holds several values, or several users matched
        Unreachable,
        BindFailed,
        SearchFailed,
        NotConfigured
    };

    struct Outcome {
        Kind kind = Kind::NotConfigured;
        QString normalized;  // E.164, when found
        QString message;     // translated, without the number
        QString dn;          // the entry's DN, when one was found
        bool binary = false; // the attribute held binary data
        bool found() const { return kind == Kind::Found; }
        // True when the directory answered but has no usable number for the user: the case in
        // which the store's own number may stand in (directory.fallbackToStoreNumber).
        bool directoryHasNoNumber() const;
        int eventCode() const;
        bool cacheable() const { return kind <= Kind::SeveralNumbers; }
    };

    DirectoryPhoneLookup(DirectoryClient& client, DirectorySettings directory, PhoneFormatSettings phoneFormat);

    Outcome lookup(const QString& login) const;
    // The number of one entry found by a search that asked for `phoneFormat.directoryAttribute`.
    Outcome numberOf(const DirectoryClient::Entry& entry) const;
    static Outcome fromClientError(const DirectoryClient::Outcome& searched);

private:
    DirectoryClient& m_client;
    DirectorySettings m_directory;
    PhoneFormatSettings m_phoneFormat;
};
