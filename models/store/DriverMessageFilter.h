#pragma once

// When a server connection is lost, Qt's SQL drivers print lines of their own through
// qWarning: QPSQL one "Unable to free statement" for every prepared statement it tries to
// DEALLOCATE on the dead connection (from QSqlQuery::prepare() and each query's destructor),
// and QtSql "QSqlQuery::exec: database not open" for the statements after it. The store's own
// message already says what failed and where; these lines only bury it. The filter drops
// exactly these lines and passes every other message on to the handler installed before.
class DriverMessageFilter {
public:
    static void install();
};
