#include "HelpDeskPage.h"
#include "domain/Limits.h"

#include "AuthenticatorDetailPane.h"
#include "ColumnFitter.h"
#include "MessageBoxes.h"
#include "RegisterAuthenticatorDialog.h"
#include "TableViewKeeper.h"
#include "UserImportDialog.h"
#include "crypto/StoreKey.h"
#include "domain/EventCode.h"
#include "engine/OtpService.h"
#include "engine/SystemClock.h"
#include "items/AuthenticatorTableModel.h"
#include "store/AuthenticatorRepository.h"
#include "store/ChangeNotice.h"
#include "store/EventLog.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"
#include "store/StoreAccess.h"
#include "store/StoreKeyVault.h"
#include "util/ActorName.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString iconFile(QString actionName)
{
    actionName.chop(int(qstrlen("Action")));
    QString file;
    for (QChar c : actionName)
        file += c.isUpper() ? QLatin1Char('-') + c.toLower() : QString(c);
    return QStringLiteral(":/icons/%1.svg").arg(file);
}

// Long enough that typing a login does not query the store at every key, short enough to feel live.
const int kSearchDelayMs = 250;
} // namespace

HelpDeskPage::HelpDeskPage(QWidget* parent)
    : ConsolePage(parent)
    , m_model(new AuthenticatorTableModel(this))
    , m_heading(new QLabel)
    , m_search(new QLineEdit)
    , m_searchMode(new QComboBox)
    , m_status(new QComboBox)
    , m_count(new QLabel)
    , m_feedback(new QLabel)
    , m_toolBar(new QToolBar)
    , m_actionsMenu(new QMenu(this))
    , m_actionsButton(new QToolButton)
    , m_table(new QTableView)
    , m_detail(new AuthenticatorDetailPane)
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("helpDeskPage"));
    m_heading->setObjectName(QStringLiteral("heading"));
    styleHeading(m_heading, 1.3);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(Limits::kSearchLength);
    m_searchMode->setObjectName(QStringLiteral("searchMode"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    // Both lists always show their whole choice; the search field takes the rest of the row.
    for (QComboBox* combo : {m_searchMode, m_status}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    }
    m_count->setObjectName(QStringLiteral("count"));
    m_feedback->setObjectName(QStringLiteral("feedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toolBar->setObjectName(QStringLiteral("helpDeskToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));

    m_table->setObjectName(QStringLiteral("authenticators"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuthenticatorTableModel::Login, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A million rows: fixed row heights and no resize-to-contents, or Qt measures every row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    setUpColumns();

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &HelpDeskPage::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &HelpDeskPage::applySearch);
    connect(m_searchMode, qOverload<int>(&QComboBox::currentIndexChanged), this, &HelpDeskPage::applySearch);
    connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this, &HelpDeskPage::applySearch);
    for (int i = 0; i < 2; ++i)
        m_searchMode->addItem(QString());
    for (int i = 0; i < 5; ++i)
        m_status->addItem(QString());

    createActions();

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_searchMode);
    filters->addWidget(m_status);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 0, Qt::AlignTop);
    bottom->addWidget(m_feedback, 1);
    layout->addLayout(bottom);

    connect(m_model, &AuthenticatorTableModel::totalRowsChanged, this, &HelpDeskPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HelpDeskPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HelpDeskPage::fitColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HelpDeskPage::fitColumns);
    connect(m_model, &AuthenticatorTableModel::errorOccurred, this, [this](const QString& error) { note(error); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        updateActions();
        showDetail();
    });
    // Through the action, so a login that may not write (auditor) gets no editor it cannot save.
    connect(m_table, &QTableView::doubleClicked, m_editCommentAction, &QAction::trigger);

    retranslateUi();
    updateActions();
}

HelpDeskPage::~HelpDeskPage()
{
    m_model->setStore(nullptr);
}

