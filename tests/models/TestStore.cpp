#include "TestStores.h"

#include "crypto/StoreKey.h"
#include "domain/EventCode.h"
#include "domain/EventText.h"
#include "domain/PhoneFormatSettings.h"
#include "store/ApiTokenRepository.h"
#include "store/AuthenticatorRepository.h"
#include "store/DemoPopulator.h"
#include "store/EventLog.h"
#include "store/EventQuery.h"
#include "store/Migrations.h"
#include "store/ServerRegistry.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"
#include "store/StoreKeyVault.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QUuid>

#include "util/SystemUser.h"

namespace {

using Kind = SettingsRepository::SaveOutcome::Kind;

const QStringList kTables = {
    "schema_version", "store_meta",          "settings", "settings_history", "secrets",
    "authenticators", "authenticator_state", "events",   "api_tokens",       "provider_servers"};

// A plain connection beside the Store, to look at (or tamper with) what is really stored.
class RawDb {
public:
    explicit RawDb(const QString& urlText)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        const auto url = StoreUrl::parse(urlText);
        m_db =
            QSqlDatabase::addDatabase(url->isLocalFile() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), m_name);
        if (url->isLocalFile()) {
            m_db.setDatabaseName(url->path());
        } else {
            m_db.setHostName(url->host());
            m_db.setPort(url->port());
            m_db.setDatabaseName(url->database());
            m_db.setUserName(url->user());
            m_db.setPassword(TestStores::postgresPassword());
        }
        if (!m_db.open())
            qWarning("raw connection failed: %s", qPrintable(m_db.lastError().text()));
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString& sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }
    // Every row of `sql` as text, for comparing before and after.
    QString dump(const QString& sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return QStringLiteral("error: ") + q.lastError().text();
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
        return rows.join(QLatin1Char('\n'));
    }
    QStringList tables() { return m_db.tables(QSql::Tables); }

private:
    QString m_name;
    QSqlDatabase m_db;
};

qint64 count(Store& store, const QString& sql)
{
    QSqlQuery q = store.query();
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// The store's URL (never with a password: TestStores passes it separately).
QString storeUrlOf(Store& store)
{
    return store.url().toString();
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Everything a store holds, as text (PostgreSQL) or the file's bytes (SQLite).
QByteArray snapshot(const QString& urlText)
{
    const auto url = StoreUrl::parse(urlText);
    if (url->isLocalFile())
        return fileBytes(url->path()) + "\n--wal:" + QByteArray::number(QFile::exists(url->path() + "-wal"));
    RawDb raw(urlText);
    QStringList tables = raw.tables();
    tables.sort();
    QString text = tables.join(QLatin1Char(','));
    for (const QString& t : std::as_const(tables))
        text += QLatin1Char('\n') + t + QLatin1Char(':') + raw.dump(QStringLiteral("SELECT * FROM %1").arg(t));
    return text.toUtf8();
}

int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    const int port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private:
    void addDialects() { TestStores::addDialectRows(); }

private Q_SLOTS:
    void migrationsFromEmpty_data() { addDialects(); }
    void migrationsFromEmpty();
    void signInStateMigrationKeepsAccounts_data() { addDialects(); }
    void signInStateMigrationKeepsAccounts();
    void tokenTablesMigrationKeepsData_data() { addDialects(); }
    void tokenTablesMigrationKeepsData();
    void eventParamsMigrationKeepsOldMessages_data() { addDialects(); }
    void eventParamsMigrationKeepsOldMessages();
    void demoEventsCarryParams_data() { addDialects(); }
    void demoEventsCarryParams();
    void upgradeReportsItsProgress_data() { addDialects(); }
    void upgradeReportsItsProgress();
    void reopenKeepsIdentityAndSchema_data() { addDialects(); }
    void reopenKeepsIdentityAndSchema();
    void loadSaveRoundTrip_data() { addDialects(); }
    void loadSaveRoundTrip();
    void concurrentSaveConflict_data() { addDialects(); }
    void concurrentSaveConflict();
    void multiSectionConflictWritesNothing_data() { addDialects(); }
    void multiSectionConflictWritesNothing();
    void invalidSettingsRefused_data() { addDialects(); }
    void invalidSettingsRefused();
    void historyAndEventWritten_data() { addDialects(); }
    void historyAndEventWritten();
    void secretNeedsStoreKey_data() { addDialects(); }
    void secretNeedsStoreKey();
    void secretStoredEncrypted_data() { addDialects(); }
    void secretStoredEncrypted();
    void storeKeyVault_data() { addDialects(); }
    void storeKeyVault();
    void storeKeyCreatedOnceWhenTwoCreateAtOnce_data() { addDialects(); }
    void storeKeyCreatedOnceWhenTwoCreateAtOnce();

    // Bad input on open: one clear message, nothing written, no crash.
    void malformedUrl();
    void unreachableServer();
    void wrongPassword();
    void newerSchemaRefused_data() { addDialects(); }
    void newerSchemaRefused();
    void foreignDatabaseRefused_data() { addDialects(); }
    void foreignDatabaseRefused();
    void readOnlyFileRefused();
    void corruptFileRefused();
    void openExistingMissingCreatesNothing();
};

void TestStore::migrationsFromEmpty()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
    QVERIFY(Store::latestSchemaVersion() >= 1);
    for (const QString& table : kTables)
        QVERIFY2(store->dialect().tableExists(store->db(), table), qPrintable(table));
    QCOMPARE(count(*store, QStringLiteral("SELECT max(version) FROM schema_version")),
             qint64(Store::latestSchemaVersion()));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM schema_version")), qint64(1));
    QVERIFY(!QUuid::fromString(store->uuid()).isNull());
    QCOMPARE(store->url().dialect(),
             dialect == QLatin1String("sqlite") ? StoreUrl::Dialect::Sqlite : StoreUrl::Dialect::Postgres);

    // Default settings, one row per section, each at version 1.
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM settings")), qint64(Settings::sectionKeys().size()));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM settings WHERE version = 1")),
             qint64(Settings::sectionKeys().size()));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM settings_history")), qint64(0));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM events")), qint64(0));
    auto loaded = SettingsRepository(*store).load();
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QVERIFY(loaded->settings == Settings());

    if (dialect == QLatin1String("sqlite")) {
        QSqlQuery q = store->query();
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString().toLower(), QStringLiteral("wal"));
    }
}

// Issue 15: opening a store an older version made reports every step of its upgrade, so the
// console and the CLI can show a long one; a new store's steps say it is new (from 0).
void TestStore::upgradeReportsItsProgress()
{
    QFETCH(QString, dialect);
    TestStores stores;
    const QString url = stores.freshUrl(dialect);
    QVERIFY(!url.isEmpty());
    QList<Migrations::Step> created;
    {
        auto old = Store::open(*StoreUrl::parse(url), TestStores::postgresPassword(), Store::OpenMode::CreateIfMissing,
                               3, [&](const Migrations::Step& step) { created.append(step); });
        QVERIFY2(old, qPrintable(old.error()));
    }
    QVERIFY(!created.isEmpty());
    QCOMPARE(created.first().from, 0);
    QCOMPARE(created.last().to, 3);

    QList<Migrations::Step> steps;
    auto store = Store::open(*StoreUrl::parse(url), TestStores::postgresPassword(), Store::OpenMode::OpenExisting, 0,
                             [&](const Migrations::Step& step) { steps.append(step); });
    QVERIFY2(store, qPrintable(store.error()));
    QCOMPARE(store.value()->schemaVersion(), Store::latestSchemaVersion());
    QVERIFY(steps.size() >= Store::latestSchemaVersion() - 3);
    int done = 0;
    for (const Migrations::Step& step : steps) {
        QCOMPARE(step.from, 3);
        QCOMPARE(step.to, Store::latestSchemaVersion());
        QVERIFY(step.version > 3 && step.version <= step.to);
        QVERIFY(step.done >= done && step.done <= step.total);
        done = step.done;
    }
    QCOMPARE(steps.last().done, steps.last().total);
    QVERIFY(Migrations::describe(steps.first()).contains(QStringLiteral("from version 3 to %1").arg(steps.first().to)));

    // Opened again, nothing is left to do and nothing is reported.
    steps.clear();
    store = Store::open(*StoreUrl::parse(url), TestStores::postgresPassword(), Store::OpenMode::OpenExisting, 0,
                        [&](const Migrations::Step& step) { steps.append(step); });
    QVERIFY(store);
    QVERIFY(steps.isEmpty());
}

// Schema version 5 moved the counter, block and pending code to authenticator_state: a store
// written by version 4 keeps every account's state, and the old columns are gone.
void TestStore::signInStateMigrationKeepsAccounts()
{
    QFETCH(QString, dialect);
    TestStores stores;
    const QString url = stores.freshUrl(dialect);
    QVERIFY(!url.isEmpty());
    {
        auto old =
            Store::open(*StoreUrl::parse(url), TestStores::postgresPassword(), Store::OpenMode::CreateIfMissing, 4);
        QVERIFY2(old, qPrintable(old.error()));
        QCOMPARE(old.value()->schemaVersion(), 4);
        const QString insert = QStringLiteral(
            "INSERT INTO authenticators (login, login_key, registered_at, failed_count, last_failure_at, "
            "last_success_at, block_state, blocked_until, otp_hash, otp_salt, otp_expires_at) VALUES %1");
        const QString rows = QStringLiteral("('Anna', 'anna', 1, 5, 1000, NULL, 2, NULL, NULL, NULL, NULL), "
                                            "('Boris', 'boris', 1, 3, 1500, 900, 1, 5000, %1, %2, 7000), "
                                            "('Carl', 'carl', 1, 0, NULL, 2000, 0, NULL, NULL, NULL, NULL)")
                                 .arg(dialect == QLatin1String("sqlite") ? QStringLiteral("x'0102'")
                                                                         : QStringLiteral("'\\x0102'::bytea"),
                                      dialect == QLatin1String("sqlite") ? QStringLiteral("x'0304'")
                                                                         : QStringLiteral("'\\x0304'::bytea"));
        QVERIFY(old.value()->exec(insert.arg(rows), QStringLiteral("old rows")));
    }
    auto store = stores.openAgain(url);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
    AuthenticatorRepository repo(*store, nullptr);
    const auto anna = repo.find(QStringLiteral("anna"));
    QVERIFY2(anna && anna.value(), qPrintable(anna ? QStringLiteral("missing") : anna.error()));
    QCOMPARE(anna.value()->blockState, Authenticator::BlockState::UntilUnblock);
    QCOMPARE(anna.value()->failedCount, 5);
    QCOMPARE(anna.value()->lastFailureAt.toMSecsSinceEpoch(), qint64(1000));
    const auto boris = repo.find(QStringLiteral("Boris"));
    QVERIFY(boris && boris.value());
    QCOMPARE(boris.value()->blockState, Authenticator::BlockState::UntilTime);
    QCOMPARE(boris.value()->blockedUntil.toMSecsSinceEpoch(), qint64(5000));
    QCOMPARE(boris.value()->lastSuccessAt.toMSecsSinceEpoch(), qint64(900));
    const auto pending = repo.pendingOtp(QStringLiteral("boris"));
    QVERIFY(pending && pending.value());
    QCOMPARE(pending.value()->hash, QByteArray("\x01\x02", 2));
    QCOMPARE(pending.value()->salt, QByteArray("\x03\x04", 2));
    QCOMPARE(pending.value()->expiresAt.toMSecsSinceEpoch(), qint64(7000));
    const auto carl = repo.find(QStringLiteral("carl"));
    QVERIFY(carl && carl.value());
    QCOMPARE(carl.value()->blockState, Authenticator::BlockState::None);
    QCOMPARE(carl.value()->lastSuccessAt.toMSecsSinceEpoch(), qint64(2000));

    QSqlQuery gone = store->query();
    QVERIFY(!gone.exec(QStringLiteral("SELECT block_state FROM authenticators")));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM authenticator_state WHERE block_state <> 0")),
             qint64(2));
    // One state row per account, removed with it.
    QVERIFY(repo.remove(QStringLiteral("anna")));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM authenticator_state")), qint64(2));
    const auto unblocked = repo.unblock({QStringLiteral("anna"), QStringLiteral("boris"), QStringLiteral("carl")});
    QVERIFY(unblocked);
    QCOMPARE(unblocked.value(), QStringList{QStringLiteral("Boris")});
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM authenticator_state WHERE block_state <> 0")),
             qint64(0));
}

