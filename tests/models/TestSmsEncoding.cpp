#include "engine/MessageComposer.h"
#include "engine/SmsEncoding.h"

#include <QSet>
#include <QTest>

using Encoding = SmsEncoding::Encoding;

class TestSmsEncoding : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void segments_data();
    void segments();
    void extensionCharactersCountTwice();
    void basicTableIsComplete();
    void firstUcs2CharacterIsNamed();
    void summary();
    void compose_data();
    void compose();
    void everyOfferedDateFormatComposes();
};

void TestSmsEncoding::segments_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("perSegment");

    const QString zhe = QString::fromUtf8("\u0416"); // Ж
    QTest::newRow("empty") << QString() << Encoding::Gsm7 << 0 << 1 << 160;
    QTest::newRow("gsm 160") << QString(160, QLatin1Char('a')) << Encoding::Gsm7 << 160 << 1 << 160;
    QTest::newRow("gsm 161") << QString(161, QLatin1Char('a')) << Encoding::Gsm7 << 161 << 2 << 153;
    QTest::newRow("gsm 306") << QString(306, QLatin1Char('a')) << Encoding::Gsm7 << 306 << 2 << 153;
    QTest::newRow("gsm 307") << QString(307, QLatin1Char('a')) << Encoding::Gsm7 << 307 << 3 << 153;
    QTest::newRow("gsm accents") << QString::fromUtf8("åäöÅÄÖéèüñßΔΩ¿¡§£¥") << Encoding::Gsm7 << 18 << 1 << 160;
    QTest::newRow("euro 80") << QString(80, QChar(0x20AC)) << Encoding::Gsm7 << 160 << 1 << 160;
    QTest::newRow("euro 81") << QString(81, QChar(0x20AC)) << Encoding::Gsm7 << 162 << 2 << 153;
    QTest::newRow("brackets 80") << QStringLiteral("[]").repeated(40) << Encoding::Gsm7 << 160 << 1 << 160;
    QTest::newRow("ucs2 70") << zhe.repeated(70) << Encoding::Ucs2 << 70 << 1 << 70;
    QTest::newRow("ucs2 71") << zhe.repeated(71) << Encoding::Ucs2 << 71 << 2 << 67;
    QTest::newRow("ucs2 134") << zhe.repeated(134) << Encoding::Ucs2 << 134 << 2 << 67;
    QTest::newRow("ucs2 135") << zhe.repeated(135) << Encoding::Ucs2 << 135 << 3 << 67;
    // One Cyrillic letter turns every character into a UTF-16 unit, extension ones too.
    QTest::newRow("cyrillic forces ucs2") << QString::fromUtf8("Код: 123456 €") << Encoding::Ucs2 << 13 << 1 << 70;
    QTest::newRow("latin 69 + cyrillic") << QString(69, QLatin1Char('a')) + zhe << Encoding::Ucs2 << 70 << 1 << 70;
    QTest::newRow("backtick is not gsm") << QStringLiteral("`") << Encoding::Ucs2 << 1 << 1 << 70;
    QTest::newRow("emoji is two units") << QString::fromUtf8("OK \U0001F600") << Encoding::Ucs2 << 5 << 1 << 70;
    QTest::newRow("lowercase c cedilla") << QString::fromUtf8("ç") << Encoding::Ucs2 << 1 << 1 << 70;
}

void TestSmsEncoding::segments() {
    QFETCH(QString, text);
    QFETCH(Encoding, encoding);
    QFETCH(int, units);
    QFETCH(int, segments);
    QFETCH(int, perSegment);
    const SmsEncoding::Analysis a = SmsEncoding::analyse(text);
    QCOMPARE(a.encoding, encoding);
    QCOMPARE(a.units, units);
    QCOMPARE(a.segments, segments);
    QCOMPARE(a.perSegment, perSegment);
    QCOMPARE(a.remaining, segments * perSegment - units);
    QCOMPARE(SmsEncoding::isGsm7(text), encoding == Encoding::Gsm7);
    QCOMPARE(SmsEncoding::segmentsFor(encoding, units), segments);
}

void TestSmsEncoding::extensionCharactersCountTwice() {
    const QString extension = QString::fromUtf8("^{}\\[~]|€\f");
    for (QChar c : extension) {
        QVERIFY2(SmsEncoding::isExtension(c), qPrintable(QString(c)));
        QVERIFY(!SmsEncoding::isBasic(c));
        QCOMPARE(SmsEncoding::analyse(QString(c)).units, 2);
    }
    QCOMPARE(SmsEncoding::extensionTable().size(), size_t(10));
    QCOMPARE(SmsEncoding::analyse(QStringLiteral("a{b}c")).units, 7);
}

