// SPDX-License-Identifier: MIT
// Linear assignment benchmarks on dense uniform random costs (square and rectangular), and
// capacitated assignment. tests/benchmark/assignment_peers.py runs SciPy's
// linear_sum_assignment on the same matrices, in the same run, and prints ratios.
//
//   assignment_benchmark                             # Google Benchmark run
//   assignment_benchmark write ROWS COLS SEED FILE [LEVELS]
//       the matrix as raw little-endian doubles; with LEVELS, integer costs 0 .. LEVELS-1
//       (many ties)
#include <ascn/algorithm/matching/assignment.hpp>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <tuple>
#include <utility>

namespace {

constexpr std::uint64_t seed = 2026;

/// Uniform [0, 1) costs, row-major, from a seeded 64-bit Mersenne Twister (53-bit doubles),
/// so the peer script can ask for exactly the same matrix. With `levels` > 0: the integers
/// 0 .. levels-1 (the generator's output modulo `levels`), which makes many ties.
ascn::cost_matrix uniform(std::size_t rows, std::size_t cols, std::uint64_t s,
                          std::uint64_t levels = 0) {
    std::mt19937_64 g(s);
    ascn::cost_matrix c(rows, cols);
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < cols; ++j)
            c(i, j) = levels == 0 ? static_cast<double>(g() >> 11) * 0x1.0p-53
                                  : static_cast<double>(g() % levels);
    return c;
}

const ascn::cost_matrix& data(std::size_t rows, std::size_t cols, std::uint64_t levels = 0) {
    static std::map<std::tuple<std::size_t, std::size_t, std::uint64_t>,
                    std::unique_ptr<ascn::cost_matrix>>
        cache;
    auto& p = cache[{rows, cols, levels}];
    if (!p)
        p = std::make_unique<ascn::cost_matrix>(uniform(rows, cols, seed, levels));
    return *p;
}

void linear(benchmark::State& state) {
    const auto rows = static_cast<std::size_t>(state.range(0));
    const auto cols = static_cast<std::size_t>(state.range(1));
    const auto& c = data(rows, cols);
    double cost = 0;
    for (auto _ : state) {
        const auto a = ascn::linear_assignment(c);
        cost = a.cost;
        benchmark::DoNotOptimize(a.cost);
    }
    state.counters["cost"] = cost;
}
BENCHMARK(linear)
    ->Name("BM_linear_assignment")
    ->Args({100, 100})
    ->Args({1000, 1000})
    ->Args({2000, 2000})
    ->Args({500, 2000})
    ->Args({2000, 500})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Integer costs 0 .. 99: many ties, the optimum is often zero.
void ties(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const auto& c = data(n, n, 100);
    double cost = 0;
    for (auto _ : state) {
        const auto a = ascn::linear_assignment(c);
        cost = a.cost;
        benchmark::DoNotOptimize(a.cost);
    }
    state.counters["cost"] = cost;
}
BENCHMARK(ties)
    ->Name("BM_linear_assignment_ties")
    ->Arg(1000)
    ->Arg(2000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void capacitated(benchmark::State& state) {
    const auto rows = static_cast<std::size_t>(state.range(0));
    const auto cols = static_cast<std::size_t>(state.range(1));
    const auto& c = data(rows, cols);
    const std::vector<std::size_t> rc(rows, 3), cc(cols, 1);
    double cost = 0;
    for (auto _ : state) {
        const auto a = ascn::capacitated_assignment(c, rc, cc);
        cost = a.cost;
        benchmark::DoNotOptimize(a.cost);
    }
    state.counters["cost"] = cost;
}
BENCHMARK(capacitated)
    ->Name("BM_capacitated_assignment")
    ->Args({30, 90})
    ->Args({100, 300})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

int main(int argc, char** argv) {
    if ((argc == 6 || argc == 7) && std::strcmp(argv[1], "write") == 0) {
        const auto c = uniform(std::stoul(argv[2]), std::stoul(argv[3]), std::stoull(argv[4]),
                               argc == 7 ? std::stoull(argv[6]) : 0);
        std::FILE* f = std::fopen(argv[5], "wb");
        if (f == nullptr)
            return 1;
        const auto v = c.values();
        const bool ok = std::fwrite(v.data(), sizeof(double), v.size(), f) == v.size();
        return std::fclose(f) == 0 && ok ? 0 : 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
