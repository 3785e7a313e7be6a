#include "IpAllowListSettingsPage.h"

#include "EnglishPlural.h"
#include "FieldMessage.h"
#include "MessageBoxes.h"
#include "items/IpAllowListModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QStringList nonEmptyLines(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

} // namespace

IpAllowListSettingsPage::IpAllowListSettingsPage(SettingsSession* session, QWidget* parent)
    : SectionPage(QLatin1String(IpAllowListSettings::kKey), session, parent)
    , m_model(new IpAllowListModel(this))
    , m_enabled(new QCheckBox)
    , m_entriesLabel(new QLabel)
    , m_table(new QTableView)
    , m_addressLabel(new QLabel)
    , m_address(new QLineEdit)
    , m_comment(new QLineEdit)
    , m_add(new QPushButton)
    , m_remove(new QPushButton)
    , m_paste(new QPushButton)
    , m_import(new QPushButton)
    , m_export(new QPushButton)
    , m_notice(new QLabel)
    , m_exemptLabel(new QLabel)
    , m_exempt(new QPlainTextEdit)
    , m_proxiesLabel(new QLabel)
    , m_proxies(new QPlainTextEdit)
{
    m_enabled->setObjectName(QStringLiteral("enabled"));
    addToContent(m_enabled);
    addToContent(bindField(QStringLiteral("enabled"), m_enabled));
    watch(m_enabled);

    m_table->setObjectName(QStringLiteral("entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionResizeMode(IpAllowListModel::Address, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(IpAllowListModel::Address, 220);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->verticalHeader()->minimumSectionSize() + 4);
    m_table->setMinimumHeight(140);
    m_entriesLabel->setBuddy(m_table);

    m_address->setObjectName(QStringLiteral("newAddress"));
    m_comment->setObjectName(QStringLiteral("newComment"));
    m_add->setObjectName(QStringLiteral("addEntry"));
    m_remove->setObjectName(QStringLiteral("removeEntries"));
    m_paste->setObjectName(QStringLiteral("pasteEntries"));
    m_import->setObjectName(QStringLiteral("importEntries"));
    m_export->setObjectName(QStringLiteral("exportEntries"));
    m_notice->setObjectName(QStringLiteral("listNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_addressLabel->setBuddy(m_address);

    auto* addLine = new QHBoxLayout;
    addLine->addWidget(m_addressLabel);
    addLine->addWidget(m_address, 2);
    addLine->addWidget(m_comment, 3);
    addLine->addWidget(m_add);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    listButtons->addWidget(m_paste);
    listButtons->addWidget(m_import);
    listButtons->addWidget(m_export);

    auto* listBox = new QWidget;
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_entriesLabel);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(bindField(QStringLiteral("entries"), m_table));
    listLayout->addLayout(addLine);
    listLayout->addLayout(listButtons);
    listLayout->addWidget(m_notice);
    addToContent(listBox, 3);

    m_exempt->setObjectName(QStringLiteral("exemptAccounts"));
    m_exempt->setTabChangesFocus(true);
    m_exempt->setMaximumHeight(90);
    m_exemptLabel->setBuddy(m_exempt);
    addToContent(m_exemptLabel);
    addToContent(m_exempt, 1);
    addToContent(bindField(QStringLiteral("exemptAccounts"), m_exempt));
    watch(m_exempt);

    m_proxies->setObjectName(QStringLiteral("trustedProxies"));
    m_proxies->setTabChangesFocus(true);
    m_proxies->setMaximumHeight(90);
    m_proxiesLabel->setBuddy(m_proxies);
    m_proxiesLabel->setWordWrap(true);
    addToContent(m_proxiesLabel);
    addToContent(m_proxies, 1);
    addToContent(bindField(QStringLiteral("trustedProxies"), m_proxies));
    watch(m_proxies);

    connect(m_model, &IpAllowListModel::rowsInserted, this, &IpAllowListSettingsPage::onInputChanged);
    connect(m_model, &IpAllowListModel::rowsRemoved, this, &IpAllowListSettingsPage::onInputChanged);
    connect(m_model, &IpAllowListModel::dataChanged, this, &IpAllowListSettingsPage::onInputChanged);
    connect(m_model, &IpAllowListModel::modelReset, this, &IpAllowListSettingsPage::onInputChanged);
    connect(m_model, &IpAllowListModel::refused, this, [this](const QString& reason) { report(0, {reason}); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IpAllowListSettingsPage::updateButtons);
    connect(m_address, &QLineEdit::textChanged, this, &IpAllowListSettingsPage::updateButtons);
    connect(m_address, &QLineEdit::returnPressed, this, &IpAllowListSettingsPage::addTyped);
    connect(m_comment, &QLineEdit::returnPressed, this, &IpAllowListSettingsPage::addTyped);
    connect(m_add, &QPushButton::clicked, this, &IpAllowListSettingsPage::addTyped);
    connect(m_remove, &QPushButton::clicked, this, &IpAllowListSettingsPage::removeSelected);
    connect(m_paste, &QPushButton::clicked, this, [this]() { pasteLines(QApplication::clipboard()->text()); });
    connect(m_import, &QPushButton::clicked, this, [this]() {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import Allow-List"), {}, tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            importJson(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Allow-List"),
                                                          QStringLiteral("allow-list.json"), tr("JSON files (*.json)"));
        if (!path.isEmpty())
            exportJson(path);
    });
    finishConstruction();
    updateButtons();
}

void IpAllowListSettingsPage::showSettings(const Settings& settings)
{
    const IpAllowListSettings& s = settings.ipAllowList;
    m_enabled->setChecked(s.enabled);
    m_model->setEntries(s.entries);
    m_exempt->setPlainText(s.exemptAccounts.join(QLatin1Char('\n')));
    m_proxies->setPlainText(s.trustedProxies.join(QLatin1Char('\n')));
    m_notice->clear();
}

void IpAllowListSettingsPage::apply(Settings& settings) const
{
    IpAllowListSettings& s = settings.ipAllowList;
    s.enabled = m_enabled->isChecked();
    s.entries = m_model->entries();
    s.exemptAccounts = nonEmptyLines(m_exempt->toPlainText());
    s.trustedProxies = nonEmptyLines(m_proxies->toPlainText());
}

void IpAllowListSettingsPage::addTyped()
{
    if (m_address->text().trimmed().isEmpty())
        return;
    const QString problem = m_model->addEntry({m_address->text(), m_comment->text()});
    if (problem.isEmpty()) {
        report(1, {});
        m_address->clear();
        m_comment->clear();
        m_table->scrollToBottom();
    } else {
        report(0, {problem});
    }
    m_address->setFocus();
}

void IpAllowListSettingsPage::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_model->removeRows(row, 1);
    m_notice->setText(englishPlural(tr("%n entry(s) removed.", nullptr, int(rows.size())), rows.size()));
}

int IpAllowListSettingsPage::pasteLines(const QString& text)
{
    FieldErrors errors;
    const QList<IpAllowListSettings::Entry> entries = IpAllowListSettings::entriesFromText(text, errors);
    QStringList refusals;
    for (const FieldError& e : errors)
        refusals.append(e.field + QStringLiteral(": ") + e.message);
    const int added = m_model->addEntries(entries, refusals);
    report(added, refusals);
    return added;
}

int IpAllowListSettingsPage::importJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBoxes::critical(this, tr("Cannot Import Allow-List"),
                               tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return 0;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isArray()) {
        MessageBoxes::warning(
            this, tr("Cannot Import Allow-List"),
            tr("%1 is not a JSON list such as [{\"ip\":\"100.10.10.1\",\"comment\":\"Tartu\"}]. %2")
                .arg(path, parseError.error == QJsonParseError::NoError ? QString() : parseError.errorString()));
        return 0;
    }
    FieldErrors errors;
    const QList<IpAllowListSettings::Entry> entries =
        IpAllowListSettings::entriesFromJson(document.array(), errors, QStringLiteral("entries"));
    QStringList refusals;
    for (const FieldError& e : errors)
        refusals.append(e.message);
    const int added = m_model->addEntries(entries, refusals);
    report(added, refusals);
    return added;
}

