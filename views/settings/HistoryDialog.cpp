#include "HistoryDialog.h"

#include "MessageBoxes.h"
#include "SettingsPage.h"
#include "SettingsSession.h"
#include "domain/EventCode.h"
#include "items/SettingsHistoryModel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

HistoryDialog::HistoryDialog(SettingsSession* session, const QString& section, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_section(section)
    , m_model(new SettingsHistoryModel(this))
    , m_intro(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_restore(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setReadOnly(true);
    m_restore->setObjectName(QStringLiteral("restore"));
    m_close->setObjectName(QStringLiteral("close"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryDialog::showSelected);
    connect(m_restore, &QPushButton::clicked, this, [this]() { restoreRow(selectedRow()); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_session, &SettingsSession::sectionLoaded, this, [this](const QString& section) {
        if (section == m_section)
            reload();
    });

    retranslateUi();
    reload();
    resize(760, 520);
}

void HistoryDialog::reload()
{
    if (!m_session->store()) {
        m_model->setEntries({});
        return;
    }
    Result<QList<SettingsRepository::HistoryEntry>> entries =
        SettingsRepository(*m_session->store()).history(m_section);
    if (!entries) {
        MessageBoxes::critical(this, tr("Cannot Read History"), entries.error());
        return;
    }
    m_model->setEntries(entries.value());
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    showSelected();
}

int HistoryDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void HistoryDialog::showSelected()
{
    const SettingsRepository::HistoryEntry* entry = m_model->entry(selectedRow());
    // The newest version is what is stored now: restoring it would change nothing.
    m_restore->setEnabled(m_readOnlyReason.isEmpty() && entry && selectedRow() > 0);
    if (!entry) {
        m_details->clear();
        return;
    }
    m_details->setPlainText(tr("Version %1, saved by %2.").arg(entry->version).arg(entry->savedBy) +
                            QStringLiteral("\n\n") + tr("Changes:") + QLatin1Char('\n') + entry->diff +
                            QStringLiteral("\n\n") + tr("Values of this version:") + QLatin1Char('\n') +
                            QString::fromUtf8(QJsonDocument(entry->body).toJson(QJsonDocument::Indented)));
}

void HistoryDialog::setReadOnlyReason(const QString& why)
{
    m_readOnlyReason = why;
    retranslateUi();
    showSelected();
}

bool HistoryDialog::restoreRow(int row)
{
    const SettingsRepository::HistoryEntry* entry = m_model->entry(row);
    if (!entry || !m_readOnlyReason.isEmpty())
        return false;
    const QString title = SettingsPage::sectionTitle(m_section);
    if (MessageBoxes::question(this, tr("Restore Version"),
                               tr("Save version %1 of \"%2\" again as its newest version? Unsaved input on that page "
                                  "is replaced.")
                                   .arg(entry->version)
                                   .arg(title)) != QMessageBox::Yes)
        return false;
    Settings restored = m_session->settings();
    FieldErrors errors;
    // Secrets are never in the history: the stored ones stay as they are.
    restored.readSectionJson(m_section, entry->body, errors);
    if (!errors.isEmpty()) {
        MessageBoxes::critical(this, tr("Cannot Restore"), formatFieldErrors(errors));
        return false;
    }
    const SettingsRepository::SaveOutcome outcome = m_session->save(restored, {m_section}, EventCode::SettingsSaved);
    if (!outcome.ok()) {
        const QString text = outcome.errors.isEmpty()
                                 ? outcome.message
                                 : outcome.message + QLatin1Char('\n') + formatFieldErrors(outcome.errors);
        MessageBoxes::warning(this, tr("Cannot Restore"), text);
        return false;
    }
    return true;
}

void HistoryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HistoryDialog::retranslateUi()
{
    const QString title = SettingsPage::sectionTitle(m_section);
    setWindowTitle(tr("History of %1").arg(title));
    m_intro->setText(tr("Every save of \"%1\", newest first. Choose a version to see its values; Restore saves it "
                        "again as a new version.")
                         .arg(title));
    m_table->setAccessibleName(tr("Saved versions"));
    m_details->setAccessibleName(tr("Details of the chosen version"));
    m_restore->setText(tr("&Restore This Version"));
    m_restore->setToolTip(m_readOnlyReason.isEmpty()
                              ? tr("Save the chosen version again; the versions after it stay in the history.")
                              : m_readOnlyReason);
    m_close->setText(tr("&Close"));
}
