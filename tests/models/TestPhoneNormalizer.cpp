#include "engine/PhoneNormalizer.h"

#include <QSet>
#include <QTest>

namespace {

PhoneFormatSettings russian()
{
    return PhoneFormatSettings(); // +7, trunk 8, 12 characters, normalisation on
}

PhoneFormatSettings swedish()
{
    PhoneFormatSettings s;
    s.prefix = QStringLiteral("+46");
    s.trunkDigit = QStringLiteral("0");
    s.length = 12;
    return s;
}

} // namespace

class TestPhoneNormalizer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void verbatimWhenNormalizationIsOff_data();
    void verbatimWhenNormalizationIsOff();
    void regionFollowsPrefix();
    void russianMobileIsMobile();
    void tollFreeAndPremiumRateRefusal_data();
    void tollFreeAndPremiumRateRefusal();
    void invalidNumberIsOnlyAWarning();
    void fastPathDoesNotClassify();
    void typeNamesAndKeysAreDistinct();
    void saysWhichRuleApplied();
};

// Every rule of the seed (DESIGN §4), one row or more each. `expected` empty: rejected, and
// the reason must contain `reason`.
void TestPhoneNormalizer::normalize_data()
{
    QTest::addColumn<PhoneFormatSettings>("settings");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("reason");

    const PhoneFormatSettings ru = russian();
    auto row = [&](const char* name, const PhoneFormatSettings& s, const QString& input, const char* expected,
                   const char* reason = "") {
        QTest::newRow(name) << s << input << QString::fromUtf8(expected) << QString::fromUtf8(reason);
    };
    row("seed example", ru, QStringLiteral("8 (916) 123-45-6O; 8 999 000 00 00"), "+79161234560");
    row("spaces", ru, QStringLiteral(" 8 916 123 45 67 "), "+79161234567");
    row("tabs", ru, QStringLiteral("8\t916\t123\t45\t67"), "+79161234567");
    row("round brackets", ru, QStringLiteral("8(916)1234567"), "+79161234567");
    row("square brackets", ru, QStringLiteral("[8] [916] 123 4567"), "+79161234567");
    row("curly brackets", ru, QStringLiteral("{8}{916}1234567"), "+79161234567");
    row("hyphens", ru, QStringLiteral("8-916-123-45-67"), "+79161234567");
    row("dashes and no-break spaces", ru,
        QString::fromUtf8("8\u00A0916\u2013123\u201145\u2212"
                          "67"),
        "+79161234567");
    row("comma separates numbers", ru, QStringLiteral("89161234567, 89990000000"), "+79161234567");
    row("semicolon separates numbers", ru, QStringLiteral("+7 916 123 45 67;8 999 000 00 00"), "+79161234567");
    row("first separator wins", ru, QStringLiteral("8916123456O;x,y"), "+79161234560");
    row("text after separator ignored", ru, QStringLiteral("89161234567; call after 6 pm"), "+79161234567");
    row("bad first number not rescued", ru, QStringLiteral("8916; 89161234567"), "", "too short");
    row("Latin O upper", ru, QStringLiteral("8916123456O"), "+79161234560");
    row("Latin o lower", ru, QStringLiteral("8916123456o"), "+79161234560");
    row("Cyrillic O upper", ru, QString::fromUtf8("8 9\u041E6 123 45 67"), "+79061234567");
    row("Cyrillic o lower", ru, QString::fromUtf8("8 9\u043E6 123 45 67"), "+79061234567");
    row("several O", ru, QStringLiteral("8 9OO o12 34 56"), "+79000123456");
    row("trunk 8 becomes +7", ru, QStringLiteral("89161234567"), "+79161234567");
    row("missing prefix added", ru, QStringLiteral("916 123-45-67"), "+79161234567");
    row("already +7", ru, QStringLiteral("+79161234567"), "+79161234567");
    row("already +7 formatted", ru, QStringLiteral("+7 (916) 123-45-67"), "+79161234567");
    row("other country with + kept", ru, QStringLiteral("+46 70 123 45 67"), "+46701234567");
    // Issue 15: the prefix's digits typed without '+' are recognised when the length says so.
    row("7 without + recognised", ru, QStringLiteral("79161234567"), "+79161234567");
    row("7 without + formatted", ru, QStringLiteral("7 (916) 123-45-67"), "+79161234567");
    row("starts with 7 but short: prefix added", ru, QStringLiteral("7161234567"), "+77161234567");
    row("7 without + and too long", ru, QStringLiteral("791612345678"), "", "too long: 14 characters");
    row("too short", ru, QStringLiteral("8 916 123 45 6"), "", "too short: 11 characters after normalisation, 12");
    row("too long", ru, QStringLiteral("8 916 123 45 678"), "", "too long: 13 characters after normalisation, 12");
    row("much too long", ru, QStringLiteral("8").repeated(40), "", "too long: 41 characters");
    row("letters left", ru, QStringLiteral("8 916 CALL ME"), "", "letter 'C'");
    row("Cyrillic letter left", ru, QString::fromUtf8("8 916 123 45 6\u0416"), "", "letter");
    row("other character left", ru, QStringLiteral("8.916.123.45.67"), "", "contains '.'");
    row("plus in the middle", ru, QStringLiteral("8 916 +1234567"), "", "'+'");
    row("two plus signs", ru, QStringLiteral("++79161234567"), "", "'+'");
    row("empty", ru, QString(), "", "no number");
    row("only spaces", ru, QStringLiteral(" \t "), "", "no number");
    row("only punctuation", ru, QStringLiteral("( ) - -"), "", "no digits");
    row("empty before separator", ru, QStringLiteral("; 89161234567"), "", "no digits");

    PhoneFormatSettings noTrunk = ru;
    noTrunk.trunkDigit.clear();
    row("no trunk digit configured", noTrunk, QStringLiteral("89161234567"), "", "too long");
    row("no trunk digit, prefix added", noTrunk, QStringLiteral("9161234567"), "+79161234567");

    const PhoneFormatSettings se = swedish();
    row("+46 trunk 0", se, QStringLiteral("070-123 45 67"), "+46701234567");
    row("+46 missing prefix", se, QStringLiteral("70 123 45 67"), "+46701234567");
    row("+46 formatted", se, QStringLiteral("+46 70-123 45 67"), "+46701234567");
    row("+46 typed without +", se, QStringLiteral("46 70 123 45 67"), "+46701234567");
    row("+46 does not treat 8 as trunk", se, QStringLiteral("8 123 45 67"), "", "too short: 11 characters");

    PhoneFormatSettings se11 = se;
    se11.length = 11;
    QTest::newRow("+46 Stockholm landline, length 11")
        << se11 << QStringLiteral("08-123 45 67") << QStringLiteral("+4681234567") << QString();
}

void TestPhoneNormalizer::normalize()
{
    QFETCH(PhoneFormatSettings, settings);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, reason);

    const PhoneNormalizer::Outcome o = PhoneNormalizer(settings).normalize(input);
    if (expected.isEmpty()) {
        QVERIFY2(!o.ok, qPrintable(o.normalized));
        QVERIFY(o.normalized.isEmpty());
        QVERIFY2(o.reason.contains(reason), qPrintable(o.reason));
    } else {
        QVERIFY2(o.ok, qPrintable(o.reason));
        QCOMPARE(o.normalized, expected);
        QVERIFY(o.reason.isEmpty());
    }
    QVERIFY(!o.classified);
}

void TestPhoneNormalizer::verbatimWhenNormalizationIsOff_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("E.164") << QStringLiteral("+79161234567") << QStringLiteral("+79161234567");
    QTest::newRow("trimmed") << QStringLiteral("  +79161234567\t") << QStringLiteral("+79161234567");
    QTest::newRow("any length up to 15 digits") << QStringLiteral("+4681234567") << QStringLiteral("+4681234567");
    QTest::newRow("trunk not replaced") << QStringLiteral("89161234567") << QString();
    QTest::newRow("spaces not removed") << QStringLiteral("+7 916 123 45 67") << QString();
    QTest::newRow("O not replaced") << QStringLiteral("+7916123456O") << QString();
    QTest::newRow("separator not cut") << QStringLiteral("+79161234567;+79990000000") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plus only") << QStringLiteral("+") << QString();
    QTest::newRow("16 digits") << QStringLiteral("+1234567890123456") << QString();
}

void TestPhoneNormalizer::verbatimWhenNormalizationIsOff()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    PhoneFormatSettings s = russian();
    s.normalize = false;
    const PhoneNormalizer::Outcome o = PhoneNormalizer(s).normalize(input);
    QCOMPARE(o.ok, !expected.isEmpty());
    QCOMPARE(o.normalized, expected);
    QCOMPARE(o.reason.isEmpty(), o.ok);
}

void TestPhoneNormalizer::regionFollowsPrefix()
{
    QCOMPARE(PhoneNormalizer(russian()).region(), QStringLiteral("RU"));
    QCOMPARE(PhoneNormalizer(swedish()).region(), QStringLiteral("SE"));
    PhoneFormatSettings s;
    s.prefix = QStringLiteral("+372");
    QCOMPARE(PhoneNormalizer(s).region(), QStringLiteral("EE"));
    s.prefix = QStringLiteral("+999");
    QCOMPARE(PhoneNormalizer(s).region(), QStringLiteral("ZZ"));
}

void TestPhoneNormalizer::russianMobileIsMobile()
{
    const PhoneNormalizer::Outcome o = PhoneNormalizer(russian()).check(QStringLiteral("8 (916) 123-45-67"));
    QVERIFY2(o.ok, qPrintable(o.reason));
    QCOMPARE(o.normalized, QStringLiteral("+79161234567"));
    QVERIFY(o.classified);
    QCOMPARE(o.type, PhoneNormalizer::NumberType::Mobile);
    QCOMPARE(o.typeName, QStringLiteral("mobile"));
    QVERIFY(o.libphonenumberValid);

    const PhoneNormalizer::Outcome se = PhoneNormalizer(swedish()).check(QStringLiteral("070-123 45 67"));
    QVERIFY2(se.ok, qPrintable(se.reason));
    QCOMPARE(se.type, PhoneNormalizer::NumberType::Mobile);
}

