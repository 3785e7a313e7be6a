#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

// Damages one page in the middle of a table of a closed SQLite file, as a failing disk would:
// the child page of the middle cell of the table's root (an interior page) is overwritten with
// garbage, so a full scan reads the first rows and then fails. Returns false when the table is
// too small to have an interior root page.
inline bool corruptMiddlePageOf(const QString& path, const QString& table)
{
    int pageSize = 0;
    int root = 0;
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (!db.open())
                return false;
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) &&
                q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
                pageSize = q.value(0).toInt();
            q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?"));
            q.addBindValue(table);
            if (q.exec() && q.next())
                root = q.value(0).toInt();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QFile file(path);
    if (pageSize <= 0 || root <= 1 || !file.open(QIODevice::ReadWrite))
        return false;
    file.seek(qint64(root - 1) * pageSize);
    const QByteArray page = file.read(pageSize);
    const auto u8 = [&](int at) {
        return int(quint8(page.at(at)));
    };
    const auto u16 = [&](int at) {
        return (u8(at) << 8) | u8(at + 1);
    };
    if (page.size() != pageSize || u8(0) != 0x05) // 0x05: an interior page of a table b-tree
        return false;
    const int cells = u16(3);
    if (cells < 2)
        return false;
    const int cell = u16(12 + 2 * (cells / 2));
    const quint32 child = (quint32(u8(cell)) << 24) | (u8(cell + 1) << 16) | (u8(cell + 2) << 8) | u8(cell + 3);
    file.seek(qint64(child - 1) * pageSize);
    return file.write(QByteArray(pageSize, char(0x5a))) == pageSize;
}
