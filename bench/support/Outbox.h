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
        int end;
        while ((end = int(m_pending.indexOf('\n'))) >= 0) {
            const QJsonObject o = QJsonDocument::fromJson(m_pending.left(end)).object();
            m_codes.insert(o.value(QStringLiteral("to")).toString(), o.value(QStringLiteral("text")).toString());
            m_pending.remove(0, end + 1);
        }
        return m_codes.value(phone);
    }

private:
    std::mutex m_mutex;
    QFile m_file;
    QByteArray m_pending;
    QHash<QString, QString> m_codes;
};
