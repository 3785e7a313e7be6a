#include "TestStores.h"

#include "crypto/TokenSecret.h"
#include "domain/EventCode.h"
#include "store/ApiTokenRepository.h"
#include "store/Store.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {

qint64 count(Store& store, const QString& sql)
{
    QSqlQuery q = store.query();
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Every value of every row of `table` as text (blobs as hex and as text).
QString dumpTable(Store& store, const QString& table)
{
    QSqlQuery q = store.query();
    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return {};
    QStringList cells;
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            cells << v.toString() << QString::fromLatin1(v.toByteArray().toHex());
        }
    }
    return cells.join(QLatin1Char('|'));
}

// The token with one character of its secret changed.
QString withWrongSecret(QString token)
{
    const qsizetype i = token.size() - 2;
    token[i] = token.at(i) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    return token;
}

const QDateTime kNow = QDateTime(QDate(2030, 5, 1), QTime(12, 0), Qt::UTC);
const QStringList kAllScopes = {QStringLiteral("otp:request"), QStringLiteral("otp:verify"),
                                QStringLiteral("phones:read"), QStringLiteral("phones:write")};

} // namespace

class TestApiTokenRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createAndAuthenticate_data() { TestStores::addDialectRows(); }
    void createAndAuthenticate();
    void lastUseRecorded_data() { TestStores::addDialectRows(); }
    void lastUseRecorded();
    void refusals_data() { TestStores::addDialectRows(); }
    void refusals();
    void disableEnableDelete_data() { TestStores::addDialectRows(); }
    void disableEnableDelete();
    void badInputWritesNothing_data() { TestStores::addDialectRows(); }
    void badInputWritesNothing();
    void secretNeverStored_data() { TestStores::addDialectRows(); }
    void secretNeverStored();
    void tokenShape();
};

void TestApiTokenRepository::createAndAuthenticate()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    ApiTokenRepository repo(*store);
    auto created =
        repo.create(QStringLiteral("vpn-radius"), {QStringLiteral("otp:verify"), QStringLiteral("otp:request")},
                    QDateTime(), true, QStringLiteral("alice"));
    QVERIFY2(created, qPrintable(created.error()));
    QVERIFY(created->secret.startsWith(QLatin1String("smsotp_")));
    QCOMPARE(created->secret.size(), TokenSecret::kTokenLength);
    QCOMPARE(created->token.scopes, (QStringList{QStringLiteral("otp:request"), QStringLiteral("otp:verify")}));

    const quint64 before = TokenSecret::comparisons();
    auto auth = repo.authenticate(created->secret, kNow, QStringLiteral("192.0.2.7"));
    QVERIFY2(auth, qPrintable(auth.error()));
    QCOMPARE(auth->check, TokenCheck::Ok);
    QVERIFY(TokenSecret::comparisons() > before); // the constant-time comparison decided
    QCOMPARE(auth->token.name, QStringLiteral("vpn-radius"));
    QVERIFY(auth->token.hasScope(QStringLiteral("otp:verify")));
    QVERIFY(!auth->token.hasScope(QStringLiteral("phones:read")));
    QVERIFY(auth->token.exemptIpAllowList);
    QVERIFY(auth->token.enabled);
    QVERIFY(!auth->token.expires.isValid());

    auto listed = repo.list();
    QVERIFY2(listed, qPrintable(listed.error()));
    QCOMPARE(listed->size(), 1);
    const ApiToken& t = listed->first();
    QCOMPARE(t.id, created->token.id);
    QCOMPARE(t.created, created->token.created);
    QCOMPARE(t.createdBy, QStringLiteral("alice"));
    QCOMPARE(t.lastUsed, kNow);
    QCOMPARE(t.lastAddress, QStringLiteral("192.0.2.7"));

    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM events WHERE code = %1 AND actor = 'alice'")
                               .arg(int(EventCode::ApiTokenCreated))),
             qint64(1));
}

void TestApiTokenRepository::lastUseRecorded()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    ApiTokenRepository repo(*store);
    auto created = repo.create(QStringLiteral("web"), kAllScopes, QDateTime(), false, QStringLiteral("cli"));
    QVERIFY2(created, qPrintable(created.error()));
    QVERIFY(!repo.list()->first().lastUsed.isValid());

    QCOMPARE(repo.authenticate(created->secret, kNow, QStringLiteral("10.0.0.1"))->check, TokenCheck::Ok);
    // A new address is recorded at once; the same address again only once the time has moved on.
    QCOMPARE(repo.authenticate(created->secret, kNow, QStringLiteral("10.0.0.2"))->check, TokenCheck::Ok);
    QCOMPARE(repo.list()->first().lastAddress, QStringLiteral("10.0.0.2"));
    const QDateTime later = kNow.addSecs(90);
    QCOMPARE(repo.authenticate(created->secret, later, QStringLiteral("10.0.0.2"))->check, TokenCheck::Ok);
    QCOMPARE(repo.list()->first().lastUsed, later);
    // Refused attempts are not "use".
    QCOMPARE(repo.authenticate(withWrongSecret(created->secret), later.addSecs(60), QStringLiteral("10.9.9.9"))->check,
             TokenCheck::Unknown);
    QCOMPARE(repo.list()->first().lastAddress, QStringLiteral("10.0.0.2"));
}