void TestStore::reopenKeepsIdentityAndSchema()
{
    QFETCH(QString, dialect);
    TestStores stores;
    const QString url = stores.freshUrl(dialect);
    QVERIFY(!url.isEmpty());
    QString uuid;
    QString createdAt;
    {
        auto first =
            Store::open(*StoreUrl::parse(url), TestStores::postgresPassword(), Store::OpenMode::CreateIfMissing);
        QVERIFY2(first, qPrintable(first.error()));
        uuid = first.value()->uuid();
        createdAt = first.value()->metaValue(QStringLiteral("createdAt"));
    }
    const QByteArray before = dialect == QLatin1String("sqlite") ? QByteArray() : snapshot(url);
    for (auto mode : {Store::OpenMode::OpenExisting, Store::OpenMode::CreateIfMissing}) {
        auto again = Store::open(*StoreUrl::parse(url), TestStores::postgresPassword(), mode);
        QVERIFY2(again, qPrintable(again.error()));
        Store& s = *again.value();
        QCOMPARE(s.uuid(), uuid);
        QCOMPARE(s.metaValue(QStringLiteral("createdAt")), createdAt);
        QCOMPARE(s.schemaVersion(), Store::latestSchemaVersion());
        // Migrations did not run again: one version row, defaults still at version 1.
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM schema_version")), qint64(1));
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM settings WHERE version = 1")),
                 qint64(Settings::sectionKeys().size()));
        QCOMPARE(count(s, QStringLiteral("SELECT count(*) FROM settings")), qint64(Settings::sectionKeys().size()));
    }
    if (dialect != QLatin1String("sqlite"))
        QCOMPARE(snapshot(url), before);
}

void TestStore::loadSaveRoundTrip()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    SettingsRepository repo(*store);
    auto loaded = repo.load();
    QVERIFY(loaded);
    QVERIFY(!loaded->secretsReadable);
    for (const QString& key : Settings::sectionKeys())
        QCOMPARE(loaded->versions.value(key), 1);

    Settings changed = loaded->settings;
    changed.block.attemptsBeforeBlock = 7;
    changed.otp.length = 8;
    changed.otp.uppercase = true;
    changed.ipAllowList.enabled = true;
    changed.ipAllowList.entries = {{QStringLiteral("100.10.10.1"), QStringLiteral("Tartu")},
                                   {QStringLiteral("2001:db8::/32"), QString()}};
    changed.messageFormat.textBeforeOtp = QStringLiteral("Kood: ÄÖÜ õ — код");
    const QStringList sections{QStringLiteral("block"), QStringLiteral("otp"), QStringLiteral("ipAllowList"),
                               QStringLiteral("messageFormat")};
    const auto outcome = repo.save(changed, sections, loaded->versions, QStringLiteral("tester"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    for (const QString& s : sections)
        QCOMPARE(outcome.versions.value(s), 2);

    auto again = repo.load();
    QVERIFY(again);
    QVERIFY(again->settings == changed);
    QCOMPARE(again->versions.value(QStringLiteral("block")), 2);
    QCOMPARE(again->versions.value(QStringLiteral("gateway")), 1); // untouched sections keep theirs

    // From another connection too.
    auto other = stores.openAgain(store->url().toString());
    QVERIFY(other);
    auto fromOther = SettingsRepository(*other).load();
    QVERIFY(fromOther);
    QVERIFY(fromOther->settings == changed);
    QCOMPARE(fromOther->versions, again->versions);
}

void TestStore::concurrentSaveConflict()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto a = stores.openFresh(dialect);
    QVERIFY(a);
    auto b = stores.openAgain(storeUrlOf(*a));
    QVERIFY(b);
    SettingsRepository repoA(*a);
    SettingsRepository repoB(*b);
    auto loadedA = repoA.load();
    auto loadedB = repoB.load();
    QVERIFY(loadedA && loadedB);

    Settings fromA = loadedA->settings;
    fromA.block.attemptsBeforeBlock = 7;
    const auto savedA = repoA.save(fromA, {QStringLiteral("block")}, loadedA->versions, QStringLiteral("console A"));
    QVERIFY2(savedA.ok(), qPrintable(savedA.message));
    QCOMPARE(savedA.versions.value(QStringLiteral("block")), 2);

    Settings fromB = loadedB->settings;
    fromB.block.attemptsBeforeBlock = 9;
    const auto savedB = repoB.save(fromB, {QStringLiteral("block")}, loadedB->versions, QStringLiteral("console B"));
    QCOMPARE(savedB.kind, Kind::Conflict);
    QVERIFY(!savedB.ok());
    QCOMPARE(savedB.conflictingSections, QStringList{QStringLiteral("block")});
    QVERIFY(savedB.versions.isEmpty());
    QVERIFY2(savedB.message.contains(QLatin1String("block")), qPrintable(savedB.message));

    // The stored value is A's, seen from both connections; nothing of B was written.
    for (Store* s : {a.get(), b.get()}) {
        auto now = SettingsRepository(*s).load();
        QVERIFY(now);
        QCOMPARE(now->settings.block.attemptsBeforeBlock, 7);
        QCOMPARE(now->versions.value(QStringLiteral("block")), 2);
    }
    QCOMPARE(count(*a, QStringLiteral("SELECT count(*) FROM settings_history")), qint64(1));
    QCOMPARE(count(*a, QStringLiteral("SELECT count(*) FROM settings_history WHERE saved_by = 'console B'")),
             qint64(0));
    QCOMPARE(count(*a, QStringLiteral("SELECT count(*) FROM events")), qint64(1));

    // After reloading, B may save on top of A's version.
    auto reloaded = repoB.load();
    QVERIFY(reloaded);
    Settings retry = reloaded->settings;
    retry.block.attemptsBeforeBlock = 9;
    const auto savedAgain =
        repoB.save(retry, {QStringLiteral("block")}, reloaded->versions, QStringLiteral("console B"));
    QVERIFY2(savedAgain.ok(), qPrintable(savedAgain.message));
    QCOMPARE(savedAgain.versions.value(QStringLiteral("block")), 3);
}

