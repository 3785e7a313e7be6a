#include "ServerLog.h"
#include "util/UtcTimestamp.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

// The server's log line, written for every request: its hand-made UTC time equals Qt's
// ISODateWithMs, and a plain line keeps its shape whatever the values hold (control characters
// become spaces, spaces and quotes are quoted).
class TestServerLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void timestampIsQtsIsoDateWithMs();
    void plainLine();
    void plainValuesNeverBreakTheLine();
    void jsonLine();
};

void TestServerLog::timestampIsQtsIsoDateWithMs()
{
    QList<qint64> times{0,
                        1,
                        999,
                        86399999,
                        86400000,
                        951782400000,    // 2000-02-29
                        4107542400000,   // 2100-03-01
                        1796242342123,   // 2026-12-02T20:12:22.123Z
                        253402300799999, // 9999-12-31T23:59:59.999
                        -1,
                        -86400001};
    QRandomGenerator random(13);
    for (int i = 0; i < 20000; ++i)
        times << qint64(random.bounded(quint64(253402300800000)));
    for (const qint64 ms : times)
        QCOMPARE(UtcTimestamp::isoWithMs(ms), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
}

void TestServerLog::plainLine()
{
    const QByteArray line = ServerLog::line(ServerLog::Format::Plain, 1796242342123, "info", QStringLiteral("request"),
                                            {{QStringLiteral("method"), QStringLiteral("POST")},
                                             {QStringLiteral("status"), QStringLiteral("200")},
                                             {QStringLiteral("token"), QStringLiteral("ci runner")},
                                             {QStringLiteral("empty"), QString()}});
    QCOMPARE(line, QByteArray("2026-12-02T20:12:22.123Z info request method=POST status=200 token=\"ci runner\" "
                              "empty=\"\"\n"));
}

void TestServerLog::plainValuesNeverBreakTheLine()
{
    const QByteArray line = ServerLog::line(ServerLog::Format::Plain, 0, "warning", QStringLiteral("two\nlines"),
                                            {{QStringLiteral("a"), QStringLiteral("x\ny")},
                                             {QStringLiteral("b"), QStringLiteral("say \"hi\"")},
                                             {QStringLiteral("c"), QStringLiteral("tab\there\u0085")},
                                             {QStringLiteral("d"), QStringLiteral("Müller")}});
    QCOMPARE(QString::fromUtf8(line),
             QStringLiteral("1970-01-01T00:00:00.000Z warning two lines a=\"x y\" b=\"say \\\"hi\\\"\" "
                            "c=\"tab here \" d=Müller\n"));
    QCOMPARE(line.count('\n'), 1);
}

void TestServerLog::jsonLine()
{
    const QByteArray line = ServerLog::line(ServerLog::Format::Json, 1796242342123, "error", QStringLiteral("x\ny"),
                                            {{QStringLiteral("reason"), QStringLiteral("a \"b\"")}});
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("2026-12-02T20:12:22.123Z"));
    QCOMPARE(o.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
    QCOMPARE(o.value(QStringLiteral("message")).toString(), QStringLiteral("x\ny"));
    QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("a \"b\""));
}

QTEST_GUILESS_MAIN(TestServerLog)
#include "TestServerLog.moc"
