#pragma once

#include "domain/ServerInfo.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

// The provider servers of the "Provider servers" page. A refresh with the same servers in the
// same order changes the cells in place (dataChanged), so the view keeps its selection, current
// cell and scroll position while the page refreshes every few seconds.
class ServerTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Host, Listen, Version, State, Started, LastHeartbeat, Requests, LastError, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        StateRole,                 // int: ServerInfo::State
    };

    explicit ServerTableModel(QObject* parent = nullptr);

    // `now` decides which servers are silent.
    void setServers(const QList<ServerInfo>& servers, const QDateTime& now);
    std::optional<ServerInfo> serverAt(int row) const;
    int rowOfId(qint64 id) const;
    // "Running", "Silent for 3 min", "Stopped" (translated).
    QString stateText(const ServerInfo& server) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(const ServerInfo& server, int column) const;

    QList<ServerInfo> m_servers;
    QDateTime m_now;
};
