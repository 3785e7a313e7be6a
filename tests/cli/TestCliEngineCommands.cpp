#include "CliRunner.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `phone normalize` and `otp sample` run as the real smsotp-cli against a fresh SQLite store.
class TestCliEngineCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void normalizesTheSeedExample();
    void recognisesTheCountryCodeWithoutPlus();
    void plainPathStoreIsUpgradedWithProgress();
    void jsonListsEveryNumber();
    void premiumRateRefusalFollowsTheSetting();
    void phoneFormatFromTheStore();
    void otpSamplesFollowTheSettings();
    void badUsage_data();
    void badUsage();

private:
    using Run = CliRunner::Run;
    Run cli(const QStringList& args);
    void set(const QString& assignment);

    QTemporaryDir m_dir;
    CliRunner m_runner{QStringLiteral(SMSOTP_CLI_PATH)};
};

TestCliEngineCommands::Run TestCliEngineCommands::cli(const QStringList& args)
{
    return m_runner.run(args);
}

void TestCliEngineCommands::set(const QString& assignment)
{
    const Run r = cli({QStringLiteral("settings"), QStringLiteral("set"), assignment});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliEngineCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_runner.setEnv(QStringLiteral("SMSOTP_STORE"),
                    QStringLiteral("sqlite:///") + m_dir.filePath(QStringLiteral("s.db")));
    m_runner.setEnv(QStringLiteral("SMSOTP_PASSPHRASE"), QStringLiteral("correct horse battery staple"));
    const Run r = cli({QStringLiteral("store"), QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

void TestCliEngineCommands::normalizesTheSeedExample()
{
    const Run r = cli(
        {QStringLiteral("phone"), QStringLiteral("normalize"), QStringLiteral("8 (916) 123-45-6O; 8 999 000 00 00")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("+79161234560")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("mobile")));
}

// Issue 15: 79161234567 (the country code without '+') is that number, not "too long: 13".
void TestCliEngineCommands::recognisesTheCountryCodeWithoutPlus()
{
    const Run r = cli({QStringLiteral("phone"), QStringLiteral("normalize"), QStringLiteral("79161234567")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("+79161234567")), qPrintable(r.out));
}

// Issue 15: `--store /path/store.db` opens that SQLite file, and a store an older version made is
// upgraded with its progress on stderr.
void TestCliEngineCommands::plainPathStoreIsUpgradedWithProgress()
{
    const QString path = m_dir.filePath(QStringLiteral("old.db"));
    {
        auto old = Store::open(StoreUrl::sqlite(path), {}, Store::OpenMode::CreateIfMissing, 3);
        QVERIFY2(old, qPrintable(old.error()));
    }
    const Run r = cli({QStringLiteral("--store"), path, QStringLiteral("store"), QStringLiteral("info")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(path), qPrintable(r.out));
    QVERIFY2(r.err.contains(
                 QStringLiteral("Updating the store's schema from version 3 to %1").arg(Store::latestSchemaVersion())),
             qPrintable(r.err));
    // Up to date now: nothing more to say.
    const Run again = cli({QStringLiteral("--store"), path, QStringLiteral("store"), QStringLiteral("info")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(!again.err.contains(QStringLiteral("Updating")), qPrintable(again.err));
}

void TestCliEngineCommands::jsonListsEveryNumber()
{
    const Run r = cli({QStringLiteral("phone"), QStringLiteral("normalize"), QStringLiteral("89161234567"),
                       QStringLiteral("8 916 CALL ME"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1); // one number was rejected
    QVERIFY(r.err.contains(QStringLiteral("1 of 2")));
    QJsonParseError error{};
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
    QCOMPARE(list.size(), 2);
    const QJsonObject good = list.at(0).toObject();
    QCOMPARE(good.value(QStringLiteral("input")).toString(), QStringLiteral("89161234567"));
    QCOMPARE(good.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(good.value(QStringLiteral("normalized")).toString(), QStringLiteral("+79161234567"));
    QCOMPARE(good.value(QStringLiteral("type")).toString(), QStringLiteral("mobile"));
    QVERIFY(good.value(QStringLiteral("reason")).isNull());
    const QJsonObject bad = list.at(1).toObject();
    QCOMPARE(bad.value(QStringLiteral("ok")).toBool(), false);
    QVERIFY(bad.value(QStringLiteral("normalized")).isNull());
    QVERIFY(bad.value(QStringLiteral("reason")).toString().contains(QStringLiteral("letter 'C'")));
    QVERIFY(bad.contains(QStringLiteral("type")));
}

void TestCliEngineCommands::premiumRateRefusalFollowsTheSetting()
{
    const QStringList args = {QStringLiteral("phone"), QStringLiteral("normalize"), QStringLiteral("8 800 123 45 67"),
                              QStringLiteral("--json")};
    Run r = cli(args);
    QCOMPARE(r.exitCode, 1);
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("tollFree"));
    QVERIFY(o.value(QStringLiteral("reason")).toString().contains(QStringLiteral("SMS pumping")));

    set(QStringLiteral("phoneFormat.refusePremiumRate=false"));
    r = cli(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    o = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("tollFree"));
    set(QStringLiteral("phoneFormat.refusePremiumRate=true"));
}

void TestCliEngineCommands::phoneFormatFromTheStore()
{
    set(QStringLiteral("phoneFormat.prefix=+46"));
    set(QStringLiteral("phoneFormat.trunkDigit=0"));
    const Run r = cli({QStringLiteral("phone"), QStringLiteral("normalize"), QStringLiteral("070-123 45 67")});
    set(QStringLiteral("phoneFormat.prefix=+7"));
    set(QStringLiteral("phoneFormat.trunkDigit=8"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("+46701234567")), qPrintable(r.out));
}

void TestCliEngineCommands::otpSamplesFollowTheSettings()
{
    Run r = cli({QStringLiteral("otp"), QStringLiteral("sample"), QStringLiteral("-n"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    for (int i = 0; i < 5; ++i)
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(lines.at(i)).hasMatch(),
                 qPrintable(lines.at(i)));
    QVERIFY2(lines.last().contains(QStringLiteral("19.9 bits")), qPrintable(lines.last()));

    set(QStringLiteral("otp.length=12"));
    set(QStringLiteral("otp.uppercase=true"));
    r = cli({QStringLiteral("otp"), QStringLiteral("sample")});
    set(QStringLiteral("otp.length=6"));
    set(QStringLiteral("otp.uppercase=false"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-Z]{12}$")).match(lines.first()).hasMatch());
    QVERIFY2(lines.last().contains(QStringLiteral("62.0 bits")), qPrintable(lines.last())); // 12 × log2(36)
}

void TestCliEngineCommands::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("phone without sub-command") << QStringList{QStringLiteral("phone")};
    QTest::newRow("normalize without number") << QStringList{QStringLiteral("phone"), QStringLiteral("normalize")};
    QTest::newRow("otp unknown") << QStringList{QStringLiteral("otp"), QStringLiteral("guess")};
    QTest::newRow("otp sample -n 0") << QStringList{QStringLiteral("otp"), QStringLiteral("sample"),
                                                    QStringLiteral("-n"), QStringLiteral("0")};
    QTest::newRow("otp sample -n x") << QStringList{QStringLiteral("otp"), QStringLiteral("sample"),
                                                    QStringLiteral("-n"), QStringLiteral("x")};
    QTest::newRow("otp sample -n") << QStringList{QStringLiteral("otp"), QStringLiteral("sample"),
                                                  QStringLiteral("-n")};
}

void TestCliEngineCommands::badUsage()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("Usage")));
}

QTEST_GUILESS_MAIN(TestCliEngineCommands)
#include "TestCliEngineCommands.moc"
