#pragma once

#include "ServerOptions.h"

#include <QCoreApplication>

// The composition of smsotp-server: opens the store, unlocks its key, starts the engine
// workers and the HTTPS listener, registers the server's heartbeat row, and on SIGTERM or
// SIGINT stops accepting, answers what is in flight and marks the row stopped.
class ServerApp {
    Q_DECLARE_TR_FUNCTIONS(ServerApp)

public:
    // The process exit status (DESIGN §3): 0 after a clean shutdown, 1 when it cannot start.
    static int run(const ServerOptions& options);
};
