#pragma once

#include "domain/Authenticator.h"
#include "domain/BlockSettings.h"
#include "domain/Settings.h"

#include <QWidget>

#include <optional>

class EventTableModel;
class QLabel;
class QTableView;
class Store;

// Below the help desk's table: the selected account in full, why it cannot sign in (in words a
// caller understands), and its most recent events.
class AuthenticatorDetailPane : public QWidget {
    Q_OBJECT

public:
    explicit AuthenticatorDetailPane(QWidget* parent = nullptr);
    ~AuthenticatorDetailPane() override;

    void setStore(Store* store);
    void showAuthenticator(const std::optional<Authenticator>& authenticator, bool sendingSuspended);

    // "Blocked after 5 wrong codes ..." for `a` under `block` at `now`; translated.
    static QString explain(const Authenticator& a, const BlockSettings& block, bool sendingSuspended,
                           const QDateTime& now);
    QString explanation() const;
    // Where the codes of every user go under `settings`: the stored number or the directory's.
    static QString numberSource(const Settings& settings);
    QString facts() const;
    EventTableModel* events() const { return m_events; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Store* m_store = nullptr;
    std::optional<Authenticator> m_shown;
    bool m_sendingSuspended = false;
    EventTableModel* m_events = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_why = nullptr;
    QLabel* m_eventsLabel = nullptr;
    QTableView* m_eventTable = nullptr;
};