void TestStore::multiSectionConflictWritesNothing()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto a = stores.openFresh(dialect);
    QVERIFY(a);
    auto b = stores.openAgain(storeUrlOf(*a));
    QVERIFY(b);
    auto loadedA = SettingsRepository(*a).load();
    auto loadedB = SettingsRepository(*b).load();
    QVERIFY(loadedA && loadedB);

    Settings fromA = loadedA->settings;
    fromA.otp.length = 10;
    QVERIFY(SettingsRepository(*a).save(fromA, {QStringLiteral("otp")}, loadedA->versions, QStringLiteral("A")).ok());
    const QByteArray before = snapshot(storeUrlOf(*a));

    // B changes block (not in conflict) and otp (in conflict), block first: neither is saved.
    Settings fromB = loadedB->settings;
    fromB.block.attemptsBeforeBlock = 3;
    fromB.spamProtection.thresholdMessages = 99;
    fromB.otp.length = 12;
    const auto saved = SettingsRepository(*b).save(
        fromB, {QStringLiteral("block"), QStringLiteral("spamProtection"), QStringLiteral("otp")}, loadedB->versions,
        QStringLiteral("B"));
    QCOMPARE(saved.kind, Kind::Conflict);
    QCOMPARE(saved.conflictingSections, QStringList{QStringLiteral("otp")});

    auto now = SettingsRepository(*a).load();
    QVERIFY(now);
    QCOMPARE(now->settings.block.attemptsBeforeBlock, 5);
    QCOMPARE(now->settings.spamProtection.thresholdMessages, 20);
    QCOMPARE(now->settings.otp.length, 10);
    QCOMPARE(now->versions.value(QStringLiteral("block")), 1);
    QCOMPARE(now->versions.value(QStringLiteral("spamProtection")), 1);
    QCOMPARE(count(*a, QStringLiteral("SELECT count(*) FROM settings_history")), qint64(1));
    QCOMPARE(count(*a, QStringLiteral("SELECT count(*) FROM events")), qint64(1));
    if (dialect != QLatin1String("sqlite")) // SQLite's file pages may move; PostgreSQL rows must not
        QCOMPARE(snapshot(storeUrlOf(*a)), before);
}

void TestStore::invalidSettingsRefused()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    SettingsRepository repo(*store);
    auto loaded = repo.load();
    QVERIFY(loaded);
    Settings bad = loaded->settings;
    bad.block.attemptsBeforeBlock = 0;
    bad.otp.length = 40;
    bad.spamProtection.minSuccessPercent = 50; // valid, but must not be saved with the rest
    const auto outcome =
        repo.save(bad, {QStringLiteral("spamProtection"), QStringLiteral("block"), QStringLiteral("otp")},
                  loaded->versions, QStringLiteral("tester"));
    QCOMPARE(outcome.kind, Kind::Invalid);
    QVERIFY(!outcome.message.isEmpty());
    QStringList fields;
    for (const FieldError& e : outcome.errors)
        fields << e.field;
    QCOMPARE(fields, (QStringList{"block.attemptsBeforeBlock", "otp.length"}));

    auto now = repo.load();
    QVERIFY(now);
    QVERIFY(now->settings == Settings());
    for (const QString& key : Settings::sectionKeys())
        QCOMPARE(now->versions.value(key), 1);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM settings_history")), qint64(0));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM events")), qint64(0));
}

void TestStore::historyAndEventWritten()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    SettingsRepository repo(*store);
    auto loaded = repo.load();
    QVERIFY(loaded);
    Settings changed = loaded->settings;
    changed.block.attemptsBeforeBlock = 7;
    changed.block.enabled = false;
    QVERIFY(repo.save(changed, {QStringLiteral("block")}, loaded->versions, QStringLiteral("alice")).ok());

    auto history = repo.history(QStringLiteral("block"));
    QVERIFY2(history, qPrintable(history.error()));
    QCOMPARE(history->size(), 1);
    const auto& entry = history->first();
    QCOMPARE(entry.section, QStringLiteral("block"));
    QCOMPARE(entry.version, 2);
    QCOMPARE(entry.savedBy, QStringLiteral("alice"));
    QVERIFY(entry.savedAt.isValid());
    QVERIFY(qAbs(entry.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    QVERIFY2(entry.diff.contains(QStringLiteral("attemptsBeforeBlock: 5 → 7")), qPrintable(entry.diff));
    QVERIFY2(entry.diff.contains(QStringLiteral("enabled: true → false")), qPrintable(entry.diff));
    QCOMPARE(entry.body, changed.block.toJson());
    QVERIFY(repo.history(QStringLiteral("otp"))->isEmpty());

    QSqlQuery q = store->query();
    QVERIFY(q.exec(QStringLiteral("SELECT code, actor, message FROM events")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), int(EventCode::SettingsSaved));
    QCOMPARE(q.value(1).toString(), QStringLiteral("alice"));
    const QString message = q.value(2).toString();
    QVERIFY2(message.contains(QStringLiteral("block v2")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("attemptsBeforeBlock: 5 → 7")), qPrintable(message));
    QVERIFY(!q.next());

    // A second save stacks another history row; the newest comes first.
    auto reloaded = repo.load();
    Settings third = reloaded->settings;
    third.block.unblockMinutes = 0;
    QVERIFY(repo.save(third, {QStringLiteral("block")}, reloaded->versions, QStringLiteral("bob"), 3002).ok());
    history = repo.history(QStringLiteral("block"));
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->first().version, 3);
    QCOMPARE(history->first().savedBy, QStringLiteral("bob"));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM events WHERE code = 3002")), qint64(1));
}

