#include "ConsolePage.h"

#include <QLabel>

#include <utility>

ConsolePage::ConsolePage(QWidget* parent)
    : QWidget(parent)
{
}

void ConsolePage::styleHeading(QLabel* heading, qreal scale)
{
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    heading->setFont(font);
}

void ConsolePage::noticeStoreActivity()
{
    if (isVisible())
        refreshFromStore();
    else
        m_stale = true;
}

void ConsolePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_stale, false))
        refreshFromStore();
}
