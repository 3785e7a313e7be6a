#pragma once

#include "PagedSqlModel.h"
#include "domain/Authenticator.h"
#include "domain/PhoneFormatSettings.h"

#include <QDateTime>

#include <optional>

class StoreKey;

// The help desk's table of authenticators among up to millions (DESIGN §7): rows are read in
// pages on demand, searched, filtered and sorted in SQL over the indexes of schema version 3.
// A search matches logins by prefix (an index range) or by substring (a scan), and, when it
// reads as a phone number and the store key is unlocked, that number exactly by its keyed hash.
class AuthenticatorTableModel : public PagedSqlModel {
    Q_OBJECT

public:
    enum Column {
        Login,
        DisplayName,
        Phone,
        Comment,
        RegisteredAt,
        Status,
        FailedAttempts,
        LastFailure,
        LastSuccess,
        ColumnCount
    };
    enum class SearchMode { LoginPrefix, LoginContains };
    enum class StatusFilter { All, Active, Blocked, UseDenied, WithFailures };
    enum Role {
        LoginRole = Qt::UserRole + 1, // the login as registered
        BlockedRole,                  // bool: blocked now
        StatusKindRole,               // int: StatusKind
    };
    enum class StatusKind { Active, BlockedUntil, BlockedUntilUnblock, UseDenied, SendingSuspended };

    explicit AuthenticatorTableModel(QObject* parent = nullptr);

    // Without a key, phone searches are not possible and only logins are searched.
    void setStoreKey(const StoreKey* key);

    void setSearch(const QString& text, SearchMode mode = SearchMode::LoginPrefix);
    QString searchText() const { return m_search; }
    SearchMode searchMode() const { return m_mode; }
    // True when the current search text was read as a phone number and matched by its hash.
    bool searchesPhone() const { return !m_phoneHash.isEmpty(); }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    // The clock for status texts; the current time unless set (tests).
    void setNow(const QDateTime& now) { m_now = now; }
    // Re-reads settings, suspension state and rows (after an action or on F5).
    void refreshAll();

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorts in SQL. Phone, comment and status cannot be sorted (encrypted or derived): ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);

    std::optional<Authenticator> authenticatorAt(int row) const;
    QString loginAt(int row) const;

    // "blocked until 2024-03-05 14:30" and the other states, in words, translated.
    static QString statusText(const Authenticator& a, bool sendingSuspended, const QDateTime& now);
    // Every word statusText() can return, for sizing its column.
    static QStringList statusWords();
    // The status in a phrase (tool tip, detail pane): why and until when.
    static QString statusDetail(const Authenticator& a, bool sendingSuspended, const QDateTime& now);
    static StatusKind statusKind(const Authenticator& a, bool sendingSuspended, const QDateTime& now);
    bool sendingSuspended() const;

protected:
    QString selectColumns() const override;
    QString fromClause() const override;
    QString narrowFromClause(bool withOrder) const override;
    void filter(QStringList& conditions, QVariantList& binds) const override;
    QList<SortTerm> sortTerms() const override;
    bool descending() const override { return m_order == Qt::DescendingOrder; }
    // Reads the phone format (for phone searches) and whether sending is suspended.
    void storeChanged() override;

private:
    void readContext();
    void updatePhoneHash();
    QString loginExpression() const;
    bool stateDrivesOrder() const;
    QDateTime now() const;

    const StoreKey* m_key = nullptr;
    PhoneFormatSettings m_phoneFormat;
    QDateTime m_suspendedUntil;
    QDateTime m_now;
    QString m_search;
    QByteArray m_phoneHash;
    SearchMode m_mode = SearchMode::LoginPrefix;
    StatusFilter m_status = StatusFilter::All;
    int m_sortColumn = Login;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};
