#include "ConsolePage.h"

#include <QLabel>

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
