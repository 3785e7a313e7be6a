#include "LoopbackHttpServer.h"
#include "SecretForms.h"
#include "TestStores.h"
#include "crypto/StoreKey.h"
#include "domain/EventCode.h"
#include "engine/ManualClock.h"
#include "engine/OtpService.h"
#include "engine/TestSender.h"
#include "gateway/ClientCertificateStore.h"
#include "gateway/FailoverGateway.h"
#include "gateway/GatewayFactory.h"
#include "gateway/GenericHttpGateway.h"
#include "gateway/MegafonGateway.h"
#include "gateway/MfmsGateway.h"
#include "gateway/OneGateGateway.h"
#include "gateway/SmsApiGateway.h"
#include "gateway/SmsProxyGateway.h"
#include "store/EventQuery.h"
#include "store/SettingsRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using E = SendResult::ErrorClass;
Q_DECLARE_METATYPE(SendResult::ErrorClass)

namespace {

const QString kPassword = QStringLiteral("pa ss+w&rd=Secret1");
const QString kToken = QStringLiteral("tok-Secret-0123456789");
const QString kText = QStringLiteral("Your code: 4711 & more+text");

SmsMessage message(bool validateOnly = false)
{
    SmsMessage m;
    m.to = QStringLiteral("+79161234567");
    m.sender = QStringLiteral("Bank Ltd");
    m.text = kText;
    m.otp = QStringLiteral("4711");
    m.validateOnly = validateOnly;
    return m;
}

GatewaySettings settingsFor(GatewaySettings::Type type, const QString& address)
{
    GatewaySettings g;
    g.type = type;
    g.address = address;
    g.login = QStringLiteral("api-user");
    g.password = kPassword;
    g.token = kToken;
    g.connectTimeoutSeconds = 2;
    g.timeoutSeconds = 5;
    return g;
}

QHash<QString, QString> decoded(const QUrlQuery& q)
{
    QHash<QString, QString> out;
    for (const auto& item : q.queryItems(QUrl::FullyDecoded))
        out.insert(item.first, item.second);
    return out;
}

// No secret, message text or full number in text that leaves a gateway.
void verifyRedacted(const SendResult& r)
{
    for (const QString& text : {r.message(), r.gatewayText(), r.failoverReason(), r.providerMessageId()}) {
        QVERIFY2(!text.contains(kPassword), qPrintable(text));
        QVERIFY2(!text.contains(QString::fromLatin1(QUrl::toPercentEncoding(kPassword))), qPrintable(text));
        QVERIFY2(!text.contains(kToken), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("4711")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("9161234567")), qPrintable(text));
    }
}

// Certificates made for this run with the openssl command (EC keys: quick to generate).
class Pki {
public:
    bool make(const QString& name, const QString& cn)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), path(name + QStringLiteral(".key")), QStringLiteral("-out"),
                 path(name + QStringLiteral(".pem")), QStringLiteral("-days"), QStringLiteral("2"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=") + cn, QStringLiteral("-addext"),
                 QStringLiteral("subjectAltName=IP:127.0.0.1")});
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
    bool pkcs12(const QString& name, const QString& out, const QString& passphrase)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                 path(name + QStringLiteral(".pem")), QStringLiteral("-inkey"), path(name + QStringLiteral(".key")),
                 QStringLiteral("-out"), out, QStringLiteral("-passout"), QStringLiteral("pass:") + passphrase});
        return p.waitForFinished(30000) && p.exitCode() == 0;
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QSslCertificate cert(const QString& name) const
    {
        QFile f(path(name + QStringLiteral(".pem")));
        f.open(QIODevice::ReadOnly);
        return QSslCertificate(&f, QSsl::Pem);
    }
    QSslKey key(const QString& name) const
    {
        QFile f(path(name + QStringLiteral(".key")));
        f.open(QIODevice::ReadOnly);
        return QSslKey(&f, QSsl::Ec, QSsl::Pem);
    }
    QString thumbprint(const QString& name) const { return ClientCertificateStore::thumbprint(cert(name)); }

private:
    QTemporaryDir m_dir;
};

} // namespace

// The gateways' wire protocols (DESIGN §5), each against a loopback server that checks the
// request and plays the provider's recorded answers.
class TestGateways : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void megafonSendsItsProtocol();
    void megafonAnswers_data();
    void megafonAnswers();
    void mfmsSendsItsProtocol();
    void mfmsAnswers_data();
    void mfmsAnswers();
    void smsapiSendsItsProtocol();
    void smsapiAnswers_data();
    void smsapiAnswers();
    void oneGateSendsItsProtocol();
    void genericHttpGetWithTemplate();
    void genericHttpPostJsonWithBearer();
    void genericHttpSuccessRules_data();
    void genericHttpSuccessRules();

    void smsProxyMutualTlsSends();
    void smsProxyWrongServerThumbprintSendsNothing();
    void smsProxyMissingClientCertificate();
    void smsProxyServerRefusesUnknownClient();
    void smsProxyPkcs12WithPassphrase();
    void oldTlsServerIsRefused();

    void connectionRefusedIsTransport();
    void totalTimeout();
    void connectTimeoutDuringHandshake();
    void slowAnswerWithinTotalTimeout();
    void cancelReportsOnce();
    void secretsAreRedacted();
    void everyGatewayRedactsEverySecretForm_data();
    void everyGatewayRedactsEverySecretForm();
    void everyReplyParserIsRedactedAtTheBoundary();
    void engineEventHasNoOtpQuotedByTheGateway_data();
    void engineEventHasNoOtpQuotedByTheGateway();

    void failoverOnTransportError();
    void failoverOnThrottling();
    void noFailoverOnAuthentication();
    void factoryBuildsEveryType();
    void connectionCheck();
    void engineFailsOverAndLogsNoSecrets();
    void engineKeepsItsGatewayUntilTheSettingsChange();
    void testSendRecordsAnEventWithoutTheOtp();

private:
    static SendResult send(SmsGateway& gateway, const SmsMessage& m = message()) { return gateway.sendAndWait(m); }
    QSslConfiguration serverTls(const QString& name, bool requireClient) const;
    GatewaySettings proxySettings(const QString& address) const;

    Pki m_pki;
    QString m_certFolder;
    bool m_pkiReady = false;
};

void TestGateways::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    m_pkiReady = m_pki.make(QStringLiteral("server"), QStringLiteral("127.0.0.1")) &&
                 m_pki.make(QStringLiteral("impostor"), QStringLiteral("127.0.0.1")) &&
                 m_pki.make(QStringLiteral("client"), QStringLiteral("console")) &&
                 m_pki.make(QStringLiteral("stranger"), QStringLiteral("stranger")) &&
                 m_pki.make(QStringLiteral("client2"), QStringLiteral("console-p12"));
    QVERIFY2(m_pkiReady, "the openssl command could not make test certificates");
    // The client certificate store: a PEM with its key beside it, and a PKCS#12 file.
    m_certFolder = m_pki.path(QStringLiteral("certs"));
    QVERIFY(QDir().mkpath(m_certFolder));
    QVERIFY(QFile::copy(m_pki.path(QStringLiteral("client.pem")), m_certFolder + QStringLiteral("/client.pem")));
    QVERIFY(QFile::copy(m_pki.path(QStringLiteral("client.key")), m_certFolder + QStringLiteral("/client.key")));
    QVERIFY(QFile::copy(m_pki.path(QStringLiteral("stranger.pem")), m_certFolder + QStringLiteral("/stranger.pem")));
    QVERIFY(QFile::copy(m_pki.path(QStringLiteral("stranger.key")), m_certFolder + QStringLiteral("/stranger.key")));
    QVERIFY(m_pki.pkcs12(QStringLiteral("client2"), m_certFolder + QStringLiteral("/client2.p12"),
                         QStringLiteral("p12-Secret")));
}

