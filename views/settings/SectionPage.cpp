#include "SectionPage.h"

#include "ConflictPanel.h"
#include "FieldMessage.h"
#include "HistoryDialog.h"
#include "MessageBoxes.h"
#include "SettingsSession.h"
#include "domain/EventCode.h"
#include "gateway/TestSendDialog.h"
#include "store/Store.h"
#include "util/ActorName.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTime>
#include <QVBoxLayout>

namespace {
// When another console saved: the time today, the date and time before.
QString changeTime(const QDateTime& at)
{
    const QDateTime local = at.toLocalTime();
    return local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                : QLocale().toString(local, QLocale::ShortFormat);
}
} // namespace

SectionPage::SectionPage(const QString& sectionKey, SettingsSession* session, QWidget* parent)
    : SettingsPage(sectionKey, parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_description(new QLabel(this))
    , m_noStore(new QLabel(this))
    , m_readOnlyNote(new QLabel(this))
    , m_conflict(new ConflictPanel(this))
    , m_damaged(new QFrame(this))
    , m_damagedText(new QLabel(m_damaged))
    , m_damagedHistory(new QPushButton(m_damaged))
    , m_elsewhere(new QFrame(this))
    , m_elsewhereText(new QLabel(m_elsewhere))
    , m_review(new QPushButton(m_elsewhere))
    , m_scroll(new QScrollArea(this))
    , m_contentWidget(new QWidget)
    , m_content(new QVBoxLayout(m_contentWidget))
    , m_pageMessage(new FieldMessage(this))
    , m_status(new QLabel(this))
    , m_history(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_save(new QPushButton(this))
{
    setObjectName(sectionKey + QLatin1String("Page"));
    styleHeading(m_heading);
    m_description->setWordWrap(true);
    m_noStore->setWordWrap(true);
    m_noStore->setObjectName(QStringLiteral("noStore"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->hide();
    m_conflict->setObjectName(QStringLiteral("conflict"));
    m_conflict->hide();
    m_damaged->setObjectName(QStringLiteral("damaged"));
    m_damaged->setFrameShape(QFrame::StyledPanel);
    m_damaged->setStyleSheet(QStringLiteral("#damaged { background: #fde7e9; }"));
    m_damagedText->setObjectName(QStringLiteral("damagedText"));
    m_damagedText->setWordWrap(true);
    m_damagedText->setTextFormat(Qt::PlainText);
    m_damagedHistory->setObjectName(QStringLiteral("damagedHistory"));
    auto* damagedLayout = new QHBoxLayout(m_damaged);
    damagedLayout->addWidget(m_damagedText, 1);
    damagedLayout->addWidget(m_damagedHistory, 0, Qt::AlignTop);
    m_damaged->hide();
    m_elsewhere->setObjectName(QStringLiteral("changedElsewhere"));
    m_elsewhere->setFrameShape(QFrame::StyledPanel);
    m_elsewhere->setStyleSheet(QStringLiteral("#changedElsewhere { background: #fff4ce; }"));
    m_elsewhereText->setObjectName(QStringLiteral("changedElsewhereText"));
    m_elsewhereText->setWordWrap(true);
    m_elsewhereText->setTextFormat(Qt::PlainText);
    m_review->setObjectName(QStringLiteral("reviewChange"));
    auto* elsewhereLayout = new QHBoxLayout(m_elsewhere);
    elsewhereLayout->addWidget(m_elsewhereText, 1);
    elsewhereLayout->addWidget(m_review, 0, Qt::AlignVCenter);
    m_elsewhere->hide();
    m_pageMessage->setObjectName(QStringLiteral("pageMessage"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_history->setObjectName(QStringLiteral("history"));
    m_revert->setObjectName(QStringLiteral("revert"));
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);

    m_content->setContentsMargins(0, 0, 0, 0);
    m_scroll->setObjectName(QStringLiteral("scroll"));
    m_scroll->setWidget(m_contentWidget);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_history);
    m_buttons->addWidget(m_status, 1);
    m_buttons->addWidget(m_revert);
    m_buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addWidget(m_noStore);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_damaged);
    layout->addWidget(m_elsewhere);
    layout->addWidget(m_conflict);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_pageMessage);
    layout->addLayout(m_buttons);

    connect(m_save, &QPushButton::clicked, this, [this]() { save(); });
    connect(m_revert, &QPushButton::clicked, this, &SectionPage::revert);
    connect(m_history, &QPushButton::clicked, this, &SectionPage::showHistory);
    connect(m_damagedHistory, &QPushButton::clicked, this, &SectionPage::showHistory);
    connect(m_conflict, &ConflictPanel::reloadRequested, this, [this]() {
        const Status s = m_session->reloadSection(this->sectionKey());
        if (!s)
            MessageBoxes::critical(this, tr("Cannot Reload"), s.error());
    });
    connect(m_conflict, &ConflictPanel::overwriteRequested, this, [this]() { save(true); });
    connect(m_review, &QPushButton::clicked, this, &SectionPage::reviewChangeElsewhere);
    connect(m_session, &SettingsSession::sectionChangedElsewhere, this, &SectionPage::showChangedElsewhere);
    connect(m_session, &SettingsSession::sectionLoaded, this, [this](const QString& section, const Settings& settings) {
        if (section == this->sectionKey())
            load(settings);
    });
}

SectionPage::~SectionPage() = default;

void SectionPage::finishConstruction()
{
    retranslateBase();
    retranslatePage();
    setStore(nullptr);
}

void SectionPage::setStore(Store* store)
{
    m_store = store;
    m_conflict->hide();
    setStatus({});
    // Without a store there is nothing to show or save; the stale values would mislead.
    m_noStore->setVisible(!store);
    m_scroll->setEnabled(store != nullptr);
    m_history->setEnabled(store != nullptr);
    // The database would refuse a help desk's or an auditor's save (DESIGN §6): the page shows the
    // settings without fields to edit or buttons that could only fail.
    m_readOnly = store && !StoreAccess::mayChangeSettings(store->role());
    m_contentWidget->setEnabled(!m_readOnly);
    m_readOnlyNote->setVisible(m_readOnly);
    updateReadOnlyTexts();
    if (!store) {
        m_loaded = Settings();
        m_loading = true;
        showSettings(m_loaded);
        m_loading = false;
        setDirty(false);
    }
    onInputChanged();
}

void SectionPage::setStoreKey(const StoreKey* key)
{
    m_key = key;
    m_session->setStoreKey(key);
    onInputChanged();
}

void SectionPage::load(const Settings& settings)
{
    m_loaded = settings;
    m_everLoaded = true;
    m_loading = true;
    showSettings(settings);
    m_loading = false;
    m_conflict->hide();
    m_pendingChange.reset();
    updateElsewhereBar();
    updateDamageBanner();
    setDirty(false);
    onInputChanged();
}

void SectionPage::updateDamageBanner()
{
    const QString damage = m_store ? m_session->damage(sectionKey()) : QString();
    m_damaged->setVisible(!damage.isEmpty());
    m_damagedText->setText(
        tr("The stored settings of this section are damaged: %1\nNo one-time passwords are sent or accepted "
           "until it is repaired. Open the history and restore a good version, or save the values shown here "
           "(the defaults).")
            .arg(damage));
}

void SectionPage::revert()
{
    // What this page was loaded with is no longer what is stored: show the stored settings.
    if (m_pendingChange && m_session->reloadSection(sectionKey())) {
        setStatus(tr("Your changes were dropped; the page shows the saved settings."));
        return;
    }
    load(m_loaded);
    setStatus(tr("Your changes were dropped; the page shows the saved settings."));
}

Settings SectionPage::editedSettings() const
{
    Settings edited = m_loaded;
    apply(edited);
    return edited;
}

FieldErrors SectionPage::validate() const
{
    FieldErrors errors;
    const QString prefix = sectionKey() + QLatin1Char('.');
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        // A number in a hidden row (the failover gateway's while none is used) is not saved, so its
        // empty box blocks nothing.
        if (const auto* spin = qobject_cast<const QSpinBox*>(it->widget);
            spin && !spin->hasAcceptableInput() && spin->isVisibleTo(this))
            errors.append({prefix + it.key(),
                           tr("enter a whole number from %1 to %2").arg(spin->minimum()).arg(spin->maximum())});
    }
    errors += inputErrors();
    QStringList seen;
    for (const FieldError& e : std::as_const(errors))
        seen.append(e.field);
    // A field whose widget holds no value has that problem only; its stale value says nothing.
    for (const FieldError& e : editedSettings().validateSection(sectionKey()))
        if (!seen.contains(e.field))
            errors.append(e);
    return errors;
}

QString SectionPage::fieldMessage(const QString& field) const
{
    const Bound bound = m_fields.value(field);
    return bound.message ? bound.message->message() : QString();
}

void SectionPage::onInputChanged()
{
    if (m_loading)
        return;
    const FieldErrors errors = validate();
    showErrors(errors);
    const bool dirty = m_store && editedSettings().sectionJson(sectionKey(), Settings::SecretPolicy::Include) !=
                                      m_loaded.sectionJson(sectionKey(), Settings::SecretPolicy::Include);
    setDirty(dirty);
    m_save->setEnabled(!m_readOnly && dirty && errors.isEmpty());
    m_revert->setEnabled(!m_readOnly && dirty);
    if (dirty)
        setStatus({});
    updatePreview();
}

void SectionPage::showErrors(const FieldErrors& errors)
{
    QHash<QString, QStringList> byField;
    QStringList unbound;
    const QString prefix = sectionKey() + QLatin1Char('.');
    for (const FieldError& e : errors) {
        const QString field = e.field.startsWith(prefix) ? e.field.mid(prefix.size()) : e.field;
        // A field hidden for the chosen gateway type reports below the form instead.
        if (m_fields.contains(field) && m_fields.value(field).widget->isVisibleTo(this))
            byField[field].append(e.message);
        else
            unbound.append(field + QStringLiteral(": ") + e.message);
    }
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        it->message->setMessage(byField.value(it.key()).join(QLatin1Char('\n')));
    m_pageMessage->setMessage(unbound.join(QLatin1Char('\n')));
}

bool SectionPage::save(bool overwrite)
{
    if (!m_store || m_readOnly)
        return false;
    const FieldErrors errors = validate();
    if (!errors.isEmpty()) {
        showErrors(errors);
        setStatus(tr("Nothing was saved: correct the fields marked above."));
        return false;
    }
    const SettingsRepository::SaveOutcome outcome =
        m_session->save(editedSettings(), {sectionKey()}, EventCode::SettingsSaved, overwrite);
    switch (outcome.kind) {
    case SettingsRepository::SaveOutcome::Kind::Saved:
        if (outcome.unchanged()) {
            setStatus(outcome.message);
            return true;
        }
        // The session has reloaded this page with the saved values: it is clean now.
        updateDamageBanner();
        setStatus(tr("Saved at %1 as version %2.")
                      .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                      .arg(m_session->version(sectionKey())));
        return true;
    case SettingsRepository::SaveOutcome::Kind::Invalid:
        showErrors(outcome.errors);
        setStatus(outcome.message);
        return false;
    case SettingsRepository::SaveOutcome::Kind::Conflict:
        showConflict(outcome.message);
        return false;
    case SettingsRepository::SaveOutcome::Kind::Failed:
        MessageBoxes::critical(this, tr("Cannot Save %1").arg(title()), outcome.message);
        return false;
    }
    return false;
}

void SectionPage::showConflict(const QString& message)
{
    Result<SettingsRepository::Loaded> stored = m_session->readStored();
    if (!stored) {
        MessageBoxes::critical(this, tr("Cannot Save %1").arg(title()), message + QLatin1Char('\n') + stored.error());
        return;
    }
    m_conflict->showConflict(sectionKey(), editedSettings(), stored->settings);
    updateElsewhereBar();
    setStatus(tr("Not saved: another console saved this section meanwhile."));
}

void SectionPage::showChangedElsewhere(const SectionChange& change)
{
    if (change.section != sectionKey() || !m_store)
        return;
    if (m_historyDialog)
        m_historyDialog->reload(); // the new version is its first row
    if (!isDirty()) {
        // Nothing of the user's to lose: show what is stored now, and say why it changed.
        const Status reloaded = m_session->reloadSection(sectionKey());
        setStatus(reloaded ? describeChange(change) : reloaded.error());
        return;
    }
    m_pendingChange = change;
    updateElsewhereBar();
}

void SectionPage::reviewChangeElsewhere()
{
    const Result<SettingsRepository::Loaded> stored = m_session->readStored();
    if (!stored) {
        MessageBoxes::critical(this, tr("Cannot Read %1").arg(title()), stored.error());
        return;
    }
    m_conflict->showConflict(sectionKey(), editedSettings(), stored->settings,
                             ConflictPanel::Reason::ChangedWhileEditing);
    updateElsewhereBar();
}

void SectionPage::updateElsewhereBar()
{
    // Once the conflict view is open it says the same and offers the ways out.
    m_elsewhere->setVisible(m_pendingChange && m_conflict->isHidden());
    if (!m_pendingChange)
        return;
    m_elsewhereText->setText(tr("Changed by %1 at %2 while you were editing this page. Your input is kept; "
                                "nothing is saved until you choose.")
                                 .arg(actorName(m_pendingChange->savedBy), changeTime(m_pendingChange->savedAt)));
}

QString SectionPage::describeChange(const SectionChange& change)
{
    return tr("%1 changed by %2 at %3.")
        .arg(sectionTitle(change.section), actorName(change.savedBy), changeTime(change.savedAt));
}

QString SectionPage::actorName(const QString& actor)
{
    QString user;
    switch (ActorName::kindOf(actor, &user)) {
    case ActorName::Kind::Console:
        return user;
    case ActorName::Kind::CommandLine:
        return tr("%1 (command line)").arg(user);
    case ActorName::Kind::Other:
        break;
    }
    return actor.isEmpty() ? tr("someone") : actor;
}

QString SectionPage::statusText() const
{
    return m_status->text();
}

HistoryDialog* SectionPage::showHistory()
{
    if (!m_store)
        return nullptr;
    if (m_historyDialog) {
        m_historyDialog->reload();
        m_historyDialog->raise();
        m_historyDialog->activateWindow();
        return m_historyDialog;
    }
    auto* dialog = new HistoryDialog(m_session, sectionKey(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReadOnlyReason(readOnlyReason());
    m_historyDialog = dialog;
    dialog->show();
    return dialog;
}

void SectionPage::setStatus(const QString& text)
{
    m_status->setText(text);
}

void SectionPage::addPageAction(QWidget* button)
{
    // After History… and the actions added before it, left of the status line.
    m_buttons->insertWidget(m_buttons->indexOf(m_status), button);
}

void SectionPage::addToContent(QWidget* widget, int stretch)
{
    m_content->addWidget(widget, stretch);
}

FieldMessage* SectionPage::bindField(const QString& fieldName, QWidget* field)
{
    auto* message = new FieldMessage;
    message->setObjectName(fieldName + QLatin1String("Message"));
    bindField(fieldName, field, message);
    return message;
}

void SectionPage::bindField(const QString& fieldName, QWidget* field, FieldMessage* message)
{
    m_fields.insert(fieldName, {field, message});
}

QWidget* SectionPage::fieldCell(QWidget* field, FieldMessage* message)
{
    auto* cell = new QWidget;
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    if (qobject_cast<QSpinBox*>(field)) {
        // A number does not need the page's width; a narrow box reads as "a number goes here".
        field->setMinimumWidth(160);
        cellLayout->addWidget(field, 0, Qt::AlignLeft);
    } else {
        cellLayout->addWidget(field);
    }
    cellLayout->addWidget(message);
    return cell;
}

void SectionPage::addRow(QFormLayout* form, QLabel* label, QWidget* field, const QString& fieldName)
{
    field->setObjectName(fieldName);
    label->setBuddy(field);
    form->addRow(label, fieldCell(field, bindField(fieldName, field)));
    watch(field);
}

void SectionPage::addRow(QFormLayout* form, QAbstractButton* field, const QString& fieldName)
{
    field->setObjectName(fieldName);
    auto* cell = new QWidget;
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(field);
    cellLayout->addWidget(bindField(fieldName, field));
    form->addRow(cell);
    watch(field);
}

void SectionPage::watch(QWidget* widget)
{
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        connect(edit, &QLineEdit::textChanged, this, &SectionPage::onInputChanged);
    else if (auto* spin = qobject_cast<QSpinBox*>(widget))
        // Its editor's text, not valueChanged: an emptied box has no value but must show its message.
        connect(spin->findChild<QLineEdit*>(), &QLineEdit::textChanged, this, &SectionPage::onInputChanged);
    else if (auto* box = qobject_cast<QComboBox*>(widget))
        connect(box, &QComboBox::currentIndexChanged, this, &SectionPage::onInputChanged);
    else if (auto* button = qobject_cast<QAbstractButton*>(widget))
        connect(button, &QAbstractButton::toggled, this, &SectionPage::onInputChanged);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, &SectionPage::onInputChanged);
}

void SectionPage::describe(QLabel* label, QWidget* field, const QString& text, const QString& toolTip)
{
    label->setText(text);
    label->setToolTip(toolTip);
    field->setToolTip(toolTip);
    field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
    field->setAccessibleDescription(toolTip);
}

void SectionPage::describe(QAbstractButton* field, const QString& text, const QString& toolTip)
{
    field->setText(text);
    field->setToolTip(toolTip);
    field->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    field->setAccessibleDescription(toolTip);
}

void SectionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateBase();
        retranslatePage();
        // Validation messages and previews come from tr() too.
        onInputChanged();
    }
    SettingsPage::changeEvent(event);
}