void HelpDeskPage::createActions()
{
    const auto make = [this](const char* name, const QKeySequence& shortcut, void (HelpDeskPage::*slot)()) {
        auto* action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        // ":/icons/unblock.svg" for "unblockAction".
        const QString icon = iconFile(QLatin1String(name));
        if (QFile::exists(icon))
            action->setIcon(QIcon(icon));
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            // Only while the help desk is shown: Del must not delete from another page.
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this]() {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_findAction);

    m_registerAction = make("registerAction", QKeySequence::New, &HelpDeskPage::registerNew);
    m_unblockAction = make("unblockAction", QKeySequence(Qt::CTRL | Qt::Key_U), &HelpDeskPage::unblockSelected);
    m_unblockAllAction = make("unblockAllAction", {}, &HelpDeskPage::unblockAllBlocked);
    m_resetAction = make("resetCounterAction", {}, &HelpDeskPage::resetCounter);
    m_editPhoneAction = make("editPhoneAction", {}, &HelpDeskPage::editPhone);
    m_editCommentAction = make("editCommentAction", {}, &HelpDeskPage::editComment);
    m_deleteAction = make("deleteAction", QKeySequence::Delete, &HelpDeskPage::deleteSelected);
    m_revealAction = make("revealAction", {}, &HelpDeskPage::revealPhone);
    m_importAction = make("importAction", {}, &HelpDeskPage::importCsv);
    m_importDirectoryAction = make("importDirectoryAction", {}, &HelpDeskPage::importDirectory);
    m_refreshAction = make("refreshAction", QKeySequence::Refresh, &HelpDeskPage::refresh);

    // The tool bar keeps what the help desk does all day, with icons and words; the rest is in
    // the Actions menu and in the table's context menu, so nothing overflows in any language.
    m_toolBar->addAction(m_registerAction);
    m_toolBar->addAction(m_unblockAction);
    m_toolBar->addAction(m_editPhoneAction);
    m_toolBar->addAction(m_revealAction);
    m_toolBar->addSeparator();
    m_actionsButton->setObjectName(QStringLiteral("actionsButton"));
    m_actionsButton->setMenu(m_actionsMenu);
    m_actionsButton->setPopupMode(QToolButton::InstantPopup);
    m_actionsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actionsButton->setIcon(QIcon(QStringLiteral(":/icons/actions.svg")));
    m_toolBar->addWidget(m_actionsButton);
    m_toolBar->addAction(m_refreshAction);

    m_actionsMenu->setObjectName(QStringLiteral("helpDeskActionsMenu"));
    m_actionsMenu->addActions({m_registerAction, m_importAction, m_importDirectoryAction});
    m_actionsMenu->addSeparator();
    m_actionsMenu->addActions({m_unblockAction, m_unblockAllAction, m_resetAction});
    m_actionsMenu->addSeparator();
    m_actionsMenu->addActions({m_editPhoneAction, m_editCommentAction, m_revealAction});
    m_actionsMenu->addSeparator();
    m_actionsMenu->addActions({m_deleteAction, m_refreshAction});

    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_unblockAction, m_resetAction, m_editPhoneAction, m_editCommentAction, m_revealAction,
                         separator, m_deleteAction});
}

// The columns a help-desk call needs fit the page in every language; the registration time and
// the last success are in the detail pane, and the header's context menu shows them as columns too.
void HelpDeskPage::setUpColumns()
{
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    // The comment is free text of any length: last, where it stretches and elides (its tool tip
    // holds it whole).
    header->moveSection(header->visualIndex(AuthenticatorTableModel::Comment),
                        AuthenticatorTableModel::ColumnCount - 1);
    m_table->hideColumn(AuthenticatorTableModel::RegisteredAt);
    m_table->hideColumn(AuthenticatorTableModel::LastSuccess);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int c = 0; c < AuthenticatorTableModel::ColumnCount; ++c) {
        auto* show = new QAction(header);
        show->setObjectName(QStringLiteral("showColumn%1").arg(c));
        show->setCheckable(true);
        show->setChecked(!m_table->isColumnHidden(c));
        connect(show, &QAction::toggled, this, [this, c](bool on) {
            m_table->setColumnHidden(c, !on);
            fitColumns();
        });
        header->addAction(show);
        m_columnActions.append(show);
    }
}

void HelpDeskPage::fitColumns()
{
    ColumnFitter::Column status;
    status.words = AuthenticatorTableModel::statusWords();
    ColumnFitter::Column name;
    name.cap = m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24;
    ColumnFitter::fit(m_table, {{AuthenticatorTableModel::Status, status},
                                {AuthenticatorTableModel::Login, name},
                                {AuthenticatorTableModel::DisplayName, name}});
}

