#include "ComingLaterPage.h"

#include "store/Store.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

ComingLaterPage::ComingLaterPage(Kind kind, QWidget* parent)
    : ConsolePage(parent)
    , m_kind(kind)
    , m_heading(new QLabel(this))
    , m_description(new QLabel(this))
    , m_storeLine(new QLabel(this))
{
    setObjectName(kind == Kind::HelpDesk ? QStringLiteral("helpDeskPage") : QStringLiteral("eventsPage"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_description->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("description"));
    m_storeLine->setWordWrap(true);
    m_storeLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storeLine->setObjectName(QStringLiteral("storeLine"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addSpacing(12);
    layout->addWidget(m_storeLine);
    layout->addStretch(1);
    retranslateUi();
}

QString ComingLaterPage::title() const
{
    return m_kind == Kind::HelpDesk ? tr("Help desk") : tr("Events");
}

void ComingLaterPage::setStore(Store* store)
{
    m_store = store;
    retranslateUi();
}

void ComingLaterPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ConsolePage::changeEvent(event);
}

void ComingLaterPage::retranslateUi()
{
    setAccessibleName(title());
    m_heading->setText(title());
    const QString what =
        m_kind == Kind::HelpDesk
            ? tr("Here the help desk will find a user among millions by login or phone number, see why an "
                 "authenticator is blocked and until when, unblock one, many or all of them, and correct a "
                 "phone number.")
            : tr("Here you will read the event log: codes sent, failed and successful verifications, blocks and "
                 "unblocks, spam protection suspending and resuming sending (events 2090 and 1118), and settings "
                 "changes, filtered by code, account and time.");
    m_description->setText(what + QLatin1Char(' ') + tr("This page is coming in a later version."));
    m_storeLine->setText(m_store ? tr("It will work on the open store: %1 (%2).")
                                       .arg(m_store->url().displayLocation(), m_store->url().dialectName())
                                 : tr("No store is open. Use File → Open store… to open one."));
}
