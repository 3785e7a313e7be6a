#pragma once

#include "SectionPage.h"
#include "directory/DirectoryPhoneLookup.h"

#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

// DESIGN §6b: the directory (Active Directory or OpenLDAP) the phone numbers come from when
// Phone format's switch is on, with Check directory: bind, find a login, show its number masked
// or the exact reason, off the GUI thread.
class DirectorySettingsPage : public SectionPage {
    Q_OBJECT

public:
    explicit DirectorySettingsPage(SettingsSession* session, QWidget* parent = nullptr);
    ~DirectorySettingsPage() override;

    void apply(Settings& settings) const override;
    // True from the start of a check until its result is shown.
    bool isChecking() const { return m_checking; }

public Q_SLOTS:
    // Checks the page's settings (saved or not) with the login typed beside the button.
    void checkDirectory();

Q_SIGNALS:
    void checkFinished(bool found);

protected:
    void showSettings(const Settings& settings) override;
    void retranslatePage() override;
    QString description() const override;

private:
    void showCheckResult();
    void usePreset(bool activeDirectory);
    QWidget* buildCheckBox();

    QLabel* m_serversLabel;
    QPlainTextEdit* m_servers;
    QCheckBox* m_startTls;
    QLabel* m_bindDnLabel;
    QLineEdit* m_bindDn;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    bool m_passwordStored = false;
    void updatePasswordPlaceholder();
    QLabel* m_baseDnLabel;
    QLineEdit* m_baseDn;
    QLabel* m_filterLabel;
    QLineEdit* m_filter;
    QPushButton* m_adPreset;
    QPushButton* m_openLdapPreset;
    QLabel* m_loginAttributeLabel;
    QLineEdit* m_loginAttribute;
    QLabel* m_importFilterLabel;
    QLineEdit* m_importFilter;
    QLabel* m_caFileLabel;
    QLineEdit* m_caFile;
    QPushButton* m_browseCa;
    QLabel* m_connectTimeoutLabel;
    QSpinBox* m_connectTimeout;
    QLabel* m_timeoutLabel;
    QSpinBox* m_timeout;
    QLabel* m_cacheLabel;
    QSpinBox* m_cache;
    QCheckBox* m_fallback;

    QLabel* m_checkLoginLabel;
    QLineEdit* m_checkLogin;
    QPushButton* m_check;
    QProgressBar* m_busy;
    QLabel* m_checkResult;
    QString m_prefix; // of the settings being checked, for the mask
    QFutureWatcher<DirectoryPhoneLookup::Outcome> m_watcher;
    bool m_checking = false;
};
