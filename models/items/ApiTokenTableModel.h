#pragma once

#include "domain/ApiToken.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

// The API tokens of the "API access" page: a few dozen rows at most, so the whole list is
// read at once (never a secret: the store has none).
class ApiTokenTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Scopes, Expires, LastUsed, LastAddress, AllowList, State, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1, // QString
        StateRole,                   // int: TokenState
    };
    enum class TokenState { Enabled, Disabled, Expired };

    explicit ApiTokenTableModel(QObject* parent = nullptr);

    // `now` decides which tokens show as expired.
    void setTokens(const QList<ApiToken>& tokens, const QDateTime& now);
    std::optional<ApiToken> tokenAt(int row) const;
    // The row of the token named `name`, or -1.
    int rowOf(const QString& name) const;
    static TokenState stateOf(const ApiToken& token, const QDateTime& now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(const ApiToken& token, int column) const;

    QList<ApiToken> m_tokens;
    QDateTime m_now;
};
