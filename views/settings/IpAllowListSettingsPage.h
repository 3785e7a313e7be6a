#pragma once

#include "SectionPage.h"

class IpAllowListModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// DESIGN §3.8: the client addresses allowed to request codes, as a table of address and
// comment that also takes pasted "ip # comment" lines and the documents' JSON form, and the
// accounts that are never refused; and the proxies whose X-Forwarded-For smsotp-server believes.
class IpAllowListSettingsPage : public SectionPage {
    Q_OBJECT

public:
    explicit IpAllowListSettingsPage(SettingsSession* session, QWidget* parent = nullptr);

    void apply(Settings& settings) const override;
    IpAllowListModel* model() const { return m_model; }

    // Adds "ip # comment" lines; refused ones (invalid, duplicate) are reported on the page.
    // Returns how many were added.
    int pasteLines(const QString& text);
    // Adds the entries of a JSON file in the documents' form; returns how many were added.
    int importJson(const QString& path);
    // Writes the table's entries as JSON; returns whether the file was written.
    bool exportJson(const QString& path);
    // The last notice about added or refused entries.
    QString notice() const;

protected:
    void showSettings(const Settings& settings) override;
    void retranslatePage() override;
    QString description() const override;

private:
    void addTyped();
    void removeSelected();
    void report(int added, const QStringList& refusals);
    void updateButtons();

    IpAllowListModel* m_model;
    QCheckBox* m_enabled;
    QLabel* m_entriesLabel;
    QTableView* m_table;
    QLabel* m_addressLabel;
    QLineEdit* m_address;
    QLineEdit* m_comment;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_paste;
    QPushButton* m_import;
    QPushButton* m_export;
    QLabel* m_notice;
    QLabel* m_exemptLabel;
    QPlainTextEdit* m_exempt;
    QLabel* m_proxiesLabel;
    QPlainTextEdit* m_proxies;
};
