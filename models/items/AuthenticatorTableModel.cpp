#include "AuthenticatorTableModel.h"

#include "crypto/StoreKey.h"
#include "engine/PhoneNormalizer.h"
#include "store/AuthenticatorRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace {

// The columns of selectColumns(), in order.
enum Value {
    VId,
    VLogin,
    VDisplayName,
    VPhoneMask,
    VComment,
    VRegisteredAt,
    VUseDenied,
    VFailedCount,
    VLastFailure,
    VLastSuccess,
    VBlockState,
    VBlockedUntil,
    VLoginKey,
};

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Authenticator fromValues(const QVariantList& v)
{
    Authenticator a;
    a.id = v.value(VId).toLongLong();
    a.login = v.value(VLogin).toString();
    a.displayName = v.value(VDisplayName).toString();
    a.phoneMask = v.value(VPhoneMask).toString();
    a.comment = v.value(VComment).toString();
    a.registeredAt = fromMs(v.value(VRegisteredAt));
    a.useDenied = v.value(VUseDenied).toInt() != 0;
    a.failedCount = v.value(VFailedCount).toInt();
    a.lastFailureAt = fromMs(v.value(VLastFailure));
    a.lastSuccessAt = fromMs(v.value(VLastSuccess));
    a.blockState = static_cast<Authenticator::BlockState>(v.value(VBlockState).toInt());
    a.blockedUntil = fromMs(v.value(VBlockedUntil));
    return a;
}

// Compact, sortable and the same in every language, so the columns stay narrow.
QString shortTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// The smallest text greater than every text that starts with `prefix`, in code-point order
// (which is UTF-8 byte order: SQLite's BINARY and PostgreSQL's "C" collation). Empty when the
// last character cannot be incremented; the caller then falls back to LIKE.
QString prefixUpperBound(const QString& prefix)
{
    QList<uint> codes = prefix.toUcs4();
    if (codes.isEmpty() || codes.last() >= 0x10FFFF)
        return {};
    uint next = codes.last() + 1;
    if (next >= 0xD800 && next <= 0xDFFF)
        next = 0xE000;
    codes.last() = next;
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(codes.constData()), codes.size());
}

} // namespace

AuthenticatorTableModel::AuthenticatorTableModel(QObject* parent)
    : PagedSqlModel(parent)
{
    setObjectName(QStringLiteral("authenticatorTableModel"));
}

void AuthenticatorTableModel::storeChanged()
{
    // Paging and bulk unblocks walk indexes of a million rows; SQLite's default 2 MB page cache
    // would read most pages again from the file (unblocking 100,000 accounts: 4.2 s instead of
    // 1.4 s). 64 MB at most, for this connection only.
    if (store() && store()->url().dialect() == StoreUrl::Dialect::Sqlite)
        store()->exec(QStringLiteral("PRAGMA cache_size = -65536"), tr("Preparing the store"));
    readContext();
    updatePhoneHash();
}

void AuthenticatorTableModel::setStoreKey(const StoreKey* key)
{
    if (m_key == key)
        return;
    m_key = key;
    if (!m_search.isEmpty()) {
        updatePhoneHash();
        reload();
    }
}

void AuthenticatorTableModel::readContext()
{
    m_suspendedUntil = QDateTime();
    if (!store())
        return;
    Result<SettingsRepository::Loaded> loaded = SettingsRepository(*store()).load();
    if (loaded)
        m_phoneFormat = loaded->settings.phoneFormat;
    QSqlQuery q = store()->query();
    if (q.exec(QStringLiteral("SELECT suspended_until FROM spam_state WHERE id = 1")) && q.next())
        m_suspendedUntil = fromMs(q.value(0));
}

void AuthenticatorTableModel::updatePhoneHash()
{
    m_phoneHash.clear();
    if (!m_key || m_search.trimmed().isEmpty())
        return;
    const PhoneNormalizer::Outcome number = PhoneNormalizer(m_phoneFormat).normalize(m_search);
    if (number.ok)
        m_phoneHash = m_key->phoneHash(number.normalized);
}

void AuthenticatorTableModel::setSearch(const QString& text, SearchMode mode)
{
    if (text == m_search && mode == m_mode)
        return;
    if (const QString problem = AuthenticatorRepository::searchProblem(text); !problem.isEmpty()) {
        reportError(problem); // the table keeps the last search that could be run
        return;
    }
    m_search = text;
    m_mode = mode;
    updatePhoneHash();
    reload();
}

void AuthenticatorTableModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    reload();
}

void AuthenticatorTableModel::refreshAll()
{
    if (store() && !store()->isConnected())
        return refresh(); // keeps the context read last time, and says why nothing is read
    readContext();
    updatePhoneHash();
    refresh();
}

QDateTime AuthenticatorTableModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

bool AuthenticatorTableModel::sendingSuspended() const
{
    return m_suspendedUntil.isValid() && now() < m_suspendedUntil;
}

bool AuthenticatorTableModel::stateDrivesOrder() const
{
    // The blocked and failing lists page by login through the partial indexes of the state table
    // (schema version 5), and so does the last-failure order; the others through the account's.
    return m_status == StatusFilter::Blocked || m_status == StatusFilter::WithFailures ||
           (m_sortColumn == LastFailure && m_status != StatusFilter::UseDenied);
}

