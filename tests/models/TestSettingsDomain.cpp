#include "domain/FieldValidator.h"
#include "domain/Limits.h"
#include "domain/Settings.h"
#include "domain/SettingsDiff.h"

#include <QJsonDocument>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

namespace {

// Every message that reaches a person goes through tr(): this translator marks what it sees.
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!sourceText || !*sourceText)
            return {};
        return QStringLiteral("[%1] ").arg(QLatin1String(context)) + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

bool hasErrorFor(const FieldErrors& errors, const QString& field)
{
    for (const FieldError& e : errors)
        if (e.field == field)
            return true;
    return false;
}

QString messageFor(const FieldErrors& errors, const QString& field)
{
    for (const FieldError& e : errors)
        if (e.field == field)
            return e.message;
    return {};
}

QJsonObject parseObject(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// A value of every section that differs from the defaults in every field, and is valid.
Settings nonDefaultSettings()
{
    Settings s;
    s.accessRights.denyUse = true;
    s.accessRights.mayRegister = false;
    s.accessRights.mayEdit = false;
    s.accessRights.mayDelete = false;
    s.accessRights.commentEditing = AccessRightsSettings::CommentEditing::Always;
    s.block.enabled = false;
    s.block.attemptsBeforeBlock = 7;
    s.block.counterResetMinutes = 60;
    s.block.unblockMinutes = 0;
    s.spamProtection.enabled = false;
    s.spamProtection.windowSeconds = 900;
    s.spamProtection.thresholdMessages = 50;
    s.spamProtection.minSuccessPercent = 70;
    s.gateway.type = GatewaySettings::Type::GenericHttp;
    s.gateway.address = QStringLiteral("https://sms.example.com/send");
    s.gateway.login = QStringLiteral("api-user");
    s.gateway.password = QStringLiteral("pw-secret");
    s.gateway.token = QStringLiteral("token-secret");
    s.gateway.clientCertThumbprint = QStringLiteral("00112233445566778899aabbccddeeff00112233");
    s.gateway.serverCertThumbprint = QStringLiteral("ffeeddccbbaa99887766554433221100ffeeddcc");
    s.gateway.connectTimeoutSeconds = 3;
    s.gateway.timeoutSeconds = 30;
    s.gateway.filePath = QStringLiteral("/tmp/outbox.jsonl");
    s.gateway.method = GatewaySettings::Method::Get;
    s.gateway.bodyFormat = GatewaySettings::BodyFormat::Json;
    s.gateway.authMode = GatewaySettings::AuthMode::Basic;
    s.gateway.parameters = {{QStringLiteral("to"), QStringLiteral("{phone}")},
                            {QStringLiteral("text"), QStringLiteral("{message}")}};
    s.gateway.headers = {{QStringLiteral("X-Client"), QStringLiteral("smsotp")}};
    s.gateway.successText = QStringLiteral("OK");
    s.gateway.successPattern = QStringLiteral("^ok;[0-9]+$");
    s.gateway.failureText = QStringLiteral("ERROR");
    s.gateway.clientCertFolder = QStringLiteral("/etc/smsotp/certs");
    GatewaySettings second;
    second.type = GatewaySettings::Type::Mfms;
    second.address = QStringLiteral("https://backup.example.com");
    second.login = QStringLiteral("backup-user");
    second.password = QStringLiteral("backup-secret");
    s.gateway.failover = std::make_shared<const GatewaySettings>(second);
    s.messageFormat.sender = QStringLiteral("Bank");
    s.messageFormat.textBeforeOtp = QStringLiteral("Your code:");
    s.messageFormat.dateFormat = QStringLiteral("yyyy-MM-dd HH:mm");
    s.phoneFormat.normalize = false;
    s.phoneFormat.length = 11;
    s.phoneFormat.prefix = QStringLiteral("+46");
    s.phoneFormat.trunkDigit = QStringLiteral("0");
    s.phoneFormat.useDirectoryPhone = true;
    s.phoneFormat.directoryAttribute = QStringLiteral("telephoneNumber");
    s.phoneFormat.refusePremiumRate = false;
    s.otp.length = 8;
    s.otp.digits = false;
    s.otp.lowercase = true;
    s.otp.uppercase = true;
    s.otp.special = true;
    s.otp.avoidLookAlike = true;
    s.otp.lifetimeSeconds = 120;
    s.ipAllowList.enabled = true;
    s.ipAllowList.entries = {{QStringLiteral("100.10.10.1"), QStringLiteral("Tartu")},
                             {QStringLiteral("2001:db8::/32"), QString()}};
    s.ipAllowList.exemptAccounts = {QStringLiteral("admin"), QStringLiteral("breakglass")};
    s.ipAllowList.trustedProxies = {QStringLiteral("10.0.0.5"), QStringLiteral("192.0.2.0/24")};
    // Plain LDAP (startTls off) is allowed to a loopback address only.
    s.directory.servers = {QStringLiteral("ldaps://dc1.example.com"), QStringLiteral("ldap://127.0.0.1:3890")};
    s.directory.startTls = false;
    s.directory.bindDn = QStringLiteral("EXAMPLE\\svc-smsotp");
    s.directory.bindPassword = QStringLiteral("bind-secret");
    s.directory.baseDn = QStringLiteral("DC=example,DC=com");
    s.directory.userFilter = QStringLiteral("(uid={login})");
    s.directory.loginAttribute = QStringLiteral("uid");
    s.directory.importFilter = QStringLiteral("(objectClass=inetOrgPerson)");
    s.directory.connectTimeoutSeconds = 2;
    s.directory.timeoutSeconds = 20;
    s.directory.caFile = QStringLiteral("/etc/ssl/example-ca.pem");
    s.directory.cacheSeconds = 0;
    s.directory.fallbackToStoreNumber = true;
    return s;
}

} // namespace

class TestSettingsDomain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreValid();
    void defaultsMatchDesign();
    void numericBoundaries_data();
    void numericBoundaries();
    void textLengthBoundaries_data();
    void textLengthBoundaries();
    void otpNeedsOneClass();
    void sender_data();
    void sender();
    void phoneRules_data();
    void phoneRules();
    void gatewayAddress_data();
    void gatewayAddress();
    void gatewayNeedsLoginAndValidPattern();
    void gatewayFailover();
    void thumbprints_data();
    void thumbprints();
    void ipEntries_data();
    void ipEntries();
    void ipCommentLength();
    void ipTextForm();
    void ipTextFormReportsBadLine();
    void ipJsonForm();
    void ipDuplicatesRefused();
    void ipEnabledAcceptsZeroAndOne();
    void ipLimits();
    void controlCharactersRefusedInEveryTextField_data();
    void controlCharactersRefusedInEveryTextField();
    void textProblemNamesTheField();
    void ipEnabledNeedsEntries();
    void jsonRoundTripDefaults();
    void jsonRoundTripNonDefault();
    void readKeepsAbsentFields();
    void readErrorsNameJsonPath_data();
    void readErrorsNameJsonPath();
    void documentNamesEveryBadField();
    void documentRejectsMalformedJson();
    void secretsNeverInDefaultJson();
    void diffDescribesChangedFields();
    void messagesNameTheLimits();
    void messagesAreTranslated();
};

