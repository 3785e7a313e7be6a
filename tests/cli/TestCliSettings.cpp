#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "util/SystemUser.h"

// store and settings commands through the real smsotp-cli, and every kind of bad store the
// foundation issue names: each is one message on stderr, exit status 1, and nothing written.
class TestCliSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeInfoNamesDialectVersionAndUuid();
    void exportImportRoundTrip();
    void badImportChangesNothing();
    void dryRunChangesNothing();
    void getAndSet();
    void setRefusesBadValuesTogether();
    void secretsAreNeverExported();
    void failoverSecretsStayHidden();
    void badStores_data();
    void badStores();
    void newerSchemaRefused();
    void usageErrorsExitWith2();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList& args, const QString& store = {}, const QByteArray& dbPassword = {},
            bool unprivileged = false);
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString url() const { return QStringLiteral("sqlite://") + path(QStringLiteral("s.db")); }
    QByteArray storeDigest() const;
    void writeFile(const QString& name, const QByteArray& content) const;

    QTemporaryDir m_dir;
    CliRunner m_runner{QStringLiteral(SMSOTP_CLI_PATH)};
};

TestCliSettings::Run TestCliSettings::cli(const QStringList& args, const QString& store, const QByteArray& dbPassword,
                                          bool unprivileged)
{
    // root writes to read-only files, so a read-only store is only refused to an ordinary user.
    const QStringList wrapper = unprivileged ? QStringList{QStringLiteral("runuser"), QStringLiteral("-u"),
                                                           QStringLiteral("nobody"), QStringLiteral("--")}
                                             : QStringList{};
    return m_runner.run(args,
                        {{QStringLiteral("SMSOTP_STORE"), store.isEmpty() ? url() : store},
                         {QStringLiteral("SMSOTP_DB_PASSWORD"), QString::fromUtf8(dbPassword)}},
                        wrapper);
}

// The store's settings as the CLI exports them: equal digests mean nothing was written.
QByteArray TestCliSettings::storeDigest() const
{
    const Run r =
        m_runner.run({QStringLiteral("settings"), QStringLiteral("export")}, {{QStringLiteral("SMSOTP_STORE"), url()}});
    return QCryptographicHash::hash(r.out.toUtf8(), QCryptographicHash::Sha256);
}

void TestCliSettings::writeFile(const QString& name, const QByteArray& content) const
{
    QFile f(path(name));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

void TestCliSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_runner.setEnv(QStringLiteral("SMSOTP_PASSPHRASE"), QStringLiteral("correct horse battery staple"));
    const Run r = cli({QStringLiteral("store"), QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

void TestCliSettings::storeInfoNamesDialectVersionAndUuid()
{
    const Run r = cli({QStringLiteral("store"), QStringLiteral("info")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("SQLite")));
    QVERIFY(r.out.contains(QStringLiteral("Schema version")));
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"))));
}

void TestCliSettings::exportImportRoundTrip()
{
    QVERIFY(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("otp.length=8"),
                 QStringLiteral("messageFormat.textBeforeOtp=Your code:")})
                .exitCode == 0);
    const QString file = path(QStringLiteral("exported.json"));
    QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("export"), file}).exitCode, 0);

    // Another store takes the file and ends up with the same settings.
    const QString other = QStringLiteral("sqlite://") + path(QStringLiteral("other.db"));
    QCOMPARE(cli({QStringLiteral("store"), QStringLiteral("init")}, other).exitCode, 0);
    const Run imported = cli({QStringLiteral("settings"), QStringLiteral("import"), file}, other);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const Run a = cli({QStringLiteral("settings"), QStringLiteral("export")});
    const Run b = cli({QStringLiteral("settings"), QStringLiteral("export")}, other);
    QCOMPARE(QJsonDocument::fromJson(b.out.toUtf8()), QJsonDocument::fromJson(a.out.toUtf8()));
    QCOMPARE(
        cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("otp.length")}, other).out.trimmed(),
        QStringLiteral("8"));
}

