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

    // Issue 15: docs/events.md lists each code's parameters (or says it has none).
    void everyCodesParametersAreDocumented()
    {
        QFile doc(QStringLiteral(SMSOTP_SOURCE_DIR "/docs/events.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype start = text.indexOf(QStringLiteral("## Parameters"));
        const qsizetype end = text.indexOf(QStringLiteral("## Catalogue"));
        QVERIFY(start > 0 && end > start);
        QSet<int> documented;
        static const QRegularExpression row(QStringLiteral("^\\| ([0-9, \u2013]+) \\|"),
                                            QRegularExpression::MultilineOption);
        for (auto it = row.globalMatch(text.mid(start, end - start)); it.hasNext();) {
            for (const QString& part : it.next().captured(1).split(QLatin1Char(','))) {
                const QStringList range = part.trimmed().split(QChar(0x2013));
                for (int code = range.first().toInt(); code <= range.last().toInt(); ++code)
                    documented.insert(code);
            }
        }
        for (const EventCode::Info& info : EventCatalog::all())
            QVERIFY2(documented.contains(info.code),
                     qPrintable(QStringLiteral("%1 has no parameters line in docs/events.md").arg(info.code)));
    }
};

QTEST_GUILESS_MAIN(TestEventCatalog)
#include "TestEventCatalog.moc"
