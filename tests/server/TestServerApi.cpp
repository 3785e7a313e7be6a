#include "ServerHarness.h"
#include "TestStores.h"
#include "util/Languages.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QThread>
#include <QTranslator>

// The API of the real smsotp-server over HTTPS on loopback (docs/api.md): the OTP flow on both
// dialects, token and scope refusals, phone management, the IP allow-list on the real caller,
// health and metrics (behind the metrics:read scope), answers in the caller's language, and logs
// without secrets.
class TestServerApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestVerifyBlockUnblock_data();
    void requestVerifyBlockUnblock();
    void everyScopeRefusal();
    void missingUnknownDisabledExpiredTokens();
    void phoneManagement();
    void allowListOnTheRealCaller();
    void healthAndMetrics();
    void metricsNeedTheirScope();
    void metricsWithoutTokenOnlyFromListedPeers();
    void refusalsInTheCallersLanguage_data();
    void refusalsInTheCallersLanguage();
    void logsHoldNoSecrets();

private:
    void ok(ServerHarness& h, const QStringList& args);
    QJsonArray events(ServerHarness& h, int code);

    ServerHarness m_h;
    QByteArray m_otp; // otp:request and otp:verify
    QStringList m_secrets;
};

void TestServerApi::ok(ServerHarness& h, const QStringList& args)
{
    const CliRunner::Run r = h.cli(args);
    QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.out + r.err));
}

QJsonArray TestServerApi::events(ServerHarness& h, int code)
{
    const CliRunner::Run r = h.cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--code"),
                                    QString::number(code), QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

void TestServerApi::initTestCase()
{
    QString error;
    QVERIFY2(m_h.prepare({}, &error), qPrintable(error));
    ok(m_h,
       {QStringLiteral("users"), QStringLiteral("register"), QStringLiteral("alice"), QStringLiteral("+79161234567")});
    m_otp = m_h.createToken(QStringLiteral("vpn"), {QStringLiteral("otp:request"), QStringLiteral("otp:verify")});
    QVERIFY(!m_otp.isEmpty());
    m_secrets << QString::fromLatin1(m_otp);
    QVERIFY2(m_h.start({}, &error) == 0, qPrintable(error));
}

void TestServerApi::requestVerifyBlockUnblock_data()
{
    TestStores::addDialectRows();
}

void TestServerApi::requestVerifyBlockUnblock()
{
    QFETCH(QString, dialect);
    TestStores stores;
    ServerHarness h;
    QString error;
    QVERIFY2(h.prepare(stores.freshUrl(dialect), &error), qPrintable(error));
    ok(h, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("block.attemptsBeforeBlock=3"),
           QStringLiteral("block.unblockMinutes=0")});
    ok(h, {QStringLiteral("users"), QStringLiteral("register"), QStringLiteral("bob"), QStringLiteral("+79161112233")});
    const QByteArray token =
        h.createToken(QStringLiteral("web"), {QStringLiteral("otp:request"), QStringLiteral("otp:verify")});
    QVERIFY(!token.isEmpty());
    QVERIFY2(h.start({}, &error) == 0, qPrintable(error));
    auto c = h.client();
    const QJsonObject bob{{QStringLiteral("login"), QStringLiteral("bob")}};

    RawHttpClient::Response r = c->postJson("/api/v1/otp/request", bob, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.code(), 1001);
    QVERIFY(!r.body.contains("1112233"));
    const QString code = h.lastCodeSentTo(QStringLiteral("+79161112233"));
    QCOMPARE(code.size(), 6);
    QJsonObject verify = bob;
    verify.insert(QStringLiteral("code"), code);
    r = c->postJson("/api/v1/otp/verify", verify, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.code(), 1002);
    QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), true);
    // Single use: the same code again is a failure (1 of 3).
    r = c->postJson("/api/v1/otp/verify", verify, token);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), 1003);
    QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), false);

    verify.insert(QStringLiteral("code"), QStringLiteral("000000x"));
    r = c->postJson("/api/v1/otp/verify", verify, token);
    QCOMPARE(r.code(), 1003);
    r = c->postJson("/api/v1/otp/verify", verify, token);
    QCOMPARE(r.status, 423);
    QCOMPARE(r.code(), 1004);
    r = c->postJson("/api/v1/otp/request", bob, token);
    QCOMPARE(r.status, 423);
    QCOMPARE(r.code(), 1203);

    ok(h, {QStringLiteral("users"), QStringLiteral("unblock"), QStringLiteral("bob")});
    r = c->postJson("/api/v1/otp/request", bob, token);
    QCOMPARE(r.status, 200);
    verify.insert(QStringLiteral("code"), h.lastCodeSentTo(QStringLiteral("+79161112233")));
    r = c->postJson("/api/v1/otp/verify", verify, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(h.stop(), 0);
}

