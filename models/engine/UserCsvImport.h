#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

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
        QString normalized; // by the Phone format rules, when valid
        QString problem;    // translated; empty when the row can be imported
    };

    struct Outcome {
        bool ok = false;
        bool cancelled = false;
        int imported = 0;
        QString message;
    };

    // "login,phone,comment" lines; a first line naming the columns is skipped; `;` also
    // separates; double quotes as in RFC 4180.
    static QList<Row> parse(const QString& text);

    UserCsvImport(Store& store, const StoreKey* key);

    // Fills in each row's normalised phone or its problem: login rules, phone rules, a login
    // twice in the file, a login already registered.
    Status check(QList<Row>& rows);
    // Imports the rows without a problem. `progress(done, total)` is called as rows are written;
    // returning false cancels and rolls everything back.
    Outcome import(const QList<Row>& rows, const QString& actor, const std::function<bool(int, int)>& progress = {});

private:
    Store& m_store;
    const StoreKey* m_key;
};
