#include "directory/DirectoryLookupCache.h"
#include "directory/LdapFilter.h"
#include "domain/Settings.h"

#include <QTest>

// RFC 4515 escaping of values put into filters, and the directory section's JSON and validation.
class TestLdapFilter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escapesEverySpecialCharacter_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("alice") << QStringLiteral("alice");
        QTest::newRow("injection") << QStringLiteral("*)(uid=*") << QStringLiteral("\\2a\\29\\28uid=\\2a");
        QTest::newRow("backslash") << QStringLiteral("DOMAIN\\alice") << QStringLiteral("DOMAIN\\5calice");
        QTest::newRow("parentheses") << QStringLiteral("a(b)c") << QStringLiteral("a\\28b\\29c");
        QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                             << QStringLiteral("a\\00b");
        QTest::newRow("already escaped stays literal") << QStringLiteral("\\2a") << QStringLiteral("\\5c2a");
        QTest::newRow("non-ASCII kept") << QStringLiteral("Ärlig") << QStringLiteral("Ärlig");
    }

    void escapesEverySpecialCharacter()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(LdapFilter::escape(value), escaped);
    }

    void withLoginReplacesEveryPlaceholder()
    {
        QCOMPARE(LdapFilter::withLogin(DirectorySettings::activeDirectoryFilter(), QStringLiteral("*)(uid=*")),
                 QStringLiteral("(&(objectClass=user)(sAMAccountName=\\2a\\29\\28uid=\\2a))"));
        QCOMPARE(LdapFilter::withLogin(QStringLiteral("(|(uid={login})(mail={login}))"), QStringLiteral("a*")),
                 QStringLiteral("(|(uid=a\\2a)(mail=a\\2a))"));
    }

    void defaultsAreActiveDirectory()
    {
        const DirectorySettings d;
        QVERIFY(!d.isConfigured());
        QCOMPARE(d.userFilter, QStringLiteral("(&(objectClass=user)(sAMAccountName={login}))"));
        QCOMPARE(d.cacheSeconds, 60);
        QVERIFY(!d.fallbackToStoreNumber);
        QVERIFY(d.validate().isEmpty());
        QVERIFY(Settings::sectionKeys().contains(QStringLiteral("directory")));
    }

    void validation_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("badField"); // empty: valid
        const QJsonObject base{{"baseDn", "DC=example,DC=com"}};
        auto with = [&](QJsonObject o) {
            for (auto it = base.begin(); it != base.end(); ++it)
                if (!o.contains(it.key()))
                    o.insert(it.key(), *it);
            return o;
        };
        QTest::newRow("ldaps") << with({{"servers", QJsonArray{"ldaps://dc1.example.com", "ldaps://dc2:636"}}})
                               << QString();
        QTest::newRow("ldap with StartTLS") << with({{"servers", QJsonArray{"ldap://dc1.example.com"}}}) << QString();
        QTest::newRow("plain ldap off loopback")
            << with({{"servers", QJsonArray{"ldap://dc1.example.com"}}, {"startTls", false}})
            << QStringLiteral("directory.servers");
        QTest::newRow("plain ldap to loopback")
            << with({{"servers", QJsonArray{"ldap://127.0.0.1:3890"}}, {"startTls", false}}) << QString();
        QTest::newRow("http") << with({{"servers", QJsonArray{"http://dc1"}}}) << QStringLiteral("directory.servers");
        QTest::newRow("garbage") << with({{"servers", QJsonArray{"not a url"}}}) << QStringLiteral("directory.servers");
        QTest::newRow("base DN in URL") << with({{"servers", QJsonArray{"ldaps://dc1/DC=example,DC=com"}}})
                                        << QStringLiteral("directory.servers");
        QTest::newRow("no base DN") << QJsonObject{{"servers", QJsonArray{"ldaps://dc1"}}, {"baseDn", ""}}
                                    << QStringLiteral("directory.baseDn");
        QTest::newRow("filter without login")
            << with({{"userFilter", "(uid=alice)"}}) << QStringLiteral("directory.userFilter");
        QTest::newRow("filter unbalanced")
            << with({{"userFilter", "(&(uid={login})"}}) << QStringLiteral("directory.userFilter");
        QTest::newRow("OpenLDAP filter") << with({{"userFilter", "(uid={login})"}}) << QString();
        QTest::newRow("login attribute") << with({{"loginAttribute", "1uid"}})
                                         << QStringLiteral("directory.loginAttribute");
        QTest::newRow("timeout 0") << with({{"timeoutSeconds", 0}}) << QStringLiteral("directory.timeoutSeconds");
        QTest::newRow("connect longer than total") << with({{"connectTimeoutSeconds", 20}, {"timeoutSeconds", 10}})
                                                   << QStringLiteral("directory.connectTimeoutSeconds");
        QTest::newRow("cache too long") << with({{"cacheSeconds", 3601}}) << QStringLiteral("directory.cacheSeconds");
        QTest::newRow("control character") << with({{"bindDn", "cn=a\nb"}}) << QStringLiteral("directory.bindDn");
    }

    void validation()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, badField);
        Settings s;
        FieldErrors errors;
        s.readSectionJson(QStringLiteral("directory"), json, errors);
        QVERIFY2(errors.isEmpty(), qPrintable(formatFieldErrors(errors)));
        errors = s.validateSection(QStringLiteral("directory"));
        if (badField.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(formatFieldErrors(errors)));
        } else {
            QVERIFY2(!errors.isEmpty(), qPrintable(badField));
            QCOMPARE(errors.first().field, badField);
            QVERIFY(!errors.first().message.isEmpty());
        }
    }

    void bindPasswordIsNeverExported()
    {
        Settings s;
        s.directory.bindPassword = QStringLiteral("s3cret");
        QVERIFY(!s.sectionJson(QStringLiteral("directory")).contains(QStringLiteral("bindPassword")));
        QVERIFY(!s.toJson().value(QStringLiteral("directory")).toObject().contains(QStringLiteral("bindPassword")));
        QCOMPARE(s.sectionJson(QStringLiteral("directory"), Settings::SecretPolicy::Include)
                     .value(QStringLiteral("bindPassword"))
                     .toString(),
                 QStringLiteral("s3cret"));
        QVERIFY(Settings::secretNames().contains(QStringLiteral("directory.bindPassword")));
        QCOMPARE(s.secret(QStringLiteral("directory.bindPassword")), QStringLiteral("s3cret"));
    }

    void cacheKeepsAnswersNotFailures()
    {
        DirectoryLookupCache cache;
        DirectoryPhoneLookup::Outcome found;
        found.kind = DirectoryPhoneLookup::Kind::Found;
        found.normalized = QStringLiteral("+79161234560");
        DirectoryPhoneLookup::Outcome down;
        down.kind = DirectoryPhoneLookup::Kind::Unreachable;
        cache.insert(QStringLiteral("k"), QStringLiteral("Alice"), 1000, 60, found);
        cache.insert(QStringLiteral("k"), QStringLiteral("bob"), 1000, 60, down);
        DirectoryPhoneLookup::Outcome out;
        QVERIFY(cache.find(QStringLiteral("k"), QStringLiteral("alice"), 2000, out));
        QCOMPARE(out.normalized, found.normalized);
        QVERIFY(!cache.find(QStringLiteral("k"), QStringLiteral("bob"), 2000, out));
        QVERIFY(!cache.find(QStringLiteral("k"), QStringLiteral("alice"), 61000, out)); // expired
        QVERIFY(!cache.find(QStringLiteral("k2"), QStringLiteral("alice"), 2000, out)); // settings changed
        cache.insert(QStringLiteral("k"), QStringLiteral("carol"), 1000, 0, found);     // caching off
        QVERIFY(!cache.find(QStringLiteral("k"), QStringLiteral("carol"), 1000, out));
    }
};

QTEST_GUILESS_MAIN(TestLdapFilter)
#include "TestLdapFilter.moc"