void TestSmsEncoding::basicTableIsComplete() {
    const auto& table = SmsEncoding::basicTable();
    QSet<char16_t> characters;
    for (int septet = 0; septet < 128; ++septet) {
        if (septet == SmsEncoding::kEscape)
            continue;
        characters.insert(table[septet]);
        QVERIFY(SmsEncoding::isBasic(QChar(table[septet])));
    }
    QCOMPARE(characters.size(), 127); // no duplicates
    QVERIFY(!SmsEncoding::isBasic(QChar(SmsEncoding::kEscape)));
    // Printable ASCII: all basic except the extension ones and the backtick.
    for (char16_t c = 0x20; c < 0x7F; ++c) {
        const bool extension = QStringLiteral("^{}\\[~]|").contains(QChar(c));
        QCOMPARE(SmsEncoding::isBasic(QChar(c)), !extension && c != u'`');
    }
    QCOMPARE(table[0x00], u'@');
    QCOMPARE(table[0x02], u'$');
    QCOMPARE(table[0x11], u'_');
    QCOMPARE(table[0x24], char16_t(0x00A4)); // ¤, not $
    QCOMPARE(table[0x40], char16_t(0x00A1)); // ¡, not @
    QCOMPARE(table[0x7F], char16_t(0x00E0)); // à
}

void TestSmsEncoding::firstUcs2CharacterIsNamed() {
    QCOMPARE(SmsEncoding::analyse(QString::fromUtf8("Your code Ж1")).firstUcs2Char, QString::fromUtf8("Ж"));
    QCOMPARE(SmsEncoding::analyse(QStringLiteral("plain")).firstUcs2Char, QString());
}

void TestSmsEncoding::summary() {
    QCOMPARE(SmsEncoding::summary(SmsEncoding::analyse(QStringLiteral("123456"))),
             QStringLiteral("6 characters, GSM-7, 1 SMS"));
    QCOMPARE(SmsEncoding::encodingName(Encoding::Ucs2), QStringLiteral("UCS-2"));
}

void TestSmsEncoding::compose_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("dateFormat");
    QTest::addColumn<QString>("expected");
    QTest::newRow("only the OTP") << QString() << QString() << QStringLiteral("123456");
    QTest::newRow("text and OTP") << QStringLiteral("Your code:") << QString() << QStringLiteral("Your code: 123456");
    QTest::newRow("date") << QString() << QStringLiteral("dd.MM.yyyy") << QStringLiteral("123456\n05.03.2024");
    QTest::newRow("text, date and time") << QStringLiteral("Code") << QStringLiteral("dd.MM.yyyy HH:mm:ss")
                                         << QStringLiteral("Code 123456\n05.03.2024 14:07:09");
    QTest::newRow("ISO") << QString() << QStringLiteral("yyyy-MM-dd HH:mm")
                         << QStringLiteral("123456\n2024-03-05 14:07");
    QTest::newRow("US, C locale AM/PM") << QString() << QStringLiteral("MM/dd/yyyy hh:mm AP")
                                        << QStringLiteral("123456\n03/05/2024 02:07 PM");
}

void TestSmsEncoding::compose() {
    QFETCH(QString, text);
    QFETCH(QString, dateFormat);
    QFETCH(QString, expected);
    MessageFormatSettings s;
    s.textBeforeOtp = text;
    s.dateFormat = dateFormat;
    const QDateTime sentAt(QDate(2024, 3, 5), QTime(14, 7, 9));
    QCOMPARE(MessageComposer::compose(s, QStringLiteral("123456"), sentAt), expected);
    QCOMPARE(MessageComposer(s).compose(QStringLiteral("123456"), sentAt), expected);
}

void TestSmsEncoding::everyOfferedDateFormatComposes() {
    const QDateTime sentAt(QDate(2024, 12, 31), QTime(23, 59, 0));
    for (const QString& format : MessageFormatSettings::dateFormats()) {
        MessageFormatSettings s;
        s.dateFormat = format;
        const QString message = MessageComposer::compose(s, QStringLiteral("42"), sentAt);
        QCOMPARE(message.contains(QLatin1Char('\n')), !format.isEmpty());
        if (!format.isEmpty())
            QVERIFY2(message.contains(QStringLiteral("31")), qPrintable(message));
        QCOMPARE(SmsEncoding::analyse(message).encoding, Encoding::Gsm7);
    }
}

QTEST_GUILESS_MAIN(TestSmsEncoding)
#include "TestSmsEncoding.moc"
