#pragma once

// DESIGN §3: 0 success, 1 the operation was refused or failed, 2 bad usage.
enum ExitCode : int { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };
