#include "LdapTestServer.h"
#include "RecordingGateway.h"
#include "TestStores.h"
#include "crypto/StoreKey.h"
#include "directory/DirectoryPhoneSource.h"
#include "directory/DirectoryUserImport.h"
#include "directory/OpenLdapDirectoryClient.h"
#include "domain/EventCode.h"
#include "engine/ManualClock.h"
#include "engine/OtpService.h"
#include "store/EventQuery.h"
#include "store/SettingsRepository.h"

#include <QTcpServer>
#include <QTest>

#include <functional>

// Phone numbers from a real directory: the throwaway slapd of scripts/ldap-throwaway, whose seed
// users carry `mobile` numbers in the seed's messy formats. Every rule on SQLite and PostgreSQL.
class TestDirectory : public QObject {
    Q_OBJECT

private:
    // Counts searches, so the cache can be observed.
    class CountingClient : public DirectoryClient {
    public:
        explicit CountingClient(DirectoryClient& inner)
            : m_inner(inner)
        {
        }
        Outcome search(const Search& s) override
        {
            ++searches;
            return m_inner.search(s);
        }
        int searches = 0;

    private:
        DirectoryClient& m_inner;
    };

    struct Fixture {
        TestStores stores;
        std::unique_ptr<Store> store;
        StoreKey key = StoreKey::generate();
        ManualClock clock;
        RecordingGateway gateway;
        std::unique_ptr<OtpService> service;
    };

    // A store whose Phone format takes numbers from the test directory; `configure` adjusts.
    std::unique_ptr<Fixture> fixture(const std::function<void(Settings&)>& configure = {})
    {
        QFETCH_GLOBAL(QString, dialect);
        auto f = std::make_unique<Fixture>();
        f->store = f->stores.openFresh(dialect);
        if (!f->store)
            return nullptr;
        SettingsRepository repo(*f->store, &f->key);
        auto loaded = repo.load();
        Settings s = loaded->settings;
        s.phoneFormat.useDirectoryPhone = true;
        s.directory = LdapTestServer::settings();
        if (configure)
            configure(s);
        auto saved = repo.save(s, Settings::sectionKeys(), loaded->versions, QStringLiteral("test"));
        if (!saved.ok()) {
            qWarning("%s %s", qPrintable(saved.message), qPrintable(formatFieldErrors(saved.errors)));
            return nullptr;
        }
        f->service = std::make_unique<OtpService>(*f->store, &f->key, f->clock);
        f->service->setGateway(&f->gateway);
        return f;
    }

    // Registers `login` in the store with a number of its own, unlike any in the directory.
    static bool registerUser(Fixture& f, const QString& login)
    {
        const auto out = f.service->registerAuthenticator(login, QStringLiteral("+79160000001"), {},
                                                          {QStringLiteral("admin"), false});
        if (!out.ok)
            qWarning("%s", qPrintable(out.describe()));
        return out.ok;
    }

    static QList<Event> events(Fixture& f, int code)
    {
        EventQuery::Filter filter;
        filter.code = code;
        return EventQuery(*f.store).list(filter).value();
    }

    static void checkRefused(Fixture& f, const QString& login, int code, const QString& fragment)
    {
        QVERIFY(registerUser(f, login));
        const auto out = f.service->requestOtp(login, QStringLiteral("192.0.2.1"));
        QVERIFY2(!out.ok, qPrintable(out.describe()));
        QCOMPARE(out.code, code);
        QVERIFY2(out.message.contains(fragment), qPrintable(out.message));
        QCOMPARE(f.gateway.sent().size(), 0);
        const QList<Event> logged = events(f, code);
        QCOMPARE(logged.size(), 1);
        QVERIFY(!logged.first().message.contains(QStringLiteral("9160000001")));
        QVERIFY(!logged.first().message.contains(LdapTestServer::env("SMSOTP_TEST_LDAP_PASSWORD")));
    }

