#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class NewPassphraseFields;

// Changes the passphrase that wraps the store key. The key itself stays the same, so nothing is
// re-encrypted and every console's remembered key keeps working.
class ChangePassphraseDialog : public QDialog {
    Q_OBJECT

public:
    // Re-wraps the key; returns an empty string on success, else why not.
    using Changer = std::function<QString(const QString& current, const QString& next)>;

    explicit ChangePassphraseDialog(QWidget* parent = nullptr);
    void setChanger(Changer changer) { m_changer = std::move(changer); }
    QString error() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Changer m_changer;
    QLabel* m_currentLabel = nullptr;
    QLineEdit* m_current = nullptr;
    NewPassphraseFields* m_fields = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