QSslConfiguration TestGateways::serverTls(const QString& name, bool requireClient) const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificate(m_pki.cert(name));
    c.setPrivateKey(m_pki.key(name));
    if (requireClient) {
        c.setPeerVerifyMode(QSslSocket::VerifyPeer);
        c.setCaCertificates({m_pki.cert(QStringLiteral("client")), m_pki.cert(QStringLiteral("client2"))});
    } else {
        c.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    return c;
}

GatewaySettings TestGateways::proxySettings(const QString& address) const
{
    GatewaySettings g = settingsFor(GatewaySettings::Type::SmsProxy, address);
    g.password.clear();
    g.clientCertFolder = m_certFolder;
    g.clientCertThumbprint = m_pki.thumbprint(QStringLiteral("client")).toUpper();
    // Spaces and case are ignored, as Windows shows thumbprints.
    const QString server = m_pki.thumbprint(QStringLiteral("server"));
    for (int i = 0; i < server.size(); i += 2)
        g.serverCertThumbprint += server.mid(i, 2) + QLatin1Char(' ');
    return g;
}

// --- Megafon ---

void TestGateways::megafonSendsItsProtocol()
{
    LoopbackHttpServer server;
    server.answer(200, R"({"result":{"msg_id":"98q21cv49b1fa9uk","status":{"code":0,"description":"ok"}}})");
    MegafonGateway gateway(settingsFor(GatewaySettings::Type::Megafon, server.url(QStringLiteral("/a2p/"))));
    const SendResult r = send(gateway);

    QVERIFY2(r.success, qPrintable(r.summary()));
    QCOMPARE(r.providerMessageId(), QStringLiteral("98q21cv49b1fa9uk"));
    QCOMPARE(r.gatewayCode(), QStringLiteral("0"));
    QCOMPARE(r.errorClass, E::None);
    QVERIFY(r.latencyMs >= 0);
    QCOMPARE(server.requests().size(), 1);
    const auto req = server.last();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.path, QStringLiteral("/a2p/sms/v1/sms"));
    QCOMPARE(req.header("authorization"), "Basic " + (QStringLiteral("api-user:") + kPassword).toUtf8().toBase64());
    QVERIFY(req.header("content-type").startsWith("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    QCOMPARE(body.value(QStringLiteral("from")).toString(), QStringLiteral("Bank Ltd"));
    QVERIFY2(body.value(QStringLiteral("to")).isDouble(), "'to' must be a JSON number");
    QCOMPARE(qint64(body.value(QStringLiteral("to")).toDouble()), Q_INT64_C(79161234567));
    QVERIFY(req.body.contains("\"to\":79161234567"));
    QCOMPARE(body.value(QStringLiteral("message")).toString(), kText);
}

void TestGateways::megafonAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<E>("errorClass");
    QTest::addColumn<QString>("code");
    QTest::newRow("20101 to") << 200
                              << QByteArray(R"({"result":{"status":{"code":20101,"description":"missing or invalid )"
                                            R"(field"},"payload":{"field":"to"}}})")
                              << E::RejectedNumber << "20101";
    QTest::newRow("20101 from") << 200
                                << QByteArray(R"({"result":{"status":{"code":20101,"description":"missing or )"
                                              R"(invalid field","payload":"from"}}})")
                                << E::RejectedSender << "20101";
    QTest::newRow("20102 duplicate") << 200
                                     << QByteArray(R"({"result":{"status":{"code":20102,"description":"duplicate )"
                                                   R"(msg_id"}}})")
                                     << E::Other << "20102";
    QTest::newRow("401") << 401 << QByteArray(R"({"error":"unauthorized"})") << E::Authentication << "HTTP 401";
    QTest::newRow("403") << 403 << QByteArray() << E::Authentication << "HTTP 403";
    QTest::newRow("not json") << 200 << QByteArray("<html>proxy</html>") << E::Other << "";
    QTest::newRow("502") << 502 << QByteArray("bad gateway") << E::Transport << "HTTP 502";
}

void TestGateways::megafonAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(E, errorClass);
    QFETCH(QString, code);
    LoopbackHttpServer server;
    server.answer(status, body);
    MegafonGateway gateway(settingsFor(GatewaySettings::Type::Megafon, server.url()));
    const SendResult r = send(gateway);
    QVERIFY(!r.success);
    QCOMPARE(r.errorClass, errorClass);
    QCOMPARE(r.gatewayCode(), code);
    QVERIFY(!r.message().isEmpty());
    QCOMPARE(r.gatewayText(), QString::fromUtf8(body));
}

// --- MFMSolutions ---

void TestGateways::mfmsSendsItsProtocol()
{
    LoopbackHttpServer server;
    server.answer(200, "ok;1;20931512345", "text/plain");
    MfmsGateway gateway(settingsFor(GatewaySettings::Type::Mfms, server.url(QStringLiteral("/connector"))));
    const SendResult r = send(gateway);
    QVERIFY2(r.success, qPrintable(r.summary()));
    QCOMPARE(r.providerMessageId(), QStringLiteral("20931512345"));
    const auto req = server.last();
    QCOMPARE(req.method, QByteArray("GET"));
    QCOMPARE(req.path, QStringLiteral("/connector/send"));
    QVERIFY(req.body.isEmpty());
    const auto q = decoded(req.query);
    QCOMPARE(q.value(QStringLiteral("login")), QStringLiteral("api-user"));
    QCOMPARE(q.value(QStringLiteral("password")), kPassword);
    QCOMPARE(q.value(QStringLiteral("subject[0]")), QStringLiteral("Bank Ltd"));
    QCOMPARE(q.value(QStringLiteral("address[0]")), QStringLiteral("79161234567"));
    QCOMPARE(q.value(QStringLiteral("text[0]")), kText);
    QCOMPARE(q.size(), 5);
}

void TestGateways::mfmsAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<E>("errorClass");
    QTest::newRow("error-auth") << QByteArray("error-auth") << E::Authentication;
    QTest::newRow("error-syntax") << QByteArray("error-syntax") << E::Other;
    QTest::newRow("error-address-format") << QByteArray("error-address-format") << E::RejectedNumber;
    QTest::newRow("error-address-unknown") << QByteArray("error-address-unknown") << E::RejectedNumber;
    QTest::newRow("error-subject-format") << QByteArray("error-subject-format") << E::RejectedSender;
    QTest::newRow("error-subject-unknown") << QByteArray("error-subject-unknown") << E::RejectedSender;
    QTest::newRow("error-system") << QByteArray("error-system") << E::Throttled;
    QTest::newRow("unexpected") << QByteArray("maintenance") << E::Other;
}

void TestGateways::mfmsAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(E, errorClass);
    LoopbackHttpServer server;
    server.answer(200, body, "text/plain");
    MfmsGateway gateway(settingsFor(GatewaySettings::Type::Mfms, server.url()));
    const SendResult r = send(gateway);
    QVERIFY(!r.success);
    QCOMPARE(r.errorClass, errorClass);
    // Only the protocol's own words become the code; an unexpected body is only the text.
    QCOMPARE(r.gatewayCode(), body.startsWith("error-") ? QString::fromUtf8(body) : QString());
    QCOMPARE(r.gatewayText(), QString::fromUtf8(body));
    QCOMPARE(r.isRetryable(), errorClass == E::Throttled);
}

// --- SMSAPI ---

