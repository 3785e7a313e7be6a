#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class AuthenticatorRepository;
class Store;
class StoreKey;

// Registers users from a CSV file (login, phone, comment) for the help desk: parse, check every
// row and say what is wrong with each, then import the good rows in one transaction, so an
// import that fails or is cancelled leaves nothing half done. Each registration is an event,
// as when registered one by one.
class UserCsvImport {
    Q_DECLARE_TR_FUNCTIONS(UserCsvImport)

public:
    struct Row {
        int line = 0; // in the file, from 1
        QString login;
        QString phone; // as written
        QString comment;
        QString normalized;  // by the Phone format rules, when valid
        QString problem;     // translated; empty when the row can be imported
        bool update = false; // registered already: the import changes its phone (setUpdateExisting)
    };

    // Where the rows came from: named in each registration's event.
    enum class Source { Csv, Directory };

    struct Outcome {
        bool ok = false;
        bool cancelled = false;
        int imported = 0; // newly registered
        int updated = 0;  // registered before, phone changed
        QString message;
    };

    // "login,phone,comment" lines; a first line naming the columns is skipped; `;` also
    // separates; double quotes as in RFC 4180.
    static QList<Row> parse(const QString& text);

    UserCsvImport(Store& store, const StoreKey* key);

    // Off (default): a login that is registered already is a row problem. On: its phone is
    // changed to the row's number (a row whose number is unchanged has nothing to do).
    void setUpdateExisting(bool update) { m_updateExisting = update; }
    void setSource(Source source) { m_source = source; }

    // Fills in each row's normalised phone or its problem: login rules, phone rules, a login
    // twice in the file, a login already registered.
    Status check(QList<Row>& rows);
    // Imports the rows without a problem. `progress(done, total)` is called as rows are written;
    // returning false cancels and rolls everything back.
    Outcome import(const QList<Row>& rows, const QString& actor, const std::function<bool(int, int)>& progress = {});

private:
    Status checkExisting(Row& row, AuthenticatorRepository& repo);

    Store& m_store;
    const StoreKey* m_key;
    bool m_updateExisting = false;
    Source m_source = Source::Csv;
};
