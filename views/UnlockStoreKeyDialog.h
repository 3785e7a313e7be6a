#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for the passphrase of the store key when a store is opened on this computer for the
// first time; "Remember on this computer" keeps the unwrapped key in the OS keychain.
class UnlockStoreKeyDialog : public QDialog {
    Q_OBJECT

public:
    // Tries the passphrase; returns an empty string when it unlocked the key, else why not.
    using Unlocker = std::function<QString(const QString& passphrase, bool remember)>;

    explicit UnlockStoreKeyDialog(const QString& storeName, QWidget* parent = nullptr);
    void setUnlocker(Unlocker unlocker) { m_unlocker = std::move(unlocker); }
    QString error() const;

public Q_SLOTS:
    void accept() override;
    // After too many wrong passphrases: the countdown, and no typing or Unlock until it ends.
    void setWait(int seconds);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showError(const QString& error);
    // Word-wrapped texts take more lines in longer languages, and a dialog does not grow by itself.
    void fitHeight();

    QString m_storeName;
    Unlocker m_unlocker;
    QLabel* m_intro = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_wait = nullptr;
    int m_waitSeconds = 0;
    QDialogButtonBox* m_buttons = nullptr;
};