void TestGateways::smsapiSendsItsProtocol()
{
    LoopbackHttpServer server;
    server.answer(200, R"({"count":1,"list":[{"id":"1234567890","points":0.16,"number":"79161234567",)"
                       R"("status":"QUEUE"}]})");
    SmsApiGateway gateway(settingsFor(GatewaySettings::Type::Smsapi, server.url(QStringLiteral("/api"))));
    QVERIFY(gateway.supportsValidateOnly());
    SendResult r = send(gateway);
    QVERIFY2(r.success, qPrintable(r.summary()));
    QCOMPARE(r.providerMessageId(), QStringLiteral("1234567890"));
    QCOMPARE(r.gatewayCode(), QStringLiteral("QUEUE"));
    // The provider echoes the number: it is masked before it leaves the gateway.
    QVERIFY(!r.gatewayText().contains(QStringLiteral("79161234567")));
    QVERIFY(r.gatewayText().contains(QStringLiteral("1234567890")));

    auto req = server.last();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.path, QStringLiteral("/api/sms.do"));
    QCOMPARE(req.header("authorization"), "Bearer " + kToken.toUtf8());
    QVERIFY(req.header("content-type").startsWith("application/x-www-form-urlencoded"));
    auto form = decoded(req.form());
    QCOMPARE(form.value(QStringLiteral("to")), QStringLiteral("79161234567"));
    QCOMPARE(form.value(QStringLiteral("message")), kText);
    QCOMPARE(form.value(QStringLiteral("from")), QStringLiteral("Bank Ltd"));
    QCOMPARE(form.value(QStringLiteral("format")), QStringLiteral("json"));
    QCOMPARE(form.value(QStringLiteral("encoding")), QStringLiteral("utf-8"));
    QVERIFY(!form.contains(QStringLiteral("test")));

    r = send(gateway, message(true));
    QVERIFY(r.success);
    form = decoded(server.last().form());
    QCOMPARE(form.value(QStringLiteral("test")), QStringLiteral("1"));
}

void TestGateways::smsapiAnswers_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<E>("errorClass");
    QTest::newRow("8 bad request") << 8 << E::Other;
    QTest::newRow("11 too long") << 11 << E::Other;
    QTest::newRow("13 no number") << 13 << E::RejectedNumber;
    QTest::newRow("14 bad sender") << 14 << E::RejectedSender;
    QTest::newRow("101 credentials") << 101 << E::Authentication;
    QTest::newRow("102 credentials") << 102 << E::Authentication;
    QTest::newRow("103 no credit") << 103 << E::Other;
    QTest::newRow("105 ip") << 105 << E::Authentication;
    QTest::newRow("201 internal") << 201 << E::Throttled;
    QTest::newRow("999 internal") << 999 << E::Throttled;
    QTest::newRow("202 too many") << 202 << E::Throttled;
    QTest::newRow("203 too many") << 203 << E::Throttled;
}

void TestGateways::smsapiAnswers()
{
    QFETCH(int, error);
    QFETCH(E, errorClass);
    LoopbackHttpServer server;
    const QByteArray body = R"({"error":)" + QByteArray::number(error) + R"(,"message":"No correct phone numbers"})";
    server.answer(200, body);
    SmsApiGateway gateway(settingsFor(GatewaySettings::Type::Smsapi, server.url()));
    const SendResult r = send(gateway);
    QVERIFY(!r.success);
    QCOMPARE(r.errorClass, errorClass);
    QCOMPARE(r.gatewayCode(), QString::number(error));
    QCOMPARE(r.gatewayText(), QString::fromUtf8(body));
}

// --- OneGate ---

void TestGateways::oneGateSendsItsProtocol()
{
    LoopbackHttpServer server;
    server.answer(202, R"({"id":"og-17"})");
    OneGateGateway gateway(settingsFor(GatewaySettings::Type::OneGate, server.url(QStringLiteral("/og/send"))));
    SendResult r = send(gateway);
    QVERIFY2(r.success, qPrintable(r.summary()));
    QCOMPARE(r.providerMessageId(), QStringLiteral("og-17"));
    auto req = server.last();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.path, QStringLiteral("/og/send"));
    QVERIFY(req.header("authorization").isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    QCOMPARE(body.value(QStringLiteral("phone")).toString(), QStringLiteral("+79161234567"));
    QCOMPARE(body.value(QStringLiteral("sender")).toString(), QStringLiteral("Bank Ltd"));
    QCOMPARE(body.value(QStringLiteral("text")).toString(), kText);

    server.answer(400, R"({"error":"unknown sender"})");
    r = send(gateway);
    QVERIFY(!r.success);
    QCOMPARE(r.errorClass, E::Other);
    QVERIFY2(r.message().contains(QStringLiteral("unknown sender")), qPrintable(r.message()));
}

// --- Generic HTTP ---

void TestGateways::genericHttpGetWithTemplate()
{
    LoopbackHttpServer server;
    server.answer(200, "STATUS=OK id=555", "text/plain");
    GatewaySettings g =
        settingsFor(GatewaySettings::Type::GenericHttp, server.url(QStringLiteral("/send/{phoneDigits}?key=fixed")));
    g.method = GatewaySettings::Method::Get;
    g.authMode = GatewaySettings::AuthMode::Basic;
    g.parameters = {{QStringLiteral("to"), QStringLiteral("{phone}")},
                    {QStringLiteral("text"), QStringLiteral("{message}")},
                    {QStringLiteral("from"), QStringLiteral("{sender}")}};
    g.headers = {{QStringLiteral("X-Client"), QStringLiteral("smsotp")}};
    g.successText = QStringLiteral("STATUS=OK");
    g.successPattern = QStringLiteral("id=(?<id>\\d+)");
    QVERIFY2(g.validate().isEmpty(), qPrintable(formatFieldErrors(g.validate())));
    GenericHttpGateway gateway(g);
    const SendResult r = send(gateway);
    QVERIFY2(r.success, qPrintable(r.summary()));
    QCOMPARE(r.providerMessageId(), QStringLiteral("555"));
    const auto req = server.last();
    QCOMPARE(req.method, QByteArray("GET"));
    QCOMPARE(req.path, QStringLiteral("/send/79161234567"));
    const auto q = decoded(req.query);
    QCOMPARE(q.value(QStringLiteral("key")), QStringLiteral("fixed"));
    QCOMPARE(q.value(QStringLiteral("to")), QStringLiteral("+79161234567"));
    QCOMPARE(q.value(QStringLiteral("text")), kText);
    QCOMPARE(q.value(QStringLiteral("from")), QStringLiteral("Bank Ltd"));
    QCOMPARE(req.header("x-client"), QByteArray("smsotp"));
    QCOMPARE(req.header("authorization"), "Basic " + (QStringLiteral("api-user:") + kPassword).toUtf8().toBase64());
}