void TestPhoneNormalizer::tollFreeAndPremiumRateRefusal_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<PhoneNormalizer::NumberType>("type");
    QTest::newRow("toll-free 8 800") << QStringLiteral("8 800 123-45-67") << PhoneNormalizer::NumberType::TollFree;
    QTest::newRow("toll-free +7 800") << QStringLiteral("+78001234567") << PhoneNormalizer::NumberType::TollFree;
    QTest::newRow("premium-rate 8 809") << QStringLiteral("8 809 123-45-67")
                                        << PhoneNormalizer::NumberType::PremiumRate;
}

void TestPhoneNormalizer::tollFreeAndPremiumRateRefusal()
{
    QFETCH(QString, input);
    QFETCH(PhoneNormalizer::NumberType, type);
    PhoneFormatSettings s = russian();
    s.refusePremiumRate = true;
    const PhoneNormalizer::Outcome refused = PhoneNormalizer(s).check(input);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.type, type);
    QVERIFY2(refused.reason.contains(QStringLiteral("SMS pumping")), qPrintable(refused.reason));
    // Reasons reach the event log, which never holds a full phone number.
    QVERIFY2(!refused.reason.contains(refused.normalized.mid(2)), qPrintable(refused.reason));
    QVERIFY(PhoneNormalizer::isPumpingRisk(type));

    s.refusePremiumRate = false;
    const PhoneNormalizer::Outcome allowed = PhoneNormalizer(s).check(input);
    QVERIFY2(allowed.ok, qPrintable(allowed.reason));
    QCOMPARE(allowed.type, type);
    QCOMPARE(allowed.normalized, refused.normalized);
}

// The customer's rules decide; libphonenumber only warns. +7 000... is no Russian range.
void TestPhoneNormalizer::invalidNumberIsOnlyAWarning()
{
    const PhoneNormalizer::Outcome o = PhoneNormalizer(russian()).check(QStringLiteral("8 000 000 00 00"));
    QVERIFY2(o.ok, qPrintable(o.reason));
    QCOMPARE(o.normalized, QStringLiteral("+70000000000"));
    QVERIFY(o.classified);
    QVERIFY(!o.libphonenumberValid);
    QCOMPARE(o.type, PhoneNormalizer::NumberType::Unknown);
    QVERIFY(!o.typeName.isEmpty());
}

void TestPhoneNormalizer::fastPathDoesNotClassify()
{
    const PhoneNormalizer normalizer(russian());
    PhoneNormalizer::Outcome o = normalizer.normalize(QStringLiteral("88001234567"));
    QVERIFY(o.ok); // the refusal needs the classification
    QVERIFY(!o.classified);
    QVERIFY(o.typeName.isEmpty());
    normalizer.classify(o);
    QVERIFY(o.classified);
    QCOMPARE(o.type, PhoneNormalizer::NumberType::TollFree);
    QVERIFY(!normalizer.check(QStringLiteral("88001234567")).ok);
}

void TestPhoneNormalizer::typeNamesAndKeysAreDistinct()
{
    QSet<QString> names, keys;
    for (int t = int(PhoneNormalizer::NumberType::Unknown); t <= int(PhoneNormalizer::NumberType::Voicemail); ++t) {
        const auto type = PhoneNormalizer::NumberType(t);
        names.insert(PhoneNormalizer::typeName(type));
        keys.insert(PhoneNormalizer::typeKey(type));
    }
    QCOMPARE(names.size(), 12);
    QCOMPARE(keys.size(), 12);
    QVERIFY(!PhoneNormalizer::isPumpingRisk(PhoneNormalizer::NumberType::Mobile));
    QVERIFY(PhoneNormalizer::isPumpingRisk(PhoneNormalizer::NumberType::SharedCost));
}

// Issue 15: the phone-format preview says which rule gave the number its country code.
void TestPhoneNormalizer::saysWhichRuleApplied()
{
    const PhoneNormalizer ru(russian());
    using Rule = PhoneNormalizer::Rule;
    QCOMPARE(ru.normalize(QStringLiteral("+7 916 123 45 67")).rule, Rule::AsTyped);
    QCOMPARE(ru.normalize(QStringLiteral("8 916 123 45 67")).rule, Rule::TrunkDigit);
    QCOMPARE(ru.normalize(QStringLiteral("916 123 45 67")).rule, Rule::PrefixAdded);
    QCOMPARE(ru.normalize(QStringLiteral("79161234567")).rule, Rule::PrefixRecognised);
    QCOMPARE(ru.normalize(QStringLiteral("7916")).rule, Rule::None);
    QSet<QString> texts;
    for (Rule rule : {Rule::None, Rule::AsTyped, Rule::TrunkDigit, Rule::PrefixAdded, Rule::PrefixRecognised})
        texts.insert(ru.ruleText(rule));
    QCOMPARE(texts.size(), 5);
    QVERIFY(ru.ruleText(Rule::TrunkDigit).contains(QStringLiteral("+7")));
}

QTEST_GUILESS_MAIN(TestPhoneNormalizer)
#include "TestPhoneNormalizer.moc"
