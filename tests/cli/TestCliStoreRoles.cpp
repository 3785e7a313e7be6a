#include "CliRunner.h"
#include "TestStores.h"
#include "store/StoreAccess.h"
#include "store/StoreRoles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// DESIGN §6: store logins on PostgreSQL are roles with grants, and the database itself refuses
// what a role may not do. Three real logins with passwords are granted their roles through the
// real smsotp-cli, then each uses the store as a person would.
class TestCliStoreRoles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void eachRoleMayDoWhatItShould();
    void grantTwiceIsHarmlessAndMovesTheLogin();
    void revokeRemovesAccess();
    void refusesWithoutTheRightToManageRoles();
    void badUsage();
    void sqliteHasNoRoles();

private:
    using Run = CliRunner::Run;
    // Runs the CLI on the test store as `login` (the store's owner when empty).
    Run cli(const QStringList& args, const QString& login = {});
    QString urlAs(const QString& login) const;
    // Creates a PostgreSQL login with a password; dropped again in cleanup().
    QString createLogin(const QString& suffix);
    QSqlQuery adminQuery();

    CliRunner m_runner{QStringLiteral(SMSOTP_CLI_PATH)};
    std::unique_ptr<TestStores> m_stores;
    QString m_url;
    QString m_database;
    QStringList m_roles; // cluster-wide: they outlive the test database unless dropped
};

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery staple");
const QString kLoginPassword = QStringLiteral("login-password-1");
} // namespace

QSqlQuery TestCliStoreRoles::adminQuery()
{
    return QSqlQuery(TestStores::serverDatabase());
}

void TestCliStoreRoles::initTestCase()
{
    if (!TestStores::dialects().contains(QStringLiteral("postgresql")))
        QSKIP("PostgreSQL is not configured (SMSOTP_TEST_PG_URL)");
    QVERIFY2(TestStores::postgresConfigured(), "SMSOTP_REQUIRE_PG is set but SMSOTP_TEST_PG_URL is not");
    m_runner.setEnv(QStringLiteral("SMSOTP_PASSPHRASE"), kPassphrase);
}

