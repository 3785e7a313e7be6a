#include "ChangeNotice.h"

#include "Store.h"

#include <QCoreApplication>

QString ChangeNotice::sectionOf(const QString& payload)
{
    const QString prefix = settings(QString());
    return payload.startsWith(prefix) ? payload.mid(prefix.size()) : QString();
}

Status ChangeNotice::send(Store& store, const QString& payload)
{
    if (store.url().dialect() != StoreUrl::Dialect::Postgres)
        return {};
    QSqlQuery q = store.query();
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(QLatin1String(kChannel));
    q.addBindValue(payload);
    return store.exec(q, QCoreApplication::translate("ChangeNotice", "Telling the other consoles"));
}
