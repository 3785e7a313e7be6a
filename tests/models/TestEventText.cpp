#include "DictionaryTranslator.h"
#include "domain/EventCatalog.h"
#include "domain/EventCode.h"
#include "domain/EventText.h"
#include "store/EventQuery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTest>

// EventText (issue 15): an event's code and parameters said in the reader's language, and the
// stored English message for rows that have no parameters.
class TestEventText : public QObject {
    Q_OBJECT

private:
    static Event event(int code, const QJsonObject& params, const QString& message = QStringLiteral("stored text"))
    {
        Event e;
        e.code = code;
        e.params = params;
        e.message = message;
        return e;
    }

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    // Rows written before schema 7 have no parameters; codes this version does not know keep theirs.
    void oldRowsAndUnknownCodesShowTheStoredMessage()
    {
        const QString old = QStringLiteral("blocked after 5 failed codes until 2026-12-03 04:00:00 UTC");
        QCOMPARE(EventText::render(event(EventCode::AuthenticatorBlocked, {}, old)), old);
        QCOMPARE(EventText::render(event(9999, {{QStringLiteral("x"), 1}}, old)), old);
        // A damaged params text reads as none.
        QCOMPARE(EventText::render(
                     event(EventCode::AuthenticatorBlocked, EventQuery::parseParams(QStringLiteral("{")), old)),
                 old);
        // A variant this version does not know falls back too, rather than saying something wrong.
        QCOMPARE(EventText::render(
                     event(EventCode::AuthenticatorUnblocked, {{QStringLiteral("by"), QStringLiteral("?")}}, old)),
                 old);
    }

    void englishFromTheParameters()
    {
        QCOMPARE(EventText::render(event(EventCode::AuthenticatorBlocked, {{QStringLiteral("failures"), 5}})),
                 QStringLiteral("Blocked after 5 wrong code(s) until a help-desk unblock"));
        QCOMPARE(EventText::render(event(EventCode::OtpRejected, {{QStringLiteral("reason"), QStringLiteral("wrong")},
                                                                  {QStringLiteral("failure"), 2},
                                                                  {QStringLiteral("of"), 5}})),
                 QStringLiteral("Wrong code (failure 2 of 5)"));
        QCOMPARE(EventText::render(event(EventCode::OtpSent, {{QStringLiteral("phone"), QStringLiteral("+7 *** 45 67")},
                                                              {QStringLiteral("directory"), true},
                                                              {QStringLiteral("messageId"), QStringLiteral("m1")}})),
                 QStringLiteral("Code sent to +7 *** 45 67 (from the directory) (message id m1)"));
        // A changed value that looks like a placeholder is left as it is.
        QCOMPARE(
            EventText::render(event(EventCode::SettingsSaved, {{QStringLiteral("section"), QStringLiteral("otp")},
                                                               {QStringLiteral("version"), 3},
                                                               {QStringLiteral("changes"), QStringLiteral("a: %2")}})),
            QStringLiteral("otp version 3: a: %2"));
        QCOMPARE(EventText::render(event(EventCode::ApiTokenCreated,
                                         {{QStringLiteral("name"), QStringLiteral("web")},
                                          {QStringLiteral("scopes"), QJsonArray{QStringLiteral("otp:request")}},
                                          {QStringLiteral("exempt"), true}})),
                 QStringLiteral("API token web created: scopes otp:request, never expires, exempt from the IP "
                                "allow-list"));
        // The pauses after wrong passphrases (3054, 3055); a wrong one in the dialogs (3056) has no parameters.
        const QJsonObject paused = EventText::unlockPausedParams(4, 10);
        QCOMPARE(EventText::render(event(EventCode::ConsoleUnlockPaused, paused)),
                 QStringLiteral("Console unlock paused for 10 second(s) after 4 wrong passphrase(s) in a row"));
        QCOMPARE(EventText::render(event(EventCode::StoreKeyUnlockPaused, paused)),
                 QStringLiteral("Store key unlock paused for 10 second(s) after 4 wrong passphrase(s) in a row"));
        QCOMPARE(EventText::render(event(EventCode::StoreKeyUnlockRefused, {})),
                 QStringLiteral("Store key unlock refused: the passphrase did not unlock the key"));
    }

    // smsotp-server's outage event: the time in the reader's locale, the database's reason as given.
    void storeOutageFromTheParameters()
    {
        const QDateTime lostAt(QDate(2026, 12, 2), QTime(20, 15, 3), Qt::UTC);
        const Event e =
            event(EventCode::ServerStoreRestored, {{QStringLiteral("lostAt"), QStringLiteral("2026-12-02T20:15:03Z")},
                                                   {QStringLiteral("seconds"), 12},
                                                   {QStringLiteral("reason"), QStringLiteral("gone %1")}});
        const QString when = QLocale().toString(lostAt.toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(EventText::render(e), QStringLiteral("Store connection lost at ") + when +
                                           QStringLiteral(", restored after 12 second(s): gone %1"));
    }

    // The sentence is looked up in the fixed context with its literal source (what lupdate
    // extracts), the count reaches Qt as the numerus, and the date follows the reader's locale.
    void aTranslatorAndLocaleChangeTheText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("blocked");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Заблокирован после %n неверных кодов до %1")
                            << QStringLiteral("Заблокирован после 5 неверных кодов до ");
        QTest::newRow("et") << QStringLiteral("et") << QStringLiteral("Blokeeritud pärast %n valet koodi kuni %1")
                            << QStringLiteral("Blokeeritud pärast 5 valet koodi kuni ");
    }

    void aTranslatorAndLocaleChangeTheText()
    {
        QFETCH(QString, language);
        QFETCH(QString, blocked);
        QFETCH(QString, expected);
        const QDateTime until(QDate(2026, 12, 3), QTime(4, 0), Qt::UTC);
        const Event e =
            event(EventCode::AuthenticatorBlocked,
                  {{QStringLiteral("failures"), 5}, {QStringLiteral("until"), until.toString(Qt::ISODate)}});
        const QString english = EventText::render(e);

        DictionaryTranslator translator;
        translator.add("EventText", "Blocked after %n wrong code(s) until %1", blocked);
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QLocale::setDefault(QLocale(language));
        const QString text = EventText::render(e);
        QCoreApplication::removeTranslator(&translator);

        QCOMPARE(translator.lastN(), 5);
        QCOMPARE(text, expected + QLocale(language).toString(until.toLocalTime(), QLocale::ShortFormat));
        QVERIFY(text != english);
    }

    // A variant chosen by a parameter is its own translatable sentence.
    void aSentenceWithoutNumbersIsTranslatedToo()
    {
        DictionaryTranslator translator;
        translator.add("EventText", "Unblocked by the help desk", QStringLiteral("[unblocked]"));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString text = EventText::render(
            event(EventCode::AuthenticatorUnblocked, {{QStringLiteral("by"), QStringLiteral("helpdesk")}}));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(text, QStringLiteral("[unblocked]"));
    }
};

QTEST_GUILESS_MAIN(TestEventText)
#include "TestEventText.moc"