void TestGateways::genericHttpPostJsonWithBearer()
{
    LoopbackHttpServer server;
    server.answer(201, R"({"accepted":true})");
    GatewaySettings g = settingsFor(GatewaySettings::Type::GenericHttp, server.url(QStringLiteral("/v2/messages")));
    g.method = GatewaySettings::Method::Post;
    g.bodyFormat = GatewaySettings::BodyFormat::Json;
    g.authMode = GatewaySettings::AuthMode::Bearer;
    g.parameters = {{QStringLiteral("recipient"), QStringLiteral("{phone}")},
                    {QStringLiteral("body"), QStringLiteral("{message}")}};
    GenericHttpGateway gateway(g);
    SendResult r = send(gateway);
    QVERIFY2(r.success, qPrintable(r.summary()));
    auto req = server.last();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.header("authorization"), "Bearer " + kToken.toUtf8());
    QVERIFY(req.header("content-type").startsWith("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    QCOMPARE(body.value(QStringLiteral("recipient")).toString(), QStringLiteral("+79161234567"));
    QCOMPARE(body.value(QStringLiteral("body")).toString(), kText);

    // The same as a form.
    g.bodyFormat = GatewaySettings::BodyFormat::Form;
    g.authMode = GatewaySettings::AuthMode::None;
    GenericHttpGateway formGateway(g);
    r = send(formGateway);
    QVERIFY(r.success);
    req = server.last();
    QVERIFY(req.header("authorization").isEmpty());
    const auto form = decoded(req.form());
    QCOMPARE(form.value(QStringLiteral("recipient")), QStringLiteral("+79161234567"));
    QCOMPARE(form.value(QStringLiteral("body")), kText);
}

void TestGateways::genericHttpSuccessRules_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("successText");
    QTest::addColumn<QString>("successPattern");
    QTest::addColumn<QString>("failureText");
    QTest::addColumn<bool>("success");
    QTest::addColumn<E>("errorClass");
    QTest::newRow("2xx alone") << 200 << QByteArray("whatever") << ""
                               << ""
                               << "" << true << E::None;
    QTest::newRow("success text") << 200 << QByteArray("result: OK") << "OK"
                                  << ""
                                  << "" << true << E::None;
    QTest::newRow("no success text") << 200 << QByteArray("result: queued") << "OK"
                                     << ""
                                     << "" << false << E::Other;
    QTest::newRow("pattern") << 200 << QByteArray("ok;42") << ""
                             << "^ok;[0-9]+$"
                             << "" << true << E::None;
    QTest::newRow("no pattern") << 200 << QByteArray("fail;42") << ""
                                << "^ok;[0-9]+$"
                                << "" << false << E::Other;
    QTest::newRow("failure text") << 200 << QByteArray("OK but ERROR") << "OK"
                                  << ""
                                  << "ERROR" << false << E::Other;
    QTest::newRow("401") << 401 << QByteArray("OK") << "OK"
                         << ""
                         << "" << false << E::Authentication;
    QTest::newRow("429") << 429 << QByteArray("slow down") << ""
                         << ""
                         << "" << false << E::Throttled;
    QTest::newRow("500") << 500 << QByteArray("oops") << ""
                         << ""
                         << "" << false << E::Transport;
    QTest::newRow("302") << 302 << QByteArray() << ""
                         << ""
                         << "" << false << E::Other;
}

void TestGateways::genericHttpSuccessRules()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, successText);
    QFETCH(QString, successPattern);
    QFETCH(QString, failureText);
    QFETCH(bool, success);
    QFETCH(E, errorClass);
    LoopbackHttpServer server;
    server.answer(status, body, "text/plain");
    GatewaySettings g = settingsFor(GatewaySettings::Type::GenericHttp, server.url());
    g.successText = successText;
    g.successPattern = successPattern;
    g.failureText = failureText;
    GenericHttpGateway gateway(g);
    const SendResult r = send(gateway);
    QCOMPARE(r.success, success);
    QCOMPARE(r.errorClass, errorClass);
    QCOMPARE(r.gatewayText(), QString::fromUtf8(body));
}

// --- SMS Proxy: mutual TLS, pinned server ---

void TestGateways::smsProxyMutualTlsSends()
{
    const QSslConfiguration tls = serverTls(QStringLiteral("server"), true);
    LoopbackHttpServer server(&tls);
    server.answer(200, R"({"id":"px-1"})");
    SmsProxyGateway gateway(proxySettings(server.url(QStringLiteral("/sms"))));
    const SendResult r = send(gateway);
    QVERIFY2(r.success, qPrintable(r.summary()));
    QCOMPARE(r.providerMessageId(), QStringLiteral("px-1"));
    QCOMPARE(server.requests().size(), 1);
    const auto req = server.last();
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.path, QStringLiteral("/sms"));
    QCOMPARE(ClientCertificateStore::thumbprint(req.clientCertificate), m_pki.thumbprint(QStringLiteral("client")));
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    QCOMPARE(body.value(QStringLiteral("phone")).toString(), QStringLiteral("+79161234567"));
    QCOMPARE(body.value(QStringLiteral("sender")).toString(), QStringLiteral("Bank Ltd"));
    QCOMPARE(body.value(QStringLiteral("message")).toString(), kText);
}

void TestGateways::smsProxyWrongServerThumbprintSendsNothing()
{
    // The impostor's certificate is as valid as the real one (same name, same kind): only the
    // pinned thumbprint tells them apart.
    const QSslConfiguration tls = serverTls(QStringLiteral("impostor"), false);
    LoopbackHttpServer server(&tls);
    bool handlerReached = false;
    server.setHandler([&](const LoopbackHttpServer::Request&) {
        handlerReached = true;
        return LoopbackHttpServer::Answer{};
    });
    SmsProxyGateway gateway(proxySettings(server.url()));
    const SendResult r = send(gateway);
    QVERIFY(!r.success);
    QCOMPARE(r.errorClass, E::Transport);
    QVERIFY2(r.message().contains(m_pki.thumbprint(QStringLiteral("impostor"))), qPrintable(r.message()));
    QVERIFY2(r.message().contains(m_pki.thumbprint(QStringLiteral("server"))), qPrintable(r.message()));
    QVERIFY(!handlerReached);
    QVERIFY(server.requests().isEmpty());
}

void TestGateways::smsProxyMissingClientCertificate()
{
    const QSslConfiguration tls = serverTls(QStringLiteral("server"), true);
    LoopbackHttpServer server(&tls);
    GatewaySettings g = proxySettings(server.url());
    g.clientCertThumbprint = QStringLiteral("00112233445566778899aabbccddeeff00112233");
    SmsProxyGateway gateway(g);
    SendResult r = send(gateway);
    QVERIFY(!r.success);
    QVERIFY2(r.message().contains(QStringLiteral("No client certificate with thumbprint")), qPrintable(r.message()));
    QVERIFY(r.message().contains(QStringLiteral("00112233445566778899aabbccddeeff00112233")));
    QVERIFY(server.requests().isEmpty());

    g.clientCertFolder = m_pki.path(QStringLiteral("no-such-folder"));
    SmsProxyGateway noFolder(g);
    r = send(noFolder);
    QVERIFY(!r.success);
    QVERIFY2(r.message().contains(QStringLiteral("does not exist")), qPrintable(r.message()));

    // A certificate without its private key cannot be used.
    const QString keyless = m_pki.path(QStringLiteral("keyless"));
    QVERIFY(QDir().mkpath(keyless));
    QVERIFY(QFile::copy(m_pki.path(QStringLiteral("client.pem")), keyless + QStringLiteral("/only.pem")));
    g = proxySettings(server.url());
    g.clientCertFolder = keyless;
    SmsProxyGateway noKey(g);
    r = send(noKey);
    QVERIFY(!r.success);
    QVERIFY2(r.message().contains(QStringLiteral("not its private key")), qPrintable(r.message()));
    QVERIFY(server.requests().isEmpty());
}

void TestGateways::smsProxyServerRefusesUnknownClient()
{
    // "stranger" is in our store but the server does not trust it: the handshake fails.
    const QSslConfiguration tls = serverTls(QStringLiteral("server"), true);
    LoopbackHttpServer server(&tls);
    GatewaySettings g = proxySettings(server.url());
    g.clientCertThumbprint = m_pki.thumbprint(QStringLiteral("stranger"));
    SmsProxyGateway gateway(g);
    const SendResult r = send(gateway);
    QVERIFY(!r.success);
    QCOMPARE(r.errorClass, E::Transport);
    QVERIFY(server.requests().isEmpty());
}