void TestServerApi::everyScopeRefusal()
{
    const QByteArray requestOnly = m_h.createToken(QStringLiteral("request-only"), {QStringLiteral("otp:request")});
    const QByteArray readOnly = m_h.createToken(QStringLiteral("read-only"), {QStringLiteral("phones:read")});
    QVERIFY(!requestOnly.isEmpty() && !readOnly.isEmpty());
    m_secrets << QString::fromLatin1(requestOnly) << QString::fromLatin1(readOnly);
    const int before = int(events(m_h, 1223).size());
    auto c = m_h.client();
    const QJsonObject verify{{QStringLiteral("login"), QStringLiteral("alice")},
                             {QStringLiteral("code"), QStringLiteral("1")}};
    const QJsonObject phone{{QStringLiteral("phone"), QStringLiteral("+79160000000")}};
    const QByteArray json = QJsonDocument(phone).toJson(QJsonDocument::Compact);
    const RawHttpClient::Headers type{{"Content-Type", "application/json"}};

    struct Case {
        RawHttpClient::Response response;
        const char* scope;
    };
    const QList<Case> cases = {
        {c->postJson("/api/v1/otp/verify", verify, requestOnly), "otp:verify"},
        {c->postJson("/api/v1/otp/request", {{QStringLiteral("login"), QStringLiteral("alice")}}, readOnly),
         "otp:request"},
        {c->request("GET", "/api/v1/authenticators/alice", {}, requestOnly), "phones:read"},
        {c->request("PUT", "/api/v1/authenticators/alice", json, readOnly, type), "phones:write"},
        {c->request("DELETE", "/api/v1/authenticators/alice", {}, readOnly), "phones:write"},
    };
    for (const Case& k : cases) {
        QCOMPARE(k.response.status, 403);
        QCOMPARE(k.response.code(), 1223);
        QVERIFY2(k.response.json().value(QStringLiteral("error")).toString().contains(QLatin1String(k.scope)),
                 k.response.body.constData());
    }
    const QJsonArray after = events(m_h, 1223);
    QCOMPARE(after.size(), before + cases.size());
    // Nothing was done: alice still has her number.
    const CliRunner::Run list = m_h.cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY(list.out.contains(QStringLiteral("alice")));
}

void TestServerApi::missingUnknownDisabledExpiredTokens()
{
    auto c = m_h.client();
    const QJsonObject alice{{QStringLiteral("login"), QStringLiteral("alice")}};
    RawHttpClient::Response r = c->postJson("/api/v1/otp/request", alice, {});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code(), 1220);
    r = c->postJson("/api/v1/otp/request", alice, "not-a-token-at-all-but-long-enough-to-look-like-one");
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code(), 1220);
    r = c->postJson("/api/v1/otp/request", alice, {}, {{"Authorization", "Basic " + m_otp.toBase64()}});
    QCOMPARE(r.status, 401);

    const QByteArray soon = m_h.createToken(QStringLiteral("soon"), {QStringLiteral("otp:request")});
    QVERIFY(!soon.isEmpty());
    m_secrets << QString::fromLatin1(soon);
    QCOMPARE(c->postJson("/api/v1/otp/request", alice, soon).status, 200);
    ok(m_h, {QStringLiteral("tokens"), QStringLiteral("disable"), QStringLiteral("soon")});
    r = c->postJson("/api/v1/otp/request", alice, soon);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code(), 1222);
    ok(m_h, {QStringLiteral("tokens"), QStringLiteral("enable"), QStringLiteral("soon")});
    QCOMPARE(c->postJson("/api/v1/otp/request", alice, soon).status, 200);

    const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(3);
    const QByteArray brief = m_h.createToken(QStringLiteral("brief"), {QStringLiteral("otp:request")},
                                             {QStringLiteral("--expires"), expiry.toString(Qt::ISODate)});
    QVERIFY(!brief.isEmpty());
    m_secrets << QString::fromLatin1(brief);
    while (QDateTime::currentDateTimeUtc() <= expiry.addSecs(1))
        QThread::msleep(200);
    r = c->postJson("/api/v1/otp/request", alice, brief);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code(), 1221);
    QVERIFY(!events(m_h, 1221).isEmpty());
    QVERIFY(!events(m_h, 1222).isEmpty());
}

