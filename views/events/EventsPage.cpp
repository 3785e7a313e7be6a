#include "EventsPage.h"
#include "domain/Limits.h"

#include "ColumnFitter.h"
#include "TableViewKeeper.h"

#include "MessageBoxes.h"
#include "domain/EventCatalog.h"
#include "items/EventTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QString csvField(const QString& text)
{
    // RFC 4180, and a leading = + - @ neutralised so a spreadsheet never runs a logged text as a formula.
    QString t = text;
    if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.at(0)))
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n')) ||
        t.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + t.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return t;
}
} // namespace

EventsPage::EventsPage(QWidget* parent)
    : ConsolePage(parent)
    , m_model(new EventTableModel(this))
    , m_heading(new QLabel)
    , m_code(new QComboBox)
    , m_useSince(new QCheckBox)
    , m_since(new QDateTimeEdit)
    , m_useUntil(new QCheckBox)
    , m_until(new QDateTimeEdit)
    , m_account(new QLineEdit)
    , m_count(new QLabel)
    , m_export(new QPushButton)
    , m_refresh(new QPushButton)
    , m_table(new QTableView)
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("eventsPage"));
    styleHeading(m_heading, 1.3);
    m_code->setObjectName(QStringLiteral("codeFilter"));
    m_useSince->setObjectName(QStringLiteral("useSince"));
    m_since->setObjectName(QStringLiteral("since"));
    m_useUntil->setObjectName(QStringLiteral("useUntil"));
    m_until->setObjectName(QStringLiteral("until"));
    m_account->setObjectName(QStringLiteral("accountFilter"));
    m_account->setClearButtonEnabled(true);
    m_account->setMaxLength(Limits::kAccountLength); // an account is never longer (events.account)
    m_count->setObjectName(QStringLiteral("count"));
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_refresh->setObjectName(QStringLiteral("refresh"));
    for (QDateTimeEdit* edit : {m_since, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setEnabled(false);
    }
    m_since->setDateTime(QDateTime::currentDateTime().addDays(-1));
    m_until->setDateTime(QDateTime::currentDateTime().addSecs(3600));

    m_code->addItem(QString(), 0);
    for (const EventCode::Info& info : EventCatalog::all())
        m_code->addItem(QString(), info.code);

    m_table->setObjectName(QStringLiteral("events"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventsPage::fitColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EventsPage::fitColumns);

    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &EventsPage::applyFilter);
    connect(m_account, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_code, qOverload<int>(&QComboBox::currentIndexChanged), this, &EventsPage::applyFilter);
    connect(m_useSince, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_useUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    for (QCheckBox* box : {m_useSince, m_useUntil})
        connect(box, &QCheckBox::toggled, this, &EventsPage::applyFilter);
    for (QDateTimeEdit* edit : {m_since, m_until})
        connect(edit, &QDateTimeEdit::dateTimeChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_export, &QPushButton::clicked, this, &EventsPage::chooseExportFile);
    connect(m_refresh, &QPushButton::clicked, this, &EventsPage::refresh);
    connect(m_model, &EventTableModel::totalRowsChanged, this, &EventsPage::updateCount);

    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_refreshAction, &QAction::triggered, this, &EventsPage::refresh);
    addAction(m_refreshAction);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this]() {
        m_account->setFocus(Qt::ShortcutFocusReason);
        m_account->selectAll();
    });
    addAction(m_findAction);

    // The type list is as long as the longest event title; it shares its row with the account
    // field half and half instead of crushing it, and the times get a row of their own.
    m_code->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_code->setMinimumContentsLength(24);
    auto* filters = new QGridLayout;
    filters->addWidget(m_code, 0, 0, 1, 3);
    filters->addWidget(m_account, 0, 3, 1, 3);
    filters->addWidget(m_useSince, 1, 0);
    filters->addWidget(m_since, 1, 1);
    filters->addWidget(m_useUntil, 1, 3);
    filters->addWidget(m_until, 1, 4);
    for (int column : {2, 5})
        filters->setColumnStretch(column, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_refresh);
    bottom->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    retranslateUi();
}

EventsPage::~EventsPage()
{
    m_model->setStore(nullptr);
}

void EventsPage::fitColumns()
{
    ColumnFitter::Column severity;
    for (Event::Severity level : {Event::Severity::Info, Event::Severity::Warning, Event::Severity::Error})
        severity.words << EventCatalog::severityName(level);
    ColumnFitter::fit(m_table, {{EventTableModel::Severity, severity}});
}

QString EventsPage::title() const
{
    return tr("Events");
}

void EventsPage::setStore(Store* store)
{
    m_store = store;
    markFresh();
    m_model->setStore(store);
    m_export->setEnabled(store != nullptr);
    m_refresh->setEnabled(store != nullptr);
    updateCount();
}

