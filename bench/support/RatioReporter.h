#pragma once

#include <benchmark/benchmark.h>

#include <map>
#include <string>

// The usual console table, and each benchmark's rate kept so main() can print ratios against
// the baseline measured in the same run. `counter` is "items_per_second" or "bytes_per_second".
class RatioReporter : public benchmark::ConsoleReporter {
public:
    explicit RatioReporter(std::string counter)
        : m_counter(std::move(counter))
    {
    }

    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const Run& run : runs) {
            const auto it = run.counters.find(m_counter);
            if (it != run.counters.end())
                m_rates[run.benchmark_name()] = it->second.value;
        }
        ConsoleReporter::ReportRuns(runs);
    }

    // The rate of the benchmark registered under `name` (without arguments or suffixes), or 0.
    double rate(const std::string& name) const
    {
        for (const auto& [full, value] : m_rates)
            if (full == name || full.rfind(name + "/", 0) == 0)
                return value;
        return 0.0;
    }

private:
    std::string m_counter;
    std::map<std::string, double> m_rates;
};