void TestStore::secretNeedsStoreKey()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    SettingsRepository repo(*store); // no key
    auto loaded = repo.load();
    QVERIFY(loaded);
    Settings s = loaded->settings;
    s.gateway.type = GatewaySettings::Type::Megafon;
    s.gateway.address = QStringLiteral("https://a2p.example.com");
    s.gateway.login = QStringLiteral("user");
    s.gateway.password = QStringLiteral("Plain-Pass-8812");
    const auto outcome = repo.save(s, {QStringLiteral("gateway")}, loaded->versions, QStringLiteral("tester"));
    QCOMPARE(outcome.kind, Kind::Failed);
    QVERIFY2(outcome.message.contains(QLatin1String("store key")), qPrintable(outcome.message));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM secrets")), qint64(0));
    QCOMPARE(count(*store, QStringLiteral("SELECT version FROM settings WHERE section = 'gateway'")), qint64(1));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM settings_history")), qint64(0));
    QCOMPARE(SettingsRepository(*store).load()->settings.gateway.type, GatewaySettings::Type::DevFile);
}

void TestStore::secretStoredEncrypted()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    auto key = StoreKeyVault(*store).create(QStringLiteral("correct horse battery"), QStringLiteral("tester"));
    QVERIFY2(key, qPrintable(key.error()));

    const QString password = QStringLiteral("Plain-Pass-8812-zq");
    const QString token = QStringLiteral("Bearer-Token-55-xk");
    SettingsRepository withKey(*store, &key.value());
    auto loaded = withKey.load();
    QVERIFY(loaded);
    QVERIFY(loaded->secretsReadable);
    Settings s = loaded->settings;
    s.gateway.type = GatewaySettings::Type::GenericHttp;
    s.gateway.address = QStringLiteral("https://sms.example.com");
    s.gateway.authMode = GatewaySettings::AuthMode::Basic;
    s.gateway.login = QStringLiteral("user");
    s.gateway.password = password;
    s.gateway.token = token;
    const auto saved = withKey.save(s, {QStringLiteral("gateway")}, loaded->versions, QStringLiteral("tester"));
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM secrets")), qint64(2));

    // Decrypted with the key.
    auto back = withKey.load();
    QVERIFY(back);
    QCOMPARE(back->settings.gateway.password, password);
    QCOMPARE(back->settings.gateway.token, token);

    // The plaintext appears nowhere in what is stored.
    if (dialect == QLatin1String("sqlite")) {
        const QString path = store->url().path();
        const QByteArray raw = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
        QVERIFY(raw.size() > 4096);
        QVERIFY(raw.contains("gateway.password")); // the row is there...
        QVERIFY(!raw.contains(password.toUtf8())); // ...but not the secret
        QVERIFY(!raw.contains(token.toUtf8()));
    } else {
        RawDb rawDb(storeUrlOf(*store));
        QString everything;
        for (const QString& t : rawDb.tables())
            everything += rawDb.dump(QStringLiteral("SELECT * FROM %1").arg(t));
        everything += rawDb.dump(QStringLiteral("SELECT encode(ciphertext, 'escape') FROM secrets"));
        QVERIFY(everything.contains(QLatin1String("gateway.password")));
        QVERIFY(!everything.contains(password));
        QVERIFY(!everything.contains(token));
        QVERIFY(!rawDb.dump(QStringLiteral("SELECT ciphertext FROM secrets")).toUtf8().contains(password.toUtf8()));
    }

    // Without the key: not readable, and a save of the section leaves them as they are.
    SettingsRepository noKey(*store);
    auto blind = noKey.load();
    QVERIFY(blind);
    QVERIFY(!blind->secretsReadable);
    QVERIFY(blind->settings.gateway.password.isEmpty());
    QVERIFY(blind->settings.gateway.token.isEmpty());
    Settings edit = blind->settings;
    edit.gateway.timeoutSeconds = 20;
    const auto savedBlind = noKey.save(edit, {QStringLiteral("gateway")}, blind->versions, QStringLiteral("tester"));
    QVERIFY2(savedBlind.ok(), qPrintable(savedBlind.message));
    auto after = withKey.load();
    QCOMPARE(after->settings.gateway.timeoutSeconds, 20);
    QCOMPARE(after->settings.gateway.password, password);
    QCOMPARE(after->settings.gateway.token, token);

    // History and events say a secret changed, never what it is.
    RawDb rawDb(storeUrlOf(*store));
    const QString logs = rawDb.dump(QStringLiteral("SELECT diff, body FROM settings_history")) +
                         rawDb.dump(QStringLiteral("SELECT message FROM events"));
    QVERIFY2(logs.contains(QLatin1String("password: changed")), qPrintable(logs));
    QVERIFY(!logs.contains(password));

    // Another store key cannot decrypt them.
    const StoreKey otherKey = StoreKey::generate();
    auto wrong = SettingsRepository(*store, &otherKey).load();
    QVERIFY(!wrong);
    QVERIFY(!wrong.error().isEmpty());
}

