#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

// What a locked console shows in place of its pages (issue 15): why and since when it is
// locked, what was kept, and the passphrase field (or this computer's keychain) to unlock.
class LockScreen : public QWidget {
    Q_OBJECT

public:
    struct State {
        QString storeName;
        int idleMinutes = 0; // 0: locked with File → Lock Now
        QDateTime since;
        int unsavedPages = 0;
        int closedDialogs = 0;
    };

    explicit LockScreen(QWidget* parent = nullptr);

    void setState(const State& state);
    // Shows why the last attempt failed (empty clears it) and selects the passphrase for retyping.
    void setError(const QString& error);
    QString error() const;
    void setBusy(bool busy);
    // After too many wrong passphrases: the live countdown, and no typing or Unlock until it ends
    // (the keychain asks no passphrase and stays available).
    void setWait(int seconds);
    int waitSeconds() const { return m_waitSeconds; }
    void clearPassphrase();
    void focusPassphrase();

Q_SIGNALS:
    void unlockRequested(const QString& passphrase);
    void keychainRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void submit();
    void updateEnabled();
    void showWait();

    State m_state;
    QLabel* m_heading = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_kept = nullptr;
    QLabel* m_prompt = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_keychain = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_wait = nullptr;
    bool m_busy = false;
    int m_waitSeconds = 0;
    QWidget* m_panel = nullptr;
};
