#include "StoreOutage.h"

#include <QDeadlineTimer>
#include <QTest>

// The rules that make one outage of the store one outage for the whole server, however many of
// its connections find it: logged and reported once, one reconnect attempt at a time, and a
// connection that was idle through an outage already over does not start another.
class TestStoreOutage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void backoffDoublesUpToTenSeconds()
    {
        QCOMPARE(StoreOutage::delayBeforeMs(1), 1000);
        QCOMPARE(StoreOutage::delayBeforeMs(2), 2000);
        QCOMPARE(StoreOutage::delayBeforeMs(3), 4000);
        QCOMPARE(StoreOutage::delayBeforeMs(4), 8000);
        QCOMPARE(StoreOutage::delayBeforeMs(5), 10000);
        QCOMPARE(StoreOutage::delayBeforeMs(100), 10000);
    }

    void oneStoreOneInstance()
    {
        const auto a = StoreOutage::forStore(QStringLiteral("uuid-a"));
        QCOMPARE(StoreOutage::forStore(QStringLiteral("uuid-a")).get(), a.get());
        QVERIFY(StoreOutage::forStore(QStringLiteral("uuid-b")).get() != a.get());
    }

    void manyConnectionsLoseItOnce()
    {
        StoreOutage outage;
        QVERIFY(outage.claimAttempt()); // nothing lost: a connection may reconnect at once
        const quint64 seen = outage.epoch();
        QVERIFY(outage.noteLost(seen, QStringLiteral("gone")));
        QVERIFY(outage.isLost());
        QVERIFY(!outage.noteLost(seen, QStringLiteral("gone too")));
        QVERIFY(!outage.noteLost(outage.epoch(), QStringLiteral("gone again")));
        QVERIFY(outage.describe().startsWith(QLatin1String("store connection lost at ")));
        QVERIFY(outage.describe().endsWith(QLatin1String(": gone")));
        QVERIFY(!outage.takeReport());
    }

    void oneAttemptAtATime()
    {
        StoreOutage outage;
        outage.noteLost(outage.epoch(), QStringLiteral("gone"));
        // The first attempt waits for its delay; once claimed, nobody else may try meanwhile.
        const QDeadlineTimer deadline(10000);
        bool claimed = outage.claimAttempt();
        while (!claimed && !deadline.hasExpired()) {
            QTest::qWait(100);
            claimed = outage.claimAttempt();
        }
        QVERIFY(claimed);
        QVERIFY(!outage.claimAttempt());
        outage.attemptFailed(QStringLiteral("refused"));
        QVERIFY(outage.isLost());
    }

    void theFirstConnectionBackEndsItWithOneReport()
    {
        StoreOutage outage;
        outage.noteLost(outage.epoch(), QStringLiteral("gone"));
        QVERIFY(outage.restored());
        QVERIFY(!outage.isLost());
        QVERIFY(!outage.restored());
        std::optional<StoreOutage::Report> report = outage.takeReport();
        QVERIFY(report);
        QCOMPARE(report->reason, QStringLiteral("gone"));
        QVERIFY(report->lostAt.isValid());
        QVERIFY(report->seconds >= 0);
        QVERIFY(!outage.takeReport());
        outage.putBack(*report);
        QVERIFY(outage.takeReport());
        QVERIFY(outage.describe().contains(QLatin1String(", restored after ")));
    }

    void aConnectionIdleThroughTheOutageFindsItLate()
    {
        StoreOutage outage;
        const quint64 idle = outage.epoch();
        outage.noteLost(idle, QStringLiteral("gone"));
        outage.restored();
        outage.takeReport();
        // Its loss belongs to the outage that is over: it reconnects at once, no new outage.
        QVERIFY(!outage.noteLost(idle, QStringLiteral("closed")));
        QVERIFY(!outage.isLost());
        QVERIFY(outage.claimAttempt());
        // Unless it cannot get back: then the store is gone again.
        outage.attemptFailed(QStringLiteral("refused"));
        QVERIFY(outage.isLost());
        QVERIFY(outage.describe().endsWith(QLatin1String(": refused")));
    }
};

QTEST_GUILESS_MAIN(TestStoreOutage)
#include "TestStoreOutage.moc"