void TestStore::storeKeyVault()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    StoreKeyVault vault(*store);
    QVERIFY(!vault.hasKey());
    auto none = vault.unlock(QStringLiteral("whatever passphrase"));
    QVERIFY(!none);
    QVERIFY(none.error().contains(QLatin1String("store init")));

    auto tooShort = vault.create(QStringLiteral("short"), QStringLiteral("tester"));
    QVERIFY(!tooShort);
    QVERIFY(tooShort.error().contains(QLatin1String("8")));
    QVERIFY(!vault.hasKey());

    auto created = vault.create(QStringLiteral("first passphrase"), QStringLiteral("tester"));
    QVERIFY2(created, qPrintable(created.error()));
    QVERIFY(vault.hasKey());
    QVERIFY(vault.matches(created.value()));
    QVERIFY(!vault.matches(StoreKey::generate()));
    QVERIFY(!vault.create(QStringLiteral("second passphrase"), QStringLiteral("tester")));
    QVERIFY(!store->metaValue(QStringLiteral("wrappedKey")).contains(QLatin1String("first passphrase")));

    auto unlocked = vault.unlock(QStringLiteral("first passphrase"));
    QVERIFY2(unlocked, qPrintable(unlocked.error()));
    QCOMPARE(unlocked->fingerprint(), created->fingerprint());
    QVERIFY(SecureBytes::equal(unlocked->raw().bytes(), created->raw().bytes()));

    auto wrong = vault.unlock(QStringLiteral("wrong passphrase"));
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().contains(QLatin1String("Wrong passphrase")), qPrintable(wrong.error()));

    QVERIFY(!vault.changePassphrase(QStringLiteral("wrong passphrase"), QStringLiteral("new passphrase"),
                                    QStringLiteral("tester")));
    QVERIFY(
        !vault.changePassphrase(QStringLiteral("first passphrase"), QStringLiteral("short"), QStringLiteral("tester")));
    const Status changed = vault.changePassphrase(QStringLiteral("first passphrase"), QStringLiteral("new passphrase!"),
                                                  QStringLiteral("tester"));
    QVERIFY2(changed, qPrintable(changed.error()));
    QVERIFY(!vault.unlock(QStringLiteral("first passphrase")));
    auto afterChange = vault.unlock(QStringLiteral("new passphrase!"));
    QVERIFY(afterChange);
    QCOMPARE(afterChange->fingerprint(), created->fingerprint()); // same key, re-wrapped

    // From another connection, after reopening.
    auto other = stores.openAgain(storeUrlOf(*store));
    QVERIFY(other);
    QVERIFY(StoreKeyVault(*other).unlock(QStringLiteral("new passphrase!")));

    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM events WHERE code = 3005")), qint64(1));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM events WHERE code = 3004")), qint64(1));
}

// Two consoles creating a keyless store's key at the same moment, each on its own connection:
// one key is made, the other console is told so in words, and nothing of it is written.
void TestStore::storeKeyCreatedOnceWhenTwoCreateAtOnce()
{
    QFETCH(QString, dialect);
    for (int round = 0; round < 3; ++round) {
        TestStores stores;
        auto store = stores.openFresh(dialect);
        QVERIFY(store);
        const QString url = storeUrlOf(*store);
        struct Attempt {
            QString actor;
            QString passphrase;
            std::optional<StoreKey> key;
            QString error;
        };
        Attempt attempts[2] = {{QStringLiteral("console one"), QStringLiteral("passphrase of console one"), {}, {}},
                               {QStringLiteral("console two"), QStringLiteral("passphrase of console two"), {}, {}}};
        QSemaphore ready, go;
        QList<QThread*> threads;
        for (Attempt& attempt : attempts) {
            threads << QThread::create([&url, &attempt, &ready, &go]() {
                auto parsed = StoreUrl::parse(url);
                auto opened = Store::open(*parsed, TestStores::postgresPassword());
                ready.release();
                go.acquire();
                if (!opened) {
                    attempt.error = opened.error();
                    return;
                }
                Result<StoreKey> key = StoreKeyVault(*opened.value()).create(attempt.passphrase, attempt.actor);
                if (key)
                    attempt.key = key.take();
                else
                    attempt.error = key.error();
            });
            threads.last()->start();
        }
        ready.acquire(2);
        go.release(2);
        for (QThread* t : threads) {
            t->wait();
            delete t;
        }
        const int made = int(attempts[0].key.has_value()) + int(attempts[1].key.has_value());
        QCOMPARE(made, 1);
        const Attempt& winner = attempts[0].key ? attempts[0] : attempts[1];
        const Attempt& loser = attempts[0].key ? attempts[1] : attempts[0];
        QCOMPARE(loser.error, QStringLiteral("This store already has a key."));
        StoreKeyVault vault(*store);
        QVERIFY(vault.matches(*winner.key));
        QCOMPARE(vault.unlock(winner.passphrase)->fingerprint(), winner.key->fingerprint());
        QVERIFY(!vault.unlock(loser.passphrase));
        QCOMPARE(
            count(*store,
                  QStringLiteral("SELECT count(*) FROM events WHERE code = %1").arg(int(EventCode::StoreKeyCreated))),
            qint64(1));
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM events WHERE actor = '%1'").arg(loser.actor)),
                 qint64(0));
    }
}

void TestStore::malformedUrl()
{
    TestStores stores;
    const QString path = stores.tempPath(QStringLiteral("relative.db"));
    for (const QString& text : {QStringLiteral("sqlite://relative.db"), QStringLiteral("postgresql://nohost"),
                                QStringLiteral("http://example.com/store"), QStringLiteral("sqlite:relative.db")}) {
        const auto url = StoreUrl::parse(text);
        QVERIFY2(!url, qPrintable(text));
        QVERIFY(!url.error().isEmpty());
    }
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(QStringLiteral("relative.db")));
}

void TestStore::unreachableServer()
{
    const int port = closedPort();
    const auto url = StoreUrl::parse(QStringLiteral("postgresql://u@127.0.0.1:%1/db?sslmode=disable").arg(port));
    QVERIFY(url);
    const auto store = Store::open(*url, QStringLiteral("pw"), Store::OpenMode::CreateIfMissing);
    QVERIFY(!store);
    QVERIFY2(store.error().contains(QLatin1String("Cannot reach")), qPrintable(store.error()));
    QVERIFY2(store.error().contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(store.error()));
}

void TestStore::wrongPassword()
{
    if (!TestStores::postgresConfigured()) {
        if (qEnvironmentVariableIsSet("SMSOTP_REQUIRE_PG"))
            QFAIL("SMSOTP_REQUIRE_PG is set but no PostgreSQL is configured (SMSOTP_TEST_PG_URL)");
        QSKIP("no test PostgreSQL (SMSOTP_TEST_PG_URL)");
    }
    TestStores stores;
    const QString url = stores.freshUrl(QStringLiteral("postgresql"));
    QVERIFY(!url.isEmpty());
    const auto store =
        Store::open(*StoreUrl::parse(url), QStringLiteral("not-the-password"), Store::OpenMode::CreateIfMissing);
    QVERIFY(!store);
    QVERIFY2(store.error().contains(QLatin1String("refused the login")), qPrintable(store.error()));
    QVERIFY(store.error().contains(QLatin1String("smsotp")));
    QVERIFY(!store.error().contains(QLatin1String("not-the-password")));
    // Nothing was created in the database.
    RawDb raw(url);
    QVERIFY(raw.tables().isEmpty());
}

