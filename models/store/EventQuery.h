#pragma once

#include "domain/Event.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

class Store;

// Reads the event log, newest first, filtered in SQL.
class EventQuery {
    Q_DECLARE_TR_FUNCTIONS(EventQuery)

public:
    struct Filter {
        int code = 0; // 0: any
        QDateTime since;
        QDateTime until;
        QString account;
        int limit = 1000;
        int offset = 0;
    };

    explicit EventQuery(Store& store);
    Result<QList<Event>> list(const Filter& filter);
    Result<qint64> count(const Filter& filter);
    // The params column (JSON text, or NULL before schema 7) as an object; empty when absent.
    static QJsonObject parseParams(const QString& text);

private:
    QString where(const Filter& filter, QVariantList& binds) const;
    Store& m_store;
};