void SectionPage::retranslateBase()
{
    setAccessibleName(title());
    m_heading->setText(title());
    m_description->setText(description());
    m_noStore->setText(tr("No store is open. Use File → Open Store… to open one."));
    m_history->setText(tr("&History…"));
    m_damagedHistory->setText(tr("Open History to Restore…"));
    m_damagedHistory->setToolTip(tr("Restore a version of this section that was saved before it was damaged."));
    updateDamageBanner();
    m_review->setText(tr("&Review…"));
    m_review->setToolTip(tr("Compare your input with what is stored now, then keep yours or take the stored one."));
    updateElsewhereBar();
    m_history->setToolTip(tr("Every saved version of this section, who saved it and what changed; restore one."));
    m_revert->setText(tr("Re&vert"));
    m_save->setText(tr("&Save"));
    updateReadOnlyTexts();
    m_pageMessage->setAccessibleName(tr("Problems"));
}

QString SectionPage::readOnlyReason() const
{
    if (!m_readOnly)
        return {};
    return tr("Your store login (%1) may read the settings but not change them; only the administrator "
              "role may. Ask the store's administrator (smsotp-cli store grant).")
        .arg(StoreAccess::displayName(m_store->role()));
}

void SectionPage::updateReadOnlyTexts()
{
    if (m_historyDialog)
        m_historyDialog->setReadOnlyReason(readOnlyReason());
    if (!m_readOnly) {
        m_revert->setToolTip(tr("Drop your changes and show the saved settings again."));
        m_save->setToolTip(tr("Save this section to the store (Ctrl+S). Other sections are not touched."));
        return;
    }
    const QString why = readOnlyReason();
    m_readOnlyNote->setText(why);
    m_revert->setToolTip(why);
    m_save->setToolTip(why);
}

void SectionPage::showTestSend()
{
    if (!store())
        return;
    auto* dialog = new TestSendDialog(*store(), storeKey(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (isDirty())
        dialog->setSettings(editedSettings(), TestSendDialog::Source::UnsavedPage);
    // Window-modal: the dialog holds the store, which must not be replaced while it is open.
    dialog->open();
}