void TestCliSettings::badImportChangesNothing()
{
    const QByteArray before = storeDigest();
    // One good section and two bad fields: nothing at all is saved, and both are named.
    writeFile(QStringLiteral("bad.json"), R"({"block":{"attemptsBeforeBlock":7},
                                            "otp":{"length":3},
                                            "spamProtection":{"minSuccessPercent":101}})");
    const Run r = cli({QStringLiteral("settings"), QStringLiteral("import"), path(QStringLiteral("bad.json"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("otp.length")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("spamProtection.minSuccessPercent")), qPrintable(r.err));
    QCOMPARE(storeDigest(), before);

    writeFile(QStringLiteral("broken.json"), "{\"block\": {");
    const Run broken = cli({QStringLiteral("settings"), QStringLiteral("import"), path(QStringLiteral("broken.json"))});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY(!broken.err.trimmed().isEmpty());
    QCOMPARE(storeDigest(), before);

    const Run missing = cli({QStringLiteral("settings"), QStringLiteral("import"), path(QStringLiteral("none.json"))});
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(storeDigest(), before);
}

void TestCliSettings::dryRunChangesNothing()
{
    const QByteArray before = storeDigest();
    writeFile(QStringLiteral("good.json"), R"({"block":{"attemptsBeforeBlock":9}})");
    const Run r = cli({QStringLiteral("settings"), QStringLiteral("import"), path(QStringLiteral("good.json")),
                       QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("block.attemptsBeforeBlock")), qPrintable(r.out));
    QCOMPARE(storeDigest(), before);
}

void TestCliSettings::getAndSet()
{
    QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("block.enabled=false"),
                  QStringLiteral(R"(ipAllowList.entries=[{"ip":"10.0.0.0/8","comment":"office"}])")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("block.enabled")}).out.trimmed(),
             QStringLiteral("false"));
    const Run section = cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("ipAllowList")});
    const QJsonObject o = QJsonDocument::fromJson(section.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("entries")).toArray().size(), 1);
    QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("block.nothing")}).exitCode, 2);
}

void TestCliSettings::setRefusesBadValuesTogether()
{
    const QByteArray before = storeDigest();
    const Run r = cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("block.unblockMinutes=60"),
                       QStringLiteral("block.attemptsBeforeBlock=0"), QStringLiteral("otp.digits=maybe")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("block.attemptsBeforeBlock")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("otp.digits")), qPrintable(r.err));
    QCOMPARE(storeDigest(), before);
}

void TestCliSettings::secretsAreNeverExported()
{
    const Run set = cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("gateway.type=smsapi"),
                         QStringLiteral("gateway.address=https://api.example.test"),
                         QStringLiteral("gateway.token=tok-SECRET-123")});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QVERIFY(!set.out.contains(QStringLiteral("tok-SECRET-123")));
    const Run exported = cli({QStringLiteral("settings"), QStringLiteral("export")});
    QVERIFY(!exported.out.contains(QStringLiteral("tok-SECRET-123")));
    const Run got = cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("gateway")});
    QVERIFY(!got.out.contains(QStringLiteral("tok-SECRET-123")));
    QFile raw(path(QStringLiteral("s.db")));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("tok-SECRET-123"));
    QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("gateway.type=devFile")}).exitCode,
             0);
}

void TestCliSettings::failoverSecretsStayHidden()
{
    const Run set = cli({QStringLiteral("settings"), QStringLiteral("set"),
                         QStringLiteral(R"(gateway.failover={"type":"smsapi","address":"https://b.example.test",)"
                                        R"("token":"fail-SECRET-1"})")});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const Run exported = cli({QStringLiteral("settings"), QStringLiteral("export")});
    QVERIFY(exported.out.contains(QStringLiteral("b.example.test")));
    QVERIFY(!exported.out.contains(QStringLiteral("fail-SECRET-1")));

    QJsonObject document = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    QJsonObject gateway = document.value(QStringLiteral("gateway")).toObject();
    QJsonObject failover = gateway.value(QStringLiteral("failover")).toObject();
    failover.insert(QStringLiteral("token"), QStringLiteral("fail-SECRET-2"));
    gateway.insert(QStringLiteral("failover"), failover);
    document.insert(QStringLiteral("gateway"), gateway);
    writeFile(QStringLiteral("failover.json"), QJsonDocument(document).toJson());
    const Run preview = cli({QStringLiteral("settings"), QStringLiteral("import"),
                             path(QStringLiteral("failover.json")), QStringLiteral("--dry-run")});
    QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
    QVERIFY2(preview.out.contains(QStringLiteral("gateway.failover.token: changed")), qPrintable(preview.out));
    QVERIFY(!preview.out.contains(QStringLiteral("fail-SECRET")));

    QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("gateway.failover=null")}).exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("gateway.failover")}).out.trimmed(),
             QStringLiteral("null"));
}