void TestCliStoreRoles::init()
{
    m_stores = std::make_unique<TestStores>();
    m_url = m_stores->freshUrl(QStringLiteral("postgresql"));
    QVERIFY(!m_url.isEmpty());
    m_database = StoreUrl::parse(m_url)->database();
    for (auto role : {StoreAccess::Role::Administrator, StoreAccess::Role::HelpDesk, StoreAccess::Role::Auditor})
        m_roles << StoreRoles::groupRoleName(m_database, role);
    const Run init = cli({QStringLiteral("store"), QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--users"),
                          QStringLiteral("6"), QStringLiteral("--blocked-percent"), QStringLiteral("100")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestCliStoreRoles::cleanup()
{
    QSqlQuery q = adminQuery();
    // A closed login's server process exits a moment later, and DROP DATABASE ... WITH (FORCE) may
    // not end another role's process: wait until only the owner is left.
    for (int i = 0; i < 100 && !m_database.isEmpty(); ++i) {
        q.prepare(
            QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND usename <> current_user"));
        q.addBindValue(m_database);
        if (!q.exec() || !q.next() || q.value(0).toInt() == 0)
            break;
        QTest::qWait(50);
    }
    m_stores.reset(); // the database goes first: its grants would keep the roles from being dropped
    for (const QString& role : std::as_const(m_roles))
        if (!q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role)))
            qWarning("cannot drop %s: %s", qPrintable(role), qPrintable(q.lastError().text()));
    m_roles.clear();
}

QString TestCliStoreRoles::urlAs(const QString& login) const
{
    if (login.isEmpty())
        return m_url;
    const auto url = StoreUrl::parse(m_url);
    return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
        .arg(login, url->host())
        .arg(url->port())
        .arg(url->database());
}

TestCliStoreRoles::Run TestCliStoreRoles::cli(const QStringList& args, const QString& login)
{
    return m_runner.run(args, {{QStringLiteral("SMSOTP_STORE"), urlAs(login)},
                               {QStringLiteral("SMSOTP_DB_PASSWORD"),
                                login.isEmpty() ? TestStores::postgresPassword() : kLoginPassword}});
}

QString TestCliStoreRoles::createLogin(const QString& suffix)
{
    const QString name = m_database + QStringLiteral("_login_") + suffix;
    QSqlQuery q = adminQuery();
    // Test-made names only (hex database name and a fixed suffix): nothing to quote.
    if (!q.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2'").arg(name, kLoginPassword)))
        qWarning("cannot create login %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
    m_roles << name;
    return name;
}

void TestCliStoreRoles::eachRoleMayDoWhatItShould()
{
    const QString auditor = createLogin(QStringLiteral("aud"));
    const QString helpDesk = createLogin(QStringLiteral("hd"));
    const QString admin = createLogin(QStringLiteral("adm"));
    for (const auto& [login, role] :
         {std::pair{auditor, QStringLiteral("auditor")}, std::pair{helpDesk, QStringLiteral("helpdesk")},
          std::pair{admin, QStringLiteral("administrator")}}) {
        const Run r = cli({QStringLiteral("store"), QStringLiteral("grant"), login, role});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // Every login reads its own role, in-process (the console's way) and through store info.
    for (const auto& [login, role] :
         {std::pair{auditor, StoreAccess::Role::Auditor}, std::pair{helpDesk, StoreAccess::Role::HelpDesk},
          std::pair{admin, StoreAccess::Role::Administrator}}) {
        auto opened = Store::open(*StoreUrl::parse(urlAs(login)), kLoginPassword);
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(opened.value()->role(), role);
        const Run info = cli({QStringLiteral("store"), QStringLiteral("info")}, login);
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        QVERIFY2(info.out.contains(QStringLiteral("Your role:      ") + StoreAccess::displayName(role)),
                 qPrintable(info.out));
    }
    auto owner = Store::open(*StoreUrl::parse(m_url), TestStores::postgresPassword());
    QVERIFY(owner);
    QCOMPARE(owner.value()->role(), StoreAccess::Role::Administrator);

    const Run listed =
        cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--blocked"), QStringLiteral("--json")},
            auditor);
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray blocked = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(blocked.size(), 6);
    const QString first = blocked.at(0).toObject().value(QStringLiteral("login")).toString();
    const QString second = blocked.at(1).toObject().value(QStringLiteral("login")).toString();
    const QString third = blocked.at(2).toObject().value(QStringLiteral("login")).toString();
    QVERIFY(cli({QStringLiteral("events"), QStringLiteral("list")}, auditor).exitCode == 0);
    QVERIFY(cli({QStringLiteral("settings"), QStringLiteral("export")}, auditor).exitCode == 0);

    // The auditor changes nothing: the database refuses, in words that name the role.
    const QStringList setAttempts{QStringLiteral("settings"), QStringLiteral("set"),
                                  QStringLiteral("block.attemptsBeforeBlock=7")};
    Run refused = cli(setAttempts, auditor);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Your store login (auditor) may not do this")),
             qPrintable(refused.err));
    QVERIFY2(!refused.err.contains(QStringLiteral("permission denied")), qPrintable(refused.err));
    refused = cli({QStringLiteral("users"), QStringLiteral("unblock"), first}, auditor);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Your store login (auditor) may not do this")),
             qPrintable(refused.err));
    QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("block.attemptsBeforeBlock")})
                 .out.trimmed(),
             QStringLiteral("5"));

    // The help desk unblocks, writes its event, registers (the events' and authenticators'
    // identity sequences), but may not change settings.
    Run done = cli({QStringLiteral("users"), QStringLiteral("unblock"), first}, helpDesk);
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    done = cli({QStringLiteral("users"), QStringLiteral("register"), QStringLiteral("new.user"),
                QStringLiteral("+79161234567")},
               helpDesk);
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    const Run events = cli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--json")}, auditor);
    QVERIFY2(events.exitCode == 0, qPrintable(events.err));
    bool unblockEvent = false;
    for (const QJsonValue& e : QJsonDocument::fromJson(events.out.toUtf8()).array())
        unblockEvent |= e.toObject().value(QStringLiteral("account")).toString() == first &&
                        e.toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("unblocked"));
    QVERIFY2(unblockEvent, qPrintable(events.out));
    refused = cli(setAttempts, helpDesk);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Your store login (help desk) may not do this")),
             qPrintable(refused.err));

    // The administrator does all.
    done = cli(setAttempts, admin);
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    done = cli({QStringLiteral("users"), QStringLiteral("unblock"), second, third}, admin);
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("block.attemptsBeforeBlock")})
                 .out.trimmed(),
             QStringLiteral("7"));

    const Run roles = cli({QStringLiteral("store"), QStringLiteral("roles")});
    QVERIFY2(roles.exitCode == 0, qPrintable(roles.err));
    QVERIFY2(roles.out.contains(auditor + QStringLiteral("\tauditor")), qPrintable(roles.out));
    QVERIFY2(roles.out.contains(helpDesk + QStringLiteral("\thelpdesk")), qPrintable(roles.out));
    QVERIFY2(roles.out.contains(admin + QStringLiteral("\tadministrator")), qPrintable(roles.out));
    QVERIFY2(roles.out.contains(QStringLiteral("smsotp\towner")), qPrintable(roles.out));
}

