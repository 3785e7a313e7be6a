#include "CliRunner.h"
#include "LdapTestServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `directory check`, `users import-directory` and the directory section in `settings`, run as the
// real smsotp-cli against a fresh SQLite store and the throwaway slapd.
class TestCliDirectory : public QObject {
    Q_OBJECT

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList& args) { return m_runner.run(args); }

    QTemporaryDir m_dir;
    CliRunner m_runner{QStringLiteral(SMSOTP_CLI_PATH)};

private Q_SLOTS:
    void init() { LDAP_TEST_SERVER_OR_SKIP(); }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_runner.setEnv(QStringLiteral("SMSOTP_STORE"),
                        QStringLiteral("sqlite:///") + m_dir.filePath(QStringLiteral("s.db")));
        m_runner.setEnv(QStringLiteral("SMSOTP_PASSPHRASE"), QStringLiteral("correct horse battery staple"));
        const Run r = cli({QStringLiteral("store"), QStringLiteral("init")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void settingsTakeTheSection()
    {
        const DirectorySettings d = LdapTestServer::settings();
        const Run r = cli(
            {QStringLiteral("settings"), QStringLiteral("set"),
             QStringLiteral("directory.servers=[\"%1\"]").arg(d.servers.first()),
             QStringLiteral("directory.bindDn=") + d.bindDn, QStringLiteral("directory.bindPassword=") + d.bindPassword,
             QStringLiteral("directory.baseDn=") + d.baseDn, QStringLiteral("directory.userFilter=(uid={login})"),
             QStringLiteral("directory.loginAttribute=uid"),
             QStringLiteral("directory.importFilter=(objectClass=inetOrgPerson)"),
             QStringLiteral("directory.caFile=") + d.caFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(
            cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("directory.baseDn")}).out.trimmed(),
            d.baseDn);
        const Run secret =
            cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("directory.bindPassword")});
        QCOMPARE(secret.exitCode, 1);
        QVERIFY(secret.err.contains(QStringLiteral("write-only")));
        const Run exported = cli({QStringLiteral("settings"), QStringLiteral("export")});
        QCOMPARE(exported.exitCode, 0);
        const QJsonObject directory =
            QJsonDocument::fromJson(exported.out.toUtf8()).object().value(QStringLiteral("directory")).toObject();
        QCOMPARE(directory.value(QStringLiteral("baseDn")).toString(), d.baseDn);
        QVERIFY(!directory.contains(QStringLiteral("bindPassword")));
        QVERIFY(!exported.out.contains(d.bindPassword));
        // Bad input changes nothing and names the field.
        const Run bad = cli({QStringLiteral("settings"), QStringLiteral("set"),
                             QStringLiteral("directory.servers=[\"ldap://ldap.example.com\"]"),
                             QStringLiteral("directory.startTls=false")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("directory.servers")), qPrintable(bad.err));
    }

    void checkShowsTheMaskedNumberOrTheReason()
    {
        Run r = cli({QStringLiteral("directory"), QStringLiteral("check"), QStringLiteral("alice")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("uid=alice")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("9161234560")));
        r = cli({QStringLiteral("directory"), QStringLiteral("check"), QStringLiteral("*)(uid=*")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("error 1240")), qPrintable(r.err));
        r = cli({QStringLiteral("directory"), QStringLiteral("check"), QStringLiteral("erin")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("error 1242")), qPrintable(r.err));
        r = cli({QStringLiteral("directory"), QStringLiteral("check")});
        QCOMPARE(r.exitCode, 2);
    }

    void importsWithDryRunAndUpdates()
    {
        Run r = cli({QStringLiteral("users"), QStringLiteral("register"), QStringLiteral("bob"),
                     QStringLiteral("+79160000001")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("users"), QStringLiteral("import-directory"), QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("3 of 7")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Dry run")));
        QVERIFY(!r.out.contains(QStringLiteral("9161234560")));
        r = cli({QStringLiteral("users"), QStringLiteral("list")});
        QVERIFY(!r.out.contains(QStringLiteral("alice")));

        r = cli({QStringLiteral("users"), QStringLiteral("import-directory"), QStringLiteral("--filter"),
                 QStringLiteral("(|(uid=alice)(uid=bob))")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 user imported")), qPrintable(r.out));
        r = cli({QStringLiteral("users"), QStringLiteral("import-directory"), QStringLiteral("--filter"),
                 QStringLiteral("(uid=bob)"), QStringLiteral("--update-existing")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 updated")), qPrintable(r.out));
        r = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--search"),
                 QStringLiteral("+79167654321")});
        QVERIFY2(r.out.contains(QStringLiteral("bob")), qPrintable(r.out + r.err));
        r = cli({QStringLiteral("users"), QStringLiteral("import-directory"), QStringLiteral("--filter"),
                 QStringLiteral("(uid=alice")});
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliDirectory)
#include "TestCliDirectory.moc"
