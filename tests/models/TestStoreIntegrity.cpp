#include "LoopbackHttpServer.h"
#include "SqliteCorruption.h"
#include "TestStores.h"
#include "crypto/StoreKey.h"
#include "domain/EventCode.h"
#include "domain/JsonDuplicateKeys.h"
#include "domain/Limits.h"
#include "engine/TestSender.h"
#include "items/AuthenticatorTableModel.h"
#include "store/AuthenticatorRepository.h"
#include "store/DemoPopulator.h"
#include "store/DriverMessageFilter.h"
#include "store/EventLog.h"
#include "store/EventQuery.h"
#include "store/SettingsRepository.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Issue 12's rules for the store: a read error is never a shorter list, a save without a
// change is not a version, inputs are bounded, the file is private, and the driver's own
// lines never bury ours.
class TestStoreIntegrity : public QObject {
    Q_OBJECT

private:
    static int eventCount(Store& store, int code)
    {
        EventQuery::Filter filter;
        filter.code = code;
        return int(EventQuery(store).count(filter).value());
    }

private Q_SLOTS:
    void initTestCase_data() { TestStores::addDialectRows(); }

    // Defect 5: a damaged page in the middle of a table fails the read instead of ending it.
    void damagedPageFailsTheReadInsteadOfShorteningIt()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (dialect != QLatin1String("sqlite"))
            QSKIP("a damaged data page is made in a SQLite file");
        TestStores stores;
        const QString url = stores.freshUrl(dialect);
        const StoreKey key = StoreKey::generate();
        {
            std::unique_ptr<Store> store = stores.openAgainOrCreate(url);
            QVERIFY(store);
            DemoPopulator::Options options;
            options.users = 3000;
            auto report = DemoPopulator(*store, key, PhoneFormatSettings()).run(options);
            QVERIFY2(report, qPrintable(report.error()));
        }
        QVERIFY(corruptMiddlePageOf(QUrl(url).path(), QStringLiteral("authenticators")));
        const bool eventsDamaged = corruptMiddlePageOf(QUrl(url).path(), QStringLiteral("events"));
        std::unique_ptr<Store> store = stores.openAgain(url);
        QVERIFY(store);

        AuthenticatorRepository::Filter all;
        all.limit = 100000;
        const auto users = AuthenticatorRepository(*store, &key).list(all);
        QVERIFY2(!users, users ? "the list came back shortened" : "");
        QVERIFY2(users.error().contains(QStringLiteral("damaged")), qPrintable(users.error()));
        EventQuery::Filter events;
        events.limit = 100000;
        if (eventsDamaged)
            QVERIFY(!EventQuery(*store).list(events));

