#include "TestStores.h"

#include "domain/EventCode.h"
#include "store/ApiTokenRepository.h"
#include "store/ChangeNotice.h"
#include "store/EventLog.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"
#include "store/StoreChangeWatcher.h"

#include <QSignalSpy>
#include <QTest>

// The change source of issue 15 on both dialects, with two connections to one store as two
// consoles have: a settings save and an event on one reach the watcher of the other; the
// watcher's own store's saves are no news; nothing is said when nothing changed; a server's
// record of an API token's last use arrives on its own; on PostgreSQL the save arrives through
// LISTEN alone, a rolled-back save never arrives, and the watcher LISTENs again on a connection
// made anew.
class TestStoreChangeWatcher : public QObject {
    Q_OBJECT

private:
    struct Pair {
        TestStores stores;
        QString url;
        std::unique_ptr<Store> watched;
        std::unique_ptr<Store> other;
    };

    static std::unique_ptr<Pair> pair(const QString& dialect)
    {
        auto p = std::make_unique<Pair>();
        p->url = p->stores.freshUrl(dialect);
        if (p->url.isEmpty())
            return nullptr;
        p->watched = p->stores.openAgainOrCreate(p->url);
        p->other = p->stores.openAgain(p->url);
        if (!p->watched || !p->other)
            return nullptr;
        return p;
    }

    // Saves `section` with one value changed, as another console does; returns the new version.
    static int saveBlock(Store& store, int attempts, const QString& actor)
    {
        SettingsRepository repository(store);
        auto loaded = repository.load();
        if (!loaded)
            return -1;
        loaded->settings.block.attemptsBeforeBlock = attempts;
        const auto outcome = repository.save(loaded->settings, {QStringLiteral("block")}, loaded->versions, actor);
        return outcome.ok() ? outcome.versions.value(QStringLiteral("block")) : -1;
    }