void TestSettingsDomain::defaultsAreValid()
{
    const Settings s;
    QCOMPARE(formatFieldErrors(s.validate()), QString());
    for (const QString& key : Settings::sectionKeys())
        QVERIFY2(s.validateSection(key).isEmpty(), qPrintable(key));
}

void TestSettingsDomain::defaultsMatchDesign()
{
    const Settings s;
    QCOMPARE(Settings::sectionKeys(), (QStringList{"accessRights", "block", "spamProtection", "gateway",
                                                   "messageFormat", "phoneFormat", "otp", "ipAllowList", "directory"}));
    QCOMPARE(s.block.attemptsBeforeBlock, 5);
    QCOMPARE(s.block.counterResetMinutes, 10);
    QCOMPARE(s.block.unblockMinutes, 30);
    QCOMPARE(s.spamProtection.windowSeconds, 600);
    QCOMPARE(s.spamProtection.thresholdMessages, 20);
    QCOMPARE(s.spamProtection.minSuccessPercent, 85);
    QCOMPARE(s.phoneFormat.prefix, QStringLiteral("+7"));
    QCOMPARE(s.phoneFormat.trunkDigit, QStringLiteral("8"));
    QCOMPARE(s.phoneFormat.directoryAttribute, QStringLiteral("mobile"));
    QCOMPARE(s.otp.length, 6);
    QCOMPARE(s.otp.lifetimeSeconds, 300);
    QVERIFY(s.messageFormat.textBeforeOtp.isEmpty());
    QVERIFY(!s.ipAllowList.enabled);
}

// Each numeric field at min-1, min, max and max+1. `extra` sets other fields first so that only
// the field under test can be wrong (the gateway's connect timeout must not exceed the total).
void TestSettingsDomain::numericBoundaries_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QJsonObject>("extra");

    struct Range {
        const char* section;
        const char* field;
        int min;
        int max;
        QJsonObject extra;
    };
    const QList<Range> ranges = {
        {"block", "attemptsBeforeBlock", 1, 100, {}},
        {"block", "counterResetMinutes", 1, 1440, {}},
        {"block", "unblockMinutes", 0, 10080, {}},
        {"spamProtection", "windowSeconds", 10, 86400, {}},
        {"spamProtection", "thresholdMessages", 1, 1000000, {}},
        {"spamProtection", "minSuccessPercent", 0, 100, {}},
        {"gateway", "connectTimeoutSeconds", 1, 120, {{"timeoutSeconds", 120}}},
        {"gateway", "timeoutSeconds", 1, 120, {{"connectTimeoutSeconds", 1}}},
        {"phoneFormat", "length", 4, 16, {}},
        {"otp", "length", 4, 32, {}},
        {"otp", "lifetimeSeconds", 30, 3600, {}},
    };
    for (const Range& r : ranges) {
        const QString name = QStringLiteral("%1.%2").arg(QLatin1String(r.section), QLatin1String(r.field));
        const QList<QPair<int, bool>> cases = {{r.min - 1, false}, {r.min, true}, {r.max, true}, {r.max + 1, false}};
        for (const auto& [value, valid] : cases)
            QTest::addRow("%s=%d", qPrintable(name), value)
                << QString::fromLatin1(r.section) << QString::fromLatin1(r.field) << value << valid << r.extra;
    }
}

void TestSettingsDomain::numericBoundaries()
{
    QFETCH(QString, section);
    QFETCH(QString, field);
    QFETCH(int, value);
    QFETCH(bool, valid);
    QFETCH(QJsonObject, extra);

    Settings s;
    QJsonObject json = extra;
    json.insert(field, value);
    FieldErrors readErrors;
    s.readSectionJson(section, json, readErrors);
    QVERIFY2(readErrors.isEmpty(), qPrintable(formatFieldErrors(readErrors)));
    QCOMPARE(s.sectionJson(section).value(field).toInt(), value);

    const FieldErrors errors = s.validateSection(section);
    const QString path = section + QLatin1Char('.') + field;
    if (valid) {
        QVERIFY2(errors.isEmpty(), qPrintable(formatFieldErrors(errors)));
    } else {
        QVERIFY2(hasErrorFor(errors, path), qPrintable(formatFieldErrors(errors)));
        QVERIFY(!s.validate().isEmpty());
    }
}

void TestSettingsDomain::textLengthBoundaries_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("valid");
    QTest::newRow("text 300") << 300 << true;
    QTest::newRow("text 301") << 301 << false;
}

void TestSettingsDomain::textLengthBoundaries()
{
    QFETCH(int, length);
    QFETCH(bool, valid);
    MessageFormatSettings m;
    m.textBeforeOtp = QString(length, QLatin1Char('x'));
    QCOMPARE(m.validate().isEmpty(), valid);
    if (!valid)
        QVERIFY(hasErrorFor(m.validate(), QStringLiteral("messageFormat.textBeforeOtp")));

    m.textBeforeOtp = QStringLiteral("two\nlines");
    QVERIFY(hasErrorFor(m.validate(), QStringLiteral("messageFormat.textBeforeOtp")));
    m.textBeforeOtp.clear();
    m.dateFormat = QStringLiteral("yyyy");
    QVERIFY(hasErrorFor(m.validate(), QStringLiteral("messageFormat.dateFormat")));
    for (const QString& format : MessageFormatSettings::dateFormats()) {
        m.dateFormat = format;
        QVERIFY2(m.validate().isEmpty(), qPrintable(format));
    }
}

void TestSettingsDomain::otpNeedsOneClass()
{
    OtpSettings o;
    o.digits = o.lowercase = o.uppercase = o.special = false;
    const FieldErrors errors = o.validate();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("otp.digits"));
    QVERIFY(!errors.first().message.isEmpty());
    for (bool OtpSettings::*cls :
         {&OtpSettings::digits, &OtpSettings::lowercase, &OtpSettings::uppercase, &OtpSettings::special}) {
        OtpSettings one = o;
        one.*cls = true;
        QVERIFY(one.validate().isEmpty());
    }
}