QString HelpDeskPage::title() const
{
    return tr("Help desk");
}

void HelpDeskPage::setStore(Store* store)
{
    m_store = store;
    markFresh();
    m_storeHasKey = m_store && StoreKeyVault(*m_store).hasKey();
    m_model->setStore(store);
    m_detail->setStore(store);
    updateActions();
    showDetail();
}

void HelpDeskPage::setStoreKey(const StoreKey* key)
{
    m_key = key;
    // A key just created in this console arrives here; so does one unlocked after another created it.
    m_storeHasKey = m_key || (m_store && StoreKeyVault(*m_store).hasKey());
    m_model->setStoreKey(key);
    updateActions();
}

void HelpDeskPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ConsolePage::changeEvent(event);
}

void HelpDeskPage::retranslateUi()
{
    m_heading->setText(tr("Help desk: authenticators"));
    setAccessibleName(title());
    m_search->setPlaceholderText(tr("Search by login, or type a phone number (Ctrl+F)"));
    m_search->setToolTip(tr("Matches logins; a whole phone number is matched exactly (needs the store key). At "
                            "most %1 characters.")
                             .arg(Limits::kSearchLength));
    m_search->setAccessibleName(tr("Search"));
    m_searchMode->setItemText(0, tr("Login starts with"));
    m_searchMode->setItemText(1, tr("Login contains"));
    m_searchMode->setToolTip(tr("\"Starts with\" uses an index and is instant on a million users; \"contains\" "
                                "reads every login."));
    m_searchMode->setAccessibleName(tr("Search mode"));
    m_status->setItemText(0, tr("All statuses"));
    m_status->setItemText(1, tr("Active"));
    m_status->setItemText(2, tr("Blocked"));
    m_status->setItemText(3, tr("Use denied"));
    m_status->setItemText(4, tr("With failed attempts"));
    m_status->setToolTip(tr("Show only authenticators in this state."));
    m_status->setAccessibleName(tr("Status filter"));
    m_table->setAccessibleName(tr("Authenticators"));

    m_findAction->setText(tr("Find"));
    m_registerAction->setText(tr("&Register…"));
    m_importAction->setText(tr("&Import CSV…"));
    m_importDirectoryAction->setText(tr("Import from &Directory…"));
    m_unblockAction->setText(tr("&Unblock"));
    m_unblockAllAction->setText(tr("Unblock &All…"));
    m_resetAction->setText(tr("Reset &Counter"));
    m_editPhoneAction->setText(tr("Edit &Phone…"));
    m_editCommentAction->setText(tr("Edit C&omment…"));
    m_revealAction->setText(tr("Re&veal Phone"));
    m_deleteAction->setText(tr("&Delete…"));
    m_refreshAction->setText(tr("Re&fresh"));
    m_refreshAction->setToolTip(tr("Read the authenticators again (F5)."));
    for (int c = 0; c < m_columnActions.size(); ++c)
        m_columnActions[c]->setText(m_model->headerData(c, Qt::Horizontal).toString());
    fitColumns();
    m_actionsButton->setText(tr("Actions"));
    m_actionsButton->setToolTip(tr("Every help-desk action, including the less frequent ones."));
    updateCount();
    updateActions();
}

void HelpDeskPage::applySearch()
{
    m_searchDelay->stop();
    m_model->setStatusFilter(static_cast<AuthenticatorTableModel::StatusFilter>(std::max(0, m_status->currentIndex())));
    m_model->setSearch(m_search->text(), m_searchMode->currentIndex() == 1
                                             ? AuthenticatorTableModel::SearchMode::LoginContains
                                             : AuthenticatorTableModel::SearchMode::LoginPrefix);
    updateCount();
    showDetail();
}

void HelpDeskPage::refresh()
{
    markFresh();
    TableViewKeeper keeper(m_table, [this](int row) { return m_model->loginAt(row); });
    keeper.capture();
    m_model->refreshAll();
    keeper.restore();
    updateCount();
    updateActions();
    showDetail();
}

