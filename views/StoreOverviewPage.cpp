#include "StoreOverviewPage.h"

#include "store/Store.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel* factLabel(const char* name)
{
    auto* label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

StoreOverviewPage::StoreOverviewPage(QWidget* parent)
    : ConsolePage(parent)
    , m_heading(new QLabel(this))
    , m_description(new QLabel(this))
    , m_facts(new QFormLayout)
    , m_location(factLabel("location"))
    , m_dialect(factLabel("dialect"))
    , m_identity(factLabel("identity"))
    , m_schema(factLabel("schemaVersion"))
    , m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    styleHeading(m_heading);
    m_description->setWordWrap(true);
    m_facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_facts->addRow(new QLabel, m_location); // labelled in retranslateUi()
    m_facts->addRow(new QLabel, m_dialect);  // labelled in retranslateUi()
    m_facts->addRow(new QLabel, m_identity); // labelled in retranslateUi()
    m_facts->addRow(new QLabel, m_schema);   // labelled in retranslateUi()
    connect(m_open, &QPushButton::clicked, this, &StoreOverviewPage::openStoreRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addSpacing(12);
    layout->addLayout(m_facts);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(1);
    retranslateUi();
}

QString StoreOverviewPage::title() const
{
    return tr("Storage SMS OTP");
}

void StoreOverviewPage::setStore(Store* store)
{
    m_store = store;
    retranslateUi();
}

void StoreOverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ConsolePage::changeEvent(event);
}

void StoreOverviewPage::retranslateUi()
{
    setAccessibleName(title());
    m_heading->setText(title());
    m_description->setText(
        m_store ? tr("The settings of the Storage SMS OTP authenticator, one page per section, are kept in this store:")
                : tr("No store is open. Use File → Open store… to open one."));
    const auto setLabel = [this](QLabel* field, const QString& label) {
        if (auto* text = qobject_cast<QLabel*>(m_facts->labelForField(field)))
            text->setText(label);
    };
    setLabel(m_location, tr("Location:"));
    setLabel(m_dialect, tr("Kind:"));
    setLabel(m_identity, tr("Identity:"));
    setLabel(m_schema, tr("Schema version:"));
    for (QLabel* field : {m_location, m_dialect, m_identity, m_schema}) {
        field->setVisible(m_store);
        if (QWidget* label = m_facts->labelForField(field))
            label->setVisible(m_store);
    }
    if (m_store) {
        m_location->setText(m_store->url().displayLocation());
        m_dialect->setText(m_store->url().dialectName());
        m_identity->setText(m_store->uuid());
        m_schema->setText(QString::number(m_store->schemaVersion()));
    }
    m_open->setText(m_store ? tr("Open another store…") : tr("Open store…"));
}