void TestStore::newerSchemaRefused()
{
    QFETCH(QString, dialect);
    TestStores stores;
    const QString url = stores.freshUrl(dialect);
    QVERIFY(!url.isEmpty());
    {
        auto created =
            Store::open(*StoreUrl::parse(url), TestStores::postgresPassword(), Store::OpenMode::CreateIfMissing);
        QVERIFY2(created, qPrintable(created.error()));
    }
    {
        RawDb raw(url);
        QVERIFY(
            raw.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(Store::latestSchemaVersion() + 1)));
    }
    const QByteArray before = snapshot(url);
    for (auto mode : {Store::OpenMode::OpenExisting, Store::OpenMode::CreateIfMissing}) {
        const auto store = Store::open(*StoreUrl::parse(url), TestStores::postgresPassword(), mode);
        QVERIFY(!store);
        QVERIFY2(store.error().contains(QLatin1String("newer version")), qPrintable(store.error()));
        QVERIFY(store.error().contains(QString::number(Store::latestSchemaVersion() + 1)));
    }
    QCOMPARE(snapshot(url), before);
}

void TestStore::foreignDatabaseRefused()
{
    QFETCH(QString, dialect);
    TestStores stores;
    QString url = stores.freshUrl(dialect);
    QVERIFY(!url.isEmpty());
    {
        RawDb raw(url);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(40))")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO customers (id, name) VALUES (1, 'Mari')")));
    }
    const QByteArray before = snapshot(url);
    QVERIFY(before.contains("Mari") || dialect == QLatin1String("sqlite"));
    for (auto mode : {Store::OpenMode::OpenExisting, Store::OpenMode::CreateIfMissing}) {
        const auto store = Store::open(*StoreUrl::parse(url), TestStores::postgresPassword(), mode);
        QVERIFY(!store);
        QVERIFY2(store.error().contains(QLatin1String("not an SMS OTP store")), qPrintable(store.error()));
        QCOMPARE(snapshot(url), before);
    }
    if (dialect == QLatin1String("sqlite")) {
        QVERIFY(QFile::exists(StoreUrl::parse(url)->path())); // never deleted either
        QVERIFY(!QFile::exists(StoreUrl::parse(url)->path() + QStringLiteral("-wal")));
    }
}

void TestStore::readOnlyFileRefused()
{
    TestStores stores;
    const QString url = stores.freshUrl(QStringLiteral("sqlite"));
    const QString path = StoreUrl::parse(url)->path();
    {
        auto created = Store::open(*StoreUrl::parse(url), QString(), Store::OpenMode::CreateIfMissing);
        QVERIFY(created);
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    auto restore = qScopeGuard([&] { QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); });
    if (QFileInfo(path).isWritable()) {
        QVERIFY(SystemUser::isSuperuser());
        // root writes to a 0444 file anyway (and so does SQLite): no in-process refusal is possible.
        // TestCliSettings::readOnlyStore runs smsotp-cli as an unprivileged user to cover this.
        QSKIP("running as root: file permissions do not stop root from writing");
    }
    const QByteArray before = snapshot(url);
    for (auto mode : {Store::OpenMode::OpenExisting, Store::OpenMode::CreateIfMissing}) {
        const auto store = Store::open(*StoreUrl::parse(url), QString(), mode);
        QVERIFY(!store);
        QVERIFY2(store.error().contains(QLatin1String("read-only")), qPrintable(store.error()));
    }
    QCOMPARE(snapshot(url), before);
}