    static bool postgres(const QString& dialect) { return dialect == QLatin1String("postgresql"); }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<SectionChange>>(); }

    void settingsSaveArrives_data() { TestStores::addDialectRows(); }
    void settingsSaveArrives()
    {
        QFETCH(QString, dialect);
        auto p = pair(dialect);
        QVERIFY(p);
        StoreChangeWatcher watcher;
        watcher.setStore(p->watched.get());
        // PostgreSQL: LISTEN alone brings it (no poll would within the test); SQLite polls.
        watcher.setPollInterval(postgres(dialect) ? 3600 * 1000 : 50);
        QCOMPARE(watcher.isSubscribed(), postgres(dialect));
        QSignalSpy settings(&watcher, &StoreChangeWatcher::settingsChanged);

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const int version = saveBlock(*p->other, 8, QStringLiteral("console:alice"));
        QVERIFY(version > 1);
        QTRY_COMPARE(settings.size(), 1);
        const auto changes = settings.first().first().value<QList<SectionChange>>();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().section, QStringLiteral("block"));
        QCOMPARE(changes.first().version, version);
        QCOMPARE(changes.first().savedBy, QStringLiteral("console:alice"));
        QVERIFY(changes.first().savedAt >= before);

        // Nothing new: nothing said.
        watcher.checkNow();
        QCOMPARE(settings.size(), 1);
    }

    void ownSavesAreNoNews_data() { TestStores::addDialectRows(); }
    void ownSavesAreNoNews()
    {
        QFETCH(QString, dialect);
        auto p = pair(dialect);
        QVERIFY(p);
        StoreChangeWatcher watcher;
        watcher.setStore(p->watched.get());
        watcher.setPollInterval(50);
        QSignalSpy settings(&watcher, &StoreChangeWatcher::settingsChanged);
        QSignalSpy events(&watcher, &StoreChangeWatcher::eventsChanged);
        QVERIFY(saveBlock(*p->watched, 6, QStringLiteral("console:me")) > 1);
        // The other connection logs an event afterwards: once that is seen, the own save was too.
        QVERIFY(EventLog(*p->other).append(EventCode::TestSend, QStringLiteral("marker")));
        QTRY_VERIFY(events.size() >= 1);
        // A save of this connection is reported at most as a version (SQLite reads the versions
        // when another connection wrote); PostgreSQL does not hear its own notifications at all.
        if (postgres(dialect))
            QCOMPARE(settings.size(), 0);
    }

    void eventsArrive_data() { TestStores::addDialectRows(); }
    void eventsArrive()
    {
        QFETCH(QString, dialect);
        auto p = pair(dialect);
        QVERIFY(p);
        StoreChangeWatcher watcher;
        watcher.setStore(p->watched.get());
        watcher.setPollInterval(50);
        QSignalSpy events(&watcher, &StoreChangeWatcher::eventsChanged);
        QSignalSpy settings(&watcher, &StoreChangeWatcher::settingsChanged);
        QVERIFY(EventLog(*p->other).append(EventCode::AuthenticatorUnblocked, QStringLiteral("unblocked"),
                                           QStringLiteral("user1"), QStringLiteral("console:bob")));
        QTRY_COMPARE(events.size(), 1);
        QCOMPARE(settings.size(), 0);
        watcher.checkNow();
        QCOMPARE(events.size(), 1);
    }

    void apiTokenUseArrives_data() { TestStores::addDialectRows(); }
    void apiTokenUseArrives()
    {
        QFETCH(QString, dialect);
        auto p = pair(dialect);
        QVERIFY(p);
        auto created = ApiTokenRepository(*p->other).create(QStringLiteral("radius"), {QStringLiteral("phones:read")},
                                                            {}, false, QStringLiteral("cli:carol"));
        QVERIFY(created);
        StoreChangeWatcher watcher;
        watcher.setStore(p->watched.get());
        watcher.setPollInterval(50);
        QSignalSpy events(&watcher, &StoreChangeWatcher::eventsChanged);
        QSignalSpy used(&watcher, &StoreChangeWatcher::apiTokensUsed);
        // A server checks the token and records its use, logging no event (a phones:read call).
        auto auth = ApiTokenRepository(*p->other).authenticate(created->secret, QDateTime::currentDateTimeUtc(),
                                                               QStringLiteral("127.0.0.1"));
        QVERIFY(auth && auth->check == TokenCheck::Ok);
        QTRY_COMPARE(used.size(), 1);
        QCOMPARE(events.size(), 0);
        watcher.checkNow();
        QCOMPARE(used.size(), 1);
        // A new event says it all: every page reads again, the API access page among them.
        QVERIFY(ApiTokenRepository(*p->other).setEnabled(QStringLiteral("radius"), false, QStringLiteral("cli:carol")));
        QTRY_COMPARE(events.size(), 1);
        QCOMPARE(used.size(), 1);
    }

    void announcedAuthenticatorChangeArrives()
    {
        if (!TestStores::dialects().contains(QStringLiteral("postgresql")))
            QSKIP("needs PostgreSQL (scripts/test starts one)");
        auto p = pair(QStringLiteral("postgresql"));
        QVERIFY(p);
        StoreChangeWatcher watcher;
        watcher.setStore(p->watched.get());
        watcher.setPollInterval(3600 * 1000);
        QSignalSpy events(&watcher, &StoreChangeWatcher::eventsChanged);
        // A help desk's change writes an event and announces it in one transaction.
        QVERIFY(p->other->transaction([&]() -> Status {
            const Status logged = EventLog(*p->other).append(EventCode::AuthenticatorUnblocked,
                                                             QStringLiteral("unblocked"), QStringLiteral("user1"));
            return logged ? ChangeNotice::send(*p->other, ChangeNotice::authenticators()) : logged;
        }));
        QTRY_COMPARE(events.size(), 1);
    }

    void rolledBackSaveNeverArrives()
    {
        if (!TestStores::dialects().contains(QStringLiteral("postgresql")))
            QSKIP("needs PostgreSQL (scripts/test starts one)");
        auto p = pair(QStringLiteral("postgresql"));
        QVERIFY(p);
        StoreChangeWatcher watcher;
        watcher.setStore(p->watched.get());
        watcher.setPollInterval(3600 * 1000);
        QSignalSpy settings(&watcher, &StoreChangeWatcher::settingsChanged);
        // Notified, then rolled back: the notice goes with the transaction.
        const Status failed = p->other->transaction([&]() -> Status {
            const Status sent = ChangeNotice::send(*p->other, ChangeNotice::settings(QStringLiteral("otp")));
            return sent ? Status::failure(QStringLiteral("changed my mind")) : sent;
        });
        QVERIFY(!failed);
        // A committed save after it arrives alone.
        const int version = saveBlock(*p->other, 9, QStringLiteral("console:alice"));
        QVERIFY(version > 1);
        QTRY_COMPARE(settings.size(), 1);
        const auto changes = settings.first().first().value<QList<SectionChange>>();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().section, QStringLiteral("block"));
    }

    void listensAgainOnANewConnection()
    {
        if (!TestStores::dialects().contains(QStringLiteral("postgresql")))
            QSKIP("needs PostgreSQL (scripts/test starts one)");
        auto p = pair(QStringLiteral("postgresql"));
        QVERIFY(p);
        StoreChangeWatcher watcher;
        watcher.setStore(p->watched.get());
        watcher.setPollInterval(3600 * 1000);
        QVERIFY(watcher.isSubscribed());
        // The connection is made anew, as after a server restart: the LISTEN is gone with it.
        p->watched->db().close();
        QVERIFY(p->watched->db().open());
        QVERIFY(!watcher.isSubscribed());
        QSignalSpy settings(&watcher, &StoreChangeWatcher::settingsChanged);
        // A save while the watcher was not listening is found when it looks again.
        QVERIFY(saveBlock(*p->other, 4, QStringLiteral("console:alice")) > 1);
        watcher.checkNow();
        QVERIFY(watcher.isSubscribed());
        QCOMPARE(settings.size(), 1);
        // And the next one arrives through the new LISTEN.
        QVERIFY(saveBlock(*p->other, 3, QStringLiteral("console:alice")) > 1);
        QTRY_COMPARE(settings.size(), 2);
    }

    void stopsWithTheStore()
    {
        TestStores stores;
        auto store = stores.openFresh(QStringLiteral("sqlite"));
        QVERIFY(store);
        StoreChangeWatcher watcher;
        watcher.setStore(store.get());
        watcher.setStore(nullptr);
        store.reset();
        watcher.checkNow(); // no store: nothing read, nothing said
        QCOMPARE(watcher.store(), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestStoreChangeWatcher)
#include "TestStoreChangeWatcher.moc"
