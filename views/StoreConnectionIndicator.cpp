#include "StoreConnectionIndicator.h"

#include "store/StoreReconnector.h"

#include <QEvent>

StoreConnectionIndicator::StoreConnectionIndicator(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("storeConnection"));
    setVisible(false);
}

void StoreConnectionIndicator::setReconnector(StoreReconnector* reconnector)
{
    if (m_reconnector)
        disconnect(m_reconnector, nullptr, this, nullptr);
    m_reconnector = reconnector;
    if (reconnector)
        connect(reconnector, &StoreReconnector::stateChanged, this, &StoreConnectionIndicator::showState);
    showState();
}

void StoreConnectionIndicator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        showState();
    QLabel::changeEvent(event);
}

void StoreConnectionIndicator::showState()
{
    if (!m_reconnector || m_reconnector->state() == StoreReconnector::State::Connected) {
        clear();
        setToolTip({});
        setVisible(false);
        return;
    }
    setText(tr("Connection to the store lost — reconnecting (attempt %1)…").arg(m_reconnector->attempt()));
    setToolTip(tr("The console reconnects by itself; unsaved input on the pages is kept. Saving waits until the "
                  "connection is back.\n%1")
                   .arg(m_reconnector->lastError()));
    setAccessibleName(text());
    setVisible(true);
}