void HelpDeskPage::afterChange()
{
    // Other consoles on a PostgreSQL store hear of it at once (SQLite consoles poll); the event
    // the change wrote tells them too, a little later.
    if (m_store)
        ChangeNotice::send(*m_store, ChangeNotice::authenticators());
    refresh();
}

void HelpDeskPage::refreshFromStore()
{
    if (m_store)
        refresh();
}

void HelpDeskPage::updateCount()
{
    if (!m_store) {
        m_count->setText(tr("No store is open"));
        return;
    }
    const int rows = int(std::min<qint64>(m_model->totalRows(), INT_MAX));
    // A large result on a server shows the database's estimate first; the exact count follows.
    QString text = m_model->totalIsExact() ? tr("%Ln authenticator(s)", nullptr, rows)
                                           : tr("about %Ln authenticator(s)", nullptr, rows);
    if (m_model->searchesPhone())
        text += QLatin1Char(' ') + tr("(phone number matched exactly)");
    m_count->setText(text);
    m_count->setToolTip(m_model->totalIsExact()
                            ? QString()
                            : tr("The database's estimate. The exact number is being counted and replaces it."));
}

QStringList HelpDeskPage::selectedLogins() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList logins;
    for (const QModelIndex& index : rows) {
        const QString login = m_model->loginAt(index.row());
        if (!login.isEmpty())
            logins << login;
    }
    return logins;
}

std::optional<Authenticator> HelpDeskPage::current() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return m_model->authenticatorAt(rows.first().row());
}

void HelpDeskPage::updateActions()
{
    const int selected = m_table->selectionModel()->selectedRows().size();
    const bool open = m_store != nullptr;
    const bool one = open && selected == 1;
    const QString needsKey =
        m_storeHasKey || !open
            ? tr("Unlock the store key first (File → Unlock Store Key…): phone numbers are encrypted.")
            : tr("This store has no key yet, and phone numbers are stored encrypted: create the key first (File → "
                 "Create Store Key…).");
    // The database refuses an auditor's writes anyway (DESIGN §6); offering them would only lead
    // to a refusal. Revealing a phone writes an event, so it is a write too.
    const bool write = open && StoreAccess::mayChangeAuthenticators(m_store->role());
    m_registerAction->setEnabled(write && m_key);
    m_importAction->setEnabled(write && m_key);
    m_importDirectoryAction->setEnabled(write && m_key);
    m_unblockAction->setEnabled(write && selected > 0);
    m_unblockAllAction->setEnabled(write);
    m_resetAction->setEnabled(write && one);
    m_editPhoneAction->setEnabled(write && one && m_key);
    m_editCommentAction->setEnabled(write && one);
    m_revealAction->setEnabled(write && one && m_key);
    m_deleteAction->setEnabled(write && selected > 0);
    m_refreshAction->setEnabled(open);
    // Set on every update, not only in retranslateUi(): once the key arrives, the usual tips return.
    m_registerAction->setToolTip(m_key ? tr("Register a new SMS authenticator for a user (Ctrl+N).") : needsKey);
    m_importAction->setToolTip(m_key ? tr("Register many users from a CSV file of login, phone and comment.")
                                     : needsKey);
    m_importDirectoryAction->setToolTip(
        m_key ? tr("Register the directory's users with the numbers the directory holds (Settings → Directory).")
              : needsKey);
    m_editPhoneAction->setToolTip(m_key ? tr("Change the phone number; it is normalised by the Phone format rules.")
                                        : needsKey);
    m_revealAction->setToolTip(m_key ? tr("Show the whole phone number. This is recorded in the event log.")
                                     : needsKey);
    m_unblockAllAction->setToolTip(tr("Unblock every blocked authenticator in the store, after showing how many."));
    m_unblockAction->setToolTip(tr("Unblock the selected authenticators (Ctrl+U)."));
    m_resetAction->setToolTip(tr("Set the failed attempts of the selected authenticator back to zero."));
    m_editCommentAction->setToolTip(tr("Change the comment of the selected authenticator."));
    m_deleteAction->setToolTip(tr("Delete the selected authenticators (Del)."));
    if (open && !write) {
        const QString readOnly =
            tr("Your store login (%1) may only read: the help desk's changes need the help desk or administrator "
               "role. Ask the store's administrator (smsotp-cli store grant).")
                .arg(StoreAccess::displayName(m_store->role()));
        for (QAction* action : {m_registerAction, m_importAction, m_unblockAction, m_unblockAllAction, m_resetAction,
                                m_editPhoneAction, m_editCommentAction, m_revealAction, m_deleteAction})
            action->setToolTip(readOnly);
    }
}

