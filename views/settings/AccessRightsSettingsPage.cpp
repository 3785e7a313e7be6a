#include "AccessRightsSettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>

AccessRightsSettingsPage::AccessRightsSettingsPage(SettingsSession* session, QWidget* parent)
    : SectionPage(QLatin1String(AccessRightsSettings::kKey), session, parent)
    , m_denyUse(new QCheckBox)
    , m_mayRegister(new QCheckBox)
    , m_mayEdit(new QCheckBox)
    , m_mayDelete(new QCheckBox)
    , m_commentLabel(new QLabel)
    , m_commentEditing(new QComboBox)
{
    auto* box = new QWidget;
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, m_denyUse, QStringLiteral("denyUse"));
    addRow(form, m_mayRegister, QStringLiteral("mayRegister"));
    addRow(form, m_mayEdit, QStringLiteral("mayEdit"));
    addRow(form, m_mayDelete, QStringLiteral("mayDelete"));
    // The enum's order; the texts come in retranslatePage().
    for (int i = 0; i < AccessRightsSettings::commentEditingNames().size(); ++i)
        m_commentEditing->addItem(QString());
    addRow(form, m_commentLabel, m_commentEditing, QStringLiteral("commentEditing"));
    addToContent(box);
    addToContent(new QWidget, 1);
    // Denying use overrides the rest: make that visible.
    connect(m_denyUse, &QCheckBox::toggled, this, [this](bool denied) {
        for (QWidget* w : {static_cast<QWidget*>(m_mayRegister), static_cast<QWidget*>(m_mayEdit),
                           static_cast<QWidget*>(m_mayDelete), static_cast<QWidget*>(m_commentEditing)})
            w->setEnabled(!denied);
    });
    finishConstruction();
}

void AccessRightsSettingsPage::showSettings(const Settings& settings)
{
    const AccessRightsSettings& s = settings.accessRights;
    m_denyUse->setChecked(s.denyUse);
    m_mayRegister->setChecked(s.mayRegister);
    m_mayEdit->setChecked(s.mayEdit);
    m_mayDelete->setChecked(s.mayDelete);
    m_commentEditing->setCurrentIndex(int(s.commentEditing));
}

void AccessRightsSettingsPage::apply(Settings& settings) const
{
    AccessRightsSettings& s = settings.accessRights;
    s.denyUse = m_denyUse->isChecked();
    s.mayRegister = m_mayRegister->isChecked();
    s.mayEdit = m_mayEdit->isChecked();
    s.mayDelete = m_mayDelete->isChecked();
    s.commentEditing = AccessRightsSettings::CommentEditing(qMax(0, m_commentEditing->currentIndex()));
}

QString AccessRightsSettingsPage::description() const
{
    return tr("What users may do with their own SMS authenticator in self-service. Administrators and the help desk "
              "in this console are not bound by these rights.");
}

void AccessRightsSettingsPage::retranslatePage()
{
    describe(m_denyUse, tr("&Deny use of SMS OTP"),
             tr("When ticked, nobody can sign in with an SMS code: every request is refused (event 1202)."));
    describe(m_mayRegister, tr("Users may &register a new authenticator"),
             tr("Lets a user register their own phone number in self-service."));
    describe(m_mayEdit, tr("Users may &edit their authenticator"),
             tr("Lets a user change the phone number of their existing authenticator."));
    describe(m_mayDelete, tr("Users may de&lete their authenticator"),
             tr("Lets a user remove their own SMS authenticator."));
    describe(m_commentLabel, m_commentEditing, tr("&Comment may be edited:"),
             tr("When a user may write or change the comment of their authenticator."));
    m_commentEditing->setItemText(0, tr("Never"));
    m_commentEditing->setItemText(1, tr("Only while registering"));
    m_commentEditing->setItemText(2, tr("Always"));
}