        // The console's table says so instead of showing blank rows.
        AuthenticatorTableModel model;
        QSignalSpy errors(&model, &PagedSqlModel::errorOccurred);
        model.setStore(store.get());
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 || !errors.isEmpty(), 20000);
        for (int row = 0; row < model.rowCount() && errors.isEmpty(); ++row)
            model.data(model.index(row, 0));
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 20000);
        const QString error = errors.first().first().toString();
        QVERIFY2(error.contains(QStringLiteral("damaged")) || error.contains(QStringLiteral("malformed")),
                 qPrintable(error));
    }

    // Defect 8: saving what is stored makes no version, no history row and no event.
    void saveWithoutChangeMakesNoVersion()
    {
        QFETCH_GLOBAL(QString, dialect);
        TestStores stores;
        std::unique_ptr<Store> store = stores.openFresh(dialect);
        QVERIFY(store);
        SettingsRepository repo(*store);
        auto loaded = repo.load();
        QVERIFY(loaded);
        const int events = eventCount(*store, EventCode::SettingsSaved);
        const auto history = repo.history(QStringLiteral("block"))->size();
        const auto outcome =
            repo.save(loaded->settings, Settings::sectionKeys(), loaded->versions, QStringLiteral("t"));
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(outcome.unchanged());
        QVERIFY(outcome.message.startsWith(QStringLiteral("No changes")));
        QCOMPARE(repo.load()->versions, loaded->versions);
        QCOMPARE(repo.history(QStringLiteral("block"))->size(), history);
        QCOMPARE(eventCount(*store, EventCode::SettingsSaved), events);

        Settings changed = loaded->settings;
        changed.block.attemptsBeforeBlock = 7;
        const auto saved = repo.save(changed, {QStringLiteral("block")}, loaded->versions, QStringLiteral("t"));
        QVERIFY(saved.ok() && !saved.unchanged());
        QCOMPARE(saved.versions.value(QStringLiteral("block")), loaded->versions.value(QStringLiteral("block")) + 1);
    }

    // Defect 8: a search longer than the limit is refused with a message, never sent to SQL.
    void longSearchIsRefused()
    {
        QFETCH_GLOBAL(QString, dialect);
        TestStores stores;
        std::unique_ptr<Store> store = stores.openFresh(dialect);
        QVERIFY(store);
        AuthenticatorRepository::Filter filter;
        filter.search = QString(50000, QLatin1Char('%'));
        const auto listed = AuthenticatorRepository(*store, nullptr).list(filter);
        QVERIFY(!listed);
        QVERIFY2(listed.error().contains(QString::number(Limits::kSearchLength)), qPrintable(listed.error()));
        QVERIFY(!AuthenticatorRepository(*store, nullptr).count(filter));
        filter.search = QString(Limits::kSearchLength, QLatin1Char('a'));
        QVERIFY(AuthenticatorRepository(*store, nullptr).list(filter));
    }

    // Defect 8: duplicate names in a settings document are refused, naming the member.
    void duplicateKeysAreRefused()
    {
        QCOMPARE(JsonDuplicateKeys::find("{\"a\":1,\"b\":{\"c\":1,\"d\":[{\"e\":1,\"e\":2}]}}"),
                 QStringLiteral("b.d[0].e"));
        QCOMPARE(JsonDuplicateKeys::find("{\"a\":{\"x\":1},\"b\":{\"x\":1},\"s\":\"\\\"a\\\":1,\"}"), QString());
        QCOMPARE(JsonDuplicateKeys::find("{\"k\\u0061\":1,\"ka\":2}"), QStringLiteral("ka"));
        FieldErrors errors;
        Settings::fromDocument("{\"ipAllowList\":{\"enabled\":true,\"entries\":[],\"enabled\":false}}", Settings(),
                               errors);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("ipAllowList.enabled"));
    }

    // Defect 6: a settings file above the documented size is refused before it is parsed.
    void oversizedImportIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"ipAllowList\":{\"entries\":[");
        file.write(QByteArray(Limits::kSettingsImportBytes, ' '));
        file.write("]}}");
        file.close();
        const auto read = Settings::readDocumentFile(path);
        QVERIFY(!read);
        QVERIFY2(read.error().contains(QString::number(Limits::kSettingsImportBytes)), qPrintable(read.error()));
        FieldErrors errors;
        Settings::fromDocument(QByteArray(Limits::kSettingsImportBytes + 1, ' '), Settings(), errors);
        QCOMPARE(errors.size(), 1);
    }

    // Defect 6: an event message is bounded, so one event can never hold megabytes.
    void eventMessageIsBounded()
    {
        QFETCH_GLOBAL(QString, dialect);
        TestStores stores;
        std::unique_ptr<Store> store = stores.openFresh(dialect);
        QVERIFY(store);
        QVERIFY(EventLog(*store).append(EventCode::SettingsSaved, QString(100000, QLatin1Char('x')),
                                        QString(1000, QLatin1Char('a')), QString(1000, QLatin1Char('b')),
                                        QString(1000, QLatin1Char('c'))));
        const auto events = EventQuery(*store).list({}).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().message.size(), Limits::kEventMessageLength);
        QCOMPARE(events.first().account.size(), Limits::kAccountLength);
    }

    // Defect 8: a new local store is readable by its owner only.
    void newStoreIsPrivate()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (dialect != QLatin1String("sqlite"))
            QSKIP("file permissions are a local store's");
