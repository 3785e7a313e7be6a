#include "ConsolePage.h"

ConsolePage::ConsolePage(QWidget* parent)
    : QWidget(parent)
{
}