void TestApiTokenRepository::refusals()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    ApiTokenRepository repo(*store);
    auto live = repo.create(QStringLiteral("live"), kAllScopes, QDateTime(), false, QStringLiteral("t"));
    auto expiring = repo.create(QStringLiteral("expiring"), {QStringLiteral("otp:request")},
                                QDateTime::currentDateTimeUtc().addDays(1), false, QStringLiteral("t"));
    auto off = repo.create(QStringLiteral("off"), kAllScopes, QDateTime(), false, QStringLiteral("t"));
    QVERIFY(live && expiring && off);
    QVERIFY(repo.setEnabled(QStringLiteral("off"), false, QStringLiteral("t")));

    const auto check = [&](const QString& presented, const QDateTime& at) {
        auto auth = repo.authenticate(presented, at, QStringLiteral("127.0.0.1"));
        return auth ? auth->check : TokenCheck::Missing;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(check(QString(), now), TokenCheck::Missing);
    QCOMPARE(check(QStringLiteral("garbage"), now), TokenCheck::Unknown);
    QCOMPARE(check(QString(1024 * 1024, QLatin1Char('x')), now), TokenCheck::Unknown);
    QCOMPARE(check(expiring->secret, now), TokenCheck::Ok);
    QCOMPARE(check(expiring->secret, now.addDays(2)), TokenCheck::Expired);
    QCOMPARE(check(off->secret, now), TokenCheck::Disabled);

    // The right public id with the wrong secret, and a well-formed id nobody has: both Unknown,
    // and both go through the constant-time comparison.
    const QString wrong = withWrongSecret(live->secret);
    quint64 before = TokenSecret::comparisons();
    QCOMPARE(check(wrong, now), TokenCheck::Unknown);
    QCOMPARE(TokenSecret::comparisons(), before + 1);
    QString unknownId = live->secret;
    unknownId[8] = unknownId.at(8) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    before = TokenSecret::comparisons();
    QCOMPARE(check(unknownId, now), TokenCheck::Unknown);
    QCOMPARE(TokenSecret::comparisons(), before + 1);
    // A disabled token's secret with one character changed says nothing about the token.
    QCOMPARE(check(withWrongSecret(off->secret), now), TokenCheck::Unknown);
    // Another token's id with this token's secret does not pass either.
    const QString swapped =
        live->secret.left(7 + TokenSecret::kPublicIdLength) + off->secret.mid(7 + TokenSecret::kPublicIdLength);
    QCOMPARE(check(swapped, now), TokenCheck::Unknown);
    QCOMPARE(check(live->secret, now), TokenCheck::Ok);
}

void TestApiTokenRepository::disableEnableDelete()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    ApiTokenRepository repo(*store);
    auto created = repo.create(QStringLiteral("idp"), kAllScopes, QDateTime(), false, QStringLiteral("alice"));
    QVERIFY(created);
    QVERIFY(repo.setEnabled(QStringLiteral("idp"), false, QStringLiteral("bob")));
    QVERIFY(!repo.list()->first().enabled);
    QCOMPARE(repo.authenticate(created->secret, kNow, {})->check, TokenCheck::Disabled);
    QVERIFY(repo.setEnabled(QStringLiteral("idp"), true, QStringLiteral("bob")));
    QCOMPARE(repo.authenticate(created->secret, kNow, {})->check, TokenCheck::Ok);
    QVERIFY(repo.remove(QStringLiteral("idp"), QStringLiteral("carol")));
    QVERIFY(repo.list()->isEmpty());
    QCOMPARE(repo.authenticate(created->secret, kNow, {})->check, TokenCheck::Unknown);

    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM events WHERE code = %1 AND actor = 'bob'")
                               .arg(int(EventCode::ApiTokenDisabled))),
             qint64(1));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM events WHERE code = %1 AND actor = 'bob'")
                               .arg(int(EventCode::ApiTokenEnabled))),
             qint64(1));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM events WHERE code = %1 AND actor = 'carol'")
                               .arg(int(EventCode::ApiTokenDeleted))),
             qint64(1));

    // Unknown names: a clear message and no event.
    const qint64 events = count(*store, QStringLiteral("SELECT count(*) FROM events"));
    const Status missing = repo.setEnabled(QStringLiteral("idp"), false, QStringLiteral("bob"));
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(QLatin1String("idp")));
    QVERIFY(!repo.remove(QStringLiteral("nobody"), QStringLiteral("bob")));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM events")), events);
}

