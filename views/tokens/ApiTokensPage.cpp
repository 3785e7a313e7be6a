#include "ApiTokensPage.h"

#include "CreateApiTokenDialog.h"
#include "MessageBoxes.h"
#include "TableViewKeeper.h"
#include "items/ApiTokenTableModel.h"
#include "store/ApiTokenRepository.h"
#include "store/ChangeNotice.h"
#include "store/Store.h"
#include "store/StoreAccess.h"
#include "util/ActorName.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ApiTokensPage::ApiTokensPage(QWidget* parent)
    : ConsolePage(parent)
    , m_model(new ApiTokenTableModel(this))
    , m_heading(new QLabel)
    , m_description(new QLabel)
    , m_note(new QLabel)
    , m_table(new QTableView)
    , m_create(new QPushButton)
    , m_disable(new QPushButton)
    , m_enable(new QPushButton)
    , m_delete(new QPushButton)
    , m_refresh(new QPushButton)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("apiTokensPage"));
    styleHeading(m_heading);
    m_description->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_create->setObjectName(QStringLiteral("createToken"));
    m_disable->setObjectName(QStringLiteral("disableToken"));
    m_enable->setObjectName(QStringLiteral("enableToken"));
    m_delete->setObjectName(QStringLiteral("deleteToken"));
    m_refresh->setObjectName(QStringLiteral("refresh"));

    m_table->setObjectName(QStringLiteral("tokens"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The dates, addresses and states take what they need; the scopes the rest (all four are in
    // the tooltip when the window is narrow); a name is cut at a fixed width.
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ApiTokenTableModel::Name, QHeaderView::Interactive);
    header->setSectionResizeMode(ApiTokenTableModel::Scopes, QHeaderView::Stretch);
    m_table->setColumnWidth(ApiTokenTableModel::Name, 120);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_disable);
    buttons->addWidget(m_enable);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_create, &QPushButton::clicked, this, &ApiTokensPage::createToken);
    connect(m_disable, &QPushButton::clicked, this, [this]() { setSelectedEnabled(false); });
    connect(m_enable, &QPushButton::clicked, this, [this]() { setSelectedEnabled(true); });
    connect(m_delete, &QPushButton::clicked, this, &ApiTokensPage::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, this, &ApiTokensPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApiTokensPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApiTokensPage::updateActions);
    retranslateUi();
    setStore(nullptr);
}

QString ApiTokensPage::title() const
{
    return tr("API access");
}

void ApiTokensPage::setStore(Store* store)
{
    m_store = store;
    m_readOnly = store && !StoreAccess::mayChangeSettings(store->role());
    m_status->clear();
    retranslateUi();
    refresh();
}

void ApiTokensPage::refresh()
{
    markFresh();
    if (!m_store) {
        m_model->setTokens({}, QDateTime::currentDateTimeUtc());
        return;
    }
    auto tokens = ApiTokenRepository(*m_store).list();
    if (!tokens) {
        m_status->setText(tokens.error());
        m_model->setTokens({}, QDateTime::currentDateTimeUtc());
        return;
    }
    // Tokens come and go elsewhere: the rows are found again by name.
    TableViewKeeper keeper(m_table, [this](int row) {
        const std::optional<ApiToken> token = m_model->tokenAt(row);
        return token ? token->name : QString();
    });
    keeper.capture();
    m_model->setTokens(tokens.value(), QDateTime::currentDateTimeUtc());
    keeper.restore();
}

void ApiTokensPage::refreshFromStore()
{
    if (m_store)
        refresh();
}

void ApiTokensPage::announceChange()
{
    if (m_store)
        ChangeNotice::send(*m_store, ChangeNotice::apiTokens());
}

QString ApiTokensPage::selectedName() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ApiTokenTableModel::NameRole).toString();
}

