// OtpGenerator's throughput (characters generated per second, one byte each) against raw
// OpenSSL RAND_bytes producing the same number of bytes. Prints the percentage (target >= 30%).

#include "engine/OtpGenerator.h"

#include "support/RatioReporter.h"

#include <benchmark/benchmark.h>
#include <openssl/rand.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace {

constexpr int64_t kBytes = 1 << 20; // per iteration

OtpSettings allClasses()
{
    OtpSettings s;
    s.digits = s.lowercase = s.uppercase = s.special = true;
    return s;
}

void BM_RandBytes(benchmark::State& state)
{
    std::vector<unsigned char> buffer(kBytes);
    for (auto _ : state) {
        if (RAND_bytes(buffer.data(), static_cast<int>(buffer.size())) != 1)
            state.SkipWithError("RAND_bytes failed");
        benchmark::DoNotOptimize(buffer.data());
    }
    state.SetBytesProcessed(state.iterations() * kBytes);
}

void fillWith(benchmark::State& state, const OtpSettings& settings)
{
    OtpGenerator generator(settings);
    std::vector<char> buffer(kBytes);
    for (auto _ : state) {
        if (!generator.fill(buffer.data(), kBytes))
            state.SkipWithError("RAND_bytes failed");
        benchmark::DoNotOptimize(buffer.data());
    }
    state.SetBytesProcessed(state.iterations() * kBytes);
}

void BM_OtpFillDigits(benchmark::State& state)
{
    OtpSettings s;
    fillWith(state, s);
}

void BM_OtpFillAllClasses(benchmark::State& state)
{
    fillWith(state, allClasses());
}

void BM_OtpFillAllClassesNoLookAlike(benchmark::State& state)
{
    OtpSettings s = allClasses();
    s.avoidLookAlike = true;
    fillWith(state, s);
}

// One 6-digit password at a time, as the service asks: QString allocation included.
void BM_OtpGenerate6Digits(benchmark::State& state)
{
    OtpGenerator generator{OtpSettings()};
    for (auto _ : state) {
        Result<QString> otp = generator.generate();
        benchmark::DoNotOptimize(otp);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * 6);
}

} // namespace

BENCHMARK(BM_RandBytes);
BENCHMARK(BM_OtpFillDigits);
BENCHMARK(BM_OtpFillAllClasses);
BENCHMARK(BM_OtpFillAllClassesNoLookAlike);
BENCHMARK(BM_OtpGenerate6Digits);

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    RatioReporter reporter("bytes_per_second");
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    const double raw = reporter.rate("BM_RandBytes");
    if (raw <= 0)
        return 0;
    std::printf("RAND_bytes: %.1f MB/s\n", raw / 1e6);
    for (const char* name :
         {"BM_OtpFillDigits", "BM_OtpFillAllClasses", "BM_OtpFillAllClassesNoLookAlike", "BM_OtpGenerate6Digits"}) {
        const double rate = reporter.rate(name);
        if (rate > 0)
            std::printf("%s: %.1f MB/s of characters = %.0f%% of RAND_bytes (target >= 30%%)\n", name, rate / 1e6,
                        100.0 * rate / raw);
    }
    return 0;
}