void TestApiTokenRepository::badInputWritesNothing()
{
    QFETCH(QString, dialect);
    TestStores stores;
    auto store = stores.openFresh(dialect);
    QVERIFY(store);
    ApiTokenRepository repo(*store);
    QVERIFY(repo.create(QStringLiteral("taken"), kAllScopes, QDateTime(), false, QStringLiteral("t")));
    const QString before = dumpTable(*store, QStringLiteral("api_tokens"));
    const qint64 events = count(*store, QStringLiteral("SELECT count(*) FROM events"));

    struct Case {
        const char* what;
        QString name;
        QStringList scopes;
        QDateTime expires;
        const char* says;
    };
    const QList<Case> cases = {
        {"duplicate", QStringLiteral("taken"), kAllScopes, {}, "exists already"},
        {"empty name", QStringLiteral("  "), kAllScopes, {}, "name"},
        {"long name", QString(65, QLatin1Char('n')), kAllScopes, {}, "64"},
        {"control character", QStringLiteral("a\nb"), kAllScopes, {}, "control"},
        {"unknown scope", QStringLiteral("x"), {QStringLiteral("otp:admin")}, {}, "otp:admin"},
        {"no scope", QStringLiteral("x"), {}, {}, "scope"},
        {"past expiry", QStringLiteral("x"), kAllScopes, QDateTime::currentDateTimeUtc().addSecs(-60), "passed"},
    };
    for (const Case& c : cases) {
        auto created = repo.create(c.name, c.scopes, c.expires, false, QStringLiteral("t"));
        QVERIFY2(!created, c.what);
        QVERIFY2(created.error().contains(QLatin1String(c.says)), qPrintable(created.error()));
    }
    QCOMPARE(dumpTable(*store, QStringLiteral("api_tokens")), before);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM events")), events);
}

void TestApiTokenRepository::secretNeverStored()
{
    QFETCH(QString, dialect);
    TestStores stores;
    const QString url = stores.freshUrl(dialect);
    QString secret;
    {
        auto store = stores.openAgainOrCreate(url);
        QVERIFY(store);
        ApiTokenRepository repo(*store);
        auto created = repo.create(QStringLiteral("scan"), kAllScopes, QDateTime(), false, QStringLiteral("t"));
        QVERIFY(created);
        secret = created->secret;
        QCOMPARE(repo.authenticate(secret, kNow, QStringLiteral("127.0.0.1"))->check, TokenCheck::Ok);
        const QString secretPart = secret.mid(7 + TokenSecret::kPublicIdLength + 1);
        for (const QString& table : {QStringLiteral("api_tokens"), QStringLiteral("events")}) {
            const QString dump = dumpTable(*store, table);
            QVERIFY(!dump.isEmpty());
            QVERIFY2(!dump.contains(secretPart), qPrintable(table));
        }
        // What is stored is the hash, nothing else.
        QSqlQuery q = store->query();
        QVERIFY(q.exec(QStringLiteral("SELECT secret_hash FROM api_tokens")) && q.next());
        QCOMPARE(q.value(0).toByteArray(), TokenSecret::hash(secret));
    }
    if (dialect == QLatin1String("sqlite")) {
        QByteArray bytes;
        const QString path = StoreUrl::parse(url)->path();
        for (const char* suffix : {"", "-wal"}) {
            QFile f(path + QLatin1String(suffix));
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(secret.mid(7 + TokenSecret::kPublicIdLength + 1).toLatin1()));
    }
}

void TestApiTokenRepository::tokenShape()
{
    const TokenSecret::Generated a = TokenSecret::generate();
    const TokenSecret::Generated b = TokenSecret::generate();
    QVERIFY(a.token != b.token);
    QVERIFY(a.publicId != b.publicId);
    QCOMPARE(a.publicId.size(), TokenSecret::kPublicIdLength);
    QCOMPARE(a.token.size(), TokenSecret::kTokenLength);
    QCOMPARE(a.hash.size(), 32);
    const auto parsed = TokenSecret::parse(a.token);
    QVERIFY(parsed);
    QCOMPARE(parsed->publicId, a.publicId);
    QCOMPARE(parsed->hash, a.hash);
    QVERIFY(!TokenSecret::parse(a.token + QLatin1Char('x')));
    QVERIFY(!TokenSecret::parse(QStringLiteral("Bearer ") + a.token));
    QString dotless = a.token;
    dotless[7 + TokenSecret::kPublicIdLength] = QLatin1Char('_');
    QVERIFY(!TokenSecret::parse(dotless));
    QString nonAscii = a.token;
    nonAscii[10] = QChar(0x00E9);
    QVERIFY(!TokenSecret::parse(nonAscii));
    QVERIFY(!TokenSecret::matches(a.hash, QByteArray()));
    QVERIFY(!TokenSecret::matches(a.hash, b.hash));
    QVERIFY(TokenSecret::matches(a.hash, a.hash));
}

QTEST_GUILESS_MAIN(TestApiTokenRepository)
#include "TestApiTokenRepository.moc"