void TestServerApi::phoneManagement()
{
    const QByteArray phones =
        m_h.createToken(QStringLiteral("phones"), {QStringLiteral("phones:read"), QStringLiteral("phones:write")});
    QVERIFY(!phones.isEmpty());
    m_secrets << QString::fromLatin1(phones);
    auto c = m_h.client();
    const RawHttpClient::Headers type{{"Content-Type", "application/json"}};
    RawHttpClient::Response r = c->request("PUT", "/api/v1/authenticators/carol",
                                           R"({"phone":"8 (916) 555-44-33","comment":"desk"})", phones, type);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.code(), 1010);
    r = c->request("GET", "/api/v1/authenticators/carol", {}, phones);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("phone")).toString(), QStringLiteral("+7 *** *** 44 33"));
    QCOMPARE(r.json().value(QStringLiteral("comment")).toString(), QStringLiteral("desk"));
    QVERIFY(!r.body.contains("5554433"));
    r = c->request("PUT", "/api/v1/authenticators/carol", R"({"phone":"+79165550000"})", phones, type);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.code(), 1011);
    r = c->request("PUT", "/api/v1/authenticators/carol", R"({"phone":"12"})", phones, type);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), 1207);
    r = c->request("PUT", "/api/v1/authenticators/carol", R"({"comment":"moved"})", phones, type);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.code(), 1013);
    r = c->request("DELETE", "/api/v1/authenticators/carol", {}, phones);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.code(), 1012);
    r = c->request("GET", "/api/v1/authenticators/carol", {}, phones);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code(), 1206);
    QCOMPARE(c->request("DELETE", "/api/v1/authenticators/carol", {}, phones).status, 404);

    // The events name the token as the actor.
    for (const int code : {1010, 1011, 1013, 1012}) {
        const QJsonArray found = events(m_h, code);
        bool byToken = false;
        for (const QJsonValue& e : found)
            byToken = byToken || e.toObject().value(QStringLiteral("actor")).toString() == QLatin1String("api:phones");
        QVERIFY2(byToken, qPrintable(QStringLiteral("no event %1 by api:phones").arg(code)));
    }
}

void TestServerApi::allowListOnTheRealCaller()
{
    const QByteArray exempt = m_h.createToken(QStringLiteral("trusted"), {QStringLiteral("otp:request")},
                                              {QStringLiteral("--exempt-ip-allow-list")});
    QVERIFY(!exempt.isEmpty());
    m_secrets << QString::fromLatin1(exempt);
    ok(m_h, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("ipAllowList.enabled=true"),
             QStringLiteral(R"(ipAllowList.entries=[{"ip":"127.0.0.1"}])"),
             QStringLiteral(R"(ipAllowList.trustedProxies=["127.0.0.3"])")});
    const QJsonObject alice{{QStringLiteral("login"), QStringLiteral("alice")}};

    auto allowed = m_h.client(0, QHostAddress(QStringLiteral("127.0.0.1")));
    QCOMPARE(allowed->postJson("/api/v1/otp/request", alice, m_otp).status, 200);

    auto outside = m_h.client(0, QHostAddress(QStringLiteral("127.0.0.2")));
    RawHttpClient::Response r = outside->postJson("/api/v1/otp/request", alice, m_otp);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), 1201);
    QVERIFY(r.json().value(QStringLiteral("error")).toString().contains(QLatin1String("127.0.0.2")));
    // A forged header from a peer that is no trusted proxy changes nothing.
    r = outside->postJson("/api/v1/otp/request", alice, m_otp, {{"X-Forwarded-For", "127.0.0.1"}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), 1201);
    // The exempt token passes from the same address.
    r = outside->postJson("/api/v1/otp/request", alice, exempt);
    QCOMPARE(r.status, 200);

    // A trusted proxy's header is believed, both ways.
    auto proxy = m_h.client(0, QHostAddress(QStringLiteral("127.0.0.3")));
    QCOMPARE(proxy->postJson("/api/v1/otp/request", alice, m_otp).code(), 1201);
    QCOMPARE(proxy->postJson("/api/v1/otp/request", alice, m_otp, {{"X-Forwarded-For", "127.0.0.1"}}).status, 200);
    r = proxy->postJson("/api/v1/otp/request", alice, m_otp, {{"X-Forwarded-For", "127.0.0.1, 127.0.0.2"}});
    QCOMPARE(r.code(), 1201);

    ok(m_h, {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("ipAllowList.enabled=false")});
}