void TestSettingsDomain::sender_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty: gateway default") << QString() << true;
    QTest::newRow("11 letters") << QStringLiteral("ABCDEFGHIJK") << true;
    QTest::newRow("12 letters") << QStringLiteral("ABCDEFGHIJKL") << false;
    QTest::newRow("letters digits space dot dash") << QStringLiteral("My-Bank 1.") << true;
    QTest::newRow("one letter") << QStringLiteral("A") << true;
    QTest::newRow("15 digits") << QStringLiteral("123456789012345") << true;
    QTest::newRow("16 digits") << QStringLiteral("1234567890123456") << false;
    QTest::newRow("short digits") << QStringLiteral("12345") << true;
    QTest::newRow("no letter in a name") << QStringLiteral("123-45") << false;
    QTest::newRow("only punctuation") << QStringLiteral("--.") << false;
    QTest::newRow("exclamation") << QStringLiteral("Shop!") << false;
    QTest::newRow("underscore") << QStringLiteral("my_bank") << false;
    QTest::newRow("cyrillic") << QStringLiteral("Банк") << false;
    QTest::newRow("plus sign") << QStringLiteral("+79161234567") << false;
}

void TestSettingsDomain::sender()
{
    QFETCH(QString, sender);
    QFETCH(bool, valid);
    QCOMPARE(MessageFormatSettings::senderProblem(sender).isEmpty(), valid);
    MessageFormatSettings m;
    m.sender = sender;
    const FieldErrors errors = m.validate();
    QCOMPARE(errors.isEmpty(), valid);
    if (!valid) {
        QCOMPARE(errors.first().field, QStringLiteral("messageFormat.sender"));
        QVERIFY(!errors.first().message.isEmpty());
    }
}

void TestSettingsDomain::phoneRules_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("badField"); // empty: valid

    QTest::newRow("defaults") << QJsonObject() << QString();
    QTest::newRow("prefix +46") << QJsonObject{{"prefix", "+46"}} << QString();
    QTest::newRow("prefix +1234") << QJsonObject{{"prefix", "+1234"}} << QString();
    QTest::newRow("prefix without +") << QJsonObject{{"prefix", "7"}} << QStringLiteral("prefix");
    QTest::newRow("prefix +0") << QJsonObject{{"prefix", "+0"}} << QStringLiteral("prefix");
    QTest::newRow("prefix 5 digits") << QJsonObject{{"prefix", "+12345"}} << QStringLiteral("prefix");
    QTest::newRow("prefix only +") << QJsonObject{{"prefix", "+"}} << QStringLiteral("prefix");
    QTest::newRow("prefix empty") << QJsonObject{{"prefix", ""}} << QStringLiteral("prefix");
    QTest::newRow("prefix as long as number")
        << QJsonObject{{"prefix", "+1234"}, {"length", 5}} << QStringLiteral("prefix");
    QTest::newRow("prefix shorter than number") << QJsonObject{{"prefix", "+1234"}, {"length", 6}} << QString();
    QTest::newRow("no trunk digit") << QJsonObject{{"trunkDigit", ""}} << QString();
    QTest::newRow("trunk 0") << QJsonObject{{"trunkDigit", "0"}} << QString();
    QTest::newRow("trunk two digits") << QJsonObject{{"trunkDigit", "88"}} << QStringLiteral("trunkDigit");
    QTest::newRow("trunk letter") << QJsonObject{{"trunkDigit", "a"}} << QStringLiteral("trunkDigit");
    QTest::newRow("attribute telephoneNumber")
        << QJsonObject{{"useDirectoryPhone", true}, {"directoryAttribute", "telephoneNumber"}} << QString();
    QTest::newRow("attribute with dash") << QJsonObject{{"useDirectoryPhone", true},
                                                        {"directoryAttribute", "ms-mobile2"}}
                                         << QString();
    QTest::newRow("attribute starts with digit")
        << QJsonObject{{"useDirectoryPhone", true}, {"directoryAttribute", "1mobile"}}
        << QStringLiteral("directoryAttribute");
    QTest::newRow("attribute with space")
        << QJsonObject{{"directoryAttribute", "mobile phone"}} << QStringLiteral("directoryAttribute");
    QTest::newRow("attribute 64 chars") << QJsonObject{{"useDirectoryPhone", true},
                                                       {"directoryAttribute", QString(64, QLatin1Char('a'))}}
                                        << QString();
    QTest::newRow("attribute 65 chars") << QJsonObject{{"useDirectoryPhone", true},
                                                       {"directoryAttribute", QString(65, QLatin1Char('a'))}}
                                        << QStringLiteral("directoryAttribute");
    QTest::newRow("empty attribute, directory used")
        << QJsonObject{{"useDirectoryPhone", true}, {"directoryAttribute", ""}} << QStringLiteral("directoryAttribute");
    QTest::newRow("empty attribute, directory not used")
        << QJsonObject{{"useDirectoryPhone", false}, {"directoryAttribute", ""}} << QString();
}

void TestSettingsDomain::phoneRules()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, badField);
    PhoneFormatSettings p;
    FieldErrors errors;
    p.readJson(json, errors);
    QVERIFY(errors.isEmpty());
    errors = p.validate();
    if (badField.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(formatFieldErrors(errors)));
    } else {
        QVERIFY2(hasErrorFor(errors, QStringLiteral("phoneFormat.") + badField), qPrintable(formatFieldErrors(errors)));
        for (const FieldError& e : errors)
            QCOMPARE(e.field, QStringLiteral("phoneFormat.") + badField);
    }
}

void TestSettingsDomain::gatewayAddress_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");

    QTest::newRow("https") << "oneGate"
                           << "https://sms.example.com" << true;
    QTest::newRow("https with port and path") << "oneGate"
                                              << "https://sms.example.com:8443/api" << true;
    QTest::newRow("http remote") << "oneGate"
                                 << "http://sms.example.com" << false;
    QTest::newRow("http 127.0.0.1") << "oneGate"
                                    << "http://127.0.0.1:8080" << true;
    QTest::newRow("http 127.1.2.3") << "oneGate"
                                    << "http://127.1.2.3/" << true;
    QTest::newRow("http localhost") << "oneGate"
                                    << "http://localhost:9000/send" << true;
    QTest::newRow("http [::1]") << "oneGate"
                                << "http://[::1]:8080" << true;
    QTest::newRow("http 10.0.0.1") << "oneGate"
                                   << "http://10.0.0.1" << false;
    QTest::newRow("ftp") << "oneGate"
                         << "ftp://sms.example.com" << false;
    QTest::newRow("no scheme") << "oneGate"
                               << "sms.example.com" << false;
    QTest::newRow("no host") << "oneGate"
                             << "https://" << false;
    QTest::newRow("empty") << "oneGate"
                           << "" << false;
    QTest::newRow("blank") << "smsapi"
                           << "   " << false;
    QTest::newRow("empty, devFile") << "devFile"
                                    << "" << true;
    QTest::newRow("anything, devFile") << "devFile"
                                       << "not checked" << true;
}

