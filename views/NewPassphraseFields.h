#pragma once

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

// The "new passphrase" and "repeat it" rows shared by every dialog that sets the passphrase
// wrapping the store key (Create Store Key, Change Store Passphrase), so they read and refuse
// alike. The length rule itself stays in StoreKey::passphraseProblem, which StoreKeyVault applies
// for the console and smsotp-cli both; these fields only catch a typing mistake in one of the two.
class NewPassphraseFields : public QObject {
    Q_OBJECT

public:
    explicit NewPassphraseFields(QWidget* parent);

    void addRowsTo(QFormLayout* form);
    QString passphrase() const;
    // Why the two fields cannot be used yet, or an empty string.
    QString problem() const;
    void clear();
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    void retranslateUi();

private:
    QLabel* m_passphraseLabel = nullptr;
    QLabel* m_repeatLabel = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
};
