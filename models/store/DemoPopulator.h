#pragma once

#include "domain/PhoneFormatSettings.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

class Store;
class StoreKey;

// Fills a store with realistic demo data (smsotp-cli demo populate): people's names, phone
// numbers in the configured format (encrypted and hashed exactly as registration does), some
// blocked, denied or failing accounts, and their events. A million users take minutes: rows
// go in multi-row INSERTs, many per transaction, and a rerun adds new users beside the old.
class DemoPopulator {
    Q_DECLARE_TR_FUNCTIONS(DemoPopulator)

public:
    struct Options {
        qint64 users = 1000;
        int blockedPercent = 5;
        quint32 seed = 20240305;
        int rowsPerStatement = 500;
        int rowsPerTransaction = 20000;
        QDateTime now; // invalid: the current time
    };

    struct Report {
        qint64 users = 0; // actually inserted (a login that already exists is skipped)
        qint64 blocked = 0;
        qint64 events = 0;
    };

    // `progress(done, total)` after each transaction; returning false stops there, keeping
    // every committed batch (the report says how many).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    DemoPopulator(Store& store, const StoreKey& key, PhoneFormatSettings phoneFormat);

    Result<Report> run(const Options& options, const Progress& progress = {});

private:
    Store& m_store;
    const StoreKey& m_key;
    PhoneFormatSettings m_phoneFormat;
};
