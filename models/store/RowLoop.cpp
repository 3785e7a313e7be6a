#include "RowLoop.h"

#include <QSqlError>

Status RowLoop::finished(const QSqlQuery& q, const QString& what)
{
    const QSqlError error = q.lastError();
    if (error.type() == QSqlError::NoError)
        return {};
    return Status::failure(tr("%1 stopped part way because the store could not be read (%2). The store may be "
                              "damaged: restore it from a backup or ask its administrator.")
                               .arg(what, error.text()));
}

Result<bool> RowLoop::first(QSqlQuery& q, const QString& what)
{
    if (q.next())
        return true;
    const Status s = finished(q, what);
    if (!s)
        return Result<bool>::failure(s.error());
    return false;
}