void TestServerApi::healthAndMetrics()
{
    auto c = m_h.client();
    RawHttpClient::Response r = c->request("GET", "/api/v1/health");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(r.json().value(QStringLiteral("store")).toString(), QStringLiteral("reachable"));
    QVERIFY(r.json().value(QStringLiteral("schemaVersion")).toInt() >= 6);
    QCOMPARE(r.json().value(QStringLiteral("gatewayConfigured")).toBool(), true);

    const QByteArray scraper = m_h.createToken(QStringLiteral("prometheus"), {QStringLiteral("metrics:read")});
    QVERIFY(!scraper.isEmpty());
    m_secrets << QString::fromLatin1(scraper);
    r = c->request("GET", "/metrics", {}, scraper);
    QCOMPARE(r.status, 200);
    QVERIFY(r.headers.value("content-type").startsWith("text/plain"));
    for (const char* name : {"smsotp_http_requests_total{endpoint=\"health\",status=\"200\"} 1",
                             "smsotp_refusals_total{code=\"1220\"}", "smsotp_messages_sent_total{",
                             "smsotp_gateway_latency_seconds_bucket{le=\"+Inf\"}", "smsotp_spam_suspended 0"})
        QVERIFY2(r.body.contains(name), name);
}

void TestServerApi::metricsNeedTheirScope()
{
    const int noToken = int(events(m_h, 1220).size());
    const int noScope = int(events(m_h, 1223).size());
    auto c = m_h.client();
    RawHttpClient::Response r = c->request("GET", "/metrics");
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code(), 1220);
    QVERIFY(!r.body.contains("smsotp_http_requests_total"));
    // X-Forwarded-For opens nothing.
    r = c->request("GET", "/metrics", {}, {}, {{"X-Forwarded-For", "127.0.0.1"}});
    QCOMPARE(r.status, 401);
    r = c->request("GET", "/metrics", {}, m_otp);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), 1223);
    QVERIFY(r.json().value(QStringLiteral("error")).toString().contains(QLatin1String("metrics:read")));
    QCOMPARE(int(events(m_h, 1220).size()), noToken + 2);
    QCOMPARE(int(events(m_h, 1223).size()), noScope + 1);
    // Health stays open for load balancers.
    QCOMPARE(c->request("GET", "/api/v1/health").status, 200);
}

void TestServerApi::metricsWithoutTokenOnlyFromListedPeers()
{
    const CliRunner::Run bad =
        ServerHarness::runServer({QStringLiteral("--metrics-without-token"), QStringLiteral("127.0.0.1,10.0.0.0/33")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QLatin1String("10.0.0.0/33")), qPrintable(bad.err));

    QString error;
    const int server =
        m_h.start({QStringLiteral("--metrics-without-token"), QStringLiteral("127.0.0.1/32, ::1")}, &error);
    QVERIFY2(server > 0, qPrintable(error));
    RawHttpClient::Response r = m_h.client(server)->request("GET", "/metrics");
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("smsotp_http_requests_total"));
    // Another loopback address is not on the list: it needs a token like everyone else.
    auto other = m_h.client(server, QHostAddress(QStringLiteral("127.0.0.2")));
    r = other->request("GET", "/metrics");
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code(), 1220);
    // A token, when given, is checked even from a listed address.
    r = m_h.client(server)->request("GET", "/metrics", {}, m_otp);
    QCOMPARE(r.status, 403);
    QCOMPARE(m_h.stop(server), 0);
}

