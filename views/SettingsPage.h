#pragma once

#include "ConsolePage.h"

#include "domain/FieldError.h"

struct Settings;

// The interface every settings section's page shares (DESIGN §7). The main window loads the
// stored settings into each page, asks a page to validate and apply its input before saving,
// and watches the dirty signal to warn before unsaved input would be lost.
class SettingsPage : public ConsolePage {
    Q_OBJECT

public:
    explicit SettingsPage(const QString& sectionKey, QWidget* parent = nullptr);

    // The section's JSON name ("block"), as in Settings::sectionKeys().
    QString sectionKey() const { return m_sectionKey; }
    QString title() const override { return sectionTitle(m_sectionKey); }
    // The translated name of a section, for navigation and messages.
    static QString sectionTitle(const QString& sectionKey);

    // Shows the stored settings; the page is clean afterwards.
    virtual void load(const Settings& settings) = 0;
    // What is wrong with the page's input, by JSON field path; empty when it can be saved.
    virtual FieldErrors validate() const = 0;
    // Writes the page's input into its own section of `settings`; other sections stay untouched.
    virtual void apply(Settings& settings) const = 0;
    // Drops the input and shows the last loaded settings again.
    virtual void revert() = 0;

    bool isDirty() const { return m_dirty; }

Q_SIGNALS:
    void dirtyChanged(bool dirty);

protected:
    void setDirty(bool dirty);

private:
    QString m_sectionKey;
    bool m_dirty = false;
};
