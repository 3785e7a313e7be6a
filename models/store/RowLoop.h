#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <type_traits>

// The one way to walk the rows of an executed query. QSqlQuery::next() answers false both at
// the end of the data and when reading fails part way (a damaged page, a lost connection), so
// a bare `while (q.next())` turns a damaged store into a shorter list. This loop checks which
// it was and makes a read error a failure that says the store may be damaged.
class RowLoop {
    Q_DECLARE_TR_FUNCTIONS(RowLoop)

public:
    // Calls `row(q)` for every row. `row` may return a Status: a failure stops the loop.
    // `what` names the reading ("Listing authenticators") in the failure message.
    template <typename F> static Status forEach(QSqlQuery& q, const QString& what, F&& row)
    {
        while (q.next()) {
            if constexpr (std::is_same_v<std::invoke_result_t<F&, QSqlQuery&>, Status>) {
                Status s = row(q);
                if (!s)
                    return s;
            } else {
                row(q);
            }
        }
        return finished(q, what);
    }

    // For a single-row read: true when a row is there, false at the end, a failure when the
    // read itself failed.
    static Result<bool> first(QSqlQuery& q, const QString& what);

    // Success when the query stopped at the end of its data, a failure when it stopped on an error.
    static Status finished(const QSqlQuery& q, const QString& what);
};