void TestGateways::smsProxyPkcs12WithPassphrase()
{
    const ClientCertificateStore store(m_certFolder, {QStringLiteral("p12-Secret")});
    const auto entries = store.list();
    QStringList thumbprints;
    for (const auto& e : entries)
        thumbprints << e.thumbprint;
    QVERIFY(thumbprints.contains(m_pki.thumbprint(QStringLiteral("client"))));
    QVERIFY(thumbprints.contains(m_pki.thumbprint(QStringLiteral("client2"))));
    QVERIFY(!ClientCertificateStore(m_certFolder).find(m_pki.thumbprint(QStringLiteral("client2"))));

    const QSslConfiguration tls = serverTls(QStringLiteral("server"), true);
    LoopbackHttpServer server(&tls);
    server.answer(200, "{}");
    GatewaySettings g = proxySettings(server.url());
    g.clientCertThumbprint = m_pki.thumbprint(QStringLiteral("client2"));
    g.password = QStringLiteral("p12-Secret"); // the PKCS#12 passphrase
    SmsProxyGateway gateway(g);
    const SendResult r = send(gateway);
    QVERIFY2(r.success, qPrintable(r.summary()));
    QCOMPARE(ClientCertificateStore::thumbprint(server.last().clientCertificate),
             m_pki.thumbprint(QStringLiteral("client2")));
}

void TestGateways::oldTlsServerIsRefused()
{
    QSslConfiguration tls = serverTls(QStringLiteral("server"), false);
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    tls.setProtocol(QSsl::TlsV1_1);
    QT_WARNING_POP
    LoopbackHttpServer server(&tls);
    server.answer(200, "{}");
    SmsProxyGateway gateway(proxySettings(server.url()));
    const SendResult r = send(gateway);
    QVERIFY(!r.success);
    QCOMPARE(r.errorClass, E::Transport);
    QCOMPARE(r.gatewayCode(), QStringLiteral("TLS"));
    QVERIFY(server.requests().isEmpty());
}

// --- transport, timeouts, cancel, redaction ---

void TestGateways::connectionRefusedIsTransport()
{
    QString address;
    {
        LoopbackHttpServer closed;
        address = closed.url();
    }
    MegafonGateway gateway(settingsFor(GatewaySettings::Type::Megafon, address));
    const SendResult r = send(gateway);
    QVERIFY(!r.success);
    QCOMPARE(r.errorClass, E::Transport);
    QVERIFY(r.isRetryable());
    verifyRedacted(r);
}

void TestGateways::totalTimeout()
{
    LoopbackHttpServer server;
    server.setHandler([](const LoopbackHttpServer::Request&) {
        LoopbackHttpServer::Answer a;
        a.body = R"({"result":{"msg_id":"late","status":{"code":0}}})";
        a.delayMs = 4000;
        return a;
    });
    GatewaySettings g = settingsFor(GatewaySettings::Type::Megafon, server.url());
    g.connectTimeoutSeconds = 1;
    g.timeoutSeconds = 1;
    MegafonGateway gateway(g);
    const SendResult r = send(gateway);
    QVERIFY(!r.success);
    QCOMPARE(r.errorClass, E::Transport);
    QVERIFY2(r.message().contains(QStringLiteral("No answer")), qPrintable(r.message()));
    QCOMPARE(server.requests().size(), 1);
}

void TestGateways::connectTimeoutDuringHandshake()
{
    // A plain server that never speaks TLS: the connection opens, the handshake never ends.
    LoopbackHttpServer server;
    GatewaySettings g = proxySettings(server.url().replace(QStringLiteral("http:"), QStringLiteral("https:")));
    g.connectTimeoutSeconds = 1;
    g.timeoutSeconds = 10;
    SmsProxyGateway gateway(g);
    const SendResult r = send(gateway);
    QVERIFY(!r.success);
    QCOMPARE(r.errorClass, E::Transport);
    QVERIFY2(r.message().contains(QStringLiteral("No connection")), qPrintable(r.message()));
    QVERIFY2(r.latencyMs < 8000, "the connect timeout, not the total one, must end it");
}

void TestGateways::slowAnswerWithinTotalTimeout()
{
    // Once the request is sent only the total timeout counts: an answer after the connect
    // timeout but before the total one is a success.
    LoopbackHttpServer server;
    server.setHandler([](const LoopbackHttpServer::Request&) {
        LoopbackHttpServer::Answer a;
        a.body = R"({"result":{"msg_id":"slow","status":{"code":0}}})";
        a.delayMs = 1600;
        return a;
    });
    GatewaySettings g = settingsFor(GatewaySettings::Type::Megafon, server.url());
    g.connectTimeoutSeconds = 1;
    g.timeoutSeconds = 6;
    MegafonGateway gateway(g);
    const SendResult r = send(gateway);
    QVERIFY2(r.success, qPrintable(r.summary()));
    QCOMPARE(r.providerMessageId(), QStringLiteral("slow"));
}

void TestGateways::cancelReportsOnce()
{
    LoopbackHttpServer server;
    server.setHandler([](const LoopbackHttpServer::Request&) {
        LoopbackHttpServer::Answer a;
        a.delayMs = 5000;
        return a;
    });
    MegafonGateway gateway(settingsFor(GatewaySettings::Type::Megafon, server.url()));
    int calls = 0;
    SendResult result;
    gateway.send(message(), [&](const SendResult& r) {
        ++calls;
        result = r;
    });
    QTRY_COMPARE(server.requests().size(), 1);
    gateway.cancel();
    QTRY_COMPARE(calls, 1);
    QVERIFY(!result.success);
    QCOMPARE(result.errorClass, E::Transport);
    QVERIFY(result.message().contains(QStringLiteral("Cancelled")));
    QTest::qWait(100);
    QCOMPARE(calls, 1);
}

void TestGateways::secretsAreRedacted()
{
    // A provider that echoes everything back in its error: none of it may leave the gateway.
    LoopbackHttpServer server;
    server.setHandler([](const LoopbackHttpServer::Request& req) {
        LoopbackHttpServer::Answer a;
        a.status = 400;
        a.contentType = "text/plain";
        a.body = "bad request: " + req.target + " " + req.header("authorization") + " " + req.body + " " +
                 kPassword.toUtf8() + " " + kToken.toUtf8() + " " + kText.toUtf8();
        return a;
    });
    for (auto type : {GatewaySettings::Type::Mfms, GatewaySettings::Type::Megafon, GatewaySettings::Type::Smsapi,
                      GatewaySettings::Type::GenericHttp, GatewaySettings::Type::OneGate}) {
        GatewaySettings g = settingsFor(type, server.url());
        g.authMode = GatewaySettings::AuthMode::Basic;
        auto gateway = GatewayFactory::create(g, StoreUrl());
        QVERIFY(gateway);
        const SendResult r = send(*gateway.value());
        QVERIFY(!r.success);
        QVERIFY(r.gatewayText().contains(QStringLiteral("bad request")));
        QVERIFY(r.gatewayText().contains(QStringLiteral("••••")));
        verifyRedacted(r);
        QVERIFY2(!r.summary().contains(kPassword), qPrintable(r.summary()));
    }
}

