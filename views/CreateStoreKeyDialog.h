#pragma once

#include <QDialog>

#include <functional>

class NewPassphraseFields;
class QCheckBox;
class QDialogButtonBox;
class QLabel;

// Creates the key of a store that has none yet (made by "smsotp-cli store init" without a
// passphrase, or migrated from before keys), so an administrator does not need the CLI for it.
// It asks for the new passphrase twice, like Change Store Passphrase, and "Remember on this
// computer" keeps the new key in the OS keychain, like the unlock dialog.
class CreateStoreKeyDialog : public QDialog {
    Q_OBJECT

public:
    // Creates the key; returns an empty string when it did (the key is then unlocked), else why not.
    using Creator = std::function<QString(const QString& passphrase, bool remember)>;

    explicit CreateStoreKeyDialog(const QString& storeName, QWidget* parent = nullptr);
    void setCreator(Creator creator) { m_creator = std::move(creator); }
    QString error() const;

public Q_SLOTS:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    void retranslateUi();

    QString m_storeName;
    Creator m_creator;
    QLabel* m_intro = nullptr;
    NewPassphraseFields* m_fields = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
