#include "domain/EventCatalog.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The catalogue is a contract with auditors' scripts: codes are unique, fixed and documented.
class TestEventCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void codesAreUnique()
    {
        QSet<int> seen;
        for (const EventCode::Info& info : EventCatalog::all()) {
            QVERIFY2(!seen.contains(info.code), qPrintable(QString::number(info.code)));
            seen.insert(info.code);
        }
    }

    void seedCodesAreFixed()
    {
        QCOMPARE(int(EventCode::SpamSuspended), 2090);
        QCOMPARE(int(EventCode::SendingResumed), 1118);
        QCOMPARE(int(EventCode::AddressNotAllowed), 1201);
        QCOMPARE(EventCatalog::title(2090), QStringLiteral("Potential spam attack detected. Sending suspended."));
        QCOMPARE(EventCatalog::title(1118), QStringLiteral("Sending resumed"));
    }

    void everyCodeIsDocumented()
    {
        QFile doc(QStringLiteral(SMSOTP_SOURCE_DIR "/docs/events.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        const QString text = QString::fromUtf8(doc.readAll());
        QSet<int> documented;
        static const QRegularExpression row(QStringLiteral("^\\| (\\d{4}) \\| (\\w+) \\| ([^|]+) \\|"),
                                            QRegularExpression::MultilineOption);
        for (auto it = row.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const int code = m.captured(1).toInt();
            documented.insert(code);
            QCOMPARE(m.captured(3).trimmed(), EventCatalog::title(code));
            QCOMPARE(m.captured(2), EventCatalog::severityName(EventCatalog::severity(code)));
        }
        for (const EventCode::Info& info : EventCatalog::all())
            QVERIFY2(documented.contains(info.code),
                     qPrintable(QStringLiteral("%1 is not in docs/events.md").arg(info.code)));
        QCOMPARE(documented.size(), EventCatalog::all().size());
    }
};

QTEST_GUILESS_MAIN(TestEventCatalog)
#include "TestEventCatalog.moc"