void TestCliStoreRoles::grantTwiceIsHarmlessAndMovesTheLogin()
{
    const QString login = createLogin(QStringLiteral("x"));
    const QStringList grantAuditor{QStringLiteral("store"), QStringLiteral("grant"), login, QStringLiteral("auditor")};
    QCOMPARE(cli(grantAuditor).exitCode, 0);
    const Run again = cli(grantAuditor);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(cli({QStringLiteral("store"), QStringLiteral("roles")}).out.count(login), 1);

    // Another role replaces the first: exactly one at a time.
    QCOMPARE(cli({QStringLiteral("store"), QStringLiteral("grant"), login, QStringLiteral("helpdesk")}).exitCode, 0);
    const Run roles = cli({QStringLiteral("store"), QStringLiteral("roles")});
    QCOMPARE(roles.out.count(login), 1);
    QVERIFY2(roles.out.contains(login + QStringLiteral("\thelpdesk")), qPrintable(roles.out));
    QVERIFY(cli({QStringLiteral("store"), QStringLiteral("info")}, login).out.contains(QStringLiteral("help desk")));

    // A table added later (as a future migration would) gets its grants when grant runs again.
    QSqlQuery q = adminQuery();
    QVERIFY(q.exec(QStringLiteral("SELECT 1"))); // the owner's connection is to another database
    {
        auto owner = Store::open(*StoreUrl::parse(m_url), TestStores::postgresPassword());
        QVERIFY(owner);
        QVERIFY(owner.value()->exec(QStringLiteral("CREATE TABLE later_table (id INTEGER)"), QStringLiteral("t")));
    }
    QCOMPARE(cli({QStringLiteral("store"), QStringLiteral("grant"), login, QStringLiteral("helpdesk")}).exitCode, 0);
    auto asLogin = Store::open(*StoreUrl::parse(urlAs(login)), kLoginPassword);
    QVERIFY2(asLogin, qPrintable(asLogin.error()));
    QSqlQuery read = asLogin.value()->query();
    QVERIFY2(read.exec(QStringLiteral("SELECT count(*) FROM later_table")), qPrintable(read.lastError().text()));
}