void ApiTokensPage::select(const QString& name)
{
    const int row = name.isEmpty() ? -1 : m_model->rowOf(name);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

CreateApiTokenDialog* ApiTokensPage::createToken()
{
    if (!m_store || m_readOnly)
        return nullptr;
    auto* dialog = new CreateApiTokenDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCreator([this](const CreateApiTokenDialog::Request& r) -> Result<QString> {
        if (!m_store)
            return Result<QString>::failure(tr("The store was closed."));
        auto created =
            ApiTokenRepository(*m_store).create(r.name, r.scopes, r.expires, r.exemptIpAllowList, ActorName::console());
        if (!created)
            return Result<QString>::failure(created.error());
        return created->secret;
    });
    connect(dialog, &CreateApiTokenDialog::created, this, [this](const QString& name) {
        announceChange();
        refresh();
        select(name);
        m_status->setText(tr("API token \"%1\" created.").arg(name));
    });
    dialog->open();
    return dialog;
}

void ApiTokensPage::setSelectedEnabled(bool enabled)
{
    const QString name = selectedName();
    if (!m_store || m_readOnly || name.isEmpty())
        return;
    const Status s = ApiTokenRepository(*m_store).setEnabled(name, enabled, ActorName::console());
    if (!s) {
        MessageBoxes::critical(this, enabled ? tr("Cannot Enable Token") : tr("Cannot Disable Token"), s.error());
        return;
    }
    announceChange();
    refresh();
    m_status->setText(enabled ? tr("API token \"%1\" enabled.").arg(name)
                              : tr("API token \"%1\" disabled: callers using it are refused until it is enabled "
                                   "again.")
                                    .arg(name));
}

void ApiTokensPage::deleteSelected()
{
    const QString name = selectedName();
    if (!m_store || m_readOnly || name.isEmpty())
        return;
    const auto answer =
        MessageBoxes::question(this, tr("Delete API Token"),
                               tr("Delete the API token \"%1\"? Every system that uses it is refused from now on, and "
                                  "it cannot be restored: a new token has a new secret.")
                                   .arg(name));
    if (answer != QMessageBox::Yes)
        return;
    const Status s = ApiTokenRepository(*m_store).remove(name, ActorName::console());
    if (!s) {
        MessageBoxes::critical(this, tr("Cannot Delete Token"), s.error());
        return;
    }
    announceChange();
    refresh();
    m_status->setText(tr("API token \"%1\" deleted.").arg(name));
}

void ApiTokensPage::updateActions()
{
    const auto token = m_model->tokenAt(
        m_table->selectionModel()->hasSelection() ? m_table->selectionModel()->selectedRows().value(0).row() : -1);
    const bool writable = m_store && !m_readOnly;
    m_create->setEnabled(writable);
    m_disable->setEnabled(writable && token && token->enabled);
    m_enable->setEnabled(writable && token && !token->enabled);
    m_delete->setEnabled(writable && token.has_value());
    m_refresh->setEnabled(m_store != nullptr);
}

void ApiTokensPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->headerDataChanged(Qt::Horizontal, 0, ApiTokenTableModel::ColumnCount - 1);
    }
    ConsolePage::changeEvent(event);
}

void ApiTokensPage::retranslateUi()
{
    m_heading->setText(tr("API access"));
    setAccessibleName(title());
    m_description->setText(tr("Sign-in systems (a VPN's RADIUS server, a web application, an identity provider) call "
                              "the provider servers with an API token. Each token may do only what its scopes allow, "
                              "until its expiry; disable or delete a token to shut a system out at once."));
    if (!m_store)
        m_note->setText(tr("Open a store to see its API tokens."));
    else if (m_readOnly)
        m_note->setText(tr("Your store login (%1) may look at the tokens but not change them.")
                            .arg(StoreAccess::displayName(m_store->role())));
    m_note->setVisible(!m_store || m_readOnly);
    m_table->setAccessibleName(tr("API tokens"));
    m_create->setText(tr("&Create…"));
    m_create->setToolTip(tr("Create a token; its secret is shown once."));
    m_disable->setText(tr("&Disable"));
    m_disable->setToolTip(tr("Refuse the selected token until it is enabled again."));
    m_enable->setText(tr("&Enable"));
    m_enable->setToolTip(tr("Accept the selected token again."));
    m_delete->setText(tr("De&lete…"));
    m_delete->setToolTip(tr("Delete the selected token for good."));
    m_refresh->setText(tr("&Refresh"));
    updateActions();
}
