#pragma once

#include <QLabel>
#include <QPointer>

class StoreReconnector;

// The status bar's word on the store's connection: hidden while it works, "Connection to the
// store lost — reconnecting (attempt 3)…" while the StoreReconnector waits for the server, with
// the reason in its tooltip.
class StoreConnectionIndicator : public QLabel {
    Q_OBJECT

public:
    explicit StoreConnectionIndicator(QWidget* parent = nullptr);

    // Follows `reconnector` (nullptr: no store, or one without a connection to lose).
    void setReconnector(StoreReconnector* reconnector);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showState();

    QPointer<StoreReconnector> m_reconnector;
};