namespace {
QString allEvents(Store& store);

SecretForms::Secrets testSecrets()
{
    return {QStringLiteral("api-user"), kPassword, kToken,
            QStringLiteral("4711"),     kText,     QStringLiteral("+79161234567")};
}

// Every string a result carries out of the gateway.
QString leakIn(const SendResult& r, const SecretForms::Secrets& secrets)
{
    for (const QString& text :
         {r.message(), r.gatewayCode(), r.gatewayText(), r.providerMessageId(), r.failoverReason(), r.summary()}) {
        const QString leak = secrets.leakIn(text);
        if (!leak.isEmpty())
            return leak + QStringLiteral(" in: ") + text;
    }
    return {};
}

// Replies that put the echo (ECHO) where each gateway's parser takes its code, id and text from.
QList<QByteArray> hostileBodies(GatewaySettings::Type type)
{
    using T = GatewaySettings::Type;
    switch (type) {
    case T::Mfms:
        return {"ECHO;x;y", "ok;1;ECHO", "error-auth;ECHO", "<html>proxy refused GET /send?ECHO</html>"};
    case T::Smsapi:
        return {R"({"count":1,"list":[{"id":"ECHO","status":"ECHO"}]})", R"({"error":999,"message":"ECHO"})",
                R"({"count":1,"list":[{"id":"1","status":"QUEUE","number":"ECHO"}]})"};
    case T::Megafon:
        return {R"({"result":{"msg_id":"ECHO","status":{"code":0,"description":"ECHO"}}})",
                R"({"result":{"status":{"code":20101,"description":"ECHO"},"payload":{"value":"4711"}}})",
                R"({"result":{"status":{"code":20101,"description":"x"},"payload":"ECHO"}})"};
    case T::OneGate:
    case T::SmsProxy:
        return {R"({"id":"ECHO"})", R"({"error":"ECHO"})", R"({"message":"ECHO","messageId":"ECHO"})"};
    default:
        return {"ECHO"};
    }
}
} // namespace

void TestGateways::everyGatewayRedactsEverySecretForm_data()
{
    QTest::addColumn<GatewaySettings::Type>("type");
    QTest::addColumn<int>("status");
    for (auto type : {GatewaySettings::Type::Mfms, GatewaySettings::Type::Megafon, GatewaySettings::Type::Smsapi,
                      GatewaySettings::Type::GenericHttp, GatewaySettings::Type::OneGate}) {
        for (int status : {200, 400, 500}) {
            const QByteArray name =
                GatewaySettings::typeNames().at(int(type)).toLatin1() + " " + QByteArray::number(status);
            QTest::newRow(name.constData()) << type << status;
        }
    }
}

void TestGateways::everyGatewayRedactsEverySecretForm()
{
    // Issue 12: a provider (or a proxy in front of it) that quotes every secret in every form,
    // where each gateway reads its code, message id and text: nothing may come out.
    QFETCH(GatewaySettings::Type, type);
    QFETCH(int, status);
    const SecretForms::Secrets secrets = testSecrets();
    for (const QByteArray& body : hostileBodies(type)) {
        LoopbackHttpServer server;
        QByteArray reply = body;
        reply.replace("ECHO", secrets.echo());
        server.answer(status, reply, "text/plain");
        GatewaySettings g = settingsFor(type, server.url());
        g.authMode = GatewaySettings::AuthMode::Basic;
        auto gateway = GatewayFactory::create(g, StoreUrl());
        QVERIFY(gateway);
        const SendResult r = send(*gateway.value());
        QVERIFY2(!r.gatewayText().isEmpty(), qPrintable(r.summary()));
        const QString leak = leakIn(r, secrets);
        QVERIFY2(leak.isEmpty(), qPrintable(QString::fromLatin1(body) + QStringLiteral(": ") + leak));
    }
}

void TestGateways::everyReplyParserIsRedactedAtTheBoundary()
{
    // The pure parsers (the fuzz targets' entries) through the same boundary, SMS Proxy included.
    const SecretForms::Secrets secrets = testSecrets();
    GatewaySettings g = settingsFor(GatewaySettings::Type::GenericHttp, QStringLiteral("https://127.0.0.1/"));
    const GatewayRedactor redactor(&g, message());
    using Parse = std::function<RawSendResult(int, const QByteArray&)>;
    const QList<QPair<GatewaySettings::Type, Parse>> parsers{
        {GatewaySettings::Type::Mfms, &MfmsGateway::parseReply},
        {GatewaySettings::Type::Smsapi, &SmsApiGateway::parseReply},
        {GatewaySettings::Type::Megafon, &MegafonGateway::parseReply},
        {GatewaySettings::Type::OneGate, &OneGateGateway::parseReply},
        {GatewaySettings::Type::SmsProxy, &SmsProxyGateway::parseReply},
        {GatewaySettings::Type::GenericHttp, [&g](int status, const QByteArray& body) {
             return GenericHttpGateway::parseReply(g, status, body);
         }}};
    for (const auto& [type, parse] : parsers) {
        for (const QByteArray& body : hostileBodies(type)) {
            QByteArray reply = body;
            reply.replace("ECHO", secrets.echo());
            for (int status : {200, 400}) {
                const SendResult r = redactor.seal(parse(status, reply));
                const QString leak = leakIn(r, secrets);
                QVERIFY2(leak.isEmpty(), qPrintable(QString::fromLatin1(body) + QStringLiteral(": ") + leak));
            }
        }
    }
    // A secret cut in half by the length limit is not left half visible either.
    const QString padded = QString(GatewayRedactor::kMaxTextLength - 5, QLatin1Char('x')) + kPassword;
    QVERIFY(!redactor.redact(padded).left(GatewayRedactor::kMaxTextLength).contains(kPassword.left(5)));
    // Control characters from a provider are shown escaped.
    QCOMPARE(redactor.redact(QStringLiteral("a") + QChar(0x1b) + QStringLiteral("[31mb")),
             QStringLiteral("a\\x1b[31mb"));
}

void TestGateways::engineEventHasNoOtpQuotedByTheGateway_data()
{
    TestStores::addDialectRows();
}

void TestGateways::engineEventHasNoOtpQuotedByTheGateway()
{
    // Megafon's 20101 names the faulty field with its value: "value":"<the code>". The refusal
    // (event 1301) must not carry the code, nor anything else the reply quotes.
    QFETCH(QString, dialect);
    QString otp;
    LoopbackHttpServer server;
    server.setHandler([&otp](const LoopbackHttpServer::Request& req) {
        const QString text = QJsonDocument::fromJson(req.body).object().value(QStringLiteral("message")).toString();
        otp = text.section(QLatin1Char(' '), 1, 1).section(QLatin1Char('\n'), 0, 0);
        SecretForms::Secrets s = testSecrets();
        s.token.clear(); // this Megafon has no token
        s.otp = otp;
        s.text = text;
        LoopbackHttpServer::Answer a;
        a.body =
            R"({"result":{"status":{"code":20101,"description":"invalid"},"payload":{"field":"message","value":")" +
            otp.toUtf8() + R"(","echo":"ECHO"}}})";
        a.body.replace("ECHO", s.echo());
        return a;
    });
    TestStores stores;
    std::unique_ptr<Store> store = stores.openFresh(dialect);
    QVERIFY(store);
    const StoreKey key = StoreKey::generate();
    SettingsRepository repo(*store, &key);
    auto loaded = repo.load();
    QVERIFY(loaded);
    Settings s = loaded->settings;
    s.messageFormat.textBeforeOtp = QStringLiteral("Code:");
    s.gateway = settingsFor(GatewaySettings::Type::Megafon, server.url());
    s.gateway.token.clear();
    const auto saved = repo.save(s, Settings::sectionKeys(), loaded->versions, QStringLiteral("admin"));
    QVERIFY2(saved.ok(), qPrintable(saved.message + formatFieldErrors(saved.errors)));
    ManualClock clock;
    OtpService service(*store, &key, clock);
    QVERIFY(service.registerAuthenticator(QStringLiteral("alice"), QStringLiteral("+79161234567"), {}, {"admin", false})
                .ok);
    const auto out = service.requestOtp(QStringLiteral("alice"), QStringLiteral("127.0.0.1"));
    QVERIFY(!out.ok);
    QCOMPARE(otp.size(), 6);
    const QString events = allEvents(*store);
    QVERIFY2(events.contains(QString::number(EventCode::GatewayFailed)), qPrintable(events));
    SecretForms::Secrets secrets = testSecrets();
    secrets.otp = otp;
    secrets.token.clear();
    secrets.text.clear();
    QString leak = secrets.leakIn(events);
    QVERIFY2(leak.isEmpty(), qPrintable(leak + QStringLiteral(" in: ") + events));
    leak = leakIn(out.send, secrets);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
}

