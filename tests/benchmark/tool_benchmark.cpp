// SPDX-License-Identifier: MIT
// The tool on a plain graph against the library on the same graph: what the tool adds is
// reading the file (and printing). A random graph with n vertices and 3n edges, weights in
// [1, 11), written as a whitespace edge list.
//
//   tool_benchmark            # Google Benchmark run: betweenness at 10^4 vertices, and reading
//                             # 10^6 vertices / 5 * 10^6 edges (against reading the bytes)
//
// The tool is the one built beside this benchmark (ASCN_TOOL, a compile definition).
#include <ascn/algorithm/structure/centrality.hpp>
#include <ascn/io/common.hpp>
#include <ascn/snapshot.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

struct edge {
    std::uint32_t u, v;
    double w;
};

// n vertices, m distinct edges (no self-loops), seeded.
std::vector<edge> random_graph(std::uint32_t n, std::size_t m) {
    std::uint64_t state = 42;
    const auto next = [&] { // splitmix64
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    std::vector<std::uint64_t> keys;
    keys.reserve(m + m / 8);
    while (keys.size() < m + m / 16) {
        const auto a = static_cast<std::uint32_t>(next() % n),
                   b = static_cast<std::uint32_t>(next() % n);
        if (a != b)
            keys.push_back((std::uint64_t{std::min(a, b)} << 32) | std::max(a, b));
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    keys.resize(std::min(keys.size(), m));
    std::vector<edge> out;
    out.reserve(keys.size());
    for (auto k : keys)
        out.push_back({static_cast<std::uint32_t>(k >> 32), static_cast<std::uint32_t>(k),
                       1.0 + static_cast<double>(next() % 1000) / 100.0});
    return out;
}

std::string write_edge_list(const std::vector<edge>& edges, const std::string& name) {
    const auto path = (std::filesystem::temp_directory_path() / name).string();
    std::ofstream f(path);
    for (const auto& e : edges)
        f << 'v' << e.u << " v" << e.v << ' ' << e.w << '\n';
    return path;
}

void run_tool(benchmark::State& state, const std::string& args) {
    const std::string line = std::string(ASCN_TOOL) + " " + args + " --quiet > /dev/null";
    if (std::system(line.c_str()) != 0)
        state.SkipWithError(("failed: " + line).c_str());
}

// The library: the snapshot of the edges in memory, then weighted betweenness.
void BM_library_betweenness(benchmark::State& state) {
    const auto n = static_cast<std::uint32_t>(state.range(0));
    const auto edges = random_graph(n, 3 * std::size_t{n});
    for (auto _ : state) {
        std::vector<ascn::arc_entry> arcs;
        arcs.reserve(2 * edges.size());
        for (const auto& e : edges) {
            arcs.push_back({e.u, e.v, e.w, ascn::snapshot::npos});
            arcs.push_back({e.v, e.u, e.w, ascn::snapshot::npos});
        }
        const auto s = ascn::snapshot::of_arcs(n, arcs, ascn::parallel_edges::sum);
        benchmark::DoNotOptimize(ascn::betweenness_centrality(s));
    }
}
BENCHMARK(BM_library_betweenness)
    ->Arg(500)
    ->Arg(10'000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The tool: read the edge list, the same betweenness, print every value as JSON.
void BM_tool_betweenness(benchmark::State& state) {
    const auto n = static_cast<std::uint32_t>(state.range(0));
    const auto path = write_edge_list(random_graph(n, 3 * std::size_t{n}),
                                      "ascn-bench-" + std::to_string(n) + ".txt");
    for (auto _ : state)
        run_tool(state, "centrality --measure betweenness --weight weight --top 0 --format json "
                        "--input " +
                            path);
}
BENCHMARK(BM_tool_betweenness)->Arg(500)->Arg(10'000)->Unit(benchmark::kMillisecond)->UseRealTime();

// Reading a big edge list: the bytes alone, and the tool reading it (summary: counts and
// components).
void BM_read_bytes(benchmark::State& state) {
    const auto n = static_cast<std::uint32_t>(state.range(0));
    const auto path = write_edge_list(random_graph(n, 5 * std::size_t{n}), "ascn-bench-big.txt");
    for (auto _ : state)
        benchmark::DoNotOptimize(ascn::io::read_file(path));
}
BENCHMARK(BM_read_bytes)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

void BM_tool_summary(benchmark::State& state) {
    const auto n = static_cast<std::uint32_t>(state.range(0));
    const auto path = (std::filesystem::temp_directory_path() / "ascn-bench-big.txt").string();
    if (!std::filesystem::exists(path))
        write_edge_list(random_graph(n, 5 * std::size_t{n}), "ascn-bench-big.txt");
    for (auto _ : state)
        run_tool(state, "summary --input " + path);
}
BENCHMARK(BM_tool_summary)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

} // namespace

BENCHMARK_MAIN();
