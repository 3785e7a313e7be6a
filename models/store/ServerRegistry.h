#pragma once

#include "domain/ServerInfo.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

class Store;

// The provider servers that share a store (table provider_servers): each running smsotp-server
// registers a row at start, writes a heartbeat every few seconds and marks itself stopped on a
// clean shutdown, so the console and "servers list" show every server and which one went silent.
class ServerRegistry {
    Q_DECLARE_TR_FUNCTIONS(ServerRegistry)

public:
    static constexpr int kMaxTextLength = 256;
    static constexpr int kMaxErrorLength = 1000;
    // Rows of servers stopped or silent for longer than this are removed when a server registers.
    static constexpr int kForgetAfterDays = 7;

    explicit ServerRegistry(Store& store);

    Result<qint64> registerServer(const QString& host, const QString& listen, const QString& version,
                                  const QDateTime& now);
    // `lastError` is stored as one line of printable text (empty: none since the start).
    Status heartbeat(qint64 id, qint64 requestsServed, const QString& lastError, const QDateTime& now);
    Status markStopped(qint64 id, const QDateTime& now);
    // Running servers first, then by host and listen address.
    Result<QList<ServerInfo>> list();

    // Control characters become spaces, and the text is cut to `max` characters.
    static QString oneLine(const QString& text, int max);

private:
    Status update(const QString& sql, const QVariantList& binds, qint64 id, const QString& what);

    Store& m_store;
};
