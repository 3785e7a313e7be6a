#include "ProviderServersPage.h"

#include "ColumnFitter.h"

#include "ServerStateDelegate.h"
#include "items/ServerTableModel.h"
#include "store/ServerRegistry.h"
#include "store/Store.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

ProviderServersPage::ProviderServersPage(QWidget* parent)
    : ConsolePage(parent)
    , m_model(new ServerTableModel(this))
    , m_heading(new QLabel)
    , m_description(new QLabel)
    , m_summary(new QLabel)
    , m_table(new QTableView)
    , m_refresh(new QPushButton)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("providerServersPage"));
    styleHeading(m_heading);
    m_description->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_refresh->setObjectName(QStringLiteral("refresh"));

    m_table->setObjectName(QStringLiteral("servers"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ServerStateDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns as wide as their header and rows in every language; the last error stretches.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() { ColumnFitter::fit(m_table); });

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    m_timer->setInterval(kRefreshMilliseconds);
    connect(m_timer, &QTimer::timeout, this, &ProviderServersPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &ProviderServersPage::refresh);
    retranslateUi();
    setStore(nullptr);
}

QString ProviderServersPage::title() const
{
    return tr("Provider servers");
}

void ProviderServersPage::setStore(Store* store)
{
    m_store = store;
    m_refresh->setEnabled(store != nullptr);
    refresh();
}

qint64 ProviderServersPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ServerTableModel::IdRole).toLongLong();
}

void ProviderServersPage::refresh()
{
    const qint64 selected = selectedId();
    m_error.clear();
    QList<ServerInfo> servers;
    if (m_store) {
        auto listed = ServerRegistry(*m_store).list();
        if (listed)
            servers = listed.value();
        else
            m_error = listed.error();
    }
    m_model->setServers(servers, QDateTime::currentDateTimeUtc());
    // A server that started or went away resets the rows; the selected one stays selected.
    const int row = selected ? m_model->rowOfId(selected) : -1;
    if (row >= 0 && selectedId() != selected)
        m_table->selectRow(row);
    updateSummary();
}

void ProviderServersPage::updateSummary()
{
    if (!m_store) {
        m_summary->setText(tr("Open a store to see its provider servers."));
        return;
    }
    if (!m_error.isEmpty()) {
        m_summary->setText(m_error);
        return;
    }
    int running = 0, silent = 0, stopped = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        switch (ServerInfo::State(m_model->index(row, 0).data(ServerTableModel::StateRole).toInt())) {
        case ServerInfo::State::Running:
            ++running;
            break;
        case ServerInfo::State::Silent:
            ++silent;
            break;
        case ServerInfo::State::Stopped:
            ++stopped;
            break;
        }
    }
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("No provider server has registered with this store yet. Start smsotp-server with "
                              "this store's URL on each sign-in server."));
        return;
    }
    m_summary->setText(tr("Running: %1. Silent: %2. Stopped: %3. Updated every %4 seconds.")
                           .arg(running)
                           .arg(silent)
                           .arg(stopped)
                           .arg(kRefreshMilliseconds / 1000));
}

void ProviderServersPage::showEvent(QShowEvent* event)
{
    refresh();
    m_timer->start();
    ConsolePage::showEvent(event);
}

void ProviderServersPage::hideEvent(QHideEvent* event)
{
    // Nobody looks: no queries every few seconds against a shared store.
    m_timer->stop();
    ConsolePage::hideEvent(event);
}

void ProviderServersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->headerDataChanged(Qt::Horizontal, 0, ServerTableModel::ColumnCount - 1);
        updateSummary();
    }
    ConsolePage::changeEvent(event);
}

void ProviderServersPage::retranslateUi()
{
    m_heading->setText(tr("Provider servers"));
    setAccessibleName(title());
    m_description->setText(tr("Every smsotp-server that uses this store writes a heartbeat every few seconds. A "
                              "server without a heartbeat for more than a minute is marked silent: it may have "
                              "crashed, hung or lost its connection to the store."));
    m_table->setAccessibleName(tr("Provider servers"));
    m_refresh->setText(tr("&Refresh"));
    ColumnFitter::fit(m_table);
}
