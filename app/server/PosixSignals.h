#pragma once

#include <functional>
#include <thread>

// The only POSIX signal code of the server. SIGTERM and SIGINT are blocked in every thread (call
// blockTermination() before any thread starts, so they inherit the mask) and one thread waits
// for them with sigwait(), then runs the callback in that thread: no async-signal-safety traps.
class PosixSignals {
public:
    static void blockTermination();
    // Starts the waiting thread; `onSignal` gets the signal's name ("SIGTERM").
    explicit PosixSignals(std::function<void(const char*)> onSignal);
    ~PosixSignals();
    PosixSignals(const PosixSignals&) = delete;
    PosixSignals& operator=(const PosixSignals&) = delete;

private:
    std::thread m_thread;
};
