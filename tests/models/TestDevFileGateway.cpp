#include "gateway/DevFileGateway.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// The development outbox: one JSON line per message, written byte for byte as QJsonDocument
// would write it (the line is built by hand for speed), in a folder made when missing.
class TestDevFileGateway : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void linesAreQtsJson();
};

namespace {
QString randomText(QRandomGenerator& random)
{
    static const char16_t pool[] = {'a',  'Z',  '0',  ' ',  '"',  '\\', '/',   '\n',   '\r',   '\t',   '\b',
                                    '\f', 0x01, 0x1f, 0x7f, 0x85, 0xe9, 0x416, 0x2028, 0xfeff, 0xd83d, 0xde00};
    QString text;
    const int length = int(random.bounded(40));
    for (int i = 0; i < length; ++i)
        text += QChar(pool[random.bounded(int(std::size(pool)))]);
    return text;
}
} // namespace

void TestDevFileGateway::linesAreQtsJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/folder/outbox.jsonl"));
    DevFileGateway gateway(path);
    QRandomGenerator random(13);
    QList<SmsMessage> sent;
    for (int i = 0; i < 300; ++i) {
        SmsMessage m{QStringLiteral("+7916%1").arg(i, 7, 10, QLatin1Char('0')), randomText(random),
                     QStringLiteral("Code ") + randomText(random), QStringLiteral("123456")};
        if (i == 0)
            m.sender.clear();
        QVERIFY(gateway.sendAndWait(m).success);
        sent << m;
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), sent.size() + 1);
    QVERIFY(lines.last().isEmpty());
    for (int i = 0; i < sent.size(); ++i) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("at"), QStringLiteral("id"), QStringLiteral("sender"),
                                        QStringLiteral("text"), QStringLiteral("to")}));
        // Qt writes what it read back exactly as the gateway wrote it.
        QCOMPARE(QJsonDocument(o).toJson(QJsonDocument::Compact), lines.at(i));
        const QJsonObject expected{{QStringLiteral("to"), sent.at(i).to},
                                   {QStringLiteral("sender"), sent.at(i).sender},
                                   {QStringLiteral("text"), sent.at(i).text}};
        for (const QString& key : expected.keys())
            QCOMPARE(QJsonDocument(QJsonObject{{key, o.value(key)}}).toJson(),
                     QJsonDocument(QJsonObject{{key, expected.value(key)}}).toJson());
        QVERIFY(QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());
    }
}

QTEST_GUILESS_MAIN(TestDevFileGateway)
#include "TestDevFileGateway.moc"