    // Every user of the test directory's ou=bulk (1,200), read by the import with this cap.
    Result<DirectoryUserImport::Fetched> fetchBulk(int maxUsers)
    {
        auto f = fixture([](Settings& s) { s.directory.baseDn = LdapTestServer::env("SMSOTP_TEST_LDAP_BULK_DN"); });
        if (!f)
            return Result<DirectoryUserImport::Fetched>::failure(QStringLiteral("no fixture"));
        const Settings settings = SettingsRepository(*f->store, &f->key).load()->settings;
        DirectoryUserImport import(*f->store, &f->key);
        import.setMaxUsers(maxUsers);
        return import.fetch(settings, QStringLiteral("(objectClass=inetOrgPerson)"));
    }

private Q_SLOTS:
    void initTestCase_data() { TestStores::addDialectRows(); }

    void init() { LDAP_TEST_SERVER_OR_SKIP(); }

    void requestGoesToTheDirectoryNumber()
    {
        auto f = fixture();
        QVERIFY(f);
        QVERIFY(registerUser(*f, QStringLiteral("alice")));
        const auto out = f->service->requestOtp(QStringLiteral("alice"), QStringLiteral("192.0.2.1"));
        QVERIFY2(out.ok, qPrintable(out.describe()));
        QCOMPARE(f->gateway.sent().size(), 1);
        // "8 (916) 123-45-6O; 8 999 000 00 00" in the directory, normalised by the store's rules.
        QCOMPARE(f->gateway.sent().first().to, QStringLiteral("+79161234560"));
        const QList<Event> sent = events(*f, EventCode::OtpSent);
        QCOMPARE(sent.size(), 1);
        QVERIFY2(sent.first().message.contains(QStringLiteral("directory")), qPrintable(sent.first().message));
        QVERIFY(!sent.first().message.contains(QStringLiteral("1234560")));
    }

    // The test directory answers one request with at most 500 entries (as Active Directory stops at
    // 1,000): the import reads the 1,200 users of ou=bulk in pages.
    void importReadsPastTheServerLimitInPages()
    {
        const auto fetched = fetchBulk(DirectoryUserImport::kMaxUsers);
        QVERIFY2(fetched, qPrintable(fetched.error()));
        QVERIFY(!fetched->truncated);
        QCOMPARE(fetched->rows.size(), 1200);
        QCOMPARE(fetched->rows.first().login, QStringLiteral("bulk0001"));
        QCOMPARE(fetched->rows.last().login, QStringLiteral("bulk1200"));
        QVERIFY2(fetched->rows.last().problem.isEmpty(), qPrintable(fetched->rows.last().problem));
    }

    // Our own cap ends the paged search and says the result is cut.
    void importStopsAtItsOwnCap()
    {
        const auto fetched = fetchBulk(700);
        QVERIFY2(fetched, qPrintable(fetched.error()));
        QVERIFY(fetched->truncated);
        QCOMPARE(fetched->rows.size(), 700);
    }

    void ldapsAndLaterServersWork()
    {
        // The first server does not answer (nothing listens there): the second one is used.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 deadPort = closed.serverPort();
        closed.close();
        auto f = fixture([&](Settings& s) {
            s.directory.servers = {QStringLiteral("ldaps://127.0.0.1:%1").arg(deadPort),
                                   LdapTestServer::env("SMSOTP_TEST_LDAPS_URL")};
        });
        QVERIFY(f);
        QVERIFY(registerUser(*f, QStringLiteral("bob")));
        const auto out = f->service->requestOtp(QStringLiteral("bob"), {});
        QVERIFY2(out.ok, qPrintable(out.describe()));
        QCOMPARE(f->gateway.sent().first().to, QStringLiteral("+79167654321"));
    }

    void noNumberRefusesWithoutFallback()
    {
        auto f = fixture();
        QVERIFY(f);
        checkRefused(*f, QStringLiteral("carol"), EventCode::DirectoryPhoneMissing, QStringLiteral("empty"));
    }

