#include "DictionaryTranslator.h"
#include "RecordingGateway.h"
#include "TestStores.h"
#include "crypto/StoreKey.h"
#include "domain/EventCode.h"
#include "domain/EventText.h"
#include "engine/ManualClock.h"
#include "engine/OtpService.h"
#include "store/AuthenticatorRepository.h"
#include "store/EventQuery.h"
#include "store/SettingsRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>

// The engine's rules of DESIGN §4, each pinned on SQLite and on PostgreSQL.
class TestOtpService : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        TestStores stores;
        QString url;
        std::unique_ptr<Store> store;
        StoreKey key = StoreKey::generate();
        ManualClock clock;
        RecordingGateway gateway;
        std::unique_ptr<OtpService> service;
    };

    std::unique_ptr<Fixture> fixture(const std::function<void(Settings&)>& configure = {})
    {
        QFETCH_GLOBAL(QString, dialect);
        auto f = std::make_unique<Fixture>();
        f->url = f->stores.freshUrl(dialect);
        if (f->url.isEmpty())
            return nullptr;
        f->store = f->stores.openAgainOrCreate(f->url);
        if (!f->store)
            return nullptr;
        if (configure) {
            SettingsRepository repo(*f->store, &f->key);
            auto loaded = repo.load();
            Settings s = loaded->settings;
            configure(s);
            auto saved = repo.save(s, Settings::sectionKeys(), loaded->versions, QStringLiteral("test"));
            if (!saved.ok())
                qWarning("%s %s", qPrintable(saved.message), qPrintable(formatFieldErrors(saved.errors)));
        }
        f->service = std::make_unique<OtpService>(*f->store, &f->key, f->clock);
        f->service->setGateway(&f->gateway);
        return f;
    }

    static void registerUsers(Fixture& f, int n)
    {
        for (int i = 0; i < n; ++i) {
            const auto out = f.service->registerAuthenticator(
                QStringLiteral("user%1").arg(i), QStringLiteral("8 916 100 %1").arg(i, 4, 10, QLatin1Char('0')), {},
                {QStringLiteral("admin"), false});
            QVERIFY2(out.ok, qPrintable(out.describe()));
        }
    }

    static qint64 eventCount(Store& store, int code)
    {
        EventQuery::Filter filter;
        filter.code = code;
        return EventQuery(store).count(filter).value();
    }

    static Authenticator row(Fixture& f, const QString& login)
    {
        return *AuthenticatorRepository(*f.store, &f.key).find(login).value();
    }