void TestSettingsDomain::gatewayAddress()
{
    QFETCH(QString, type);
    QFETCH(QString, address);
    QFETCH(bool, valid);
    GatewaySettings g;
    FieldErrors errors;
    g.readJson(QJsonObject{{"type", type}, {"address", address}}, errors);
    QVERIFY(errors.isEmpty());
    errors = g.validate();
    QCOMPARE(hasErrorFor(errors, QStringLiteral("gateway.address")), !valid);
    QVERIFY2(errors.isEmpty() == valid, qPrintable(formatFieldErrors(errors)));
}

void TestSettingsDomain::gatewayNeedsLoginAndValidPattern()
{
    GatewaySettings g;
    g.type = GatewaySettings::Type::Mfms;
    g.address = QStringLiteral("https://mfms.example.com");
    QVERIFY(hasErrorFor(g.validate(), QStringLiteral("gateway.login")));
    g.login = QStringLiteral("user");
    QVERIFY(g.validate().isEmpty());
    QVERIFY(g.needsLoginPassword());
    QVERIFY(!g.needsToken());

    g.type = GatewaySettings::Type::Smsapi;
    QVERIFY(g.needsToken());

    g.type = GatewaySettings::Type::GenericHttp;
    g.successPattern = QStringLiteral("ok(");
    QVERIFY(hasErrorFor(g.validate(), QStringLiteral("gateway.successPattern")));
    g.successPattern = QStringLiteral("^ok");
    g.headers = {{QStringLiteral("Bad:Name"), QStringLiteral("x")}};
    QVERIFY(hasErrorFor(g.validate(), QStringLiteral("gateway.headers")));
    g.headers.clear();
    g.parameters = {{QStringLiteral(" "), QStringLiteral("x")}};
    QVERIFY(hasErrorFor(g.validate(), QStringLiteral("gateway.parameters")));
    g.parameters.clear();
    QVERIFY(g.validate().isEmpty());
}

void TestSettingsDomain::thumbprints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty: not a thumbprint

    const QString hex = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f901234567");
    QTest::newRow("lowercase") << hex << hex;
    QTest::newRow("uppercase") << hex.toUpper() << hex;
    QTest::newRow("spaces") << QStringLiteral("0A 1B 2C 3D 4E 5F 60 71 82 93 A4 B5 C6 D7 E8 F9 01 23 45 67") << hex;
    QTest::newRow("colons") << QStringLiteral("0a:1b:2c:3d:4e:5f:60:71:82:93:a4:b5:c6:d7:e8:f9:01:23:45:67") << hex;
    QTest::newRow("tabs and mixed case") << QStringLiteral("0a1B2c3D\t4e5f60718293a4b5c6d7e8f901234567 ") << hex;
    QTest::newRow("39 digits") << hex.left(39) << QString();
    QTest::newRow("41 digits") << hex + QLatin1Char('0') << QString();
    QTest::newRow("not hex") << QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f90123456g") << QString();
    QTest::newRow("sha-256 length") << hex + hex.left(24) << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSettingsDomain::thumbprints()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QCOMPARE(GatewaySettings::canonicalThumbprint(text), canonical);

    GatewaySettings g;
    g.type = GatewaySettings::Type::SmsProxy;
    g.address = QStringLiteral("https://proxy.example.com");
    g.clientCertThumbprint = text;
    g.serverCertThumbprint = QStringLiteral("ffeeddccbbaa99887766554433221100ffeeddcc");
    const FieldErrors errors = g.validate();
    QCOMPARE(hasErrorFor(errors, QStringLiteral("gateway.clientCertThumbprint")), canonical.isEmpty());
    QVERIFY(!hasErrorFor(errors, QStringLiteral("gateway.serverCertThumbprint")));
}

void TestSettingsDomain::ipEntries_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("canonical"); // empty: invalid

    QTest::newRow("IPv4") << "100.10.10.2"
                          << "100.10.10.2";
    QTest::newRow("IPv4 spaces") << "  100.10.10.2 "
                                 << "100.10.10.2";
    QTest::newRow("IPv4 /32") << "10.0.0.1/32"
                              << "10.0.0.1";
    QTest::newRow("IPv4 CIDR") << "192.0.2.0/24"
                               << "192.0.2.0/24";
    QTest::newRow("IPv4 CIDR host bits") << "10.1.2.3/8"
                                         << "10.0.0.0/8";
    QTest::newRow("IPv4 /0") << "0.0.0.0/0"
                             << "0.0.0.0/0";
    QTest::newRow("IPv6") << "2001:db8::1"
                          << "2001:db8::1";
    QTest::newRow("IPv6 uppercase") << "2001:DB8::A"
                                    << "2001:db8::a";
    QTest::newRow("IPv6 /128") << "2001:db8::1/128"
                               << "2001:db8::1";
    QTest::newRow("IPv6 CIDR") << "2001:db8::/32"
                               << "2001:db8::/32";
    QTest::newRow("IPv6 CIDR host bits") << "2001:db8:1:2::5/48"
                                         << "2001:db8:1::/48";
    QTest::newRow("IPv4-mapped IPv6") << "::ffff:192.0.2.7"
                                      << "192.0.2.7";
    QTest::newRow("short form 192.168.1") << "192.168.1"
                                          << "";
    QTest::newRow("short form 100") << "100"
                                    << "";
    QTest::newRow("short form 10.1") << "10.1"
                                     << "";
    QTest::newRow("short form CIDR 10/8") << "10/8"
                                          << "";
    QTest::newRow("leading zero") << "010.0.0.1"
                                  << "";
    QTest::newRow("hex octet") << "0x7f.0.0.1"
                               << "";
    QTest::newRow("prefix with sign") << "10.0.0.0/+8"
                                      << "";
    QTest::newRow("prefix leading zero") << "10.0.0.0/08"
                                         << "";
    QTest::newRow("IPv6 short IPv4 tail") << "::ffff:1.2"
                                          << "";
    QTest::newRow("trailing dot") << "10.0.0.1."
                                  << "";
    QTest::newRow("octet too big") << "10.0.0.256"
                                   << "";
    QTest::newRow("prefix 33") << "10.0.0.0/33"
                               << "";
    QTest::newRow("prefix 129") << "2001:db8::/129"
                                << "";
    QTest::newRow("prefix not a number") << "10.0.0.0/x"
                                         << "";
    QTest::newRow("host name") << "office.example.com"
                               << "";
    QTest::newRow("scope id") << "fe80::1%eth0"
                              << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("range with dash") << "10.0.0.1-10.0.0.9"
                                     << "";
}

void TestSettingsDomain::ipEntries()
{
    QFETCH(QString, ip);
    QFETCH(QString, canonical);
    QCOMPARE(IpAllowListSettings::canonicalEntry(ip), canonical);
    QCOMPARE(IpAllowListSettings::entryProblem(ip).isEmpty(), !canonical.isEmpty());

    IpAllowListSettings list;
    list.entries = {{ip, QString()}};
    const FieldErrors errors = list.validate();
    QCOMPARE(errors.isEmpty(), !canonical.isEmpty());
    if (!errors.isEmpty()) {
        QCOMPARE(errors.first().field, QStringLiteral("ipAllowList.entries"));
        if (!ip.trimmed().isEmpty())
            QVERIFY2(errors.first().message.contains(ip.trimmed()), qPrintable(errors.first().message));
    }
}