void EventsPage::refresh()
{
    markFresh();
    TableViewKeeper keeper(m_table, [this](int row) {
        const std::optional<Event> e = m_model->eventAt(row);
        return e ? QString::number(e->id) : QString();
    });
    keeper.capture();
    const qint64 before = m_model->totalRows();
    m_model->refresh();
    // Newest first: new events come in above the rows in view.
    keeper.restore(int(std::clamp<qint64>(m_model->totalRows() - before, 0, INT_MAX)));
    updateCount();
}

void EventsPage::refreshFromStore()
{
    if (m_store)
        refresh();
}

void EventsPage::showAccount(const QString& account)
{
    m_account->setText(account);
    applyFilter();
}

void EventsPage::applyFilter()
{
    m_delay->stop();
    EventTableModel::Filter filter;
    filter.code = m_code->currentData().toInt();
    if (m_useSince->isChecked())
        filter.since = m_since->dateTime().toUTC();
    if (m_useUntil->isChecked())
        filter.until = m_until->dateTime().toUTC();
    filter.account = m_account->text().trimmed();
    m_model->setFilter(filter);
    updateCount();
}

void EventsPage::updateCount()
{
    if (!m_store) {
        m_count->setText(tr("No store is open"));
        m_count->setToolTip(QString());
        return;
    }
    const int rows = int(std::min<qint64>(m_model->totalRows(), INT_MAX));
    // A large log on a server shows the database's estimate first; the exact count follows.
    m_count->setText(m_model->totalIsExact() ? tr("%Ln event(s)", nullptr, rows)
                                             : tr("about %Ln event(s)", nullptr, rows));
    m_count->setToolTip(m_model->totalIsExact()
                            ? QString()
                            : tr("The database's estimate. The exact number is being counted and replaces it."));
}

void EventsPage::chooseExportFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Events"), QStringLiteral("events.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool EventsPage::exportCsv(const QString& path)
{
    if (!m_store)
        return false;
    // QSaveFile: a cancelled or failed export never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        MessageBoxes::warning(this, tr("Export Events"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    QStringList header;
    for (int c = 0; c < EventTableModel::ColumnCount; ++c)
        header << csvField(m_model->headerData(c, Qt::Horizontal).toString());
    file.write(header.join(QLatin1Char(',')).toUtf8() + '\n');
    // Every row is read: an estimated count would cut the file short or pad the progress.
    m_model->countExactly();
    const int rows = m_model->rowCount();
    QProgressDialog progress(tr("Exporting events…"), tr("Cancel"), 0, rows, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    for (int row = 0; row < rows; ++row) {
        const std::optional<Event> e = m_model->eventAt(row);
        if (!e)
            break;
        QStringList fields;
        for (int c = 0; c < EventTableModel::ColumnCount; ++c)
            fields << csvField(c == EventTableModel::Time ? e->at.toString(Qt::ISODateWithMs)
                                                          : m_model->cellText(*e, c));
        file.write(fields.join(QLatin1Char(',')).toUtf8() + '\n');
        if (row % 1000 == 0) {
            progress.setValue(row);
            if (progress.wasCanceled()) {
                file.cancelWriting();
                file.commit();
                return false;
            }
        }
    }
    progress.setValue(rows);
    if (!file.commit()) {
        MessageBoxes::warning(this, tr("Export Events"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void EventsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ConsolePage::changeEvent(event);
}

void EventsPage::retranslateUi()
{
    m_heading->setText(tr("Event log"));
    setAccessibleName(title());
    m_code->setItemText(0, tr("All events"));
    for (int i = 1; i < m_code->count(); ++i) {
        const int code = m_code->itemData(i).toInt();
        m_code->setItemText(i, tr("%1 %2").arg(code).arg(EventCatalog::title(code)));
    }
    m_code->setToolTip(tr("Show only events with this code."));
    m_code->setAccessibleName(tr("Event code"));
    m_account->setPlaceholderText(tr("Account (exact login, Ctrl+F)"));
    m_account->setToolTip(tr("Show only the events of this account."));
    m_account->setAccessibleName(tr("Account"));
    m_useSince->setText(tr("From"));
    m_useSince->setToolTip(tr("Show only events at or after this time."));
    m_useUntil->setText(tr("Until"));
    m_useUntil->setToolTip(tr("Show only events before this time."));
    m_export->setText(tr("&Export CSV…"));
    m_export->setToolTip(tr("Save every event the filters match to a CSV file."));
    m_refresh->setText(tr("Re&fresh"));
    m_refresh->setToolTip(tr("Read the event log again (F5)."));
    fitColumns();
    m_table->setAccessibleName(tr("Events"));
    m_model->retranslate(); // the messages are rendered in the reader's language (EventText)
    updateCount();
}