#ifdef Q_OS_WIN
        QSKIP("POSIX permissions");
#endif
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/folder/store.db"));
        auto store = Store::open(StoreUrl::sqlite(path), {}, Store::OpenMode::CreateIfMissing);
        QVERIFY2(store, qPrintable(store.error()));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                                          QFile::WriteOther | QFile::ExeOther;
        const QFile::Permissions file = QFileInfo(path).permissions();
        QVERIFY(file.testFlag(QFile::ReadOwner) && file.testFlag(QFile::WriteOwner));
        QCOMPARE(file & others, QFile::Permissions());
        QCOMPARE(QFileInfo(QFileInfo(path).absolutePath()).permissions() & others, QFile::Permissions());
    }

    // Defect 8: a test send that succeeds through the failover gateway records 1302.
    void testSendThroughFailoverRecords1302()
    {
        QFETCH_GLOBAL(QString, dialect);
        TestStores stores;
        std::unique_ptr<Store> store = stores.openFresh(dialect);
        QVERIFY(store);
        QString down;
        {
            LoopbackHttpServer closed;
            down = closed.url();
        }
        Settings s;
        s.gateway.type = GatewaySettings::Type::Megafon;
        s.gateway.address = down;
        s.gateway.login = QStringLiteral("api-user");
        s.gateway.password = QStringLiteral("secret-password");
        s.gateway.connectTimeoutSeconds = 2;
        GatewaySettings second;
        second.type = GatewaySettings::Type::DevFile;
        second.filePath = stores.tempPath(QStringLiteral("outbox.txt"));
        s.gateway.failover = std::make_shared<const GatewaySettings>(second);
        const TestSender::Prepared p = TestSender::prepare(s, QStringLiteral("8 (916) 123-45-67"), {});
        QVERIFY2(p.ok, qPrintable(p.reason));
        TestSender sender(*store, nullptr);
        SendResult result;
        int calls = 0;
        QVERIFY(sender.send(s.gateway, p, false, QStringLiteral("operator"), [&](const SendResult& r) {
            result = r;
            ++calls;
        }));
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 20000);
        QVERIFY2(result.success && result.viaFailover, qPrintable(result.summary()));
        QCOMPARE(eventCount(*store, EventCode::TestSend), 1);
        QCOMPARE(eventCount(*store, EventCode::GatewayFailover), 1);
        const auto events = EventQuery(*store).list({}).value();
        for (const Event& e : events)
            QVERIFY2(!e.message.contains(QStringLiteral("9161234567")) && !e.message.contains(p.message.text),
                     qPrintable(e.message));
    }

    // Defect 8: when the server goes away, Qt's driver adds no lines of its own.
    void lostServerAddsNoDriverLines()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (dialect == QLatin1String("sqlite"))
            QSKIP("a server connection is PostgreSQL's");
        static QStringList captured;
        captured.clear();
        const QtMessageHandler before = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& message) { captured << message; });
        DriverMessageFilter::install();
        TestStores stores;
        {
            std::unique_ptr<Store> store = stores.openFresh(dialect);
            QVERIFY(store);
            QVERIFY(SettingsRepository(*store).load());
            QVERIFY(EventLog(*store).append(EventCode::SettingsSaved, QStringLiteral("x")));
            QSqlQuery pid = store->query();
            QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
            QSqlQuery kill(TestStores::serverDatabase());
            QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value(0).toInt())));
            QTest::qWait(200);
            QVERIFY(!SettingsRepository(*store).load());
            QVERIFY(!EventLog(*store).append(EventCode::SettingsSaved, QStringLiteral("y")));
        }
        qInstallMessageHandler(before);
        for (const QString& line : std::as_const(captured))
            QVERIFY2(!line.contains(QStringLiteral("Unable to free statement")) &&
                         !line.contains(QStringLiteral("database not open")),
                     qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestStoreIntegrity)
#include "TestStoreIntegrity.moc"