void TestStore::corruptFileRefused()
{
    TestStores stores;
    const QString path = stores.tempPath(QStringLiteral("corrupt.db"));
    QByteArray noise(8192, Qt::Uninitialized);
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(noise);
    }
    const auto url = StoreUrl::sqlite(path);
    for (auto mode : {Store::OpenMode::OpenExisting, Store::OpenMode::CreateIfMissing}) {
        const auto store = Store::open(url, QString(), mode);
        QVERIFY(!store);
        QVERIFY2(store.error().contains(QLatin1String("not an SMS OTP store or it is damaged")),
                 qPrintable(store.error()));
        QCOMPARE(fileBytes(path), noise);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    // An empty-looking text file is no better.
    const QString text = stores.tempPath(QStringLiteral("notes.db"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a database\n");
    }
    const auto store = Store::open(StoreUrl::sqlite(text), QString(), Store::OpenMode::CreateIfMissing);
    QVERIFY(!store);
    QCOMPARE(fileBytes(text), QByteArray("these are my notes, not a database\n"));
}

void TestStore::openExistingMissingCreatesNothing()
{
    TestStores stores;
    const QString path = stores.tempPath(QStringLiteral("missing/folder/store.db"));
    const auto store = Store::open(StoreUrl::sqlite(path), QString(), Store::OpenMode::OpenExisting);
    QVERIFY(!store);
    QVERIFY2(store.error().contains(QLatin1String("There is no store")), qPrintable(store.error()));
    QVERIFY2(store.error().contains(QLatin1String("store init")), qPrintable(store.error()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFileInfo::exists(stores.tempPath(QStringLiteral("missing"))));

    if (TestStores::postgresConfigured()) {
        // An empty PostgreSQL database is not initialised by OpenExisting either.
        const QString url = stores.freshUrl(QStringLiteral("postgresql"));
        const auto pg =
            Store::open(*StoreUrl::parse(url), TestStores::postgresPassword(), Store::OpenMode::OpenExisting);
        QVERIFY(!pg);
        QVERIFY2(pg.error().contains(QLatin1String("not initialised")), qPrintable(pg.error()));
        RawDb raw(url);
        QVERIFY(raw.tables().isEmpty());
    }
}

// Version 6 (issue 13) adds the API token and provider server tables to a schema-5 store and
// leaves its accounts, settings and events as they were.
void TestStore::tokenTablesMigrationKeepsData()
{
    QFETCH(QString, dialect);
    TestStores stores;
    const QString url = stores.freshUrl(dialect);
    QVERIFY(!url.isEmpty());
    {
        auto old =
            Store::open(*StoreUrl::parse(url), TestStores::postgresPassword(), Store::OpenMode::CreateIfMissing, 5);
        QVERIFY2(old, qPrintable(old.error()));
        QCOMPARE(old.value()->schemaVersion(), 5);
        QVERIFY(!old.value()->dialect().tableExists(old.value()->db(), QStringLiteral("api_tokens")));
        QVERIFY(old.value()->exec(QStringLiteral("INSERT INTO authenticators (login, login_key, registered_at) "
                                                 "VALUES ('Anna', 'anna', 1)"),
                                  QStringLiteral("old rows")));
        QVERIFY(old.value()->exec(QStringLiteral("INSERT INTO authenticator_state (authenticator_id, login_key, "
                                                 "failed_count) SELECT id, login_key, 3 FROM authenticators"),
                                  QStringLiteral("old rows")));
        QVERIFY(old.value()->exec(QStringLiteral("INSERT INTO events (at, code, severity, message) "
                                                 "VALUES (5, 1001, 0, 'old')"),
                                  QStringLiteral("old rows")));
    }
    auto store = stores.openAgain(url);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
    QCOMPARE(count(*store, QStringLiteral("SELECT failed_count FROM authenticator_state WHERE login_key = 'anna'")),
             qint64(3));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM events WHERE message = 'old'")), qint64(1));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM settings")), qint64(Settings::sectionKeys().size()));

    // The new tables work at once.
    ApiTokenRepository tokens(*store);
    auto created = tokens.create(QStringLiteral("after-upgrade"), {QStringLiteral("otp:request")}, QDateTime(), false,
                                 QStringLiteral("test"));
    QVERIFY2(created, qPrintable(created.error()));
    QCOMPARE(tokens.authenticate(created->secret, QDateTime::currentDateTimeUtc(), QString())->check, TokenCheck::Ok);
    auto server = ServerRegistry(*store).registerServer(QStringLiteral("h"), QStringLiteral("l"), QStringLiteral("v"),
                                                        QDateTime::currentDateTimeUtc());
    QVERIFY2(server, qPrintable(server.error()));
}

// Version 7 (issue 15) gives events a params column: old rows keep their English message and
// have no parameters (the console shows the message); new rows carry both.
void TestStore::eventParamsMigrationKeepsOldMessages()
{
    QFETCH(QString, dialect);
    TestStores stores;
    const QString url = stores.freshUrl(dialect);
    QVERIFY(!url.isEmpty());
    {
        auto old =
            Store::open(*StoreUrl::parse(url), TestStores::postgresPassword(), Store::OpenMode::CreateIfMissing, 6);
        QVERIFY2(old, qPrintable(old.error()));
        QCOMPARE(old.value()->schemaVersion(), 6);
        QVERIFY(old.value()->exec(QStringLiteral("INSERT INTO events (at, code, severity, account, message) "
                                                 "VALUES (5, 1004, 1, 'anna', 'blocked after 5 failed codes until "
                                                 "a help-desk unblock')"),
                                  QStringLiteral("old rows")));
    }
    auto store = stores.openAgain(url);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), 7);
    QVERIFY(EventLog(*store).append(EventCode::AuthenticatorBlocked, QStringLiteral("blocked after 3 failed codes"),
                                    QJsonObject{{QStringLiteral("failures"), 3}}, QStringLiteral("anna")));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM events WHERE params IS NULL")), qint64(1));
    const QList<Event> events = EventQuery(*store).list({}).value();
    QCOMPARE(events.size(), 2);
    const Event& added = events.at(0);
    const Event& old = events.at(1);
    QCOMPARE(old.message, QStringLiteral("blocked after 5 failed codes until a help-desk unblock"));
    QVERIFY(old.params.isEmpty());
    QCOMPARE(EventText::render(old), old.message);
    QCOMPARE(added.message, QStringLiteral("blocked after 3 failed codes"));
    QCOMPARE(added.params.value(QStringLiteral("failures")).toInt(), 3);
    QVERIFY2(EventText::render(added).startsWith(QStringLiteral("Blocked after 3 wrong code")),
             qPrintable(EventText::render(added)));
    // Parameters too long to keep whole are left out (the message, bounded, remains).
    QVERIFY(EventLog(*store).append(EventCode::SettingsSaved, QStringLiteral("long"),
                                    QJsonObject{{QStringLiteral("changes"), QString(5000, QLatin1Char('x'))}}));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM events WHERE params IS NULL")), qint64(2));
}

QTEST_GUILESS_MAIN(TestStore)
// Demo stores (screenshots, trials) write their block events as the engine does, so they read in
// the console's language rather than in the English of their message.
void TestStore::demoEventsCarryParams()
{
    QFETCH(QString, dialect);
    TestStores stores;
    std::unique_ptr<Store> store = stores.openFresh(dialect);
    QVERIFY(store);
    DemoPopulator::Options options;
    options.users = 400;
    const auto report = DemoPopulator(*store, StoreKey::generate(), PhoneFormatSettings()).run(options);
    QVERIFY2(report, qPrintable(report.error()));
    EventQuery::Filter filter;
    filter.code = EventCode::AuthenticatorBlocked;
    const auto blocked = EventQuery(*store).list(filter);
    QVERIFY2(blocked, qPrintable(blocked.error()));
    QVERIFY(!blocked->isEmpty());
    for (const Event& e : blocked.value()) {
        QCOMPARE(e.params.value(QStringLiteral("failures")).toInt(), 5);
        QVERIFY2(EventText::render(e) != e.message, qPrintable(e.message)); // built from the parameters
    }
}

#include "TestStore.moc"