private Q_SLOTS:
    void initTestCase_data() { TestStores::addDialectRows(); }

    void requestAndVerify()
    {
        auto f = fixture();
        QVERIFY(f);
        registerUsers(*f, 1);
        const auto requested = f->service->requestOtp(QStringLiteral("user0"), QStringLiteral("192.0.2.1"));
        QVERIFY2(requested.ok, qPrintable(requested.describe()));
        QCOMPARE(f->gateway.sent().size(), 1);
        QCOMPARE(f->gateway.sent().last().to, QStringLiteral("+79161000000"));
        const QString code = f->gateway.lastCode();
        QCOMPARE(code.size(), 6);
        QVERIFY(!requested.message.contains(code));

        const auto wrong = f->service->verifyOtp(QStringLiteral("user0"), QStringLiteral("x") + code, {});
        QVERIFY(!wrong.ok);
        QCOMPARE(wrong.code, int(EventCode::OtpRejected));
        const auto right = f->service->verifyOtp(QStringLiteral("USER0"), code, {});
        QVERIFY2(right.ok, qPrintable(right.describe()));
        QCOMPARE(row(*f, QStringLiteral("user0")).failedCount, 0);
        // Single use: the same code a second time is refused.
        QVERIFY(!f->service->verifyOtp(QStringLiteral("user0"), code, {}).ok);
        QCOMPARE(eventCount(*f->store, EventCode::OtpSent), 1);
        QCOMPARE(eventCount(*f->store, EventCode::OtpVerified), 1);
    }

    void codeExpires()
    {
        auto f = fixture([](Settings& s) { s.otp.lifetimeSeconds = 60; });
        QVERIFY(f);
        registerUsers(*f, 1);
        QVERIFY(f->service->requestOtp(QStringLiteral("user0"), {}).ok);
        f->clock.advanceSeconds(61);
        const auto late = f->service->verifyOtp(QStringLiteral("user0"), f->gateway.lastCode(), {});
        QVERIFY(!late.ok);
        QVERIFY(late.message.contains(QStringLiteral("expired")));
        QCOMPARE(late.code, int(EventCode::OtpExpired));
        QCOMPARE(eventCount(*f->store, EventCode::OtpExpired), 1);
        QCOMPARE(row(*f, QStringLiteral("user0")).failedCount, 1);
    }

    // The seed's example: window 600 s, threshold 20, minimum 85 %.
    void spamSuspendsAfterThresholdAndResumesWithTime()
    {
        auto f = fixture([](Settings& s) {
            s.spamProtection = {};
            s.spamProtection.enabled = true;
        });
        QVERIFY(f);
        registerUsers(*f, 22);
        for (int i = 0; i < 20; ++i)
            QVERIFY(f->service->requestOtp(QStringLiteral("user%1").arg(i), {}).ok);
        QCOMPARE(eventCount(*f->store, EventCode::SpamSuspended), 0);
        // The 21st message is sent, then sending is suspended.
        QVERIFY(f->service->requestOtp(QStringLiteral("user20"), {}).ok);
        QCOMPARE(eventCount(*f->store, EventCode::SpamSuspended), 1);
        const auto refused = f->service->requestOtp(QStringLiteral("user21"), {});
        QVERIFY(!refused.ok);
        QCOMPARE(refused.code, int(EventCode::RefusedSuspended));
        QCOMPARE(refused.message, QStringLiteral("Potential spam attack detected"));
        QCOMPARE(f->gateway.sent().size(), 21);

        f->clock.advanceSeconds(599);
        QVERIFY(!f->service->requestOtp(QStringLiteral("user21"), {}).ok);
        f->clock.advanceSeconds(1);
        QVERIFY(f->service->requestOtp(QStringLiteral("user21"), {}).ok);
        QCOMPARE(eventCount(*f->store, EventCode::SendingResumed), 1);
    }

    void spamResumesWhenSuccessPercentRecovers()
    {
        auto f = fixture();
        QVERIFY(f);
        registerUsers(*f, 22);
        QStringList codes;
        for (int i = 0; i < 21; ++i) {
            QVERIFY(f->service->requestOtp(QStringLiteral("user%1").arg(i), {}).ok);
            codes << f->gateway.lastCode();
        }
        QCOMPARE(eventCount(*f->store, EventCode::SpamSuspended), 1);
        // 17 of 21 is 80 %: still suspended; 18 of 21 is 85.7 %: resumed.
        for (int i = 0; i < 17; ++i)
            QVERIFY(f->service->verifyOtp(QStringLiteral("user%1").arg(i), codes.at(i), {}).ok);
        QCOMPARE(eventCount(*f->store, EventCode::SendingResumed), 0);
        QVERIFY(!f->service->requestOtp(QStringLiteral("user21"), {}).ok);
        QVERIFY(f->service->verifyOtp(QStringLiteral("user17"), codes.at(17), {}).ok);
        QCOMPARE(eventCount(*f->store, EventCode::SendingResumed), 1);
        QVERIFY(f->service->requestOtp(QStringLiteral("user21"), {}).ok);
    }

    void spamDisabledNeverSuspends()
    {
        auto f = fixture([](Settings& s) { s.spamProtection.enabled = false; });
        QVERIFY(f);
        registerUsers(*f, 1);
        for (int i = 0; i < 30; ++i)
            QVERIFY(f->service->requestOtp(QStringLiteral("user0"), {}).ok);
        QCOMPARE(eventCount(*f->store, EventCode::SpamSuspended), 0);
    }

    void blocksAtTheLimitAndUnblocksAfterTimeout()
    {
        auto f = fixture([](Settings& s) {
            s.block.attemptsBeforeBlock = 3;
            s.block.counterResetMinutes = 10;
            s.block.unblockMinutes = 30;
        });
        QVERIFY(f);
        registerUsers(*f, 1);
        const QString user = QStringLiteral("user0");
        QVERIFY(f->service->requestOtp(user, {}).ok);
        QCOMPARE(f->service->verifyOtp(user, QStringLiteral("bad"), {}).code, int(EventCode::OtpRejected));
        QCOMPARE(f->service->verifyOtp(user, QStringLiteral("bad"), {}).code, int(EventCode::OtpRejected));
        QCOMPARE(row(*f, user).failedCount, 2); // N-1: not blocked
        QVERIFY(!row(*f, user).isBlockedAt(f->clock.now()));
        QCOMPARE(f->service->verifyOtp(user, QStringLiteral("bad"), {}).code, int(EventCode::AuthenticatorBlocked));
        QVERIFY(row(*f, user).isBlockedAt(f->clock.now()));
        QCOMPARE(row(*f, user).blockedUntil, f->clock.now().addSecs(30 * 60));

        const auto refused = f->service->requestOtp(user, {});
        QCOMPARE(refused.code, int(EventCode::RefusedBlocked));
        QCOMPARE(f->gateway.sent().size(), 1); // a blocked authenticator gets no SMS
        QCOMPARE(f->service->verifyOtp(user, QStringLiteral("bad"), {}).code, int(EventCode::RefusedBlocked));

        f->clock.advanceSeconds(30 * 60);
        QVERIFY(f->service->requestOtp(user, {}).ok);
        QCOMPARE(eventCount(*f->store, EventCode::AuthenticatorUnblocked), 1);
        QCOMPARE(row(*f, user).failedCount, 0);
    }

    void counterResetsAfterQuietPeriod()
    {
        auto f = fixture([](Settings& s) {
            s.block.attemptsBeforeBlock = 3;
            s.block.counterResetMinutes = 10;
        });
        QVERIFY(f);
        registerUsers(*f, 1);
        const QString user = QStringLiteral("user0");
        QVERIFY(f->service->requestOtp(user, {}).ok);
        f->service->verifyOtp(user, QStringLiteral("bad"), {});
        f->service->verifyOtp(user, QStringLiteral("bad"), {});
        f->clock.advanceSeconds(10 * 60 - 1);
        f->service->verifyOtp(user, QStringLiteral("bad"), {});
        QVERIFY(row(*f, user).isBlockedAt(f->clock.now())); // within the period: counted
        QVERIFY(f->service->unblock({user}, {QStringLiteral("helpdesk"), false}).ok);

        QVERIFY(f->service->requestOtp(user, {}).ok);
        f->service->verifyOtp(user, QStringLiteral("bad"), {});
        f->service->verifyOtp(user, QStringLiteral("bad"), {});
        f->clock.advanceSeconds(10 * 60);
        f->service->verifyOtp(user, QStringLiteral("bad"), {});
        QCOMPARE(row(*f, user).failedCount, 1); // the old failures were forgotten
        QVERIFY(!row(*f, user).isBlockedAt(f->clock.now()));
    }

    void successClearsCounter()
    {
        auto f = fixture([](Settings& s) { s.block.attemptsBeforeBlock = 3; });
        QVERIFY(f);
        registerUsers(*f, 1);
        const QString user = QStringLiteral("user0");
        QVERIFY(f->service->requestOtp(user, {}).ok);
        f->service->verifyOtp(user, QStringLiteral("bad"), {});
        f->service->verifyOtp(user, QStringLiteral("bad"), {});
        QVERIFY(f->service->verifyOtp(user, f->gateway.lastCode(), {}).ok);
        QCOMPARE(row(*f, user).failedCount, 0);
    }

    void zeroTimeoutNeedsHelpDesk()
    {
        auto f = fixture([](Settings& s) {
            s.block.attemptsBeforeBlock = 1;
            s.block.unblockMinutes = 0;
        });
        QVERIFY(f);
        registerUsers(*f, 1);
        const QString user = QStringLiteral("user0");
        QVERIFY(f->service->requestOtp(user, {}).ok);
        QCOMPARE(f->service->verifyOtp(user, QStringLiteral("bad"), {}).code, int(EventCode::AuthenticatorBlocked));
        QCOMPARE(row(*f, user).blockState, Authenticator::BlockState::UntilUnblock);
        f->clock.advanceSeconds(365LL * 24 * 3600);
        QCOMPARE(f->service->requestOtp(user, {}).code, int(EventCode::RefusedBlocked));
        const auto unblocked = f->service->unblockAll({QStringLiteral("helpdesk"), false});
        QCOMPARE(unblocked.count, 1);
        QVERIFY(f->service->requestOtp(user, {}).ok);
    }

    void blockingDisabledNeverBlocks()
    {
        auto f = fixture([](Settings& s) {
            s.block.enabled = false;
            s.block.attemptsBeforeBlock = 1;
        });
        QVERIFY(f);
        registerUsers(*f, 1);
        QVERIFY(f->service->requestOtp(QStringLiteral("user0"), {}).ok);
        for (int i = 0; i < 5; ++i)
            f->service->verifyOtp(QStringLiteral("user0"), QStringLiteral("bad"), {});
        QVERIFY(!row(*f, QStringLiteral("user0")).isBlockedAt(f->clock.now()));
        QVERIFY(f->service->verifyOtp(QStringLiteral("user0"), f->gateway.lastCode(), {}).ok);
    }

    void ipAllowListRefusesWith1201()
    {
        auto f = fixture([](Settings& s) {
            s.ipAllowList.enabled = true;
            s.ipAllowList.entries = {{QStringLiteral("10.0.0.0/8"), QStringLiteral("office")},
                                     {QStringLiteral("2001:db8::/32"), {}}};
            s.ipAllowList.exemptAccounts = {QStringLiteral("User1")};
        });
        QVERIFY(f);
        registerUsers(*f, 2);
        const auto refused = f->service->requestOtp(QStringLiteral("user0"), QStringLiteral("192.0.2.5"));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.code, 1201);
        QCOMPARE(refused.describe(), QStringLiteral("error 1201: address 192.0.2.5 is not allowed"));
        QVERIFY(f->service->requestOtp(QStringLiteral("user0"), QStringLiteral("10.20.30.40")).ok);
        QVERIFY(f->service->requestOtp(QStringLiteral("user0"), QStringLiteral("2001:db8::7")).ok);
        QVERIFY(f->service->requestOtp(QStringLiteral("user0"), QStringLiteral("::ffff:10.1.1.1")).ok);
        QVERIFY(f->service->requestOtp(QStringLiteral("user1"), QStringLiteral("192.0.2.5")).ok); // exempt
        QCOMPARE(eventCount(*f->store, 1201), 1);
    }

    void accessRightsBindSelfServiceOnly()
    {
        auto f = fixture([](Settings& s) {
            s.accessRights.mayRegister = false;
            s.accessRights.mayDelete = false;
            s.accessRights.commentEditing = AccessRightsSettings::CommentEditing::Registration;
        });
        QVERIFY(f);
        const OtpService::Actor user{QStringLiteral("alice"), true};
        const OtpService::Actor admin{QStringLiteral("admin"), false};
        auto out = f->service->registerAuthenticator(QStringLiteral("alice"), QStringLiteral("89161234567"), {}, user);
        QCOMPARE(out.code, int(EventCode::SelfServiceRefused));
        QVERIFY(
            f->service->registerAuthenticator(QStringLiteral("alice"), QStringLiteral("89161234567"), {}, admin).ok);
        QCOMPARE(f->service->remove(QStringLiteral("alice"), user).code, int(EventCode::SelfServiceRefused));
        QCOMPARE(f->service->changeComment(QStringLiteral("alice"), QStringLiteral("x"), user).code,
                 int(EventCode::SelfServiceRefused));
        QVERIFY(f->service->changeComment(QStringLiteral("alice"), QStringLiteral("x"), admin).ok);
        QVERIFY(f->service->changePhone(QStringLiteral("alice"), QStringLiteral("89161234568"), user).ok);
        QVERIFY(f->service->remove(QStringLiteral("alice"), admin).ok);
    }

    void denyUseRefusesRequests()
    {
        auto f = fixture([](Settings& s) { s.accessRights.denyUse = true; });
        QVERIFY(f);
        registerUsers(*f, 1);
        QCOMPARE(f->service->requestOtp(QStringLiteral("user0"), {}).code, int(EventCode::UseDenied));
        QVERIFY(f->gateway.sent().isEmpty());
    }

    void gatewayFailureIsReportedAndCodeDropped()
    {
        auto f = fixture();
        QVERIFY(f);
        registerUsers(*f, 1);
        f->gateway.failNext(SendResult::ErrorClass::Transport);
        const auto out = f->service->requestOtp(QStringLiteral("user0"), {});
        QVERIFY(!out.ok);
        QCOMPARE(out.code, int(EventCode::GatewayFailed));
        QVERIFY(!f->service->verifyOtp(QStringLiteral("user0"), f->gateway.lastCode(), {}).ok);
    }

    // Issue 12, defect 4: a stored section that does not parse or validate stops the engine
    // (error 3010 naming the section, one event per damaged version) instead of falling back to
    // the defaults, which would turn the allow-list and denyUse off.
    void damagedSettingsStopTheEngine_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("body");
        QTest::addRow("allow-list not JSON") << QStringLiteral("ipAllowList") << QStringLiteral("{\"enabled\":tr");
        QTest::addRow("access rights not an object") << QStringLiteral("accessRights") << QStringLiteral("[1,2]");
        QTest::addRow("attempts out of range")
            << QStringLiteral("block") << QStringLiteral("{\"attemptsBeforeBlock\":-3}");
    }

    void damagedSettingsStopTheEngine()
    {
        QFETCH(QString, section);
        QFETCH(QString, body);
        auto f = fixture([](Settings& s) {
            s.accessRights.denyUse = false;
            s.ipAllowList.enabled = true;
            s.ipAllowList.entries = {{QStringLiteral("192.0.2.0/24"), {}}};
        });
        QVERIFY(f);
        registerUsers(*f, 1);
        QVERIFY(f->service->requestOtp(QStringLiteral("user0"), QStringLiteral("192.0.2.1")).ok);
        const QString code = f->gateway.lastCode();
        QSqlQuery q = f->store->query();
        q.prepare(QStringLiteral("UPDATE settings SET body = ?, version = version + 1 WHERE section = ?"));
        q.addBindValue(body);
        q.addBindValue(section);
        QVERIFY(q.exec() && q.numRowsAffected() == 1);

        const auto requested = f->service->requestOtp(QStringLiteral("user0"), QStringLiteral("198.51.100.1"));
        QVERIFY(!requested.ok);
        QCOMPARE(requested.code, int(EventCode::SettingsDamaged));
        QVERIFY2(requested.message.contains(section), qPrintable(requested.message));
        QCOMPARE(f->gateway.sent().size(), 1);
        const auto verified = f->service->verifyOtp(QStringLiteral("user0"), code, QStringLiteral("192.0.2.1"));
        QVERIFY(!verified.ok);
        QCOMPARE(verified.code, int(EventCode::SettingsDamaged));
        QCOMPARE(eventCount(*f->store, EventCode::SettingsDamaged), 1);

        // Everything that acts on the settings refuses them; the console's reading reports them.
        const auto refused = SettingsRepository(*f->store).load();
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(section));
        const auto reported = SettingsRepository(*f->store).load(SettingsRepository::Damage::Report);
        QVERIFY(reported);
        QCOMPARE(reported->damaged.keys(), QStringList{section});
    }

    // Issue 12, defect 1: a client address that is not a plain IPv4/IPv6 address is refused
    // before anything happens (no SMS, no code, no count), allow-list on or off.
    void malformedClientAddressIsRefusedBeforeAnything_data()
    {
        QTest::addColumn<bool>("allowList");
        QTest::addColumn<QString>("address");
        const QString longText = QString(65, QLatin1Char('1'));
        const QString longZone = QStringLiteral("fe80::1%") + QString(50, QLatin1Char('e'));
        for (const bool on : {false, true}) {
            const char* list = on ? "list on" : "list off";
            QTest::addRow("%s, 65 characters", list) << on << longText;
            QTest::addRow("%s, long zone id", list) << on << longZone;
            QTest::addRow("%s, short IPv4 form", list) << on << QStringLiteral("192.168.1");
            QTest::addRow("%s, a name", list) << on << QStringLiteral("gateway.example");
            QTest::addRow("%s, zone on IPv4", list) << on << QStringLiteral("10.0.0.1%eth0");
        }
    }

    void malformedClientAddressIsRefusedBeforeAnything()
    {
        QFETCH(bool, allowList);
        QFETCH(QString, address);
        auto f = fixture([&](Settings& s) {
            s.ipAllowList.enabled = allowList;
            s.ipAllowList.entries = {{QStringLiteral("192.0.2.0/24"), {}}, {QStringLiteral("fe80::/10"), {}}};
        });
        QVERIFY(f);
        registerUsers(*f, 1);
        const auto requested = f->service->requestOtp(QStringLiteral("user0"), address);
        QVERIFY(!requested.ok);
        QCOMPARE(requested.code, int(EventCode::ClientAddressRefused));
        QVERIFY(f->gateway.sent().isEmpty());
        QVERIFY(!AuthenticatorRepository(*f->store, &f->key).pendingOtp(QStringLiteral("user0")).value());

        QVERIFY(f->service->requestOtp(QStringLiteral("user0"), QStringLiteral("fe80::1%eth0")).ok);
        const QString code = f->gateway.lastCode();
        for (const QString& guess : {QStringLiteral("x"), code}) {
            const auto verified = f->service->verifyOtp(QStringLiteral("user0"), guess, address);
            QCOMPARE(verified.code, int(EventCode::ClientAddressRefused));
        }
        QCOMPARE(row(*f, QStringLiteral("user0")).failedCount, 0);
        QCOMPARE(eventCount(*f->store, EventCode::ClientAddressRefused), 3);
        // The code is untouched by the refusals and still works from a good address.
        QVERIFY(f->service->verifyOtp(QStringLiteral("user0"), code, QStringLiteral("192.0.2.7")).ok);
    }

    // Issue 12, defect 1: when the outcome of a verification cannot be recorded (here every
    // event write fails), the code is withdrawn, the attempt counts, and the answer is the
    // same for a right and a wrong code.
    void verifyThatCannotBeRecordedFailsClosed()
    {
        auto f = fixture();
        QVERIFY(f);
        registerUsers(*f, 1);
        const bool pg = f->store->dialect().id() != StoreUrl::Dialect::Sqlite;
        const auto breakEvents = [&](bool broken) {
            const QString sql =
                pg ? (broken ? QStringLiteral(
                                   "ALTER TABLE events ADD CONSTRAINT test_no_events CHECK (code < 0) NOT VALID")
                             : QStringLiteral("ALTER TABLE events DROP CONSTRAINT test_no_events"))
                   : (broken ? QStringLiteral("CREATE TRIGGER test_no_events BEFORE INSERT ON events "
                                              "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                             : QStringLiteral("DROP TRIGGER test_no_events"));
            const Status st = f->store->exec(sql, QStringLiteral("test"));
            QVERIFY2(st.ok(), qPrintable(st.error()));
        };
        QVERIFY(f->service->requestOtp(QStringLiteral("user0"), {}).ok);
        const QString right = f->gateway.lastCode();
        breakEvents(true);
        const auto withRight = f->service->verifyOtp(QStringLiteral("user0"), right, {});
        breakEvents(false);
        QVERIFY(f->service->requestOtp(QStringLiteral("user0"), {}).ok);
        const QString second = f->gateway.lastCode();
        breakEvents(true);
        const auto withWrong = f->service->verifyOtp(QStringLiteral("user0"), QStringLiteral("x") + second, {});
        breakEvents(false);

        QVERIFY(!withRight.ok);
        QCOMPARE(withRight.code, int(EventCode::VerifyNotRecorded));
        QCOMPARE(withWrong.describe(), withRight.describe());
        // Both attempts counted, and neither code is usable any more.
        QCOMPARE(row(*f, QStringLiteral("user0")).failedCount, 2);
        QCOMPARE(f->service->verifyOtp(QStringLiteral("user0"), right, {}).code, int(EventCode::OtpRejected));
        QCOMPARE(f->service->verifyOtp(QStringLiteral("user0"), second, {}).code, int(EventCode::OtpRejected));
    }

    // Neither the store nor the event log holds a phone number or an OTP in clear.
    void noPlainPhoneOrCodeAtRest()
    {
        QFETCH_GLOBAL(QString, dialect);
        auto f = fixture();
        QVERIFY(f);
        QVERIFY(f->service
                    ->registerAuthenticator(QStringLiteral("alice"), QStringLiteral("8 (916) 987-65-43"), {},
                                            {QStringLiteral("admin"), false})
                    .ok);
        QVERIFY(f->service->requestOtp(QStringLiteral("alice"), {}).ok);
        const QString code = f->gateway.lastCode();
        QVERIFY(f->service->verifyOtp(QStringLiteral("alice"), code + QStringLiteral("0"), {}).code != 0);
        const QByteArray phone = "9169876543";
        QByteArray bytes;
        if (dialect == QLatin1String("sqlite")) {
            f->store.reset(); // checkpoint the WAL into the file
            const QString path = StoreUrl::parse(f->url)->path();
            for (const QString& file : QStringList{path, path + QStringLiteral("-wal")}) {
                QFile in(file);
                if (in.open(QIODevice::ReadOnly))
                    bytes += in.readAll();
            }
            QVERIFY(bytes.size() > 4096);
        } else {
            QSqlQuery q = f->store->query();
            for (const char* table : {"authenticators", "events", "settings", "secrets", "store_meta"}) {
                QVERIFY(q.exec(QStringLiteral("SELECT t::text FROM %1 t").arg(QLatin1String(table))));
                while (q.next())
                    bytes += q.value(0).toString().toUtf8();
            }
        }
        QVERIFY(!bytes.contains(phone));
        QVERIFY(!bytes.contains(QByteArray("+7").append(phone)));
        QVERIFY(bytes.contains("alice"));
        f = fixture();
        Q_UNUSED(code);
    }

    void eventsNeverHoldTheCode()
    {
        auto f = fixture();
        QVERIFY(f);
        registerUsers(*f, 1);
        QVERIFY(f->service->requestOtp(QStringLiteral("user0"), QStringLiteral("10.0.0.1")).ok);
        const QString code = f->gateway.lastCode();
        f->service->verifyOtp(QStringLiteral("user0"), code, QStringLiteral("10.0.0.1"));
        const auto events = EventQuery(*f->store).list({});
        QVERIFY(events->size() >= 3);
        for (const Event& e : events.value()) {
            QVERIFY2(!e.message.contains(code), qPrintable(e.message));
            QVERIFY2(!e.message.contains(QStringLiteral("9161000000")), qPrintable(e.message));
            // The parameters (schema 7) carry the masked number only, never the code.
            const QString params = QString::fromUtf8(QJsonDocument(e.params).toJson(QJsonDocument::Compact));
            QVERIFY2(!params.contains(code), qPrintable(params));
            QVERIFY2(!params.contains(QStringLiteral("9161000000")), qPrintable(params));
            QVERIFY2(!EventText::render(e).contains(code), qPrintable(EventText::render(e)));
        }
        // The sent event names the masked number as a parameter of its own.
        EventQuery::Filter sent;
        sent.code = EventCode::OtpSent;
        const Event first = EventQuery(*f->store).list(sent)->first();
        QCOMPARE(first.params.value(QStringLiteral("phone")).toString(), row(*f, QStringLiteral("user0")).phoneMask);
    }

    // Issue 15: the engine writes the block in English with its parameters; a reader in ru or
    // et gets it in their language from those parameters, and the English message stays.
    void blockEventReadsInTheReadersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("translation");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Заблокирован после %n неверных кодов до %1");
        QTest::newRow("et") << QStringLiteral("et") << QStringLiteral("Blokeeritud pärast %n valet koodi kuni %1");
    }

    void blockEventReadsInTheReadersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, translation);
        auto f = fixture([](Settings& s) {
            s.block.attemptsBeforeBlock = 3;
            s.block.unblockMinutes = 30;
        });
        QVERIFY(f);
        registerUsers(*f, 1);
        const QString user = QStringLiteral("user0");
        QVERIFY(f->service->requestOtp(user, {}).ok);
        for (int i = 0; i < 3; ++i)
            f->service->verifyOtp(user, QStringLiteral("bad"), {});
        EventQuery::Filter filter;
        filter.code = EventCode::AuthenticatorBlocked;
        const QList<Event> blocked = EventQuery(*f->store).list(filter).value();
        QCOMPARE(blocked.size(), 1);
        const Event& e = blocked.first();
        QVERIFY2(e.message.startsWith(QStringLiteral("blocked after 3 failed codes until ")), qPrintable(e.message));
        QCOMPARE(e.params.value(QStringLiteral("failures")).toInt(), 3);
        const QDateTime until = QDateTime::fromString(e.params.value(QStringLiteral("until")).toString(), Qt::ISODate);
        QCOMPARE(until, f->clock.now().addSecs(30 * 60));

        DictionaryTranslator translator;
        translator.add("EventText", "Blocked after %n wrong code(s) until %1", translation);
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QLocale::setDefault(QLocale(language));
        const QString text = EventText::render(e);
        QLocale::setDefault(QLocale::c());
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(text, QString(translation)
                           .replace(QStringLiteral("%n"), QStringLiteral("3"))
                           .replace(QStringLiteral("%1"),
                                    QLocale(language).toString(until.toLocalTime(), QLocale::ShortFormat)));
    }

    // A refused number (here toll-free, refused against SMS pumping) is named by its reason only.
    void refusedPhoneStaysOutOfTheLog()
    {
        auto f = fixture([](Settings& s) { s.phoneFormat.refusePremiumRate = true; });
        QVERIFY(f);
        const auto out = f->service->registerAuthenticator(QStringLiteral("user0"), QStringLiteral("8 800 555 35 35"),
                                                           {}, {QStringLiteral("admin"), false});
        QVERIFY(!out.ok);
        QCOMPARE(out.code, int(EventCode::InvalidPhone));
        QVERIFY2(!out.message.contains(QStringLiteral("5553535")), qPrintable(out.message));
        const auto events = EventQuery(*f->store).list({});
        QCOMPARE(eventCount(*f->store, EventCode::InvalidPhone), 1);
        for (const Event& e : events.value())
            QVERIFY2(!e.message.contains(QStringLiteral("5553535")), qPrintable(e.message));
    }

    // Eight connections sending wrong codes at once: no failure is lost.
    void concurrentFailuresAreCountedExactly()
    {
        auto f = fixture([](Settings& s) {
            s.block.attemptsBeforeBlock = 100;
            s.block.counterResetMinutes = 1440;
        });
        QVERIFY(f);
        registerUsers(*f, 1);
        QVERIFY(f->service->requestOtp(QStringLiteral("user0"), {}).ok);
        constexpr int kThreads = 8, kEach = 10;
        std::atomic<int> failures{0}, errors{0};
        QList<QThread*> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads << QThread::create([&] {
                auto store = StoreUrl::parse(f->url);
                auto opened = Store::open(*store, TestStores::postgresPassword());
                if (!opened) {
                    ++errors;
                    return;
                }
                ManualClock clock(f->clock.now());
                OtpService service(*opened.value(), &f->key, clock);
                for (int i = 0; i < kEach; ++i) {
                    const auto out = service.verifyOtp(QStringLiteral("user0"), QStringLiteral("bad"), {});
                    (out.code == EventCode::OtpRejected ? failures : errors)++;
                }
            });
            threads.last()->start();
        }
        for (QThread* t : threads) {
            t->wait();
            delete t;
        }
        QCOMPARE(errors.load(), 0);
        QCOMPARE(failures.load(), kThreads * kEach);
        QCOMPARE(row(*f, QStringLiteral("user0")).failedCount, kThreads * kEach);
        QCOMPARE(eventCount(*f->store, EventCode::OtpRejected), qint64(kThreads * kEach));
    }
};

QTEST_GUILESS_MAIN(TestOtpService)
#include "TestOtpService.moc"