void TestSettingsDomain::ipCommentLength()
{
    IpAllowListSettings list;
    list.entries = {{QStringLiteral("10.0.0.1"), QString(200, QLatin1Char('c'))}};
    QVERIFY(list.validate().isEmpty());
    list.entries.first().comment = QString(201, QLatin1Char('c'));
    QVERIFY(hasErrorFor(list.validate(), QStringLiteral("ipAllowList.entries")));
    QVERIFY(messageFor(list.validate(), QStringLiteral("ipAllowList.entries")).contains(QLatin1String("200")));
    list.entries.first().comment = QStringLiteral("two\nlines");
    QVERIFY(hasErrorFor(list.validate(), QStringLiteral("ipAllowList.entries")));
}

void TestSettingsDomain::ipTextForm()
{
    const QString text = QStringLiteral("100.10.10.2 # Tartu\n\n  10.0.0.0/8  \n2001:db8::/32 #   Tallinn office  \n");
    FieldErrors errors;
    const auto entries = IpAllowListSettings::entriesFromText(text, errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0), (IpAllowListSettings::Entry{QStringLiteral("100.10.10.2"), QStringLiteral("Tartu")}));
    QCOMPARE(entries.at(1), (IpAllowListSettings::Entry{QStringLiteral("10.0.0.0/8"), QString()}));
    QCOMPARE(entries.at(2),
             (IpAllowListSettings::Entry{QStringLiteral("2001:db8::/32"), QStringLiteral("Tallinn office")}));

    const QString canonicalText = IpAllowListSettings::entriesToText(entries);
    QCOMPARE(canonicalText, QStringLiteral("100.10.10.2 # Tartu\n10.0.0.0/8\n2001:db8::/32 # Tallinn office"));
    const auto again = IpAllowListSettings::entriesFromText(canonicalText, errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(again, entries);
}

void TestSettingsDomain::ipTextFormReportsBadLine()
{
    FieldErrors errors;
    const auto entries =
        IpAllowListSettings::entriesFromText(QStringLiteral("10.0.0.1\nnot-an-ip # x\n10.0.0.2"), errors);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().field.contains(QLatin1String("2")));
    QVERIFY(errors.first().message.contains(QLatin1String("not-an-ip")));
}

void TestSettingsDomain::ipJsonForm()
{
    const QByteArray documentForm = R"([{"ip":"100.10.10.1","comment":"Tartu"},{"ip":"100.10.10.3"}])";
    const QJsonArray array = QJsonDocument::fromJson(documentForm).array();
    FieldErrors errors;
    const auto entries = IpAllowListSettings::entriesFromJson(array, errors, QStringLiteral("ipAllowList.entries"));
    QVERIFY(errors.isEmpty());
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0), (IpAllowListSettings::Entry{QStringLiteral("100.10.10.1"), QStringLiteral("Tartu")}));
    QCOMPARE(entries.at(1), (IpAllowListSettings::Entry{QStringLiteral("100.10.10.3"), QString()}));
    // The same document back: an entry without a comment has no "comment" member.
    QCOMPARE(IpAllowListSettings::entriesToJson(entries), array);
    QVERIFY(!IpAllowListSettings::entriesToJson(entries).at(1).toObject().contains(QStringLiteral("comment")));

    IpAllowListSettings list;
    list.readJson(QJsonObject{{"enabled", true}, {"entries", array}}, errors);
    QVERIFY(errors.isEmpty());
    QVERIFY(list.validate().isEmpty());
    QCOMPARE(list.toJson().value("entries").toArray(), array);

    // Malformed entries are named with their position.
    const QJsonArray bad =
        QJsonDocument::fromJson(R"([{"ip":"10.0.0.1"},{"ip":5},"10.0.0.2",{"ip":"10.0.0.3","comment":1}])").array();
    IpAllowListSettings::entriesFromJson(bad, errors, QStringLiteral("ipAllowList.entries"));
    QCOMPARE(errors.size(), 3);
    QVERIFY(errors.at(0).message.contains(QLatin1String("2")));
    QVERIFY(errors.at(1).message.contains(QLatin1String("3")));
    QVERIFY(errors.at(2).message.contains(QLatin1String("4")));
    for (const FieldError& e : errors)
        QCOMPARE(e.field, QStringLiteral("ipAllowList.entries"));
}

void TestSettingsDomain::ipDuplicatesRefused()
{
    // Issue 12: a duplicate is refused everywhere (the CLI used to drop it silently), naming it.
    IpAllowListSettings list;
    list.entries = {{QStringLiteral("10.0.0.1"), QStringLiteral("first")},
                    {QStringLiteral("10.0.0.2"), QString()},
                    {QStringLiteral("10.0.0.1/32"), QStringLiteral("same host")}};
    FieldErrors errors = list.validate();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("ipAllowList.entries"));
    QVERIFY2(errors.first().message.contains(QStringLiteral("10.0.0.1/32")) &&
                 errors.first().message.contains(QStringLiteral("entry 3")),
             qPrintable(errors.first().message));
    for (const auto& [a, b] :
         QList<QPair<QString, QString>>{{QStringLiteral("10.9.9.9/8"), QStringLiteral("10.0.0.0/8")},
                                        {QStringLiteral("2001:DB8::1"), QStringLiteral("2001:db8::1/128")},
                                        {QStringLiteral("::ffff:192.0.2.7"), QStringLiteral("192.0.2.7")}}) {
        list.entries = {{a, QString()}, {b, QString()}};
        QVERIFY2(!IpAllowListSettings::duplicateProblem(list.entries).isEmpty(), qPrintable(a + QLatin1Char(' ') + b));
    }
    list.entries = {{QStringLiteral("10.0.0.1"), QString()}, {QStringLiteral("10.0.0.2"), QString()}};
    QVERIFY(list.validate().isEmpty());

    // Reading JSON (import, settings set) keeps both, and the validation refuses them.
    IpAllowListSettings read;
    errors.clear();
    read.readJson(parseObject(R"({"entries":[{"ip":"10.0.0.1","comment":"a"},{"ip":"10.0.0.1/32","comment":"b"}]})"),
                  errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(read.entries.size(), 2);
    QCOMPARE(read.validate().size(), 1);
}