    void fallbackUsesTheStoreNumber()
    {
        auto f = fixture([](Settings& s) { s.directory.fallbackToStoreNumber = true; });
        QVERIFY(f);
        QVERIFY(registerUser(*f, QStringLiteral("carol")));
        const auto out = f->service->requestOtp(QStringLiteral("carol"), {});
        QVERIFY2(out.ok, qPrintable(out.describe()));
        QCOMPARE(f->gateway.sent().first().to, QStringLiteral("+79160000001"));
        QCOMPARE(events(*f, EventCode::DirectoryFallback).size(), 1);
        // A user the directory does not know falls back too; a directory that cannot be reached does not.
        QVERIFY(registerUser(*f, QStringLiteral("zed")));
        QVERIFY(f->service->requestOtp(QStringLiteral("zed"), {}).ok);
        QCOMPARE(events(*f, EventCode::DirectoryFallback).size(), 2);
    }

    void fallbackNeverCoversAnUnreachableDirectory()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 deadPort = closed.serverPort();
        closed.close();
        auto f = fixture([&](Settings& s) {
            s.directory.fallbackToStoreNumber = true;
            s.directory.servers = {QStringLiteral("ldaps://127.0.0.1:%1").arg(deadPort)};
        });
        QVERIFY(f);
        checkRefused(*f, QStringLiteral("alice"), EventCode::DirectoryUnreachable, QStringLiteral("cannot be reached"));
    }

    void userMissing()
    {
        auto f = fixture();
        QVERIFY(f);
        checkRefused(*f, QStringLiteral("zed"), EventCode::DirectoryUserMissing, QStringLiteral("no user"));
    }

    void filterInjectionFindsNobody()
    {
        auto f = fixture();
        QVERIFY(f);
        // Unescaped, this would match every user; escaped it is a login nobody has.
        checkRefused(*f, QStringLiteral("*)(uid=*"), EventCode::DirectoryUserMissing, QStringLiteral("no user"));
        // The seed has a user whose uid is literally "*": escaping finds exactly that one.
        QVERIFY(registerUser(*f, QStringLiteral("*")));
        const auto out = f->service->requestOtp(QStringLiteral("*"), {});
        QVERIFY2(out.ok, qPrintable(out.describe()));
        QCOMPARE(f->gateway.sent().last().to, QStringLiteral("+79169999999"));
    }

    void severalValues()
    {
        auto f = fixture();
        QVERIFY(f);
        checkRefused(*f, QStringLiteral("dave"), EventCode::DirectoryPhoneAmbiguous, QStringLiteral("2 values"));
    }

    void invalidNumber()
    {
        auto f = fixture();
        QVERIFY(f);
        checkRefused(*f, QStringLiteral("erin"), EventCode::DirectoryPhoneInvalid, QStringLiteral("not a valid"));
    }

    void binaryData()
    {
        auto f = fixture([](Settings& s) { s.phoneFormat.directoryAttribute = QStringLiteral("jpegPhoto"); });
        QVERIFY(f);
        checkRefused(*f, QStringLiteral("erin"), EventCode::DirectoryPhoneInvalid, QStringLiteral("binary"));
    }

    void wrongBindPassword()
    {
        auto f = fixture([](Settings& s) { s.directory.bindPassword = QStringLiteral("wrong-password"); });
        QVERIFY(f);
        checkRefused(*f, QStringLiteral("alice"), EventCode::DirectoryBindFailed, QStringLiteral("refused the bind"));
        QVERIFY(!events(*f, EventCode::DirectoryBindFailed).first().message.contains(QStringLiteral("wrong-password")));
    }

    void baseDnMissing()
    {
        auto f = fixture([](Settings& s) { s.directory.baseDn = QStringLiteral("ou=nowhere,dc=smsotp,dc=test"); });
        QVERIFY(f);
        checkRefused(*f, QStringLiteral("alice"), EventCode::DirectorySearchFailed, QStringLiteral("does not exist"));
    }

    void certificateForAnotherHost()
    {
        auto f =
            fixture([](Settings& s) { s.directory.servers = {LdapTestServer::env("SMSOTP_TEST_LDAPS_MISMATCH_URL")}; });
        QVERIFY(f);
        checkRefused(*f, QStringLiteral("alice"), EventCode::DirectoryUnreachable, QStringLiteral("127.0.0.2"));
    }

    void untrustedCertificate()
    {
        // Without the test CA the system's trust store does not know the server's certificate.
        auto f = fixture([](Settings& s) {
            s.directory.caFile.clear();
            s.directory.servers = {LdapTestServer::env("SMSOTP_TEST_LDAPS_URL")};
        });
        QVERIFY(f);
        checkRefused(*f, QStringLiteral("alice"), EventCode::DirectoryUnreachable, QStringLiteral("cannot be reached"));
    }

    void silentServerTimesOut()
    {
        // Accepts the connection (the kernel does) but never answers: the timeout ends the wait.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        auto f = fixture([&](Settings& s) {
            s.directory.servers = {QStringLiteral("ldap://127.0.0.1:%1").arg(silent.serverPort())};
            s.directory.connectTimeoutSeconds = 1;
            s.directory.timeoutSeconds = 1;
        });
        QVERIFY(f);
        checkRefused(*f, QStringLiteral("alice"), EventCode::DirectoryUnreachable, QStringLiteral("cannot be reached"));
    }

    void notConfigured()
    {
        auto f = fixture([](Settings& s) { s.directory = DirectorySettings(); });
        QVERIFY(f);
        checkRefused(*f, QStringLiteral("alice"), EventCode::DirectoryNotConfigured, QStringLiteral("no directory"));
    }

    void bindPasswordNeedsTheStoreKey()
    {
        auto f = fixture();
        QVERIFY(f);
        QVERIFY(registerUser(*f, QStringLiteral("alice")));
        // The password was saved encrypted; without the key the engine cannot bind.
        OtpService blind(*f->store, nullptr, f->clock);
        blind.setGateway(&f->gateway);
        const auto out = blind.requestOtp(QStringLiteral("alice"), {});
        QVERIFY(!out.ok);
        QCOMPARE(out.code, int(EventCode::DirectoryNotConfigured));
        // With the key it can.
        QVERIFY(f->service->requestOtp(QStringLiteral("alice"), {}).ok);
    }

    void lookupsAreCached()
    {
        auto f = fixture();
        QVERIFY(f);
        QVERIFY(registerUser(*f, QStringLiteral("alice")));
        Result<DirectorySettings> complete =
            DirectoryPhoneSource(*f->store, &f->key).complete(SettingsRepository(*f->store).load()->settings.directory);
        QVERIFY(complete);
        OpenLdapDirectoryClient real(complete.value());
        CountingClient counting(real);
        f->service->setDirectoryClient(&counting);
        QVERIFY(f->service->requestOtp(QStringLiteral("alice"), {}).ok);
        QVERIFY(f->service->requestOtp(QStringLiteral("alice"), {}).ok);
        QCOMPARE(counting.searches, 1);
        f->clock.advanceSeconds(61); // directory.cacheSeconds is 60 by default
        QVERIFY(f->service->requestOtp(QStringLiteral("alice"), {}).ok);
        QCOMPARE(counting.searches, 2);
    }

    void secretRoundTripsEncrypted()
    {
        auto f = fixture();
        QVERIFY(f);
        auto loaded = SettingsRepository(*f->store, &f->key).load();
        QVERIFY(loaded);
        QCOMPARE(loaded->settings.directory.bindPassword, LdapTestServer::env("SMSOTP_TEST_LDAP_PASSWORD"));
        auto blind = SettingsRepository(*f->store).load();
        QVERIFY(blind);
        QVERIFY(blind->settings.directory.bindPassword.isEmpty());
        QSqlQuery q = f->store->query();
        q.exec(QStringLiteral("SELECT body FROM settings WHERE section = 'directory'"));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toString().contains(LdapTestServer::env("SMSOTP_TEST_LDAP_PASSWORD")));
        q.exec(QStringLiteral("SELECT count(*) FROM secrets WHERE name = 'directory.bindPassword'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDirectory)
#include "TestDirectory.moc"