bool IpAllowListSettingsPage::exportJson(const QString& path)
{
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(IpAllowListSettings::entriesToJson(m_model->entries())).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        MessageBoxes::critical(this, tr("Cannot Export Allow-List"),
                               tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    m_notice->setText(
        englishPlural(tr("%n entry(s) written to %1.", nullptr, int(m_model->rowCount())), m_model->rowCount())
            .arg(path));
    return true;
}

QString IpAllowListSettingsPage::notice() const
{
    return m_notice->text();
}

void IpAllowListSettingsPage::report(int added, const QStringList& refusals)
{
    QString text = englishPlural(tr("%n entry(s) added.", nullptr, added), added);
    if (!refusals.isEmpty())
        text += QLatin1Char(' ') + englishPlural(tr("%n refused:", nullptr, int(refusals.size())), refusals.size()) +
                QLatin1Char('\n') + refusals.join(QLatin1Char('\n'));
    m_notice->setText(text);
}

void IpAllowListSettingsPage::updateButtons()
{
    m_add->setEnabled(!m_address->text().trimmed().isEmpty());
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
}

QString IpAllowListSettingsPage::description() const
{
    return tr("When on, codes are sent only to requests from the addresses below (error 1201 otherwise). Exempt "
              "accounts are never refused, so nobody locks themselves out.");
}

void IpAllowListSettingsPage::retranslatePage()
{
    describe(m_enabled, tr("&Allow requests only from the listed addresses"),
             tr("When ticked, a request from any other address is refused with error 1201, unless the account is "
                "exempt."));
    m_entriesLabel->setText(tr("Allowed addresses and &ranges:"));
    m_table->setAccessibleName(tr("Allowed addresses"));
    m_table->setToolTip(tr("Double-click a cell to edit it. A range is written as 100.10.10.0/24."));
    m_addressLabel->setText(tr("A&dd:"));
    m_address->setPlaceholderText(tr("Address or range, e.g. 100.10.10.2"));
    m_address->setAccessibleName(tr("New address or range"));
    m_address->setToolTip(tr("An IPv4 or IPv6 address, or a CIDR range such as 100.10.10.0/24."));
    m_comment->setPlaceholderText(tr("Comment, e.g. Tartu office"));
    m_comment->setAccessibleName(tr("Comment of the new entry"));
    m_comment->setToolTip(tr("Optional: a note for the administrators."));
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add the address to the list. An address already listed is refused."));
    m_remove->setText(tr("Re&move"));
    m_remove->setToolTip(tr("Remove the selected entries."));
    m_paste->setText(tr("&Paste Lines"));
    m_paste->setToolTip(tr("Add the clipboard's lines, one entry a line in the form \"100.10.10.2 # Tartu\"."));
    m_import->setText(tr("&Import JSON…"));
    m_import->setToolTip(tr("Add the entries of a JSON file: [{\"ip\":\"100.10.10.1\",\"comment\":\"Tartu\"}]."));
    m_export->setText(tr("E&xport JSON…"));
    m_export->setToolTip(tr("Write the list to a JSON file in the same form."));
    m_exemptLabel->setText(tr("&Exempt accounts (one login a line):"));
    m_exempt->setAccessibleName(tr("Exempt accounts"));
    m_exempt->setToolTip(tr("These accounts get codes from any address. Keep an administrator here."));
    m_proxiesLabel->setText(tr("&Trusted proxies of the provider servers (one address or range a line):"));
    m_proxies->setAccessibleName(tr("Trusted proxies"));
    m_proxies->setToolTip(tr("Load balancers or reverse proxies in front of smsotp-server. Only from these addresses "
                             "is the caller's address taken from the X-Forwarded-For header; from any other caller "
                             "the header is ignored and the connection's own address is checked."));
    m_proxies->setPlaceholderText(tr("e.g. 10.0.0.5 or 10.0.0.0/29"));
    m_model->headerDataChanged(Qt::Horizontal, 0, IpAllowListModel::ColumnCount - 1);
}