void TestCliStoreRoles::revokeRemovesAccess()
{
    const QString login = createLogin(QStringLiteral("r"));
    QCOMPARE(cli({QStringLiteral("store"), QStringLiteral("grant"), login, QStringLiteral("helpdesk")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("store"), QStringLiteral("info")}, login).exitCode, 0);

    const Run revoked = cli({QStringLiteral("store"), QStringLiteral("revoke"), login});
    QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
    QVERIFY2(revoked.out.contains(QStringLiteral("helpdesk")), qPrintable(revoked.out));
    const Run info = cli({QStringLiteral("store"), QStringLiteral("info")}, login);
    QCOMPARE(info.exitCode, 1);
    QVERIFY2(info.err.contains(QStringLiteral("has no role in the store")), qPrintable(info.err));
    QVERIFY(!cli({QStringLiteral("store"), QStringLiteral("roles")}).out.contains(login));

    // Revoking again changes nothing and says so; an unknown login is refused clearly.
    const Run again = cli({QStringLiteral("store"), QStringLiteral("revoke"), login});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("nothing changed")), qPrintable(again.out));
    const Run unknown = cli({QStringLiteral("store"), QStringLiteral("revoke"), QStringLiteral("no_such_login_x")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("There is no PostgreSQL login")), qPrintable(unknown.err));
}

void TestCliStoreRoles::refusesWithoutTheRightToManageRoles()
{
    const QString admin = createLogin(QStringLiteral("a"));
    const QString other = createLogin(QStringLiteral("o"));
    QCOMPARE(cli({QStringLiteral("store"), QStringLiteral("grant"), admin, QStringLiteral("administrator")}).exitCode,
             0);
    // An administrator of the store's data is not a manager of logins (no CREATEROLE).
    const Run r = cli({QStringLiteral("store"), QStringLiteral("grant"), other, QStringLiteral("auditor")}, admin);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("may not manage the store's roles")), qPrintable(r.err));
    QVERIFY(!cli({QStringLiteral("store"), QStringLiteral("roles")}).out.contains(other));

    // A login that does not exist, and one of the store's own group roles, are refused.
    Run bad = cli(
        {QStringLiteral("store"), QStringLiteral("grant"), QStringLiteral("nobody_here_x"), QStringLiteral("auditor")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("There is no PostgreSQL login 'nobody_here_x'")), qPrintable(bad.err));
    bad = cli({QStringLiteral("store"), QStringLiteral("grant"), m_roles.at(1), QStringLiteral("auditor")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("one of the store's own roles")), qPrintable(bad.err));
    bad = cli({QStringLiteral("store"), QStringLiteral("grant"), QStringLiteral("\"x\"; DROP TABLE events; --\""),
               QStringLiteral("auditor")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(cli({QStringLiteral("events"), QStringLiteral("list")}).exitCode == 0);
}

void TestCliStoreRoles::badUsage()
{
    QCOMPARE(
        cli({QStringLiteral("store"), QStringLiteral("grant"), QStringLiteral("x"), QStringLiteral("boss")}).exitCode,
        2);
    QCOMPARE(cli({QStringLiteral("store"), QStringLiteral("grant"), QStringLiteral("x")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("store"), QStringLiteral("revoke")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("store"), QStringLiteral("roles"), QStringLiteral("x")}).exitCode, 2);
}

void TestCliStoreRoles::sqliteHasNoRoles()
{
    const QString url = m_stores->freshUrl(QStringLiteral("sqlite"));
    const QHash<QString, QString> env{{QStringLiteral("SMSOTP_STORE"), url}};
    QCOMPARE(m_runner.run({QStringLiteral("store"), QStringLiteral("init")}, env).exitCode, 0);
    for (const QStringList& args :
         {QStringList{QStringLiteral("store"), QStringLiteral("grant"), QStringLiteral("x"), QStringLiteral("auditor")},
          QStringList{QStringLiteral("store"), QStringLiteral("revoke"), QStringLiteral("x")},
          QStringList{QStringLiteral("store"), QStringLiteral("roles")}}) {
        const Run r = m_runner.run(args, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("local file")), qPrintable(r.err));
    }
    const Run info = m_runner.run({QStringLiteral("store"), QStringLiteral("info")}, env);
    QVERIFY2(info.out.contains(QStringLiteral("Your role:      administrator")), qPrintable(info.out));
}

QTEST_GUILESS_MAIN(TestCliStoreRoles)
#include "TestCliStoreRoles.moc"