void TestServerApi::refusalsInTheCallersLanguage_data()
{
    QTest::addColumn<QByteArray>("acceptLanguage"); // empty: no header
    QTest::addColumn<QString>("language");
    QTest::newRow("none") << QByteArray() << QStringLiteral("en");
    QTest::newRow("sv") << QByteArray("sv") << QStringLiteral("sv");
    QTest::newRow("sv-SE upper case") << QByteArray("SV-se") << QStringLiteral("sv");
    QTest::newRow("ru by q-value") << QByteArray("de, sv;q=0.3, ru;q=0.5") << QStringLiteral("ru");
    QTest::newRow("et, sv refused") << QByteArray("sv;q=0, et;q=0.1") << QStringLiteral("et");
    QTest::newRow("tie: the first") << QByteArray("et;q=0.8, ru;q=0.8") << QStringLiteral("et");
    QTest::newRow("unknown") << QByteArray("fr, de;q=0.9") << QStringLiteral("en");
    QTest::newRow("english preferred") << QByteArray("en-GB, sv;q=0.9") << QStringLiteral("en");
    QTest::newRow("any") << QByteArray("*") << QStringLiteral("en");
    QTest::newRow("malformed q") << QByteArray("sv;q=x, ru;q=0.2") << QStringLiteral("ru");
}

void TestServerApi::refusalsInTheCallersLanguage()
{
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QString, language);
    // What the console's own translation says (the same .qm files the server loads).
    const char* source = "a valid API token is required (Authorization: Bearer TOKEN)";
    QString expected = QString::fromLatin1(source);
    if (language != QLatin1String("en")) {
        QTranslator translator;
        const QString file = QStringLiteral("smsotp_") + language;
        QVERIFY(translator.load(file, Languages::findTranslation(file)));
        expected = translator.translate("ApiService", source);
        QVERIFY2(!expected.isEmpty() && expected != QLatin1String(source), "the test needs a translated message");
    }
    RawHttpClient::Headers headers;
    if (!acceptLanguage.isEmpty())
        headers.append({"Accept-Language", acceptLanguage});
    auto c = m_h.client();
    const QJsonObject alice{{QStringLiteral("login"), QStringLiteral("alice")}};
    RawHttpClient::Response r = c->postJson("/api/v1/otp/request", alice, {}, headers);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code(), 1220); // the code is the same in every language
    QCOMPARE(r.headers.value("content-language"), language.toLatin1());
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), expected);
    // The engine's own refusals follow the language too, and the next request on the same
    // connection is in its own language.
    r = c->postJson("/api/v1/otp/request", {{QStringLiteral("login"), QStringLiteral("nobody")}}, m_otp, headers);
    QCOMPARE(r.code(), 1206);
    QCOMPARE(r.headers.value("content-language"), language.toLatin1());
    if (language != QLatin1String("en"))
        QVERIFY2(r.json().value(QStringLiteral("error")).toString() !=
                     QLatin1String("no SMS authenticator is registered for this account"),
                 qPrintable(r.json().value(QStringLiteral("error")).toString()));
    r = c->postJson("/api/v1/otp/request", alice, {});
    QCOMPARE(r.headers.value("content-language"), QByteArray("en"));
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QString::fromLatin1(source));
}

void TestServerApi::logsHoldNoSecrets()
{
    const QString log = m_h.log();
    QVERIFY(log.contains(QLatin1String(" request ")));
    for (const QString& secret : std::as_const(m_secrets))
        QVERIFY2(!log.contains(secret), "a token is in the log");
    QVERIFY(!log.contains(QLatin1String("9161234567")));
    const QString code = m_h.lastCodeSentTo(QStringLiteral("+79161234567"));
    QVERIFY(!code.isEmpty());
    QVERIFY(!log.contains(QRegularExpression(QStringLiteral("[^0-9a-f-]%1[^0-9a-f-]").arg(code))));
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "TestServerApi.moc"