void HelpDeskPage::showDetail()
{
    m_detail->showAuthenticator(current(), m_model->sendingSuspended());
}

void HelpDeskPage::note(const QString& text)
{
    m_feedback->setText(text);
    Q_EMIT noteChanged(text);
}

bool HelpDeskPage::reportOutcome(bool ok, const QString& message)
{
    if (ok) {
        note(message);
        return true;
    }
    note(message);
    MessageBoxes::warning(this, tr("Help desk"), message);
    return false;
}

void HelpDeskPage::unblockSelected()
{
    const QStringList logins = selectedLogins();
    if (!m_store || logins.isEmpty())
        return;
    if (logins.size() > 1 &&
        MessageBoxes::question(
            this, tr("Unblock Authenticators"),
            tr("Unblock the %n selected authenticator(s)? Those that are not blocked stay as they are.", nullptr,
               int(logins.size()))) != QMessageBox::Yes)
        return;
    SystemClock clock;
    OtpService service(*m_store, m_key, clock);
    const OtpService::Outcome out = service.unblock(logins, {ActorName::console(), false});
    reportOutcome(out.ok, out.describe());
    afterChange();
}

void HelpDeskPage::unblockAllBlocked()
{
    if (!m_store)
        return;
    AuthenticatorRepository::Filter filter;
    filter.blockedOnly = true;
    const Result<qint64> blocked = AuthenticatorRepository(*m_store, m_key).count(filter);
    if (!blocked) {
        reportOutcome(false, blocked.error());
        return;
    }
    if (blocked.value() == 0) {
        MessageBoxes::information(this, tr("Unblock All"), tr("No authenticator is blocked."));
        return;
    }
    if (MessageBoxes::question(this, tr("Unblock All"),
                               tr("Unblock all %Ln blocked authenticator(s) in this store? Their failure counters are "
                                  "reset too.",
                                  nullptr, int(std::min<qint64>(blocked.value(), INT_MAX)))) != QMessageBox::Yes)
        return;
    SystemClock clock;
    OtpService service(*m_store, m_key, clock);
    const OtpService::Outcome out = service.unblockAll({ActorName::console(), false});
    reportOutcome(out.ok, out.describe());
    afterChange();
}

void HelpDeskPage::resetCounter()
{
    const std::optional<Authenticator> a = current();
    if (!m_store || !a)
        return;
    SystemClock clock;
    const OtpService::Outcome out =
        OtpService(*m_store, m_key, clock).resetCounter(a->login, {ActorName::console(), false});
    reportOutcome(out.ok, out.ok ? tr("%1: failure counter reset.").arg(a->login) : out.describe());
    afterChange();
}

void HelpDeskPage::editPhone()
{
    const std::optional<Authenticator> a = current();
    if (!m_store || !m_key || !a)
        return;
    // Not blocking: tests and screen readers find the dialog as a child of the page.
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("editPhoneDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit Phone of %1").arg(a->login));
    dialog->setLabelText(
        tr("New phone number (it is normalised by the Phone format rules; now %1):").arg(a->phoneMask));
    dialog->setInputMode(QInputDialog::TextInput);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, login = a->login](const QString& phone) {
        if (!m_store || !m_key)
            return;
        SystemClock clock;
        const OtpService::Outcome out =
            OtpService(*m_store, m_key, clock).changePhone(login, phone, {ActorName::console(), false});
        reportOutcome(out.ok, out.ok ? tr("%1: %2.").arg(login, out.message) : out.describe());
        afterChange();
    });
    dialog->open();
}

