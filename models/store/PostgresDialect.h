#pragma once

#include "SqlDialect.h"

#include <QCoreApplication>

class PostgresDialect : public SqlDialect {
    Q_DECLARE_TR_FUNCTIONS(PostgresDialect)

public:
    StoreUrl::Dialect id() const override { return StoreUrl::Dialect::Postgres; }
    QString qtDriver() const override { return QStringLiteral("QPSQL"); }
    void configure(QSqlDatabase& db, const StoreUrl& url, const QString& password) const override;
    Status initSession(QSqlDatabase& db) const override;
    QString ddl(QString statement) const override;
    bool tableExists(QSqlDatabase& db, const QString& table) const override;
    QString describeOpenError(const QSqlError& error, const StoreUrl& url) const override;
    bool isConnectionError(const QSqlError& error) const override;
    QString caseInsensitiveLike(const QString& column) const override;
    QString rowLock() const override { return QStringLiteral(" FOR UPDATE"); }
    qint64 estimatedRows(QSqlDatabase& db, const QString& select, const QVariantList& binds) const override;
};