void TestSettingsDomain::ipEnabledAcceptsZeroAndOne()
{
    // Erply's API writes the flag as 0 or 1.
    for (const auto& [json, expected] :
         QList<QPair<const char*, bool>>{{R"({"enabled":1,"exemptAccounts":["a"]})", true},
                                         {R"({"enabled":0})", false},
                                         {R"({"enabled":true,"exemptAccounts":["a"]})", true}}) {
        IpAllowListSettings read;
        read.enabled = !expected;
        FieldErrors errors;
        read.readJson(parseObject(json), errors);
        QVERIFY2(errors.isEmpty(), json);
        QCOMPARE(read.enabled, expected);
    }
    for (const char* json : {R"({"enabled":2})", R"({"enabled":"1"})", R"({"enabled":0.5})"}) {
        IpAllowListSettings read;
        FieldErrors errors;
        read.readJson(parseObject(json), errors);
        QVERIFY2(!errors.isEmpty(), json);
    }
}

void TestSettingsDomain::ipLimits()
{
    IpAllowListSettings list;
    for (int i = 0; i <= Limits::kAllowListEntries; ++i)
        list.entries.append({QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255), QString()});
    FieldErrors errors = list.validate();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().message.contains(QString::number(Limits::kAllowListEntries)),
             qPrintable(errors.first().message));
    list.entries.removeLast();
    QVERIFY(list.validate().isEmpty());
    list.entries.clear();
    for (int i = 0; i <= Limits::kExemptAccounts; ++i)
        list.exemptAccounts << QStringLiteral("user%1").arg(i);
    QCOMPARE(list.validate().size(), 1);
}

void TestSettingsDomain::controlCharactersRefusedInEveryTextField_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    const QString esc = QStringLiteral("a") + QChar(0x1b) + QStringLiteral("[2Jb");
    const QString nul = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
    const QString c1 = QStringLiteral("a") + QChar(0x9b) + QStringLiteral("b");
    const QString surrogate = QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b");
    for (const QString& key : {QStringLiteral("messageFormat.textBeforeOtp"), QStringLiteral("gateway.address"),
                               QStringLiteral("gateway.login"), QStringLiteral("gateway.successText"),
                               QStringLiteral("phoneFormat.prefix")}) {
        QTest::addRow("%s ESC", qPrintable(key)) << key << esc;
        QTest::addRow("%s NUL", qPrintable(key)) << key << nul;
        QTest::addRow("%s C1", qPrintable(key)) << key << c1;
        QTest::addRow("%s surrogate", qPrintable(key)) << key << surrogate;
        QTest::addRow("%s tab", qPrintable(key)) << key << QStringLiteral("a\tb");
        QTest::addRow("%s 0x01", qPrintable(key)) << key << QStringLiteral("a\x01z");
    }
}

void TestSettingsDomain::controlCharactersRefusedInEveryTextField()
{
    // Issue 12: textBeforeOtp took \x01, ESC and (by import) NUL, and the NUL went out in the SMS.
    QFETCH(QString, key);
    QFETCH(QString, value);
    const QString section = key.section(QLatin1Char('.'), 0, 0);
    const QString field = key.section(QLatin1Char('.'), 1);
    Settings s;
    s.gateway.type = GatewaySettings::Type::GenericHttp;
    s.gateway.address = QStringLiteral("https://sms.example.com/send");
    QJsonObject json = s.sectionJson(section);
    json.insert(field, value);
    FieldErrors errors;
    s.readSectionJson(section, json, errors);
    errors += s.validateSection(section);
    bool named = false;
    for (const FieldError& e : errors)
        named = named || e.field == key;
    QVERIFY2(named, qPrintable(formatFieldErrors(errors)));
    // The whole document (import) says the same.
    FieldErrors docErrors;
    Settings::fromDocument(QJsonDocument(QJsonObject{{section, json}}).toJson(), Settings(), docErrors);
    QVERIFY2(!docErrors.isEmpty(), qPrintable(key));
}

void TestSettingsDomain::textProblemNamesTheField()
{
    QVERIFY(FieldValidator::textProblem(QStringLiteral("The comment"), QStringLiteral("fine, with ünïcode 😀"), 100)
                .isEmpty());
    const QString problem = FieldValidator::textProblem(QStringLiteral("The comment"), QStringLiteral("a\nb"), 100);
    QVERIFY2(problem.startsWith(QStringLiteral("The comment")) && problem.contains(QStringLiteral("U+000a")),
             qPrintable(problem));
    QVERIFY(!FieldValidator::textProblem(QStringLiteral("x"), QString(101, QLatin1Char('a')), 100).isEmpty());
    QVERIFY(FieldValidator::textProblem(QStringLiteral("x"), QStringLiteral("a\tb"), 100, FieldValidator::Tabs::Allowed)
                .isEmpty());
    QVERIFY(!FieldValidator::textProblem(QStringLiteral("x"), QString(QChar(0xdc00)), 100).isEmpty());
}

void TestSettingsDomain::ipEnabledNeedsEntries()
{
    IpAllowListSettings list;
    list.enabled = true;
    QVERIFY(hasErrorFor(list.validate(), QStringLiteral("ipAllowList.entries")));
    list.entries = {{QStringLiteral("192.0.2.0/24"), QString()}};
    QVERIFY(list.validate().isEmpty());
    list.enabled = false;
    list.entries.clear();
    QVERIFY(list.validate().isEmpty());

    list.exemptAccounts = {QStringLiteral("admin"), QStringLiteral("  ")};
    QVERIFY(hasErrorFor(list.validate(), QStringLiteral("ipAllowList.exemptAccounts")));
    list.exemptAccounts.clear();

    // Trusted proxies are validated like entries.
    list.trustedProxies = {QStringLiteral("10.0.0.5"), QStringLiteral("2001:db8::/48")};
    QVERIFY(list.validate().isEmpty());
    list.trustedProxies << QStringLiteral("proxy.example.com");
    QVERIFY(hasErrorFor(list.validate(), QStringLiteral("ipAllowList.trustedProxies")));
    list.trustedProxies = {QStringLiteral("10.0.0.0/33")};
    QVERIFY(hasErrorFor(list.validate(), QStringLiteral("ipAllowList.trustedProxies")));
}

void TestSettingsDomain::jsonRoundTripDefaults()
{
    const Settings defaults;
    const QJsonObject json = defaults.toJson();
    QCOMPARE(json.keys().size(), 9);
    Settings read;
    read.otp.length = 9; // proves every field is overwritten by the document
    FieldErrors errors;
    read.readJson(json, errors);
    QVERIFY2(errors.isEmpty(), qPrintable(formatFieldErrors(errors)));
    QCOMPARE(read.toJson(), json);
    QVERIFY(read == defaults);

    // Through the text of a document, as export and import do.
    const QByteArray text = QJsonDocument(json).toJson();
    const Settings fromText = Settings::fromDocument(text, Settings(), errors);
    QVERIFY(errors.isEmpty());
    QVERIFY(fromText == defaults);
}

