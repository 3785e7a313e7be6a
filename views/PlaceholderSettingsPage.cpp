#include "PlaceholderSettingsPage.h"

#include "domain/Settings.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

PlaceholderSettingsPage::PlaceholderSettingsPage(const QString& sectionKey, QWidget* parent)
    : SettingsPage(sectionKey, parent)
    , m_heading(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_valuesBox(new QGroupBox(this))
    , m_values(new QFormLayout)
    , m_state(new QLabel(this))
{
    setObjectName(sectionKey + QLatin1String("Page"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_state->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("state"));

    m_values->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_values->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* valuesWidget = new QWidget;
    valuesWidget->setLayout(m_values);
    auto* scroll = new QScrollArea;
    scroll->setWidget(valuesWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* boxLayout = new QVBoxLayout(m_valuesBox);
    boxLayout->addWidget(m_state);
    boxLayout->addWidget(scroll, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_notice);
    layout->addWidget(m_valuesBox, 1);

    retranslateUi();
}

void PlaceholderSettingsPage::setStore(Store* store)
{
    m_hasStore = store != nullptr;
    m_loaded = false;
    m_section = {};
    rebuildValues();
}

void PlaceholderSettingsPage::load(const Settings& settings)
{
    // Secrets are left out on purpose: this page is read by anyone looking over a shoulder.
    m_section = settings.sectionJson(sectionKey(), Settings::SecretPolicy::Omit);
    m_loaded = true;
    setDirty(false);
    rebuildValues();
}

void PlaceholderSettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    SettingsPage::changeEvent(event);
}

void PlaceholderSettingsPage::retranslateUi()
{
    setAccessibleName(title());
    m_heading->setText(title());
    const QString example = QStringLiteral("smsotp-cli settings set %1.<i>FIELD</i>=<i>VALUE</i>").arg(sectionKey());
    m_notice->setText(tr("Editing this section in the console is coming in a later version. Meanwhile the values "
                         "below are the ones stored now, and you can change a field from the command line:") +
                      QStringLiteral("<br><code>%1</code>").arg(example));
    m_valuesBox->setTitle(tr("Stored settings"));
    rebuildValues();
}

void PlaceholderSettingsPage::rebuildValues()
{
    while (m_values->rowCount() > 0)
        m_values->removeRow(0);

    if (!m_hasStore)
        m_state->setText(tr("No store is open. Use File → Open store… to open one."));
    else if (!m_loaded)
        m_state->setText(tr("The stored settings could not be read."));
    m_state->setVisible(!m_hasStore || !m_loaded);
    if (!m_hasStore || !m_loaded)
        return;

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (auto it = m_section.constBegin(); it != m_section.constEnd(); ++it) {
        // The label is the CLI's own key, so what is read here can be typed into "settings set".
        auto* key = new QLabel(sectionKey() + QLatin1Char('.') + it.key());
        key->setFont(fixed);
        key->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* value = new QLabel(displayValue(it.value()));
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(it.key());
        value->setAccessibleName(it.key());
        key->setBuddy(value);
        m_values->addRow(key, value);
    }
}

QString PlaceholderSettingsPage::displayValue(const QJsonValue& value) const
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == static_cast<qint64>(number) ? QString::number(static_cast<qint64>(number))
                                                     : QString::number(number);
    }
    case QJsonValue::String:
        return value.toString().isEmpty() ? tr("(empty)") : value.toString();
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return tr("(none)");
        QStringList lines;
        for (const QJsonValue& item : array) {
            // Allow-list entries read best in the customer's own "address # comment" form.
            const QJsonObject object = item.toObject();
            if (item.isObject() && object.contains(QLatin1String("ip"))) {
                const QString comment = object.value(QLatin1String("comment")).toString();
                lines.append(object.value(QLatin1String("ip")).toString() +
                             (comment.isEmpty() ? QString() : QLatin1String(" # ") + comment));
            } else if (item.isString()) {
                lines.append(item.toString());
            } else {
                lines.append(displayValue(item));
            }
        }
        return lines.join(QLatin1Char('\n'));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return tr("(not set)");
}
