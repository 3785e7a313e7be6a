#include "ApiTokenTableModel.h"

#include <QLocale>

namespace {

QString localTime(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

ApiTokenTableModel::ApiTokenTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ApiTokenTableModel::setTokens(const QList<ApiToken>& tokens, const QDateTime& now)
{
    beginResetModel();
    m_tokens = tokens;
    m_now = now;
    endResetModel();
}

std::optional<ApiToken> ApiTokenTableModel::tokenAt(int row) const
{
    if (row < 0 || row >= m_tokens.size())
        return std::nullopt;
    return m_tokens.at(row);
}

int ApiTokenTableModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_tokens.size(); ++row) {
        if (m_tokens.at(row).name == name)
            return row;
    }
    return -1;
}

ApiTokenTableModel::TokenState ApiTokenTableModel::stateOf(const ApiToken& token, const QDateTime& now)
{
    if (!token.enabled)
        return TokenState::Disabled;
    return token.isExpired(now) ? TokenState::Expired : TokenState::Enabled;
}

int ApiTokenTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int ApiTokenTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApiTokenTableModel::cellText(const ApiToken& t, int column) const
{
    switch (column) {
    case Name:
        return t.name;
    case Scopes:
        return t.scopes.join(QLatin1String(", "));
    case Expires:
        return t.expires.isValid() ? localTime(t.expires) : tr("never");
    case LastUsed:
        return t.lastUsed.isValid() ? localTime(t.lastUsed) : tr("never used");
    case LastAddress:
        return t.lastAddress;
    case AllowList:
        return t.exemptIpAllowList ? tr("Exempt") : tr("Checked");
    case State:
        switch (stateOf(t, m_now)) {
        case TokenState::Enabled:
            return tr("Enabled");
        case TokenState::Disabled:
            return tr("Disabled");
        case TokenState::Expired:
            return tr("Expired");
        }
        return {};
    }
    return {};
}

QVariant ApiTokenTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_tokens.size())
        return {};
    const ApiToken& t = m_tokens.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(t, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Scopes) {
            QStringList lines;
            for (const QString& scope : t.scopes)
                lines << scope + QStringLiteral(": ") + ApiToken::scopeDescription(scope);
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Name)
            return tr("Created %1 by %2").arg(localTime(t.created), t.createdBy);
        if (index.column() == AllowList)
            return t.exemptIpAllowList ? tr("Callers with this token pass the IP allow-list (a trusted integration).")
                                       : tr("Callers with this token must come from an address on the IP allow-list "
                                            "when the list is on.");
        return {};
    case NameRole:
        return t.name;
    case StateRole:
        return int(stateOf(t, m_now));
    default:
        return {};
    }
}

QVariant ApiTokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Scopes:
        return tr("Scopes");
    case Expires:
        return tr("Expires");
    case LastUsed:
        return tr("Last used");
    case LastAddress:
        return tr("Last address");
    case AllowList:
        return tr("IP allow-list");
    case State:
        return tr("State");
    }
    return {};
}
