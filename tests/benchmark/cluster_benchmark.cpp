// SPDX-License-Identifier: MIT
// Clustering benchmarks: k-means iterations (Lloyd and Hamerly, one and two threads), Ward
// linkage, silhouette. tests/benchmark/cluster_peers.py runs scikit-learn and SciPy on the same
// data in the same run and prints ratios.
//
//   cluster_benchmark                          # Google Benchmark run
//   cluster_benchmark write N D K SEED FILE    # the blobs as raw little-endian doubles
#include "blobs.hpp"

#include <ascn/algorithm/clustering/cluster_quality.hpp>
#include <ascn/algorithm/clustering/hierarchical.hpp>
#include <ascn/algorithm/clustering/kmeans.hpp>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>

namespace {

constexpr std::uint64_t seed = 2018;

const ascn::point_set& data(std::size_t n, std::size_t d, std::size_t k) {
    static std::map<std::tuple<std::size_t, std::size_t, std::size_t>,
                    std::unique_ptr<ascn::point_set>>
        cache;
    auto& p = cache[{n, d, k}];
    if (!p)
        p = std::make_unique<ascn::point_set>(ascn_bench::blobs(n, d, k, seed));
    return *p;
}

// k-means from points 0, 8, ..., 56 (all from the same blob, so the run needs many
// iterations), 20 iterations at most, no tolerance: the time per iteration is comparable with
// scikit-learn's Lloyd from the same start.
void kmeans_iterations(benchmark::State& state, ascn::kmeans_method method) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const auto threads = static_cast<std::size_t>(state.range(1));
    const auto& x = data(n, 8, 8);
    ascn::point_set init(8, 8);
    for (std::size_t j = 0; j < 8; ++j)
        for (std::size_t t = 0; t < 8; ++t)
            init[j][t] = x[8 * j][t];
    ascn::kmeans_options o;
    o.method = method;
    o.threads = threads;
    o.max_iterations = 20;
    o.tolerance = 0;
    std::size_t iterations = 0;
    double inertia = 0;
    for (auto _ : state) {
        auto r = ascn::kmeans(x, init, o);
        iterations = r.iterations;
        inertia = r.inertia;
        benchmark::DoNotOptimize(r.labels.data());
    }
    state.counters["iterations"] = static_cast<double>(iterations);
    state.counters["ms_per_iteration"] = benchmark::Counter(
        static_cast<double>(iterations) * static_cast<double>(state.iterations()),
        benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
    state.counters["inertia"] = inertia;
}

void BM_kmeans_lloyd(benchmark::State& s) {
    kmeans_iterations(s, ascn::kmeans_method::lloyd);
}
void BM_kmeans_hamerly(benchmark::State& s) {
    kmeans_iterations(s, ascn::kmeans_method::hamerly);
}

void BM_ward(benchmark::State& state) {
    const auto& x = data(static_cast<std::size_t>(state.range(0)), 8, 8);
    for (auto _ : state) {
        auto tree = ascn::hierarchical(x, ascn::linkage::ward);
        benchmark::DoNotOptimize(tree.merges.data());
    }
}

void BM_silhouette(benchmark::State& state) {
    const auto& x = data(static_cast<std::size_t>(state.range(0)), 8, 8);
    std::vector<int> labels(x.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        labels[i] = static_cast<int>(i % 8);
    for (auto _ : state)
        benchmark::DoNotOptimize(ascn::silhouette(x, labels, ascn::metric::euclidean,
                                                  static_cast<std::size_t>(state.range(1))));
}

// Args: {points, threads}. Seconds per run are reported; the counter gives ms per iteration.
BENCHMARK(BM_kmeans_lloyd)
    ->Args({1000, 1})
    ->Args({1'000'000, 1})
    ->Args({1'000'000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_kmeans_hamerly)
    ->Args({1000, 1})
    ->Args({1'000'000, 1})
    ->Args({1'000'000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_ward)
    ->Arg(1000)
    ->Arg(10'000)
    ->Arg(30'000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK(BM_silhouette)
    ->Args({1000, 1})
    ->Args({20'000, 1})
    ->Args({20'000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

int main(int argc, char** argv) {
    if (argc == 7 && std::strcmp(argv[1], "write") == 0) {
        const auto n = std::strtoull(argv[2], nullptr, 10), d = std::strtoull(argv[3], nullptr, 10),
                   k = std::strtoull(argv[4], nullptr, 10), s = std::strtoull(argv[5], nullptr, 10);
        const auto p = ascn_bench::blobs(n, d, k, s);
        std::ofstream out(argv[6], std::ios::binary);
        out.write(reinterpret_cast<const char*>(p.values().data()),
                  static_cast<std::streamsize>(p.values().size() * sizeof(double)));
        return out ? 0 : 1;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