// --- failover ---

void TestGateways::failoverOnTransportError()
{
    QString down;
    {
        LoopbackHttpServer closed;
        down = closed.url();
    }
    LoopbackHttpServer second;
    second.answer(200, R"({"count":1,"list":[{"id":"via-2","status":"QUEUE"}]})");
    GatewaySettings g = settingsFor(GatewaySettings::Type::Megafon, down);
    g.failover = std::make_shared<const GatewaySettings>(settingsFor(GatewaySettings::Type::Smsapi, second.url()));
    auto gateway = GatewayFactory::create(g, StoreUrl());
    QVERIFY(gateway);
    QVERIFY(qobject_cast<FailoverGateway*>(gateway.value().get()));
    const SendResult r = send(*gateway.value());
    QVERIFY2(r.success, qPrintable(r.summary()));
    QVERIFY(r.viaFailover);
    QCOMPARE(r.providerMessageId(), QStringLiteral("via-2"));
    QCOMPARE(r.gatewayName, GatewaySettings::displayName(GatewaySettings::Type::Smsapi));
    QVERIFY(!r.failoverReason().isEmpty());
    QCOMPARE(second.requests().size(), 1);
    verifyRedacted(r);
}

void TestGateways::failoverOnThrottling()
{
    LoopbackHttpServer first;
    first.answer(200, R"({"error":203,"message":"Too many requests"})");
    LoopbackHttpServer second;
    second.answer(200, "ok;1;77", "text/plain");
    GatewaySettings g = settingsFor(GatewaySettings::Type::Smsapi, first.url());
    g.failover = std::make_shared<const GatewaySettings>(settingsFor(GatewaySettings::Type::Mfms, second.url()));
    auto gateway = GatewayFactory::create(g, StoreUrl());
    const SendResult r = send(*gateway.value());
    QVERIFY(r.success);
    QVERIFY(r.viaFailover);
    QVERIFY2(r.failoverReason().contains(QStringLiteral("203")), qPrintable(r.failoverReason()));
    QCOMPARE(first.requests().size(), 1);
    QCOMPARE(second.requests().size(), 1);
}

void TestGateways::noFailoverOnAuthentication()
{
    LoopbackHttpServer first;
    first.answer(401, "{}");
    LoopbackHttpServer second;
    second.answer(200, "ok;1;77", "text/plain");
    GatewaySettings g = settingsFor(GatewaySettings::Type::Megafon, first.url());
    g.failover = std::make_shared<const GatewaySettings>(settingsFor(GatewaySettings::Type::Mfms, second.url()));
    auto gateway = GatewayFactory::create(g, StoreUrl());
    const SendResult r = send(*gateway.value());
    QVERIFY(!r.success);
    QVERIFY(!r.viaFailover);
    QCOMPARE(r.errorClass, E::Authentication);
    QVERIFY(second.requests().isEmpty());
}

void TestGateways::factoryBuildsEveryType()
{
    for (int i = 0; i < GatewaySettings::typeNames().size(); ++i) {
        GatewaySettings g = settingsFor(GatewaySettings::Type(i), QStringLiteral("https://sms.example.com"));
        auto gateway = GatewayFactory::create(g, StoreUrl());
        QVERIFY2(gateway, qPrintable(gateway.error()));
        QCOMPARE(gateway.value()->displayName(), GatewaySettings::displayName(g.type));
    }
}

