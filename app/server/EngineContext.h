#pragma once

#include "engine/OtpService.h"
#include "engine/SystemClock.h"
#include "store/Store.h"

#include <memory>

// What one engine worker thread owns: its own store connection (Qt's database connections
// belong to the thread that opened them) and the engine over it.
struct EngineContext {
    std::unique_ptr<Store> store;
    const StoreKey* key = nullptr;
    SystemClock clock;
    std::unique_ptr<OtpService> service;
};
