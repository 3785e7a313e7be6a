#pragma once

#include <QDateTime>

// The engine's source of time, injectable so tests control lock-outs and windows.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};
