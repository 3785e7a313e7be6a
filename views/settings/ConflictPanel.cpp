#include "ConflictPanel.h"

#include "items/SettingsChangeModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ConflictPanel::ConflictPanel(QWidget* parent)
    : QFrame(parent)
    , m_model(new SettingsChangeModel(this))
    , m_text(new QLabel(this))
    , m_table(new QTableView(this))
    , m_reload(new QPushButton(this))
    , m_overwrite(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setModel(m_model);
    m_table->setColumnHidden(SettingsChangeModel::Section, true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMaximumHeight(160);
    m_reload->setObjectName(QStringLiteral("conflictReload"));
    m_overwrite->setObjectName(QStringLiteral("conflictOverwrite"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_overwrite);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_reload, &QPushButton::clicked, this, &ConflictPanel::reloadRequested);
    connect(m_overwrite, &QPushButton::clicked, this, &ConflictPanel::overwriteRequested);
    retranslateUi();
}

void ConflictPanel::showConflict(const QString& section, const Settings& yours, const Settings& stored, Reason reason)
{
    m_reason = reason;
    retranslateUi();
    m_model->compare(yours, stored, {section});
    m_table->resizeColumnsToContents();
    show();
}

void ConflictPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ConflictPanel::retranslateUi()
{
    m_text->setText(m_reason == Reason::SaveRefused
                        ? tr("<b>Not saved.</b> Another console saved this section after you opened it. The fields "
                             "that differ are below: yours on the left, the stored ones on the right.")
                        : tr("<b>Changed in another console.</b> Another console saved this section while you were "
                             "editing it. The fields that differ are below: yours on the left, the stored ones on "
                             "the right. Nothing is saved until you choose."));
    m_model->setValueTitles(tr("Yours"), tr("Stored by the other console"));
    m_table->setAccessibleName(tr("Differences between your input and the stored settings"));
    m_reload->setText(tr("Re&load Stored"));
    m_reload->setToolTip(tr("Drop your input and show what the other console saved."));
    m_overwrite->setText(tr("&Overwrite with Mine"));
    m_overwrite->setToolTip(tr("Save your input over what the other console saved. Their change stays in the "
                               "history and can be restored."));
}