void TestGateways::connectionCheck()
{
    auto check = [](SmsGateway& gateway) {
        SendResult result;
        bool done = false;
        gateway.checkConnection([&](const SendResult& r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            qWarning("no check result");
        return result;
    };
    // A plain gateway: HEAD on the base address, no query, no body, no secret needed.
    LoopbackHttpServer server;
    server.answer(404, "{}");
    MfmsGateway mfms(settingsFor(GatewaySettings::Type::Mfms, server.url(QStringLiteral("/connector"))));
    QVERIFY(mfms.supportsConnectionCheck());
    SendResult r = check(mfms);
    QVERIFY2(r.success, qPrintable(r.summary()));
    QCOMPARE(r.gatewayCode(), QStringLiteral("HTTP 404"));
    QCOMPARE(server.last().method, QByteArray("HEAD"));
    QCOMPARE(server.last().path, QStringLiteral("/connector"));
    QVERIFY(server.last().query.isEmpty());

    // SMS Proxy: the whole mutual TLS handshake with the pinned server.
    const QSslConfiguration tls = serverTls(QStringLiteral("server"), true);
    LoopbackHttpServer proxy(&tls);
    proxy.answer(405, "");
    SmsProxyGateway good(proxySettings(proxy.url()));
    r = check(good);
    QVERIFY2(r.success, qPrintable(r.summary()));
    QCOMPARE(ClientCertificateStore::thumbprint(proxy.last().clientCertificate),
             m_pki.thumbprint(QStringLiteral("client")));
    GatewaySettings wrong = proxySettings(proxy.url());
    wrong.serverCertThumbprint = m_pki.thumbprint(QStringLiteral("impostor"));
    SmsProxyGateway pinnedElsewhere(wrong);
    r = check(pinnedElsewhere);
    QVERIFY(!r.success);
    QVERIFY2(r.message().contains(QStringLiteral("nothing was sent")), qPrintable(r.message()));

    QString down;
    {
        LoopbackHttpServer closed;
        down = closed.url();
    }
    MegafonGateway unreachable(settingsFor(GatewaySettings::Type::Megafon, down));
    r = check(unreachable);
    QVERIFY(!r.success);
    QCOMPARE(r.errorClass, E::Transport);
}

namespace {
QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext&, const QString& text)
{
    g_log << text;
}

QString allEvents(Store& store)
{
    QString all;
    // The result must outlive the loop: value() refers into it.
    const Result<QList<Event>> events = EventQuery(store).list({});
    for (const Event& e : events.value())
        all += QString::number(e.code) + QLatin1Char(' ') + e.account + QLatin1Char(' ') + e.actor + QLatin1Char(' ') +
               e.message + QLatin1Char('\n');
    return all;
}
} // namespace

void TestGateways::engineKeepsItsGatewayUntilTheSettingsChange()
{
    LoopbackHttpServer smsapi;
    smsapi.answer(200, R"({"count":1,"list":[{"id":"k-1","number":"79161234567","status":"QUEUE"}]})");
    TestStores stores;
    std::unique_ptr<Store> store = stores.openFresh(QStringLiteral("sqlite"));
    QVERIFY(store);
    const StoreKey key = StoreKey::generate();
    const auto saveToken = [&](Store& on, const QString& token) {
        SettingsRepository repo(on, &key);
        auto loaded = repo.load();
        QVERIFY(loaded);
        Settings s = loaded->settings;
        s.gateway = settingsFor(GatewaySettings::Type::Smsapi, smsapi.url());
        s.gateway.token = token;
        const auto saved = repo.save(s, {QStringLiteral("gateway")}, loaded->versions, QStringLiteral("admin"));
        QVERIFY2(saved.ok(), qPrintable(saved.message + formatFieldErrors(saved.errors)));
    };
    saveToken(*store, QStringLiteral("token-one"));
    ManualClock clock;
    OtpService service(*store, &key, clock);
    for (const char* login : {"alice", "bob"})
        QVERIFY(service
                    .registerAuthenticator(QLatin1String(login), QStringLiteral("+7916123456%1").arg(qstrlen(login)),
                                           {}, {"admin", false})
                    .ok);
    QVERIFY(service.requestOtp(QStringLiteral("alice"), QStringLiteral("127.0.0.1")).ok);
    QVERIFY(service.requestOtp(QStringLiteral("bob"), QStringLiteral("127.0.0.1")).ok);
    QCOMPARE(smsapi.last().header("authorization"), QByteArray("Bearer token-one"));

    // Only the secret changes, saved through another connection (another console): the next
    // message goes with the new token, not with the kept gateway's old one.
    auto other = Store::open(store->url(), {}, Store::OpenMode::OpenExisting);
    QVERIFY(other);
    saveToken(*other.value(), QStringLiteral("token-two"));
    QVERIFY(service.requestOtp(QStringLiteral("alice"), QStringLiteral("127.0.0.1")).ok);
    QCOMPARE(smsapi.last().header("authorization"), QByteArray("Bearer token-two"));
    QCOMPARE(smsapi.requests().size(), 3);
}

void TestGateways::engineFailsOverAndLogsNoSecrets()
{
    // The first gateway is overloaded and echoes everything it got; the second one works.
    LoopbackHttpServer first;
    first.setHandler([](const LoopbackHttpServer::Request& req) {
        LoopbackHttpServer::Answer a;
        a.status = 503;
        a.contentType = "text/plain";
        a.body = "overloaded: " + req.header("authorization") + " " + req.body;
        return a;
    });
    LoopbackHttpServer second;
    second.answer(200, R"({"count":1,"list":[{"id":"eng-2","number":"79161234567","status":"QUEUE"}]})");

    TestStores stores;
    std::unique_ptr<Store> store = stores.openFresh(QStringLiteral("sqlite"));
    QVERIFY(store);
    const StoreKey key = StoreKey::generate();
    SettingsRepository repo(*store, &key);
    auto loaded = repo.load();
    QVERIFY(loaded);
    Settings s = loaded->settings;
    s.messageFormat.textBeforeOtp = QStringLiteral("Code:");
    s.gateway = settingsFor(GatewaySettings::Type::Megafon, first.url());
    s.gateway.token.clear();
    GatewaySettings backup = settingsFor(GatewaySettings::Type::Smsapi, second.url());
    backup.password.clear();
    s.gateway.failover = std::make_shared<const GatewaySettings>(backup);
    const auto saved = repo.save(s, Settings::sectionKeys(), loaded->versions, QStringLiteral("admin"));
    QVERIFY2(saved.ok(), qPrintable(saved.message + formatFieldErrors(saved.errors)));

    // Stored encrypted: neither secret is in the settings or the secrets table in clear.
    QSqlQuery q = store->query();
    QVERIFY(q.exec(QStringLiteral("SELECT body FROM settings UNION ALL SELECT ciphertext FROM secrets")));
    while (q.next()) {
        QVERIFY(!q.value(0).toByteArray().contains(kPassword.toUtf8()));
        QVERIFY(!q.value(0).toByteArray().contains(kToken.toUtf8()));
    }
    // ... and read back for sending with the store key only.
    auto reloaded = SettingsRepository(*store, &key).load();
    QCOMPARE(reloaded->settings.gateway.failover->token, kToken);
    QVERIFY(SettingsRepository(*store).load()->settings.gateway.failover->token.isEmpty());

    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    ManualClock clock;
    OtpService service(*store, &key, clock);
    const auto registered =
        service.registerAuthenticator(QStringLiteral("alice"), QStringLiteral("+79161234567"), {}, {"admin", false});
    const auto out = service.requestOtp(QStringLiteral("alice"), QStringLiteral("127.0.0.1"));
    qInstallMessageHandler(previous);
    QVERIFY2(registered.ok, qPrintable(registered.describe()));
    QVERIFY2(out.ok, qPrintable(out.describe()));
    QVERIFY(out.send.viaFailover);
    QCOMPARE(out.send.providerMessageId(), QStringLiteral("eng-2"));
    QCOMPARE(first.requests().size(), 1);
    QCOMPARE(second.requests().size(), 1);
    QCOMPARE(second.last().header("authorization"), "Bearer " + kToken.toUtf8());
    const QString sentText = decoded(second.last().form()).value(QStringLiteral("message"));
    const QString otp = sentText.section(QLatin1Char(' '), 1, 1).section(QLatin1Char('\n'), 0, 0);
    QCOMPARE(otp.size(), 6);

    const QString events = allEvents(*store);
    QVERIFY2(events.contains(QString::number(EventCode::GatewayFailover)), qPrintable(events));
    QVERIFY2(events.contains(QString::number(EventCode::OtpSent)), qPrintable(events));
    const QString logged = events + g_log.join(QLatin1Char('\n')) + out.message;
    QVERIFY2(!logged.contains(kPassword), qPrintable(logged));
    QVERIFY2(!logged.contains(QString::fromLatin1((QStringLiteral("api-user:") + kPassword).toUtf8().toBase64())),
             qPrintable(logged));
    QVERIFY2(!logged.contains(kToken), qPrintable(logged));
    QVERIFY2(!logged.contains(otp), qPrintable(logged));
    QVERIFY2(!logged.contains(QStringLiteral("9161234567")), qPrintable(logged));
}

void TestGateways::testSendRecordsAnEventWithoutTheOtp()
{
    LoopbackHttpServer server;
    server.answer(200, R"({"result":{"msg_id":"t-9","status":{"code":0,"description":"ok"}}})");
    TestStores stores;
    std::unique_ptr<Store> store = stores.openFresh(QStringLiteral("sqlite"));
    QVERIFY(store);
    const StoreKey key = StoreKey::generate();
    Settings s;
    s.gateway = settingsFor(GatewaySettings::Type::Megafon, server.url());
    const TestSender::Prepared p = TestSender::prepare(s, QStringLiteral("8 (916) 123-45-67"), {});
    QVERIFY2(p.ok, qPrintable(p.reason));
    QCOMPARE(p.normalized, QStringLiteral("+79161234567"));
    QVERIFY(!p.customText);
    QCOMPARE(p.message.text.size(), 6);

    TestSender sender(*store, &key);
    SendResult result;
    int calls = 0;
    QVERIFY(sender.send(s.gateway, p, false, QStringLiteral("operator"), [&](const SendResult& r) {
        result = r;
        ++calls;
    }));
    QTRY_COMPARE(calls, 1);
    QVERIFY2(result.success, qPrintable(result.summary()));
    QCOMPARE(result.providerMessageId(), QStringLiteral("t-9"));
    QCOMPARE(QJsonDocument::fromJson(server.last().body).object().value(QStringLiteral("message")).toString(),
             p.message.text);
    QVERIFY(!sender.isSending());

    const QList<Event> events = EventQuery(*store).list({}).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().code, int(EventCode::TestSend));
    QCOMPARE(events.first().actor, QStringLiteral("operator"));
    QVERIFY(events.first().message.contains(QStringLiteral("t-9")));
    QVERIFY2(!events.first().message.contains(p.message.text), qPrintable(events.first().message));
    QVERIFY(!events.first().message.contains(QStringLiteral("9161234567")));

    // Validate-only where the gateway has none: refused, nothing sent.
    calls = 0;
    QVERIFY(!sender.send(s.gateway, p, true, QStringLiteral("operator"), [&](const SendResult& r) {
        result = r;
        ++calls;
    }));
    QCOMPARE(calls, 1);
    QVERIFY(!result.success);
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(!TestSender::supportsValidateOnly(s.gateway));
    s.gateway.type = GatewaySettings::Type::Smsapi;
    QVERIFY(TestSender::supportsValidateOnly(s.gateway));

    // A refused number never reaches the gateway.
    const TestSender::Prepared bad = TestSender::prepare(s, QStringLiteral("12"), QStringLiteral("hello"));
    QVERIFY(!bad.ok);
    QVERIFY(!bad.reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestGateways)
#include "TestGateways.moc"