void TestSettingsDomain::jsonRoundTripNonDefault()
{
    const Settings custom = nonDefaultSettings();
    QVERIFY2(custom.validate().isEmpty(), qPrintable(formatFieldErrors(custom.validate())));
    const Settings defaults;
    // Every field of every section differs from the default.
    for (const QString& key : Settings::sectionKeys()) {
        const QJsonObject a = defaults.sectionJson(key, Settings::SecretPolicy::Include);
        const QJsonObject b = custom.sectionJson(key, Settings::SecretPolicy::Include);
        for (const QString& field : a.keys())
            QVERIFY2(a.value(field) != b.value(field), qPrintable(key + QLatin1Char('.') + field));
    }

    FieldErrors errors;
    Settings read;
    read.readJson(custom.toJson(Settings::SecretPolicy::Include), errors);
    QVERIFY2(errors.isEmpty(), qPrintable(formatFieldErrors(errors)));
    QVERIFY(read == custom);

    // Without secrets: everything else survives, the secrets stay as they were in the target.
    Settings withoutSecrets;
    withoutSecrets.readJson(custom.toJson(), errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(withoutSecrets.toJson(), custom.toJson());
    QVERIFY(withoutSecrets.gateway.password.isEmpty());
    QVERIFY(withoutSecrets.gateway.token.isEmpty());
    QVERIFY(withoutSecrets.gateway.failover);
    QVERIFY(withoutSecrets.gateway.failover->password.isEmpty());
    QVERIFY(withoutSecrets.directory.bindPassword.isEmpty());

    const Settings fromText = Settings::fromDocument(
        QJsonDocument(custom.toJson(Settings::SecretPolicy::Include)).toJson(), Settings(), errors);
    QVERIFY(errors.isEmpty());
    QVERIFY(fromText == custom);
}

void TestSettingsDomain::readKeepsAbsentFields()
{
    Settings s = nonDefaultSettings();
    FieldErrors errors;
    s.readJson(parseObject(R"({"block":{"attemptsBeforeBlock":9}})"), errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(s.block.attemptsBeforeBlock, 9);
    QCOMPARE(s.block.counterResetMinutes, 60);
    QCOMPARE(s.otp.length, 8);
}

void TestSettingsDomain::readErrorsNameJsonPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("unknown field") << QByteArray(R"({"block":{"attempts":3}})") << QStringList{"block.attempts"};
    QTest::newRow("unknown section") << QByteArray(R"({"blocking":{}})") << QStringList{"blocking"};
    QTest::newRow("section not an object") << QByteArray(R"({"otp":6})") << QStringList{"otp"};
    QTest::newRow("number as text") << QByteArray(R"({"otp":{"length":"6"}})") << QStringList{"otp.length"};
    QTest::newRow("fraction") << QByteArray(R"({"otp":{"length":6.5}})") << QStringList{"otp.length"};
    QTest::newRow("too big for int") << QByteArray(R"({"spamProtection":{"thresholdMessages":1e12}})")
                                     << QStringList{"spamProtection.thresholdMessages"};
    QTest::newRow("bool as number") << QByteArray(R"({"block":{"enabled":1}})") << QStringList{"block.enabled"};
    QTest::newRow("bool as text") << QByteArray(R"({"accessRights":{"denyUse":"true"}})")
                                  << QStringList{"accessRights.denyUse"};
    QTest::newRow("text as number") << QByteArray(R"({"messageFormat":{"sender":42}})")
                                    << QStringList{"messageFormat.sender"};
    QTest::newRow("bad choice") << QByteArray(R"({"accessRights":{"commentEditing":"sometimes"}})")
                                << QStringList{"accessRights.commentEditing"};
    QTest::newRow("bad gateway type") << QByteArray(R"({"gateway":{"type":"twilio"}})") << QStringList{"gateway.type"};
    QTest::newRow("list of numbers") << QByteArray(R"({"ipAllowList":{"exemptAccounts":[1,2]}})")
                                     << QStringList{"ipAllowList.exemptAccounts"};
    QTest::newRow("entries not a list") << QByteArray(R"({"ipAllowList":{"entries":"10.0.0.1"}})")
                                        << QStringList{"ipAllowList.entries"};
    QTest::newRow("bad header") << QByteArray(R"({"gateway":{"headers":[{"value":"x"}]}})")
                                << QStringList{"gateway.headers"};
    QTest::newRow("several") << QByteArray(R"({"block":{"enabled":"yes","foo":1},"otp":{"digits":null}})")
                             << QStringList{"block.enabled", "block.foo", "otp.digits"};
}

void TestSettingsDomain::readErrorsNameJsonPath()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fields);
    Settings s;
    const Settings before = s;
    FieldErrors errors;
    s.readJson(QJsonDocument::fromJson(json).object(), errors);
    QStringList named;
    for (const FieldError& e : errors) {
        named << e.field;
        QVERIFY(!e.message.isEmpty());
    }
    named.sort();
    fields.sort();
    QCOMPARE(named, fields);
    QVERIFY(s == before); // a field of the wrong type keeps its value
}

void TestSettingsDomain::documentNamesEveryBadField()
{
    // Type errors and range errors in one file: all of them are named in one run.
    const QByteArray json = R"({
        "block": {"attemptsBeforeBlock": 0, "unblockMinutes": -1},
        "otp": {"length": "six", "lifetimeSeconds": 5},
        "messageFormat": {"sender": "ThisNameIsTooLong"},
        "ipAllowList": {"enabled": true, "entries": [{"ip": "300.1.1.1"}]},
        "phoneFormat": {"colour": "blue"}
    })";
    FieldErrors errors;
    Settings::fromDocument(json, Settings(), errors);
    QStringList named;
    for (const FieldError& e : errors)
        named << e.field;
    named.removeDuplicates();
    named.sort();
    QCOMPARE(named, (QStringList{"block.attemptsBeforeBlock", "block.unblockMinutes", "ipAllowList.entries",
                                 "messageFormat.sender", "otp.length", "otp.lifetimeSeconds", "phoneFormat.colour"}));
}

void TestSettingsDomain::documentRejectsMalformedJson()
{
    Settings base = nonDefaultSettings();
    FieldErrors errors;
    const Settings result = Settings::fromDocument(R"({"block": {"enabled": tru})", base, errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().message.contains(QLatin1String("JSON")));
    QVERIFY(result == base);

    errors.clear();
    Settings::fromDocument("[1,2,3]", base, errors);
    QCOMPARE(errors.size(), 1);
}

void TestSettingsDomain::secretsNeverInDefaultJson()
{
    Settings s = nonDefaultSettings();
    const QByteArray exported = QJsonDocument(s.toJson()).toJson();
    QVERIFY(!exported.contains("pw-secret"));
    QVERIFY(!exported.contains("token-secret"));
    QVERIFY(!exported.contains("bind-secret"));
    const QJsonObject gateway = s.toJson().value(QStringLiteral("gateway")).toObject();
    QVERIFY(!gateway.contains(QStringLiteral("password")));
    QVERIFY(!gateway.contains(QStringLiteral("token")));
    QVERIFY(!s.sectionJson(QStringLiteral("gateway")).contains(QStringLiteral("password")));
    QVERIFY(!s.gateway.toJson().contains(QStringLiteral("token")));
    // Only on request, for the encrypted store.
    QCOMPARE(s.gateway.toJson(GatewaySettings::SecretPolicy::Include).value("password").toString(),
             QStringLiteral("pw-secret"));
}

