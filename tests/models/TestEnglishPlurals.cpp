#include "util/EnglishPluralTranslator.h"
#include "util/Languages.h"

#include <QCoreApplication>
#include <QTest>

// Issue 15: "%n authenticator(s)" reads as English in English ("1 authenticator", "70
// authenticators"), while the "(s)" form stays the source the translators see.
class TestEnglishPlurals : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void englishGetsItsPlurals()
    {
        Languages languages;
        QVERIFY(languages.install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("HelpDeskPage", "%n authenticator(s)", nullptr, 1),
                 QStringLiteral("1 authenticator"));
        QCOMPARE(QCoreApplication::translate("HelpDeskPage", "%n authenticator(s)", nullptr, 70),
                 QStringLiteral("70 authenticators"));
        QCOMPARE(QCoreApplication::translate("HelpDeskPage", "Delete the %n selected item(s)?", nullptr, 0),
                 QStringLiteral("Delete the 0 selected items?"));
        // Strings without a count are left alone, "(s)" or not.
        QCOMPARE(QCoreApplication::translate("X", "file(s) as typed"), QStringLiteral("file(s) as typed"));
        QCOMPARE(QCoreApplication::translate("X", "Plain text"), QStringLiteral("Plain text"));
    }

    void onlyWhileEnglish()
    {
        Languages languages;
        QVERIFY(languages.install(QStringLiteral("sv")));
        // A real translation, or the source as it is: never an English plural made up for Swedish.
        QVERIFY(QCoreApplication::translate("Nowhere", "%n thing(s) unknown", nullptr, 2) !=
                QStringLiteral("2 things unknown"));
        QVERIFY(languages.install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("Nowhere", "%n thing(s) unknown", nullptr, 2),
                 QStringLiteral("2 things unknown"));
    }
};

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "TestEnglishPlurals.moc"
