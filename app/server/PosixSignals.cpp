#include "PosixSignals.h"

#include <csignal>
#include <pthread.h>

namespace {
sigset_t terminationSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGUSR2); // only ever sent by our own destructor to end the waiting thread
    return set;
}
} // namespace

void PosixSignals::blockTermination()
{
    const sigset_t set = terminationSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    // A client that goes away mid-response must not kill the server.
    std::signal(SIGPIPE, SIG_IGN);
}

PosixSignals::PosixSignals(std::function<void(const char*)> onSignal)
    : m_thread([onSignal = std::move(onSignal)] {
        const sigset_t set = terminationSignals();
        int signal = 0;
        while (sigwait(&set, &signal) == 0) {
            if (signal == SIGUSR2)
                return;
            onSignal(signal == SIGTERM ? "SIGTERM" : "SIGINT");
        }
    })
{
}

PosixSignals::~PosixSignals()
{
    pthread_kill(m_thread.native_handle(), SIGUSR2);
    m_thread.join();
}