void TestCliSettings::badStores_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("expected");

    QTest::newRow("malformed url") << QStringLiteral("sqlite:relative.db") << QByteArray() << QStringLiteral("sqlite");
    QTest::newRow("unknown scheme") << QStringLiteral("mysql://u@h/db") << QByteArray()
                                    << QStringLiteral("unknown kind of store");
    QTest::newRow("unreachable server") << QStringLiteral("postgresql://u@127.0.0.1:%PORT%/db?sslmode=disable")
                                        << QByteArray("x") << QStringLiteral("Cannot reach");
    const QString pg = qEnvironmentVariable("SMSOTP_TEST_PG_URL");
    if (!pg.isEmpty())
        QTest::newRow("wrong password") << pg << QByteArray("wrong-password") << QStringLiteral("refused the login");
    QTest::newRow("corrupt file") << QStringLiteral("sqlite://%DIR%/corrupt.db") << QByteArray()
                                  << QStringLiteral("not an SMS OTP store");
    QTest::newRow("read-only file") << QStringLiteral("sqlite://%DIR%/readonly.db") << QByteArray()
                                    << QStringLiteral("read-only");
}

void TestCliSettings::badStores()
{
    QFETCH(QString, store);
    QFETCH(QByteArray, password);
    QFETCH(QString, expected);

    // A port nobody listens on: bind one, then close it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 freePort = probe.serverPort();
    probe.close();
    store.replace(QStringLiteral("%PORT%"), QString::number(freePort));
    store.replace(QStringLiteral("%DIR%"), m_dir.path());

    writeFile(QStringLiteral("corrupt.db"), QByteArray("SQLite format 3").append(4096, '\x5a'));
    const bool readOnly = store.endsWith(QLatin1String("readonly.db"));
    const bool unprivileged = readOnly && SystemUser::isSuperuser();
    QTemporaryDir shared; // a folder the unprivileged user may enter
    if (unprivileged &&
        QProcess::execute(QStringLiteral("runuser"),
                          {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), QStringLiteral("test"),
                           QStringLiteral("-x"), QStringLiteral(SMSOTP_CLI_PATH)}) != 0)
        QSKIP("running as root and the user nobody cannot reach smsotp-cli in this build folder");
    if (readOnly) {
        QVERIFY(shared.isValid());
        QFile::setPermissions(shared.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                                 QFile::ExeOther);
        const QString file = shared.filePath(QStringLiteral("readonly.db"));
        store = QStringLiteral("sqlite://") + file;
        QCOMPARE(cli({QStringLiteral("store"), QStringLiteral("init")}, store).exitCode, 0);
        QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadOther);
    }
    const QByteArray corruptBefore = [&] {
        QFile f(path(QStringLiteral("corrupt.db")));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    for (const QStringList& args : {QStringList{QStringLiteral("store"), QStringLiteral("info")},
                                    QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                                                QStringLiteral("block.attemptsBeforeBlock=6")}}) {
        const Run r = cli(args, store, password, unprivileged);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected, Qt::CaseInsensitive), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one message
        QVERIFY2(!r.err.contains(QLatin1String(password.isEmpty() ? "\x01" : password.constData())),
                 "the password is in the message");
        QVERIFY(r.out.isEmpty());
    }
    QFile corrupt(path(QStringLiteral("corrupt.db")));
    QVERIFY(corrupt.open(QIODevice::ReadOnly));
    QCOMPARE(corrupt.readAll(), corruptBefore);
}

void TestCliSettings::newerSchemaRefused()
{
    const QString file = path(QStringLiteral("newer.db"));
    QCOMPARE(cli({QStringLiteral("store"), QStringLiteral("init")}, QStringLiteral("sqlite://") + file).exitCode, 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 999")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const Run r = cli({QStringLiteral("settings"), QStringLiteral("export")}, QStringLiteral("sqlite://") + file);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("newer")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("999")), qPrintable(r.err));
}

void TestCliSettings::usageErrorsExitWith2()
{
    for (const QStringList& args :
         {QStringList{QStringLiteral("nonsense")}, QStringList{QStringLiteral("settings")},
          QStringList{QStringLiteral("settings"), QStringLiteral("import")},
          QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("novalue")},
          QStringList{QStringLiteral("store"), QStringLiteral("explode")}}) {
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.err));
        QVERIFY(!r.err.trimmed().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCliSettings)
#include "TestCliSettings.moc"
