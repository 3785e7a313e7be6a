#include "ImportPreviewDialog.h"

#include "EnglishPlural.h"
#include "MessageBoxes.h"
#include "SettingsSession.h"
#include "domain/EventCode.h"
#include "items/SettingsChangeModel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ImportPreviewDialog::ImportPreviewDialog(SettingsSession* session, const Settings& stored, const Settings& imported,
                                         const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_imported(imported)
    , m_fileName(fileName)
    , m_model(new SettingsChangeModel(this))
    , m_intro(new QLabel(this))
    , m_table(new QTableView(this))
    , m_apply(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("importPreview"));
    m_model->compare(stored, imported);
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("importChanges"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancel"));

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_apply, &QPushButton::clicked, this, [this]() { apply(); });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
    resize(820, 480);
}

bool ImportPreviewDialog::apply()
{
    const QStringList sections = m_model->changedSections();
    if (sections.isEmpty()) {
        accept();
        return true;
    }
    const SettingsRepository::SaveOutcome outcome = m_session->save(m_imported, sections, EventCode::SettingsImported);
    if (!outcome.ok()) {
        const QString text = outcome.errors.isEmpty()
                                 ? outcome.message
                                 : outcome.message + QLatin1Char('\n') + formatFieldErrors(outcome.errors);
        MessageBoxes::warning(this, tr("Import Failed"), text + QLatin1Char('\n') + tr("Nothing was saved."));
        return false;
    }
    accept();
    return true;
}

void ImportPreviewDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportPreviewDialog::retranslateUi()
{
    setWindowTitle(tr("Import Settings"));
    const int changes = m_model->rowCount();
    m_intro->setText(changes == 0
                         ? tr("%1 holds the settings stored now: importing it changes nothing.").arg(m_fileName)
                         : englishPlural(tr("Importing %1 changes %n field(s) listed below. Nothing is "
                                            "written until you choose Apply; the sections are then saved "
                                            "together, or none of them.",
                                            nullptr, changes),
                                         changes)
                               .arg(m_fileName));
    m_model->setValueTitles(tr("Now"), tr("After import"));
    m_table->setAccessibleName(tr("Changes the import makes"));
    m_apply->setText(tr("&Apply"));
    m_apply->setToolTip(tr("Save the imported settings."));
    m_cancel->setText(tr("&Cancel"));
}
