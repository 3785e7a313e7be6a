#include "engine/ManualClock.h"
#include "util/UnlockThrottle.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// The console's pause after wrong passphrases (UnlockThrottle), on a ManualClock: no sleeping.
class TestUnlockThrottle : public QObject {
    Q_OBJECT

private:
    static constexpr const char* kStore = "4a1f0c2e-0000-4000-8000-000000000001";
    static constexpr const char* kOtherStore = "4a1f0c2e-0000-4000-8000-000000000002";

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("smsotp-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestUnlockThrottle"));
    }

    void init() { QSettings().clear(); }

    void pausesGrowAndStopAtFiveMinutes()
    {
        const QList<int> expected{0, 0, 5, 10, 20, 40, 80, 160, 300, 300, 300};
        for (int wrong = 1; wrong <= expected.size(); ++wrong)
            QCOMPARE(UnlockThrottle::pauseAfter(wrong), expected.at(wrong - 1));
        QCOMPARE(UnlockThrottle::pauseAfter(0), 0);
        QCOMPARE(UnlockThrottle::pauseAfter(1000000), 300);
    }

    void threeFreeTriesThenAPauseThatRunsDown()
    {
        ManualClock clock;
        UnlockThrottle throttle(clock);
        throttle.setStore(QString::fromLatin1(kStore));
        QVERIFY(throttle.mayTry());
        QCOMPARE(throttle.noteWrong(), 0);
        QCOMPARE(throttle.noteWrong(), 0);
        QVERIFY(throttle.mayTry());
        QCOMPARE(throttle.noteWrong(), 5);
        QCOMPARE(throttle.wrongInARow(), 3);
        QCOMPARE(throttle.secondsLeft(), 5);
        QVERIFY(!throttle.mayTry());
        clock.advanceSeconds(4);
        QCOMPARE(throttle.secondsLeft(), 1);
        QVERIFY(!throttle.mayTry());
        clock.advanceSeconds(1);
        QVERIFY(throttle.mayTry());

        // Each further wrong one doubles the pause, up to five minutes.
        for (const int pause : {10, 20, 40, 80, 160, 300, 300}) {
            QCOMPARE(throttle.noteWrong(), pause);
            QCOMPARE(throttle.secondsLeft(), pause);
            clock.advanceSeconds(pause);
            QVERIFY(throttle.mayTry());
        }

        throttle.noteSuccess();
        QCOMPARE(throttle.wrongInARow(), 0);
        QVERIFY(throttle.mayTry());
        QCOMPARE(throttle.noteWrong(), 0); // free tries again after a success
    }

    void survivesARestartPerStore()
    {
        ManualClock clock;
        {
            UnlockThrottle first(clock);
            first.setStore(QString::fromLatin1(kStore));
            for (int i = 0; i < 4; ++i)
                first.noteWrong();
            QCOMPARE(first.secondsLeft(), 10);
        }
        clock.advanceSeconds(3);
        UnlockThrottle again(clock); // a console started again on this computer
        again.setStore(QString::fromLatin1(kStore));
        QCOMPARE(again.wrongInARow(), 4);
        QCOMPARE(again.secondsLeft(), 7);
        clock.advanceSeconds(7);
        QCOMPARE(again.noteWrong(), 20);

        // Another store has its own count; no store pauses nothing.
        UnlockThrottle other(clock);
        other.setStore(QString::fromLatin1(kOtherStore));
        QCOMPARE(other.wrongInARow(), 0);
        QVERIFY(other.mayTry());
        other.setStore({});
        QVERIFY(other.mayTry());

        again.noteSuccess();
        UnlockThrottle afterSuccess(clock);
        afterSuccess.setStore(QString::fromLatin1(kStore));
        QCOMPARE(afterSuccess.wrongInARow(), 0);
        QVERIFY(afterSuccess.mayTry());
    }

    void twoConsolesAddUp()
    {
        ManualClock clock;
        UnlockThrottle a(clock);
        UnlockThrottle b(clock);
        a.setStore(QString::fromLatin1(kStore));
        b.setStore(QString::fromLatin1(kStore));
        a.noteWrong();
        a.noteWrong();
        QCOMPARE(b.noteWrong(), 5); // the third wrong passphrase on this computer
    }

    void aClockSetBackOrADamagedEntryStaysWithinTheCap()
    {
        ManualClock clock;
        UnlockThrottle throttle(clock);
        throttle.setStore(QString::fromLatin1(kStore));
        for (int i = 0; i < 3; ++i)
            throttle.noteWrong();
        clock.advanceSeconds(-24 * 3600);
        QCOMPARE(throttle.secondsLeft(), UnlockThrottle::kLongestPauseSeconds);
        clock.advanceSeconds(UnlockThrottle::kLongestPauseSeconds);
        QVERIFY(throttle.mayTry());

        // A count whose time cannot be read pauses anyway (fail closed).
        QSettings().setValue(QStringLiteral("unlockThrottle/%1/pausedUntil").arg(QLatin1String(kStore)),
                             QStringLiteral("nonsense"));
        UnlockThrottle damaged(clock);
        damaged.setStore(QString::fromLatin1(kStore));
        QCOMPARE(damaged.secondsLeft(), 5);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestUnlockThrottle)
#include "TestUnlockThrottle.moc"
