#include "engine/OtpGenerator.h"
#include "engine/SmsEncoding.h"

#include <QHash>
#include <QTest>

#include <cmath>
#include <vector>

namespace {

OtpSettings withClasses(int mask, int length = 32) {
    OtpSettings s;
    s.length = length;
    s.digits = mask & 1;
    s.lowercase = mask & 2;
    s.uppercase = mask & 4;
    s.special = mask & 8;
    return s;
}

// Upper critical value of chi-square with `df` degrees of freedom at p = 0.001, by the
// Wilson–Hilferty approximation (within 1% of the tables for df >= 9).
double chiSquareCritical(int df) {
    const double z = 3.090232; // standard normal quantile for 0.999
    const double k = 2.0 / (9.0 * df);
    return df * std::pow(1.0 - k + z * std::sqrt(k), 3);
}

// Pearson's statistic of how evenly `characters` fall on `alphabet`; fails on a stranger.
double chiSquare(const QByteArray& characters, const QString& alphabet) {
    std::vector<qint64> counts(256, 0);
    for (char c : characters)
        ++counts[static_cast<unsigned char>(c)];
    qint64 inAlphabet = 0;
    const double expected = double(characters.size()) / alphabet.size();
    double statistic = 0;
    for (QChar c : alphabet) {
        const qint64 observed = counts[c.toLatin1()];
        inAlphabet += observed;
        statistic += (observed - expected) * (observed - expected) / expected;
    }
    if (inAlphabet != characters.size())
        qWarning("characters outside the alphabet");
    return inAlphabet == characters.size() ? statistic : 1e9;
}

} // namespace

class TestOtpGenerator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyCombinationOfClasses_data();
    void everyCombinationOfClasses();
    void lengthIsRespected();
    void lookAlikesAreLeftOut();
    void specialCharactersAreGsm7Basic();
    void noClassMeansNoPassword();
    void digitsAreUniform();
    void fullAlphabetIsUniform();
    void chiSquareCriticalValues();
    void entropy();
    void samples();
};

void TestOtpGenerator::everyCombinationOfClasses_data() {
    QTest::addColumn<int>("mask");
    for (int mask = 1; mask < 16; ++mask) {
        const QByteArray name = QByteArray(mask & 1 ? "digits " : "") + (mask & 2 ? "lower " : "") +
                                (mask & 4 ? "upper " : "") + (mask & 8 ? "special" : "");
        QTest::newRow(name.trimmed().constData()) << mask;
    }
}

void TestOtpGenerator::everyCombinationOfClasses() {
    QFETCH(int, mask);
    const char* classes[] = {OtpGenerator::kDigits, OtpGenerator::kLowercase, OtpGenerator::kUppercase,
                             OtpGenerator::kSpecial};
    QString expectedAlphabet;
    for (int i = 0; i < 4; ++i) {
        if (mask & (1 << i))
            expectedAlphabet += QLatin1String(classes[i]);
    }
    OtpGenerator generator(withClasses(mask));
    QCOMPARE(generator.alphabet(), expectedAlphabet);

    bool seen[4] = {};
    for (int n = 0; n < 300; ++n) {
        Result<QString> otp = generator.generate();
        QVERIFY2(otp.ok(), qPrintable(otp.error()));
        QCOMPARE(otp->size(), 32);
        for (QChar c : otp.value()) {
            bool found = false;
            for (int i = 0; i < 4; ++i) {
                if (std::strchr(classes[i], c.toLatin1())) {
                    QVERIFY2(mask & (1 << i), qPrintable(QStringLiteral("unselected class: ") + c));
                    seen[i] = found = true;
                }
            }
            QVERIFY(found);
        }
    }
    for (int i = 0; i < 4; ++i)
        QCOMPARE(seen[i], bool(mask & (1 << i)));
}

void TestOtpGenerator::lengthIsRespected() {
    for (int length = OtpSettings::kMinLength; length <= OtpSettings::kMaxLength; ++length) {
        OtpGenerator generator(withClasses(15, length));
        QCOMPARE(generator.length(), length);
        Result<QString> otp = generator.generate();
        QVERIFY(otp.ok());
        QCOMPARE(otp->size(), length);
    }
}

