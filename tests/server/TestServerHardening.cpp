#include "ServerHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

// smsotp-server as a service under stress and misuse: start-up refusals with one line and the
// DESIGN §3 exit codes, the configuration file, TLS 1.1 refused, bad and slow input answered or
// closed without a store write, thousands of idle connections, callers that trickle a request
// byte by byte cut off at the whole-request deadline, and SIGTERM with requests in flight.
class TestServerHardening : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startupRefusals_data();
    void startupRefusals();
    void configFileAndCommandLine();
    void tls11Refused();
    void plainHttpOnLoopback();
    void badInput_data();
    void badInput();
    void slowAndHalfSentRequests();
    void thousandsOfIdleConnections();
    void tricklersMeetTheRequestDeadline();
    void sigtermLosesNoRequestInFlight();

private:
    int eventCount();
    int openSsl(const QStringList& args);

    ServerHarness m_h;
    QByteArray m_token;
};

int TestServerHardening::eventCount()
{
    const CliRunner::Run r = m_h.cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--limit"),
                                      QStringLiteral("100000"), QStringLiteral("--json")});
    return int(QJsonDocument::fromJson(r.out.toUtf8()).array().size());
}

void TestServerHardening::initTestCase()
{
    // Room for the idle connections test.
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);

    QString error;
    QVERIFY2(m_h.prepare({}, &error), qPrintable(error));
    QCOMPARE(m_h.cli({QStringLiteral("users"), QStringLiteral("register"), QStringLiteral("alice"),
                      QStringLiteral("+79161234567")})
                 .exitCode,
             0);
    // Many requests for one account here: spam protection would rightly stop them.
    QCOMPARE(
        m_h.cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("spamProtection.enabled=false")})
            .exitCode,
        0);
    m_token = m_h.createToken(QStringLiteral("all"), {QStringLiteral("otp:request"), QStringLiteral("otp:verify"),
                                                      QStringLiteral("phones:read"), QStringLiteral("phones:write")});
    QVERIFY(!m_token.isEmpty());
    QVERIFY2(m_h.start({}, &error) == 0, qPrintable(error));
}

void TestServerHardening::startupRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    const QString store = m_h.storeUrl();
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(ServerHarness::freePort());
    const QString garbage = m_h.dir() + QStringLiteral("/garbage.pem");
    QFile f(garbage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n");
    f.close();
    const QStringList tls = {QStringLiteral("--tls-cert"), m_h.certFile(), QStringLiteral("--tls-key"), m_h.keyFile()};
    const QStringList base = {QStringLiteral("--store"), store, QStringLiteral("--listen"), listen};

    QTest::newRow("bad certificate") << base + QStringList{QStringLiteral("--tls-cert"), garbage,
                                                           QStringLiteral("--tls-key"), m_h.keyFile()}
                                     << 1 << QStringLiteral("certificate");
    QTest::newRow("key is no key") << base + QStringList{QStringLiteral("--tls-cert"), m_h.certFile(),
                                                         QStringLiteral("--tls-key"), m_h.certFile()}
                                   << 1 << QStringLiteral("key");
    QTest::newRow("store missing") << QStringList{QStringLiteral("--store"),
                                                  QStringLiteral("sqlite://") + m_h.dir() + QStringLiteral("/none.db"),
                                                  QStringLiteral("--listen"), listen} +
                                          tls
                                   << 1 << QStringLiteral("store");
    QTest::newRow("port in use") << QStringList{QStringLiteral("--store"), store, QStringLiteral("--listen"),
                                                QStringLiteral("127.0.0.1:%1").arg(m_h.port())} +
                                        tls
                                 << 1 << QStringLiteral("in use");
    QTest::newRow("plain http off loopback")
        << QStringList{QStringLiteral("--store"), store, QStringLiteral("--listen"), QStringLiteral("0.0.0.0:8080")}
        << 1 << QStringLiteral("loopback");
    QTest::newRow("half tls") << base + QStringList{QStringLiteral("--tls-cert"), m_h.certFile()} << 1
                              << QStringLiteral("--tls-key");
    const QString shared = m_h.dir() + QStringLiteral("/shared-passphrase");
    QFile p(shared);
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write(ServerHarness::kPassphrase);
    p.close();
    p.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                     QFileDevice::ReadOther);
    QTest::newRow("passphrase file others may read")
        << base + tls + QStringList{QStringLiteral("--passphrase-file"), shared} << 1 << QStringLiteral("other users");
    const QString wrong = m_h.dir() + QStringLiteral("/wrong-passphrase");
    QFile w(wrong);
    QVERIFY(w.open(QIODevice::WriteOnly));
    w.write("not the passphrase\n");
    w.close();
    w.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QTest::newRow("wrong passphrase") << base + tls + QStringList{QStringLiteral("--passphrase-file"), wrong} << 1
                                      << QStringLiteral("wrong passphrase");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("1")} << 2
                                    << QStringLiteral("--frobnicate");
    QTest::newRow("bad listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("localhost")} << 2
                                << QStringLiteral("ADDRESS:PORT");
    QTest::newRow("bad log format") << QStringList{QStringLiteral("--log-format"), QStringLiteral("xml")} << 2
                                    << QStringLiteral("json");
}

