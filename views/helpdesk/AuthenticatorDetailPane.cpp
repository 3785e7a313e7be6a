#include "AuthenticatorDetailPane.h"

#include "ColumnFitter.h"

#include "items/AuthenticatorTableModel.h"
#include "items/EventTableModel.h"
#include "settings/EnglishPlural.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QString when(const QDateTime& at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

AuthenticatorDetailPane::AuthenticatorDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_events(new EventTableModel(this))
    , m_title(new QLabel)
    , m_facts(new QLabel)
    , m_why(new QLabel)
    , m_eventsLabel(new QLabel)
    , m_eventTable(new QTableView)
{
    setObjectName(QStringLiteral("detailPane"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_facts->setObjectName(QStringLiteral("detailFacts"));
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    m_why->setObjectName(QStringLiteral("whyBlocked"));
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_eventTable->setObjectName(QStringLiteral("recentEvents"));
    m_events->setPageSize(50);
    m_eventTable->setModel(m_events);
    m_eventTable->verticalHeader()->hide();
    m_eventTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_eventTable->verticalHeader()->setDefaultSectionSize(m_eventTable->fontMetrics().height() + 6);
    m_eventTable->horizontalHeader()->setStretchLastSection(true);
    m_eventTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_eventTable->setWordWrap(false);
    // The account is the one shown above; its address and severity say little here.
    m_eventTable->hideColumn(EventTableModel::Account);
    m_eventTable->hideColumn(EventTableModel::Severity);
    connect(m_events, &QAbstractItemModel::modelReset, this, [this]() { ColumnFitter::fit(m_eventTable); });
    connect(m_events, &QAbstractItemModel::rowsInserted, this, [this]() { ColumnFitter::fit(m_eventTable); });

    // The facts and the explanation scroll when a language needs more lines than the pane has.
    auto* facts = new QWidget;
    auto* left = new QVBoxLayout(facts);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_title);
    left->addWidget(m_facts);
    left->addWidget(m_why);
    left->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidget(facts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* right = new QVBoxLayout;
    right->addWidget(m_eventsLabel);
    right->addWidget(m_eventTable, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 2);
    layout->addLayout(right, 3);
    retranslateUi();
}

AuthenticatorDetailPane::~AuthenticatorDetailPane()
{
    m_events->setStore(nullptr);
}

void AuthenticatorDetailPane::setStore(Store* store)
{
    m_store = store;
    m_shown.reset();
    EventTableModel::Filter none;
    none.account = QStringLiteral("\x01"); // nobody: nothing is shown until an account is chosen
    m_events->setFilter(none);
    m_events->setStore(store);
    retranslateUi();
}

void AuthenticatorDetailPane::showAuthenticator(const std::optional<Authenticator>& authenticator,
                                                bool sendingSuspended)
{
    m_shown = authenticator;
    m_sendingSuspended = sendingSuspended;
    EventTableModel::Filter filter;
    filter.account = authenticator ? authenticator->login : QStringLiteral("\x01");
    m_events->setFilter(filter);
    m_events->refresh();
    retranslateUi();
}

QString AuthenticatorDetailPane::explain(const Authenticator& a, const BlockSettings& block, bool sendingSuspended,
                                         const QDateTime& now)
{
    if (a.useDenied)
        return tr("An administrator denied the use of this authenticator: no code is sent and none is accepted "
                  "until the use is allowed again.");
    if (a.blockState == Authenticator::BlockState::UntilUnblock)
        return englishPlural(
                   tr("Blocked after %n wrong code(s) in a row (last at %1). Only a help-desk unblock releases it: "
                      "use Unblock once you know the caller is the account's owner.",
                      nullptr, a.failedCount),
                   a.failedCount)
            .arg(a.lastFailureAt.isValid() ? when(a.lastFailureAt) : tr("an unknown time"));
    if (a.isBlockedAt(now))
        return englishPlural(
                   tr("Blocked after %n wrong code(s) in a row (last at %1). It is released automatically at %2, or "
                      "at once with Unblock.",
                      nullptr, a.failedCount),
                   a.failedCount)
            .arg(a.lastFailureAt.isValid() ? when(a.lastFailureAt) : tr("an unknown time"), when(a.blockedUntil));
    if (sendingSuspended)
        return tr("Not blocked, but the spam protection has suspended sending codes to everyone for now: see the "
                  "Spam protection settings.");
    if (a.blockState == Authenticator::BlockState::UntilTime)
        return tr("The block time has passed: the next sign-in releases it.");
    if (a.failedCount > 0 && block.enabled)
        return tr("Active, with %1 of %2 wrong codes counted; the counter clears %3 minutes after the last failure "
                  "or at the next correct code.")
            .arg(a.failedCount)
            .arg(block.attemptsBeforeBlock)
            .arg(block.counterResetMinutes);
    return tr("Active: the user can sign in with an SMS code.");
}

QString AuthenticatorDetailPane::explanation() const
{
    return m_why->text();
}

void AuthenticatorDetailPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString AuthenticatorDetailPane::facts() const
{
    return m_facts->text();
}

QString AuthenticatorDetailPane::numberSource(const Settings& settings)
{
    if (!settings.phoneFormat.useDirectoryPhone)
        return tr("Codes go to the phone number above (stored here).");
    const QString attribute = settings.phoneFormat.directoryAttribute;
    if (settings.directory.fallbackToStoreNumber)
        return tr("Codes go to the number in the directory (attribute %1); the number above is used only when the "
                  "directory has none for this user.")
            .arg(attribute);
    return tr("Codes go to the number in the directory (attribute %1), not to the number above. Check it with "
              "Settings → Directory → Check directory.")
        .arg(attribute);
}

void AuthenticatorDetailPane::retranslateUi()
{
    m_eventsLabel->setText(tr("Recent events of this account:"));
    m_eventTable->setAccessibleName(tr("Recent events"));
    m_events->retranslate(); // the messages are rendered in the reader's language (EventText)
    ColumnFitter::fit(m_eventTable);
    if (!m_shown) {
        m_title->setText(tr("No authenticator selected"));
        m_facts->setText(tr("Select one row to see its details, why it is blocked and its recent events."));
        m_why->clear();
        return;
    }
    const Authenticator& a = *m_shown;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_title->setText(a.displayName.isEmpty() ? a.login : tr("%1 (%2)").arg(a.login, a.displayName));
    const auto orNever = [](const QDateTime& at) {
        return at.isValid() ? when(at) : tr("never");
    };
    m_facts->setText(
        tr("Phone: %1 · Registered: %2 · Status: %3\nFailed attempts: %4 · Last failure: %5 · Last "
           "success: %6")
            .arg(a.phoneMask, orNever(a.registeredAt), AuthenticatorTableModel::statusText(a, m_sendingSuspended, now))
            .arg(a.failedCount)
            .arg(orNever(a.lastFailureAt), orNever(a.lastSuccessAt)) +
        (a.comment.isEmpty() ? QString() : QLatin1Char('\n') + tr("Comment: %1").arg(a.comment)));
    BlockSettings block;
    Settings settings;
    if (m_store) {
        Result<SettingsRepository::Loaded> loaded = SettingsRepository(*m_store).load();
        if (loaded) {
            block = loaded->settings.block;
            settings = loaded->settings;
        }
    }
    m_facts->setText(m_facts->text() + QLatin1Char('\n') + numberSource(settings));
    m_why->setText(explain(a, block, m_sendingSuspended, now));
}
