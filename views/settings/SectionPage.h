#pragma once

#include "SettingsPage.h"
#include "domain/Settings.h"
#include "store/SectionChange.h"

#include <QHash>
#include <QPointer>

#include <optional>

class ConflictPanel;
class FieldMessage;
class QFrame;
class HistoryDialog;
class QAbstractButton;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
class SettingsSession;

// What every section's editor shares: the heading, a scrolling form whose fields each carry
// their validation message, Save / Revert / History, the conflict panel, and the dirty state.
// A page builds its widgets, fills them from the settings (showSettings) and writes them back
// (apply); validation and the dirty state come from comparing and validating the result with
// the domain's own rules, so no page repeats a business rule.
class SectionPage : public SettingsPage {
    Q_OBJECT

public:
    SectionPage(const QString& sectionKey, SettingsSession* session, QWidget* parent = nullptr);
    ~SectionPage() override;

    void setStore(Store* store) override;
    void setStoreKey(const StoreKey* key) override;
    void load(const Settings& settings) final;
    FieldErrors validate() const final;
    void revert() final;

    // Saves the page's section; `overwrite` replaces what another console saved meanwhile.
    // Returns whether it was saved. Problems are shown on the page (or in a message box).
    bool save(bool overwrite = false);
    // Opens the section's history (not blocking) and returns it.
    HistoryDialog* showHistory();
    // Another console saved this section (issue 15): a page without input shows the stored values
    // at once and says who changed them; a page with input keeps it and shows a bar whose Review
    // button opens the conflict view.
    void showChangedElsewhere(const SectionChange& change);
    // The conflict view for the change the bar announced, from what is stored now.
    void reviewChangeElsewhere();
    // "Spam protection changed by alice at 14:02."
    static QString describeChange(const SectionChange& change);
    // Who saved, as a person reads it: "alice", "bob (command line)".
    static QString actorName(const QString& actor);
    // The line beside the Save button: what the page last did or heard.
    QString statusText() const;

    bool hasStore() const { return m_store != nullptr; }
    // Whether the open store's login may only read the settings (help desk, auditor).
    bool isReadOnly() const { return m_readOnly; }
    const Settings& loadedSettings() const { return m_loaded; }
    // The loaded settings with this page's input applied.
    Settings editedSettings() const;
    // The messages shown now, by field name within the section ("attemptsBeforeBlock").
    QString fieldMessage(const QString& field) const;

    // Form helpers, public for groups of rows a page reuses (GatewayFields). fieldCell is a field
    // with its message under it, as one form cell; describe sets a field's visible label,
    // tooltip and accessible name in one go (retranslation).
    static QWidget* fieldCell(QWidget* field, FieldMessage* message);
    static void describe(QLabel* label, QWidget* field, const QString& text, const QString& toolTip);
    static void describe(QAbstractButton* field, const QString& text, const QString& toolTip);

protected:
    // Fills the widgets from `settings`; change signals are ignored meanwhile.
    virtual void showSettings(const Settings& settings) = 0;
    // Problems the domain cannot see because the widget holds no value yet (an empty number).
    virtual FieldErrors inputErrors() const { return {}; }
    // Recomputes the live preview from the current input.
    virtual void updatePreview() {}
    virtual void retranslatePage() = 0;
    // The sentence under the heading that says what the section is for.
    virtual QString description() const = 0;
    void changeEvent(QEvent* event) override;
    // Every page calls this last in its constructor: the base cannot call the virtual
    // functions above from its own constructor.
    void finishConstruction();

    // Layout helpers. addRow puts `field` with its message under it into `form`, makes `label`
    // its buddy (mnemonic) and watches it for changes.
    void addToContent(QWidget* widget, int stretch = 0);
    // A button for the whole page (Send Test SMS…) in the row of History…, Revert and Save.
    void addPageAction(QWidget* button);
    void addRow(QFormLayout* form, QLabel* label, QWidget* field, const QString& fieldName);
    // For a check box: it is its own label.
    void addRow(QFormLayout* form, QAbstractButton* field, const QString& fieldName);
    // Binds the message of `fieldName` to a widget placed by the page itself.
    FieldMessage* bindField(const QString& fieldName, QWidget* field);
    // As above, with a message the page has placed too.
    void bindField(const QString& fieldName, QWidget* field, FieldMessage* message);
    // Emits change tracking for the widget's edit signals.
    void watch(QWidget* widget);

    bool isLoading() const { return m_loading; }
    Store* store() const { return m_store; }
    const StoreKey* storeKey() const { return m_key; }
    SettingsSession* session() const { return m_session; }

protected Q_SLOTS:
    // Revalidates, updates the dirty state and the preview after any input.
    void onInputChanged();
    // The test-send dialog, with the page's unsaved settings when it has any.
    void showTestSend();

private:
    void retranslateBase();
    void showErrors(const FieldErrors& errors);
    void showConflict(const QString& message);
    void setStatus(const QString& text);
    // The tooltips of Save and Revert, and the note that says why a page is read-only.
    void updateReadOnlyTexts();
    // The banner that says the stored section is damaged and how to restore it.
    void updateDamageBanner();
    // The bar that says another console saved the section while this one has input.
    void updateElsewhereBar();
    QString readOnlyReason() const;

    SettingsSession* m_session;
    Store* m_store = nullptr;
    const StoreKey* m_key = nullptr;
    Settings m_loaded;
    bool m_loading = false;
    bool m_everLoaded = false;
    bool m_readOnly = false; // the login's role may not change settings

    struct Bound {
        QWidget* widget = nullptr;
        FieldMessage* message = nullptr;
    };
    QHash<QString, Bound> m_fields;

    QLabel* m_heading = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_noStore = nullptr;
    QLabel* m_readOnlyNote = nullptr;
    ConflictPanel* m_conflict = nullptr;
    QFrame* m_damaged = nullptr;
    QLabel* m_damagedText = nullptr;
    QPushButton* m_damagedHistory = nullptr;
    QFrame* m_elsewhere = nullptr;
    QLabel* m_elsewhereText = nullptr;
    QPushButton* m_review = nullptr;
    std::optional<SectionChange> m_pendingChange; // saved elsewhere while this page had input
    QScrollArea* m_scroll = nullptr;
    QWidget* m_contentWidget = nullptr;
    QVBoxLayout* m_content = nullptr;
    FieldMessage* m_pageMessage = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_history = nullptr;
    QHBoxLayout* m_buttons = nullptr; // History…, the page's own actions, status, Revert, Save
    QPushButton* m_revert = nullptr;
    QPushButton* m_save = nullptr;
    QPointer<HistoryDialog> m_historyDialog;
};
