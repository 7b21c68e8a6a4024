// SPDX-License-Identifier: MIT
// Structure algorithms on CSR graphs with two arcs per edge (the snapshot's shape): Louvain,
// Leiden and PageRank at 10k-100k vertices, and exact betweenness against Boost.Graph's
// `brandes_betweenness_centrality` on the same CSR graph. Graphs: random geometric (weights
// are distances) and Barabasi-Albert (unit weights), mean degree 10, seeded.
//
//   structure_benchmark                              # Google Benchmark run
//   structure_benchmark --benchmark_filter=louvain   # one family
//   structure_benchmark write ba|geo N FILE          # the graph as text "u v w" lines, for
//                                                    # structure_peers.py (igraph, NetworkX)
//   structure_benchmark pagerank ba|geo N FILE       # PageRank as the benchmark computes it
#include "geometric.hpp"

#include <ascn/algorithm/structure/centrality.hpp>
#include <ascn/algorithm/structure/community.hpp>

#include <benchmark/benchmark.h>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace {

using csr =
    boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                       boost::no_property, std::uint32_t, std::uint32_t>;

/// A CSR graph with both arcs of every edge and the arc weights by edge index.
struct arc_graph {
    csr g;
    std::vector<double> w;
    [[nodiscard]] auto weights() const {
        return boost::make_iterator_property_map(w.data(), boost::get(boost::edge_index, g));
    }
};

arc_graph make_graph(std::size_t n, const std::vector<ascn_bench::weighted_edge>& edges) {
    std::vector<std::pair<std::pair<std::uint32_t, std::uint32_t>, double>> arcs;
    arcs.reserve(2 * edges.size());
    for (const auto& e : edges) {
        arcs.push_back({{e.a, e.b}, e.w});
        arcs.push_back({{e.b, e.a}, e.w});
    }
    std::sort(arcs.begin(), arcs.end());
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ends;
    arc_graph r;
    for (const auto& [uv, w] : arcs) {
        ends.push_back(uv);
        r.w.push_back(w);
    }
    r.g = csr(boost::edges_are_sorted, ends.begin(), ends.end(), static_cast<std::uint32_t>(n));
    return r;
}

/// Barabasi-Albert preferential attachment, 5 edges per new vertex (mean degree 10).
std::vector<ascn_bench::weighted_edge> barabasi_albert(std::size_t n, std::uint64_t seed) {
    constexpr std::uint32_t m = 5;
    std::mt19937_64 rng(seed);
    std::vector<std::uint32_t> ends;
    std::vector<ascn_bench::weighted_edge> edges;
    for (std::uint32_t v = m; v < n; ++v) {
        std::vector<std::uint32_t> chosen;
        while (chosen.size() < m) {
            std::uint32_t t = 0;
            if (ends.empty())
                t = static_cast<std::uint32_t>(chosen.size());
            else
                t = ends[static_cast<std::size_t>(rng() % ends.size())];
            if (std::find(chosen.begin(), chosen.end(), t) == chosen.end())
                chosen.push_back(t);
        }
        for (const std::uint32_t t : chosen) {
            edges.push_back({v, t, 1.0});
            ends.push_back(v);
            ends.push_back(t);
        }
    }
    return edges;
}

const arc_graph& graph(bool geometric, std::size_t n) {
    static std::map<std::pair<bool, std::size_t>, arc_graph> cache;
    auto it = cache.find({geometric, n});
    if (it == cache.end())
        it = cache
                 .emplace(std::pair(geometric, n),
                          make_graph(n, geometric ? ascn_bench::random_geometric(n, 5 * n, 1)
                                                  : barabasi_albert(n, 1)))
                 .first;
    return it->second;
}

void louvain(benchmark::State& state) {
    const auto& g = graph(state.range(1) != 0, static_cast<std::size_t>(state.range(0)));
    double q = 0;
    for (auto _ : state) {
        const auto r = ascn::louvain(g.g, g.weights());
        q = r.modularity;
        benchmark::DoNotOptimize(r.community.data());
    }
    state.SetLabel("modularity " + std::to_string(q));
}

void leiden(benchmark::State& state) {
    const auto& g = graph(state.range(1) != 0, static_cast<std::size_t>(state.range(0)));
    double q = 0;
    for (auto _ : state) {
        const auto r = ascn::leiden(g.g, g.weights());
        q = r.modularity;
        benchmark::DoNotOptimize(r.community.data());
    }
    state.SetLabel("modularity " + std::to_string(q));
}

