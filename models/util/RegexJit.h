#pragma once

// Qt JIT-compiles every regular expression on its first match. The gateway redaction boundary
// (GatewayRedactor) builds fresh patterns for every message (the text and the one-time password
// differ each time), each matched a handful of times, so the JIT compile costs far more than it
// saves: with it a request + verify pair spent 80 % of its time in PCRE2's JIT (BenchOtpService:
// 544 pairs/s against 2,894 without). Programs call this first thing in main(), before any
// pattern is compiled; an administrator's own QT_ENABLE_REGEXP_JIT is left as set.
namespace RegexJit {
void disableForProcess();
}
