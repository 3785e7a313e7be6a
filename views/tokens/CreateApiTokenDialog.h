#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QDialog>
#include <QStringList>

#include <functional>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

// Creates an API token: name, scopes, optional expiry and the IP allow-list exemption; then shows
// the token's secret once, with Copy and a warning that it cannot be shown again. The dialog
// stays on the form and says what is wrong until the token is created or the dialog cancelled.
class CreateApiTokenDialog : public QDialog {
    Q_OBJECT

public:
    struct Request {
        QString name;
        QStringList scopes;
        QDateTime expires; // invalid: never
        bool exemptIpAllowList = false;
    };
    // Creates the token; returns its secret, or why it was refused.
    using Creator = std::function<Result<QString>(const Request& request)>;

    explicit CreateApiTokenDialog(QWidget* parent = nullptr);
    ~CreateApiTokenDialog() override;

    void setCreator(Creator creator) { m_creator = std::move(creator); }
    Request request() const;
    QString error() const;
    bool isShowingSecret() const;
    QString secret() const;

public Q_SLOTS:
    // On the form: checks and creates; on the secret: closes.
    void accept() override;
    void copySecret();

Q_SIGNALS:
    void created(const QString& name);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildForm();
    QWidget* buildSecret();
    void showSecret(const QString& secret);
    void retranslateUi();

    Creator m_creator;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_scopesLabel = nullptr;
    QList<QCheckBox*> m_scopes;
    QCheckBox* m_expires = nullptr;
    QDateTimeEdit* m_expiry = nullptr;
    QCheckBox* m_exempt = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_warning = nullptr;
    QLineEdit* m_secret = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_copied = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_close = nullptr;
};
