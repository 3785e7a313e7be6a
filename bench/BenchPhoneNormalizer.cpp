// PhoneNormalizer's fast path against libphonenumber's Parse + Format(E164), the usual way to
// get an E.164 number, on the same 1,000,000 numbers written as people write them.
// Prints "normalizer / libphonenumber speed ratio: N.Nx" (DESIGN §2 bench/, target >= 10x).

#include "engine/PhoneNormalizer.h"

#include "support/RatioReporter.h"

#include <benchmark/benchmark.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <QString>

#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <vector>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

constexpr int kNumbers = 1000000;

struct Inputs {
    std::vector<QString> qt;       // what PhoneNormalizer takes
    std::vector<std::string> utf8; // what libphonenumber takes, converted beforehand for both
};

// A Russian mobile number in one of the shapes of the seed (DESIGN §4): spaces, tabs,
// brackets, hyphens, a trunk 8, +7, no prefix, O for 0, a second number after ',' or ';'.
std::string seedLike(std::mt19937& random)
{
    char n[11];
    n[0] = '9';
    for (int i = 1; i < 10; ++i)
        n[i] = static_cast<char>('0' + random() % 10);
    n[10] = 0;
    const std::string s(n);
    const std::string a = s.substr(0, 3), b = s.substr(3, 3), c = s.substr(6, 2), d = s.substr(8, 2);
    switch (random() % 8) {
    case 0:
        return "8 (" + a + ") " + b + "-" + c + "-" + d;
    case 1:
        return "+7 " + a + " " + b + " " + c + " " + d;
    case 2:
        return "8" + s;
    case 3:
        return "8-" + a + "-" + b + "-" + c + "-" + d;
    case 4:
        return s;
    case 5: {
        std::string o = "8 (" + a + ") " + b + "-" + c + "-" + d + "; 8 999 000 00 00";
        const auto zero = o.find('0', 3);
        if (zero != std::string::npos && zero < 17)
            o[zero] = 'O';
        return o;
    }
    case 6:
        return "+7(" + a + ")" + b + "-" + c + "-" + d + ", +7 999 000 00 00";
    default:
        return "8\t" + a + "\t" + b + c + d;
    }
}

const Inputs& inputs()
{
    static const Inputs made = [] {
        Inputs in;
        std::mt19937 random(20240305);
        in.qt.reserve(kNumbers);
        in.utf8.reserve(kNumbers);
        for (int i = 0; i < kNumbers; ++i) {
            in.utf8.push_back(seedLike(random));
            in.qt.push_back(QString::fromStdString(in.utf8.back()));
        }
        return in;
    }();
    return made;
}

void BM_PhoneNormalizer(benchmark::State& state)
{
    const Inputs& in = inputs();
    const PhoneNormalizer normalizer{PhoneFormatSettings()};
    int64_t accepted = 0;
    for (auto _ : state) {
        for (const QString& number : in.qt) {
            PhoneNormalizer::Outcome o = normalizer.normalize(number);
            accepted += o.ok;
            benchmark::DoNotOptimize(o);
        }
    }
    state.SetItemsProcessed(state.iterations() * kNumbers);
    state.counters["accepted"] = double(accepted) / double(state.iterations() * kNumbers);
}

void BM_LibphonenumberParseFormat(benchmark::State& state)
{
    const Inputs& in = inputs();
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    int64_t accepted = 0;
    std::string e164;
    for (auto _ : state) {
        for (const std::string& number : in.utf8) {
            PhoneNumber parsed;
            if (util.Parse(number, "RU", &parsed) == PhoneNumberUtil::NO_PARSING_ERROR) {
                util.Format(parsed, PhoneNumberUtil::E164, &e164);
                ++accepted;
            }
            benchmark::DoNotOptimize(e164);
        }
    }
    state.SetItemsProcessed(state.iterations() * kNumbers);
    state.counters["accepted"] = double(accepted) / double(state.iterations() * kNumbers);
}

// Both must read the seed's numbers the same way, else the comparison means nothing.
double agreement()
{
    const Inputs& in = inputs();
    const PhoneNormalizer normalizer{PhoneFormatSettings()};
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    int same = 0, checked = 0;
    for (int i = 0; i < kNumbers; i += 97, ++checked) {
        PhoneNumber parsed;
        std::string e164;
        if (util.Parse(in.utf8[i], "RU", &parsed) == PhoneNumberUtil::NO_PARSING_ERROR)
            util.Format(parsed, PhoneNumberUtil::E164, &e164);
        same += normalizer.normalize(in.qt[i]).normalized.toStdString() == e164;
    }
    return 100.0 * same / checked;
}

} // namespace

BENCHMARK(BM_PhoneNormalizer)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_LibphonenumberParseFormat)->Unit(benchmark::kMillisecond)->MinTime(1.0);

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    inputs(); // generated before timing starts
    RatioReporter reporter("items_per_second");
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    const double ours = reporter.rate("BM_PhoneNormalizer");
    const double baseline = reporter.rate("BM_LibphonenumberParseFormat");
    if (ours > 0 && baseline > 0) {
        std::printf("normalizer: %.2f M numbers/s, libphonenumber Parse+Format: %.2f M numbers/s\n", ours / 1e6,
                    baseline / 1e6);
        std::printf("normalizer / libphonenumber speed ratio: %.1fx (target >= 10x)\n", ours / baseline);
        std::printf("same E.164 result on a sample of the inputs: %.1f%%\n", agreement());
    }
    return 0;
}
