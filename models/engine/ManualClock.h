#pragma once

#include "Clock.h"

// A clock that moves only when told to: for tests and simulations.
class ManualClock : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime& at) { m_now = at; }

private:
    QDateTime m_now;
};
