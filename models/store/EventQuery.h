#pragma once

#include "domain/Event.h"
#include "util/Result.h"

#include <QCoreApplication>
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

private:
    QString where(const Filter& filter, QVariantList& binds) const;
    Store& m_store;
};
