#pragma once

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <mutex>

// The devFile gateway's outbox, read as it grows: the last code sent to each number.
class Outbox {
public:
    explicit Outbox(QString path)
        : m_file(std::move(path))
    {
    }
    QString code(const QString& phone)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_file.isOpen())
            m_file.open(QIODevice::ReadOnly);
        m_pending += m_file.readAll();
        qsizetype start = 0;
        for (qsizetype end; (end = m_pending.indexOf('\n', start)) >= 0; start = end + 1)
            read(QByteArrayView(m_pending).sliced(start, end - start));
        m_pending.remove(0, start);
        return m_codes.value(phone);
    }

private:
    // One line of the devFile gateway ({"at":...,"id":...,"sender":...,"text":...,"to":...}): read
    // by position when nothing in it is escaped (the client shares the cores with the server), by
    // the JSON parser otherwise.
    void read(QByteArrayView line)
    {
        static constexpr QByteArrayView kText = "\"text\":\"";
        static constexpr QByteArrayView kTo = "\",\"to\":\"";
        const qsizetype text = line.indexOf(kText);
        const qsizetype to = line.indexOf(kTo);
        if (!line.contains('\\') && text >= 0 && to > text && line.endsWith("\"}")) {
            const qsizetype from = text + kText.size();
            m_codes.insert(QString::fromUtf8(line.sliced(to + kTo.size()).chopped(2)),
                           QString::fromUtf8(line.sliced(from, to - from)));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(line.toByteArray()).object();
        m_codes.insert(o.value(QStringLiteral("to")).toString(), o.value(QStringLiteral("text")).toString());
    }

    std::mutex m_mutex;
    QFile m_file;
    QByteArray m_pending;
    QHash<QString, QString> m_codes;
};