void TestServerHardening::startupRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const CliRunner::Run r = ServerHarness::runServer(
        args, {{QStringLiteral("SMSOTP_PASSPHRASE"), QString::fromLatin1(ServerHarness::kPassphrase)}});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(says, Qt::CaseInsensitive), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
}

void TestServerHardening::configFileAndCommandLine()
{
    const quint16 fromConfig = ServerHarness::freePort();
    const QString config = m_h.dir() + QStringLiteral("/server.ini");
    QFile f(config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("store=%1\nlisten=127.0.0.1:%2\ntls-cert=%3\ntls-key=%4\nlog-format=json\n")
                .arg(m_h.storeUrl())
                .arg(fromConfig)
                .arg(m_h.certFile(), m_h.keyFile())
                .toUtf8());
    f.close();
    // The harness adds --store, --listen (another port) and TLS on the command line: they win.
    QString error;
    const int server = m_h.start({QStringLiteral("--config"), config}, &error);
    QVERIFY2(server > 0, qPrintable(error));
    auto c = m_h.client(server);
    QCOMPARE(c->request("GET", "/api/v1/health").status, 200);
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, fromConfig);
    QVERIFY(!probe.waitForConnected(2000));
    QCOMPARE(m_h.stop(server), 0);
    // The log format came from the file: every line is JSON.
    const QStringList lines = m_h.log(server).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3);
    for (const QString& line : lines)
        QVERIFY2(QJsonDocument::fromJson(line.toUtf8()).isObject(), qPrintable(line));

    const CliRunner::Run bad =
        ServerHarness::runServer({QStringLiteral("--config"), m_h.dir() + QStringLiteral("/none.ini")});
    QCOMPARE(bad.exitCode, 2);

    // The shipped server.conf has a [server] section, with the keys of this task's options too.
    const QString sectioned = m_h.dir() + QStringLiteral("/sectioned.ini");
    QFile g(sectioned);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("[server]\nrequest-timeout=500\n");
    g.close();
    const CliRunner::Run tooLong = ServerHarness::runServer({QStringLiteral("--config"), sectioned});
    QCOMPARE(tooLong.exitCode, 2);
    QVERIFY2(tooLong.err.contains(QLatin1String("--request-timeout")), qPrintable(tooLong.err));
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("[server]\nlog-format=json\nrequest-timeout=20\nmetrics-without-token=127.0.0.1, 10.0.0.0/8\n");
    g.close();
    const int fromSection = m_h.start({QStringLiteral("--config"), sectioned}, &error);
    QVERIFY2(fromSection > 0, qPrintable(error));
    QCOMPARE(m_h.client(fromSection)->request("GET", "/metrics").status, 200);
    QCOMPARE(m_h.stop(fromSection), 0);
    QVERIFY(QJsonDocument::fromJson(m_h.log(fromSection).split(QLatin1Char('\n')).first().toUtf8()).isObject());
}