void TestSettingsDomain::diffDescribesChangedFields()
{
    BlockSettings a;
    BlockSettings b;
    b.attemptsBeforeBlock = 7;
    b.enabled = false;
    const auto changes = SettingsDiff::compare(a.toJson(), b.toJson());
    QCOMPARE(changes.size(), 2);
    const QString text = SettingsDiff::describe(changes);
    QVERIFY2(text.contains(QStringLiteral("attemptsBeforeBlock: 5 → 7")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("enabled: true → false")), qPrintable(text));
    QVERIFY(SettingsDiff::compare(a.toJson(), a.toJson()).isEmpty());
}

void TestSettingsDomain::messagesNameTheLimits()
{
    Settings s;
    s.block.attemptsBeforeBlock = 0;
    s.spamProtection.thresholdMessages = 0;
    s.otp.length = 33;
    s.messageFormat.textBeforeOtp = QString(301, QLatin1Char('x'));
    const FieldErrors errors = s.validate();
    auto check = [&](const char* field, QStringList parts) {
        const QString message = messageFor(errors, QLatin1String(field));
        QVERIFY2(!message.isEmpty(), field);
        for (const QString& p : parts)
            QVERIFY2(message.contains(p), qPrintable(message + QStringLiteral(" lacks ") + p));
    };
    check("block.attemptsBeforeBlock", {"1", "100"});
    check("spamProtection.thresholdMessages", {"1", "1000000"});
    check("otp.length", {"4", "32"});
    check("messageFormat.textBeforeOtp", {"300"});
    for (const FieldError& e : errors)
        QVERIFY(!e.message.trimmed().isEmpty());
}

void TestSettingsDomain::messagesAreTranslated()
{
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

    Settings s;
    s.block.attemptsBeforeBlock = 0;                                // FieldValidator
    s.otp.digits = false;                                           // OtpSettings
    s.phoneFormat.prefix = QStringLiteral("7");                     // PhoneFormatSettings
    s.messageFormat.sender = QStringLiteral("Shop!");               // MessageFormatSettings
    s.gateway.type = GatewaySettings::Type::OneGate;                // GatewaySettings
    s.ipAllowList.entries = {{QStringLiteral("x"), {}}};            // IpAllowListSettings
    s.messageFormat.textBeforeOtp = QString(301, QLatin1Char('x')); // %n plural form
    FieldErrors errors = s.validate();
    QVERIFY(errors.size() >= 7);
    for (const FieldError& e : errors)
        QVERIFY2(e.message.startsWith(QLatin1Char('[')), qPrintable(e.field + QStringLiteral(": ") + e.message));
    QVERIFY(messageFor(errors, QStringLiteral("block.attemptsBeforeBlock"))
                .startsWith(QStringLiteral("[FieldValidator] must be between 1 and 100")));
    QVERIFY(messageFor(errors, QStringLiteral("messageFormat.textBeforeOtp")).contains(QLatin1String("300")));

    errors.clear();
    s.readJson(parseObject(R"({"otp":{"length":"x","nope":1},"nosuch":{}})"), errors); // JsonFieldReader, Settings
    QCOMPARE(errors.size(), 3);
    for (const FieldError& e : errors)
        QVERIFY2(e.message.startsWith(QLatin1Char('[')), qPrintable(e.field + QStringLiteral(": ") + e.message));
}

void TestSettingsDomain::gatewayFailover()
{
    GatewaySettings g;
    QCOMPARE(g.toJson().value(QStringLiteral("failover")), QJsonValue());
    QCOMPARE(GatewaySettings::secretNames(), (QStringList{"password", "token", "failover.password", "failover.token"}));
    g.setSecret(QStringLiteral("failover.password"), QStringLiteral("ignored")); // no failover yet
    QVERIFY(g.secret(QStringLiteral("failover.password")).isEmpty());

    // The second gateway is validated like the first, under gateway.failover.
    FieldErrors errors;
    g.readJson(QJsonDocument::fromJson(R"({"failover":{"type":"megafon","address":"ftp://x","login":""}})").object(),
               errors);
    QVERIFY2(errors.isEmpty(), qPrintable(formatFieldErrors(errors)));
    QVERIFY(g.failover);
    QCOMPARE(g.failover->type, GatewaySettings::Type::Megafon);
    const FieldErrors invalid = g.validate();
    QVERIFY(hasErrorFor(invalid, QStringLiteral("gateway.failover.address")));
    QVERIFY(hasErrorFor(invalid, QStringLiteral("gateway.failover.login")));
    QVERIFY(!hasErrorFor(invalid, QStringLiteral("gateway.address")));

    g.setSecret(QStringLiteral("failover.password"), QStringLiteral("second-secret"));
    QCOMPARE(g.failover->password, QStringLiteral("second-secret"));
    QVERIFY(!g.toJson().value(QStringLiteral("failover")).toObject().contains(QStringLiteral("password")));
    QCOMPARE(g.toJson(GatewaySettings::SecretPolicy::Include)
                 .value(QStringLiteral("failover"))
                 .toObject()
                 .value(QStringLiteral("password"))
                 .toString(),
             QStringLiteral("second-secret"));

    // Copies do not share changes.
    GatewaySettings copy = g;
    copy.setSecret(QStringLiteral("failover.password"), QStringLiteral("other"));
    QCOMPARE(g.failover->password, QStringLiteral("second-secret"));

    // Bad shapes, a failover of a failover, and null to remove it.
    errors.clear();
    g.readJson(QJsonDocument::fromJson(R"({"failover":7})").object(), errors);
    QVERIFY(hasErrorFor(errors, QStringLiteral("gateway.failover")));
    errors.clear();
    g.readJson(QJsonDocument::fromJson(R"({"failover":{"failover":{}}})").object(), errors);
    QVERIFY(hasErrorFor(errors, QStringLiteral("gateway.failover.failover")));
    errors.clear();
    g.readJson(QJsonDocument::fromJson(R"({"failover":{"typo":1}})").object(), errors);
    QVERIFY(hasErrorFor(errors, QStringLiteral("gateway.failover.typo")));
    errors.clear();
    g.readJson(QJsonDocument::fromJson(R"({"failover":null})").object(), errors);
    QVERIFY(errors.isEmpty());
    QVERIFY(!g.failover);
}

QTEST_GUILESS_MAIN(TestSettingsDomain)
#include "TestSettingsDomain.moc"