/// One thread; stop when the L1 change of a step is below 1e-7 (NetworkX's rule with
/// tolerance 1e-7 / n): the error is then about alpha / (1 - alpha) = 5.7 times that.
ascn::power_iteration_options pagerank_options(std::size_t n) {
    ascn::power_iteration_options o;
    o.threads = 1;
    o.tolerance = 1e-7 / static_cast<double>(n);
    o.max_iterations = 1000;
    return o;
}

void pagerank(benchmark::State& state) {
    const auto& g = graph(state.range(1) != 0, static_cast<std::size_t>(state.range(0)));
    const auto o = pagerank_options(num_vertices(g.g));
    std::size_t iterations = 0;
    for (auto _ : state) {
        const auto r = ascn::pagerank(g.g, g.weights(), o);
        iterations = r.iterations;
        benchmark::DoNotOptimize(r.value.data());
    }
    state.SetLabel("iterations " + std::to_string(iterations));
}

// Exact betweenness, one thread (range 2 = threads for ours).
void ascn_betweenness(benchmark::State& state) {
    const auto& g = graph(state.range(1) != 0, static_cast<std::size_t>(state.range(0)));
    ascn::betweenness_options o;
    o.threads = static_cast<std::size_t>(state.range(2));
    for (auto _ : state) {
        auto bc = state.range(1) != 0 ? ascn::betweenness_centrality(g.g, g.weights(), o)
                                      : ascn::betweenness_centrality(g.g, o);
        benchmark::DoNotOptimize(bc.data());
    }
}

void bgl_betweenness(benchmark::State& state) {
    const auto& g = graph(state.range(1) != 0, static_cast<std::size_t>(state.range(0)));
    const auto index = boost::get(boost::vertex_index, g.g);
    for (auto _ : state) {
        std::vector<double> bc(num_vertices(g.g), 0.0);
        auto cmap = boost::make_iterator_property_map(bc.begin(), index);
        if (state.range(1) != 0)
            boost::brandes_betweenness_centrality(
                g.g, boost::centrality_map(cmap).weight_map(g.weights()));
        else
            boost::brandes_betweenness_centrality(g.g, boost::centrality_map(cmap));
        benchmark::DoNotOptimize(bc.data());
    }
}

} // namespace

// Second argument: 1 random geometric (weighted), 0 Barabasi-Albert (unweighted).
BENCHMARK(louvain)
    ->ArgsProduct({{1000, 10000, 100000, 1000000}, {0, 1}})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(leiden)
    ->ArgsProduct({{1000, 10000, 100000, 1000000}, {0, 1}})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(pagerank)
    ->ArgsProduct({{1000, 10000, 100000, 1000000}, {0, 1}})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(ascn_betweenness)
    ->ArgsProduct({{1000, 5000, 10000}, {0, 1}, {1, 2}})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK(bgl_betweenness)
    ->ArgsProduct({{1000, 5000, 10000}, {0, 1}})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

int main(int argc, char** argv) {
    if (argc == 5 && std::string(argv[1]) == "write") {
        const bool geometric = std::string(argv[2]) == "geo";
        const auto n = static_cast<std::size_t>(std::stoull(argv[3]));
        const auto edges =
            geometric ? ascn_bench::random_geometric(n, 5 * n, 1) : barabasi_albert(n, 1);
        std::FILE* out = std::fopen(argv[4], "w");
        if (out == nullptr)
            return 1;
        for (const auto& e : edges)
            std::fprintf(out, "%u %u %.17g\n", e.a, e.b, e.w);
        return std::fclose(out) == 0 ? 0 : 1;
    }
    if (argc == 5 && std::string(argv[1]) == "pagerank") {
        const auto& g =
            graph(std::string(argv[2]) == "geo", static_cast<std::size_t>(std::stoull(argv[3])));
        const auto r = ascn::pagerank(g.g, g.weights(), pagerank_options(num_vertices(g.g)));
        std::FILE* out = std::fopen(argv[4], "w");
        if (out == nullptr)
            return 1;
        for (const double x : r.value)
            std::fprintf(out, "%.17g\n", x);
        return std::fclose(out) == 0 ? 0 : 1;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