void TestOtpGenerator::lookAlikesAreLeftOut() {
    OtpSettings s = withClasses(15);
    s.avoidLookAlike = true;
    OtpGenerator generator(s);
    QCOMPARE(generator.alphabet().size(), 10 + 26 + 26 + 20 - 6);
    for (QChar c : QStringLiteral("0Oo1lI"))
        QVERIFY(!generator.alphabet().contains(c));
    QByteArray many(100000, Qt::Uninitialized);
    QVERIFY(generator.fill(many.data(), many.size()));
    for (char c : QByteArrayLiteral("0Oo1lI"))
        QVERIFY(!many.contains(c));

    s = withClasses(1);
    s.avoidLookAlike = true;
    QCOMPARE(OtpGenerator(s).alphabet(), QStringLiteral("23456789"));
}

void TestOtpGenerator::specialCharactersAreGsm7Basic() {
    const QString special = QLatin1String(OtpGenerator::kSpecial);
    QCOMPARE(special.size(), 20);
    for (QChar c : special) {
        QVERIFY2(SmsEncoding::isBasic(c), qPrintable(QString(c)));
        QVERIFY(!c.isLetterOrNumber());
    }
    QVERIFY(!special.contains(QLatin1Char('@'))); // septet 0x00, cut by some gateways
    // The whole alphabet costs one septet a character: an OTP never forces UCS-2.
    const QString all = OtpGenerator::alphabetFor(withClasses(15));
    const SmsEncoding::Analysis a = SmsEncoding::analyse(all);
    QCOMPARE(a.encoding, SmsEncoding::Encoding::Gsm7);
    QCOMPARE(a.units, int(all.size()));
}

void TestOtpGenerator::noClassMeansNoPassword() {
    OtpGenerator generator(withClasses(0));
    QVERIFY(generator.alphabet().isEmpty());
    QVERIFY(!generator.generate().ok());
    QVERIFY(!generator.generate().error().isEmpty());
    char buffer[4];
    QVERIFY(!generator.fill(buffer, 4));
    QCOMPARE(generator.entropyBits(), 0.0);
}

// 1,000,000 characters through generate(), as the service draws them.
void TestOtpGenerator::digitsAreUniform() {
    OtpGenerator generator(withClasses(1, 25));
    QByteArray all;
    all.reserve(1000000);
    while (all.size() < 1000000) {
        Result<QString> otp = generator.generate();
        QVERIFY(otp.ok());
        all += otp->toLatin1();
    }
    const double statistic = chiSquare(all, generator.alphabet());
    const double critical = chiSquareCritical(9);
    qInfo("digits: chi-square %.2f, critical %.2f (df 9, p 0.001)", statistic, critical);
    QVERIFY2(statistic < critical, qPrintable(QString::number(statistic)));
}

// 82 characters: a modulo-256 generator would favour the first 10 by a third and fail here.
void TestOtpGenerator::fullAlphabetIsUniform() {
    OtpGenerator generator(withClasses(15));
    QCOMPARE(generator.alphabet().size(), 82);
    QByteArray all(1000000, Qt::Uninitialized);
    QVERIFY(generator.fill(all.data(), all.size()));
    const double statistic = chiSquare(all, generator.alphabet());
    const double critical = chiSquareCritical(81);
    qInfo("full alphabet: chi-square %.2f, critical %.2f (df 81, p 0.001)", statistic, critical);
    QVERIFY2(statistic < critical, qPrintable(QString::number(statistic)));
}

void TestOtpGenerator::chiSquareCriticalValues() {
    // Against the tables: 27.877 (df 9), 124.839 (df 80).
    QVERIFY(std::abs(chiSquareCritical(9) - 27.877) < 0.3);
    QVERIFY(std::abs(chiSquareCritical(80) - 124.839) < 0.5);
}

void TestOtpGenerator::entropy() {
    OtpSettings s = withClasses(1, 6);
    QCOMPARE(OtpGenerator::entropyBits(s), 6 * std::log2(10.0));
    QCOMPARE(OtpGenerator(s).entropyBits(), 6 * std::log2(10.0));
    s = withClasses(15, 8);
    QCOMPARE(OtpGenerator::entropyBits(s), 8 * std::log2(82.0));
    s.avoidLookAlike = true;
    QCOMPARE(OtpGenerator::entropyBits(s), 8 * std::log2(76.0));
    QCOMPARE(OtpGenerator::entropyBits(withClasses(0)), 0.0);
}

void TestOtpGenerator::samples() {
    Result<QStringList> list = OtpGenerator::samples(withClasses(15, 16), 20);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 20);
    QCOMPARE(QSet<QString>(list->begin(), list->end()).size(), 20); // 16 characters never repeat
    QVERIFY(!OtpGenerator::samples(withClasses(0), 1).ok());
}

QTEST_GUILESS_MAIN(TestOtpGenerator)
#include "TestOtpGenerator.moc"
