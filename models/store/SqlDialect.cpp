#include "SqlDialect.h"

#include "PostgresDialect.h"
#include "SqliteDialect.h"

std::unique_ptr<SqlDialect> SqlDialect::create(StoreUrl::Dialect dialect)
{
    switch (dialect) {
    case StoreUrl::Dialect::Sqlite:
        return std::make_unique<SqliteDialect>();
    case StoreUrl::Dialect::Postgres:
        return std::make_unique<PostgresDialect>();
    case StoreUrl::Dialect::SqlServer:
        return nullptr; // not yet: the seam is here, the dialect comes with its own issue
    }
    return nullptr;
}

QString SqlDialect::likeEscaped(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

qint64 SqlDialect::estimatedRows(QSqlDatabase&, const QString&, const QVariantList&) const
{
    return -1;
}

bool SqlDialect::isConnectionError(const QSqlError& error) const
{
    return error.type() == QSqlError::ConnectionError;
}
