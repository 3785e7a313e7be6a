#pragma once

#include "domain/SpamProtectionSettings.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class Store;

// What the spam protection is doing now, read without locking anything, for the console's
// spam protection page. SpamGuard locks the state row because it decides; a console only
// looks, and an auditor's role may not lock rows at all.
class SpamStatusQuery {
    Q_DECLARE_TR_FUNCTIONS(SpamStatusQuery)

public:
    struct State {
        bool suspended = false;
        QDateTime suspendedAt;    // UTC
        QDateTime suspendedUntil; // UTC
        qint64 sent = 0;          // within the window ending now
        qint64 succeeded = 0;     // within the window ending now
        int successPercent() const { return sent == 0 ? 100 : int(succeeded * 100 / sent); }
    };

    // One point of the chart: the messages counted since the window's start, up to `end`.
    struct Point {
        QDateTime end; // UTC
        qint64 sent = 0;
        qint64 succeeded = 0;
    };

    explicit SpamStatusQuery(Store& store);

    Result<State> status(const SpamProtectionSettings& settings, const QDateTime& now);
    // The running totals over the window ending at `now`, in `points` evenly spaced steps;
    // the first point is the window's start (zero), the last one is `now`.
    Result<QList<Point>> series(const SpamProtectionSettings& settings, const QDateTime& now, int points);

private:
    Store& m_store;
};
