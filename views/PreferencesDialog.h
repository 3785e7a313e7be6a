#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

// Tools → Preferences: the console's settings on this computer (QSettings), as opposed to the
// store's settings on the pages. Today: after how many minutes without activity it locks.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(int lockMinutes, QWidget* parent = nullptr);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // OK with the minutes chosen (0: never lock).
    void lockMinutesChosen(int minutes);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_lockLabel = nullptr;
    QSpinBox* m_lockMinutes = nullptr;
    QLabel* m_lockHint = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