void HelpDeskPage::editComment()
{
    const std::optional<Authenticator> a = current();
    if (!m_store || !a)
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("editCommentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit Comment of %1").arg(a->login));
    dialog->setLabelText(tr("Comment:"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setTextValue(a->comment);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, login = a->login](const QString& comment) {
        if (!m_store)
            return;
        SystemClock clock;
        const OtpService::Outcome out =
            OtpService(*m_store, m_key, clock).changeComment(login, comment, {ActorName::console(), false});
        reportOutcome(out.ok, out.ok ? tr("%1: %2.").arg(login, out.message) : out.describe());
        afterChange();
    });
    dialog->open();
}

void HelpDeskPage::deleteSelected()
{
    const QStringList logins = selectedLogins();
    if (!m_store || logins.isEmpty())
        return;
    const QString text = logins.size() == 1
                             ? tr("Delete the SMS authenticator of %1? The user cannot sign in with SMS until it is "
                                  "registered again.")
                                   .arg(logins.first())
                             : tr("Delete the %n selected SMS authenticator(s)? These users cannot sign in with SMS "
                                  "until they are registered again.",
                                  nullptr, int(logins.size()));
    if (MessageBoxes::question(this, tr("Delete Authenticators"), text) != QMessageBox::Yes)
        return;
    SystemClock clock;
    OtpService service(*m_store, m_key, clock);
    int deleted = 0;
    for (const QString& login : logins) {
        const OtpService::Outcome out = service.remove(login, {ActorName::console(), false});
        if (!out.ok) {
            reportOutcome(false, out.describe());
            break;
        }
        ++deleted;
    }
    if (deleted == logins.size())
        note(tr("%n authenticator(s) deleted.", nullptr, deleted));
    m_table->clearSelection();
    afterChange();
}

void HelpDeskPage::registerNew()
{
    if (!m_store || !m_key)
        return;
    auto* dialog = new RegisterAuthenticatorDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRegistrar([this](const RegisterAuthenticatorDialog::Entry& e) -> QString {
        if (!m_store || !m_key)
            return tr("The store was closed.");
        SystemClock clock;
        const OtpService::Outcome out =
            OtpService(*m_store, m_key, clock)
                .registerAuthenticator(e.login, e.phone, e.comment, {ActorName::console(), false}, e.displayName);
        if (!out.ok)
            return out.describe();
        note(tr("%1: %2.").arg(e.login.trimmed(), out.message));
        afterChange();
        return {};
    });
    dialog->open();
}

void HelpDeskPage::revealPhone()
{
    const std::optional<Authenticator> a = current();
    if (!m_store || !m_key || !a)
        return;
    Result<QString> phone = AuthenticatorRepository(*m_store, m_key).phone(a->login);
    if (!phone) {
        reportOutcome(false, phone.error());
        return;
    }
    // Who saw which account's number is logged; the number itself never is.
    const Status logged =
        EventLog(*m_store).append(EventCode::PhoneRevealed, tr("phone number revealed in the console"), QJsonObject(),
                                  a->login, ActorName::console());
    if (!logged) {
        reportOutcome(false, logged.error());
        return;
    }
    note(tr("%1: phone number revealed (recorded in the event log).").arg(a->login));
    MessageBoxes::information(this, tr("Phone of %1").arg(a->login), phone.value());
    showDetail();
}

void HelpDeskPage::importDirectory()
{
    if (!m_store || !m_key)
        return;
    Result<SettingsRepository::Loaded> loaded = SettingsRepository(*m_store).load();
    if (!loaded) {
        MessageBoxes::warning(this, tr("Import Users"), loaded.error());
        return;
    }
    auto* dialog = new UserImportDialog(*m_store, m_key, ActorName::console(), this, UserImportDialog::Mode::Directory);
    dialog->setDirectorySettings(loaded->settings);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserImportDialog::imported, this, [this](int count) {
        note(tr("%n user(s) imported or updated from the directory.", nullptr, count));
        afterChange();
    });
    dialog->open();
}

void HelpDeskPage::importCsv()
{
    if (!m_store || !m_key)
        return;
    auto* dialog = new UserImportDialog(*m_store, m_key, ActorName::console(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserImportDialog::imported, this, [this](int count) {
        note(tr("%n user(s) imported.", nullptr, count));
        afterChange();
    });
    dialog->open();
}