QString AuthenticatorTableModel::loginExpression() const
{
    // See schema version 3: PostgreSQL's indexes order logins in the "C" collation. Both tables
    // hold the same login key; the order must name the one whose index serves the query.
    const bool pg = store() && store()->url().dialect() == StoreUrl::Dialect::Postgres;
    const QString column = stateDrivesOrder() ? QStringLiteral("s.login_key") : QStringLiteral("a.login_key");
    return pg ? column + QStringLiteral(" COLLATE \"C\"") : column;
}

QString AuthenticatorTableModel::selectColumns() const
{
    return QStringLiteral("a.id, a.login, a.display_name, a.phone_mask, a.comment, a.registered_at, a.use_denied, "
                          "s.failed_count, s.last_failure_at, s.last_success_at, s.block_state, s.blocked_until, "
                          "a.login_key");
}

QString AuthenticatorTableModel::fromClause() const
{
    return QStringLiteral("FROM authenticators a JOIN authenticator_state s ON s.authenticator_id = a.id");
}

QString AuthenticatorTableModel::narrowFromClause(bool withOrder) const
{
    // Every account has exactly one state row, so a query that names one table reads that table
    // alone: counts and deep jumps then walk one index instead of a million-row join.
    const bool search = !AuthenticatorRepository::loginKey(m_search).isEmpty();
    const bool phone = search && !m_phoneHash.isEmpty();
    const bool loginInState = stateDrivesOrder();
    bool needsAccount = phone || m_status == StatusFilter::Active || m_status == StatusFilter::UseDenied ||
                        ((search || withOrder) && !loginInState);
    bool needsState = m_status == StatusFilter::Active || m_status == StatusFilter::Blocked ||
                      m_status == StatusFilter::WithFailures || ((search || withOrder) && loginInState);
    if (withOrder) {
        needsAccount = needsAccount || m_sortColumn == DisplayName || m_sortColumn == RegisteredAt;
        needsState =
            needsState || m_sortColumn == FailedAttempts || m_sortColumn == LastFailure || m_sortColumn == LastSuccess;
    }
    if (needsAccount && needsState)
        return fromClause();
    return needsState ? QStringLiteral("FROM authenticator_state s") : QStringLiteral("FROM authenticators a");
}

void AuthenticatorTableModel::filter(QStringList& conditions, QVariantList& binds) const
{
    const QString key = AuthenticatorRepository::loginKey(m_search);
    if (!key.isEmpty()) {
        QString match;
        const QString upper = prefixUpperBound(key);
        if (m_mode == SearchMode::LoginPrefix && !upper.isEmpty()) {
            // A range, not LIKE 'x%': a range uses the index even in a generic prepared plan.
            match = loginExpression() + QStringLiteral(" >= ? AND ") + loginExpression() + QStringLiteral(" < ?");
            binds << key << upper;
        } else {
            match = loginExpression() + QStringLiteral(" LIKE ? ESCAPE '\\'");
            const QString escaped = SqlDialect::likeEscaped(key);
            binds << (m_mode == SearchMode::LoginPrefix ? QString(escaped + QLatin1Char('%'))
                                                        : QString(QLatin1Char('%') + escaped + QLatin1Char('%')));
        }
        if (!m_phoneHash.isEmpty()) {
            match = QStringLiteral("((") + match + QStringLiteral(") OR a.phone_hash = ?)");
            binds << m_phoneHash;
        }
        conditions << match;
    }
    // Spelled exactly as the partial indexes of schema versions 3 and 5, so both dialects use them.
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::Active:
        conditions << QStringLiteral("s.block_state = 0 AND a.use_denied = 0");
        break;
    case StatusFilter::Blocked:
        conditions << QStringLiteral("s.block_state <> 0");
        break;
    case StatusFilter::UseDenied:
        conditions << QStringLiteral("a.use_denied <> 0");
        break;
    case StatusFilter::WithFailures:
        conditions << QStringLiteral("s.failed_count > 0");
        break;
    }
}

QList<PagedSqlModel::SortTerm> AuthenticatorTableModel::sortTerms() const
{
    const SortTerm login{loginExpression(), VLoginKey, false};
    switch (m_sortColumn) {
    case DisplayName:
        return {{QStringLiteral("a.display_name"), VDisplayName, false}, login};
    case RegisteredAt:
        return {{QStringLiteral("a.registered_at"), VRegisteredAt, false}, login};
    case FailedAttempts:
        return {{QStringLiteral("s.failed_count"), VFailedCount, false}, login};
    case LastFailure:
        return {{QStringLiteral("s.last_failure_at"), VLastFailure, true}, login};
    case LastSuccess:
        return {{QStringLiteral("s.last_success_at"), VLastSuccess, true}, login};
    default:
        return {login};
    }
}

bool AuthenticatorTableModel::isSortable(int column)
{
    return column == Login || column == DisplayName || column == RegisteredAt || column == FailedAttempts ||
           column == LastFailure || column == LastSuccess;
}

void AuthenticatorTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_order))
        return;
    m_sortColumn = column;
    m_order = order;
    reload();
}

int AuthenticatorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

AuthenticatorTableModel::StatusKind AuthenticatorTableModel::statusKind(const Authenticator& a, bool sendingSuspended,
                                                                        const QDateTime& now)
{
    if (a.useDenied)
        return StatusKind::UseDenied;
    if (a.blockState == Authenticator::BlockState::UntilUnblock)
        return StatusKind::BlockedUntilUnblock;
    if (a.isBlockedAt(now))
        return StatusKind::BlockedUntil;
    if (sendingSuspended)
        return StatusKind::SendingSuspended;
    return StatusKind::Active;
}

// One short word, so the Status column stays narrow in every language; statusDetail() says the rest.
QString AuthenticatorTableModel::statusText(const Authenticator& a, bool sendingSuspended, const QDateTime& now)
{
    switch (statusKind(a, sendingSuspended, now)) {
    case StatusKind::UseDenied:
        return tr("denied", "status: use denied by an administrator");
    case StatusKind::BlockedUntilUnblock:
    case StatusKind::BlockedUntil:
        return tr("blocked", "status");
    case StatusKind::SendingSuspended:
        return tr("suspended", "status: sending suspended by the spam protection");
    case StatusKind::Active:
        break;
    }
    return tr("active", "status");
}

QStringList AuthenticatorTableModel::statusWords()
{
    return {tr("denied", "status: use denied by an administrator"), tr("blocked", "status"),
            tr("suspended", "status: sending suspended by the spam protection"), tr("active", "status")};
}

QString AuthenticatorTableModel::statusDetail(const Authenticator& a, bool sendingSuspended, const QDateTime& now)
{
    switch (statusKind(a, sendingSuspended, now)) {
    case StatusKind::UseDenied:
        return tr("use denied by an administrator");
    case StatusKind::BlockedUntilUnblock:
        return tr("blocked after too many wrong codes until a help-desk unblock");
    case StatusKind::BlockedUntil:
        return tr("blocked after too many wrong codes until %1 (Unblock releases it at once)")
            .arg(shortTime(a.blockedUntil));
    case StatusKind::SendingSuspended:
        return tr("not blocked, but the spam protection has suspended sending codes to everyone");
    case StatusKind::Active:
        break;
    }
    return tr("active: codes are sent and accepted");
}

QVariant AuthenticatorTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != LoginRole && role != BlockedRole &&
        role != StatusKindRole && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == FailedAttempts ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    const QVariantList* values = rowValues(index.row());
    if (!values)
        return {};
    const Authenticator a = fromValues(*values);
    if (role == LoginRole)
        return a.login;
    if (role == BlockedRole)
        return a.isBlockedAt(now());
    if (role == StatusKindRole)
        return int(statusKind(a, sendingSuspended(), now()));
    if (role == Qt::ToolTipRole) {
        if (index.column() == Phone)
            return tr("Only the prefix and the last four digits are shown. Use Reveal to see the whole number.");
        if (index.column() == Status)
            return statusDetail(a, sendingSuspended(), now());
        if (index.column() == Comment && !a.comment.isEmpty())
            return a.comment;
        // Long logins and names may be elided in a narrow column; the tool tip keeps them whole.
        if (index.column() == Login)
            return a.login;
        if (index.column() == DisplayName && !a.displayName.isEmpty())
            return a.displayName;
        return {};
    }
    switch (index.column()) {
    case Login:
        return a.login;
    case DisplayName:
        return a.displayName;
    case Phone:
        return a.phoneMask;
    case Comment:
        return a.comment;
    case RegisteredAt:
        return shortTime(a.registeredAt);
    case Status:
        return statusText(a, sendingSuspended(), now());
    case FailedAttempts:
        return a.failedCount;
    case LastFailure:
        return shortTime(a.lastFailureAt);
    case LastSuccess:
        return shortTime(a.lastSuccessAt);
    default:
        return {};
    }
}

QVariant AuthenticatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        const QString sorting =
            isSortable(section) ? tr("Click to sort by this column.") : tr("This column cannot be sorted.");
        return section == FailedAttempts
                   ? tr("Wrong codes in a row since the last success or reset.") + QLatin1Char(' ') + sorting
                   : sorting;
    }
    switch (section) {
    case Login:
        return tr("Login");
    case DisplayName:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Comment:
        return tr("Comment");
    case RegisteredAt:
        return tr("Registered");
    case Status:
        return tr("Status");
    case FailedAttempts:
        // Short, as the column holds a small number; the tool tip says what it counts.
        return tr("Failures", "column: failed attempts");
    case LastFailure:
        return tr("Last failure");
    case LastSuccess:
        return tr("Last success");
    default:
        return {};
    }
}

std::optional<Authenticator> AuthenticatorTableModel::authenticatorAt(int row) const
{
    const QVariantList* values = rowValues(row);
    if (!values)
        return std::nullopt;
    return fromValues(*values);
}

QString AuthenticatorTableModel::loginAt(int row) const
{
    const QVariantList* values = rowValues(row);
    return values ? values->value(VLogin).toString() : QString();
}