int TestServerHardening::openSsl(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), QStringList{QStringLiteral("s_client"), QStringLiteral("-connect"),
                                                   QStringLiteral("127.0.0.1:%1").arg(m_h.port())} +
                                           args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return -1;
    return p.exitCode();
}

void TestServerHardening::tls11Refused()
{
    QCOMPARE(openSsl({QStringLiteral("-tls1_2")}), 0);
    QVERIFY(openSsl({QStringLiteral("-tls1_1"), QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")}) != 0);
    QVERIFY(openSsl({QStringLiteral("-tls1"), QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")}) != 0);
}

void TestServerHardening::plainHttpOnLoopback()
{
    QString error;
    const int server = m_h.start({}, &error, false);
    QVERIFY2(server > 0, qPrintable(error));
    QCOMPARE(m_h.client(server)->request("GET", "/api/v1/health").status, 200);
    QCOMPARE(m_h.stop(server), 0);
}

void TestServerHardening::badInput_data()
{
    QTest::addColumn<QByteArray>("request"); // raw bytes after the request line's method and path
    QTest::addColumn<int>("status");         // 0: the server may answer 4xx or close
    const QByteArray mb(1 << 20, 'a');
    const auto post = [](const QByteArray& path, const QByteArray& body, const QByteArray& type) -> QByteArray {
        QByteArray r = "POST " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer TOKEN\r\n";
        if (!type.isEmpty())
            r += "Content-Type: " + type + "\r\n";
        return r + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    const QByteArray json = "application/json";
    QTest::newRow("malformed json") << post("/api/v1/otp/request", R"({"login":)", json) << 400;
    QTest::newRow("not an object") << post("/api/v1/otp/request", "[1,2]", json) << 400;
    QTest::newRow("login a number") << post("/api/v1/otp/request", R"({"login":5})", json) << 400;
    QTest::newRow("code a number") << post("/api/v1/otp/verify", R"({"login":"alice","code":123456})", json) << 400;
    QTest::newRow("login null") << post("/api/v1/otp/request", R"({"login":null})", json) << 400;
    QTest::newRow("no login") << post("/api/v1/otp/request", "{}", json) << 400;
    QTest::newRow("unknown field") << post("/api/v1/otp/request", R"({"login":"alice","admin":true})", json) << 400;
    QTest::newRow("no content type") << post("/api/v1/otp/request", R"({"login":"alice"})", {}) << 415;
    QTest::newRow("form content type") << post("/api/v1/otp/request", "login=alice",
                                               "application/x-www-form-urlencoded")
                                       << 415;
    QTest::newRow("control character") << post("/api/v1/otp/request", R"({"login":"al\u0007ice"})", json) << 400;
    QTest::newRow("login of 300") << post("/api/v1/otp/request", "{\"login\":\"" + QByteArray(300, 'a') + "\"}", json)
                                  << 400;
    QTest::newRow("login of 1 MB") << post("/api/v1/otp/request", "{\"login\":\"" + mb + "\"}", json) << 413;
    QTest::newRow("code of 1 MB") << post("/api/v1/otp/verify", "{\"login\":\"alice\",\"code\":\"" + mb + "\"}", json)
                                  << 413;
    QTest::newRow("phone of 1 MB") << QByteArray("PUT /api/v1/authenticators/alice HTTP/1.1\r\nHost: x\r\n"
                                                 "Authorization: Bearer TOKEN\r\nContent-Type: application/json\r\n"
                                                 "Content-Length: ") +
                                          QByteArray::number(mb.size() + 12) + "\r\n\r\n{\"phone\":\"" + mb + "\"}"
                                   << 413;
    QTest::newRow("login in path of 1 MB") << "GET /api/v1/authenticators/" + mb + " HTTP/1.1\r\nHost: x\r\n\r\n" << 0;
    QTest::newRow("header of 64 KiB") << "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " +
                                             QByteArray(64 * 1024, 'b') + "\r\n\r\n"
                                      << 0;
    QTest::newRow("garbage") << QByteArray("HELLO THERE\r\n\r\n") << 0;
    QTest::newRow("unknown endpoint") << QByteArray("GET /api/v1/users HTTP/1.1\r\nHost: x\r\n\r\n") << 404;
    QTest::newRow("wrong method") << post("/api/v1/health", "{}", json) << 404;
}

void TestServerHardening::badInput()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    request.replace("TOKEN", m_token);
    const int events = eventCount();
    auto c = m_h.client();
    c->sendRaw(request); // the server may stop reading early; what counts is its answer
    const RawHttpClient::Response r = c->readResponse();
    if (status == 0) {
        QVERIFY2(r.status == 0 || (r.status >= 400 && r.status < 500), qPrintable(QString::number(r.status)));
    } else {
        QCOMPARE(r.status, status);
        QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY(!r.json().value(QStringLiteral("error")).toString().isEmpty());
    }
    QCOMPARE(eventCount(), events); // nothing written
    // The server still answers.
    QCOMPARE(m_h.client()->request("GET", "/api/v1/health").status, 200);
}

void TestServerHardening::slowAndHalfSentRequests()
{
    const int events = eventCount();
    // Headers that never end, a body shorter than announced, a TLS handshake never started.
    auto headers = m_h.client();
    QVERIFY(headers->sendRaw("POST /api/v1/otp/request HTTP/1.1\r\nHost: x\r\nContent-"));
    auto body = m_h.client();
    QVERIFY(body->sendRaw("POST /api/v1/otp/request HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_token +
                          "\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n{\"login\":"));
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, m_h.port());
    QVERIFY(silent.waitForConnected());
    // A slow trickle is still served while it keeps coming, within the request deadline.
    auto slow = m_h.client();
    const QByteArray health = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
    for (const char ch : health) {
        QVERIFY(slow->sendRaw(QByteArray(1, ch)));
        QTest::qWait(20);
    }
    QCOMPARE(slow->readResponse().status, 200);

    QVERIFY(headers->waitClosed(60000));
    QVERIFY(body->waitClosed(60000));
    const auto closed = [&silent] {
        while (silent.state() == QAbstractSocket::ConnectedState)
            if (!silent.waitForReadyRead(60000) && silent.state() == QAbstractSocket::ConnectedState)
                return false;
        return true;
    };
    QVERIFY(closed());
    QCOMPARE(eventCount(), events);
}

void TestServerHardening::thousandsOfIdleConnections()
{
    constexpr int kIdle = 2000;
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < kIdle; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, m_h.port());
        idle.push_back(std::move(s));
    }
    int connected = 0;
    for (auto& s : idle)
        connected += s->waitForConnected(10000) ? 1 : 0;
    QVERIFY2(connected > kIdle / 2, qPrintable(QString::number(connected)));
    // A real caller still gets through (after the idle ones time out), and the server lives on.
    // It queues behind the idle ones, and its own request deadline runs meanwhile: on a loaded
    // machine the server may cut it along with them, as it would any caller then; a caller tries
    // again, and so does this test, a few times.
    RawHttpClient::Response r;
    for (int attempt = 0; attempt < 3 && r.status != 200; ++attempt)
        r = m_h.client()->request("GET", "/api/v1/health");
    QCOMPARE(r.status, 200);
    idle.clear();
    QCOMPARE(m_h.process().state(), QProcess::Running);
    QCOMPARE(m_h.client()
                 ->postJson("/api/v1/otp/request", {{QStringLiteral("login"), QStringLiteral("alice")}}, m_token)
                 .status,
             200);
}

void TestServerHardening::tricklersMeetTheRequestDeadline()
{
    constexpr int kTricklers = 200;
    const QString closedLine = QStringLiteral("past the request deadline");
    QString error;
    const int server = m_h.start({QStringLiteral("--request-timeout"), QStringLiteral("30")}, &error);
    QVERIFY2(server > 0, qPrintable(error));
    auto keepAlive = m_h.client(server);
    QCOMPARE(keepAlive->request("GET", "/api/v1/health").status, 200);

    // Each trickler sends a request line, then one byte of a header every second, never ending
    // it: cpp-httplib's read timeout alone would let them hold their threads for ever.
    std::vector<std::unique_ptr<RawHttpClient>> tricklers;
    for (int i = 0; i < kTricklers; ++i) {
        tricklers.push_back(m_h.client(server));
        QVERIFY(tricklers.back()->sendRaw("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n"));
    }
    // A real caller is served while they all hold their connections, before their deadline.
    QCOMPARE(m_h.client(server)
                 ->postJson("/api/v1/otp/request", {{QStringLiteral("login"), QStringLiteral("alice")}}, m_token)
                 .status,
             200);
    QVERIFY2(!m_h.log(server).contains(closedLine), "the tricklers were cut before the real caller got through");

    const QByteArray header = "X-Slow: 1\r\n";
    int closed = 0;
    for (int round = 0; round < 150 && closed < kTricklers; ++round) {
        closed = 0;
        for (auto& t : tricklers) {
            if (t->socket().state() != QAbstractSocket::ConnectedState)
                ++closed;
            else
                t->socket().write(header.mid(round % header.size(), 1));
        }
        // The keep-alive caller asks once a round, past the deadline too: each answer restarts
        // its connection's clock.
        QCOMPARE(keepAlive->request("GET", "/api/v1/health").status, 200);
        QTest::qWait(1000);
    }
    QCOMPARE(closed, kTricklers);
    QVERIFY(m_h.log(server).contains(closedLine));
    QCOMPARE(m_h.client(server)->request("GET", "/api/v1/health").status, 200);
    QCOMPARE(m_h.stop(server), 0);
}

void TestServerHardening::sigtermLosesNoRequestInFlight()
{
    constexpr int kCallers = 24;
    const CliRunner::Run before = m_h.cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--code"),
                                           QStringLiteral("1001"), QStringLiteral("--json")});
    const int sentBefore = int(QJsonDocument::fromJson(before.out.toUtf8()).array().size());
    std::vector<std::unique_ptr<RawHttpClient>> callers;
    for (int i = 0; i < kCallers; ++i)
        callers.push_back(m_h.client());
    const QByteArray body = R"({"login":"alice"})";
    const QByteArray request =
        "POST /api/v1/otp/request HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_token +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    for (auto& c : callers)
        QVERIFY(c->sendRaw(request));
    QProcess& server = m_h.process();
    ::kill(pid_t(server.processId()), SIGTERM);
    int answered = 0;
    for (auto& c : callers)
        answered += c->readResponse().status == 200 ? 1 : 0;
    QCOMPARE(answered, kCallers);
    QVERIFY(server.waitForFinished(60000));
    QCOMPARE(server.exitCode(), 0);
    QVERIFY(m_h.log().contains(QLatin1String(" stopped ")));
    const CliRunner::Run after = m_h.cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--code"),
                                          QStringLiteral("1001"), QStringLiteral("--json")});
    QCOMPARE(int(QJsonDocument::fromJson(after.out.toUtf8()).array().size()), sentBefore + kCallers);
    // The server's row says it stopped.
    const CliRunner::Run servers = m_h.cli({QStringLiteral("servers"), QStringLiteral("list")});
    QVERIFY2(servers.out.contains(QLatin1String("stopped"), Qt::CaseInsensitive), qPrintable(servers.out));
    const CliRunner::Run stoppedEvents =
        m_h.cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--code"), QStringLiteral("3031"),
                 QStringLiteral("--json")});
    QVERIFY(!QJsonDocument::fromJson(stoppedEvents.out.toUtf8()).array().isEmpty());
}

QTEST_GUILESS_MAIN(TestServerHardening)
#include "TestServerHardening.moc"
