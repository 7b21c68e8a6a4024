// SPDX-License-Identifier: MIT
// Peer-learning searches against raw Boost.Graph on the same graphs, and Yen's k paths.
//
// Graphs, each at 10k, 100k and 1M vertices (seeded):
//   ascn - ascn::synthetic_network under the default learning model (environment);
//   rgg  - random geometric graph, mean degree 10, weight = distance;
//   ba   - Barabási-Albert graph, 5 edges per new vertex (mean degree 10), weights U[0.1, 1).
// Benchmarks:
//   raw_dijkstra/G/N  - BGL dijkstra_shortest_paths_no_color_map on a BGL CSR graph built
//                       directly from the same arcs (the baseline);
//   costs_from/G/N    - ascn::costs_from on the learning graph (the single-source search);
//   mentors/ascn/N    - ascn::mentors for one city (search + ranking + paths);
//   yen10/G/N         - ascn::k_best_paths, k = 10, between a seeded pair;
//   build/ascn/N      - building the learning graph from the network.
// `peer_learning_benchmark --dump DIR` writes the rgg and ba graphs and their query pairs for
// tests/benchmark/paths_peers.py, which times igraph and NetworkX on them in the same run.
#include "geometric.hpp"

#include <ascn/algorithm/paths.hpp>
#include <ascn/asean/learning_model.hpp>
#include <ascn/asean/mentors.hpp>
#include <ascn/generate.hpp>

#include <benchmark/benchmark.h>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dijkstra_shortest_paths_no_color_map.hpp>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace {

using ascn_bench::weighted_edge;

std::vector<weighted_edge> barabasi_albert(std::size_t n, std::size_t m, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    auto below = [&](std::size_t k) {
        return static_cast<std::size_t>(static_cast<double>(rng() >> 11) * 0x1.0p-53 *
                                        static_cast<double>(k));
    };
    auto weight = [&] { return 0.1 + 0.9 * static_cast<double>(rng() >> 11) * 0x1.0p-53; };
    std::vector<weighted_edge> edges;
    std::vector<std::uint32_t> ends;
    // Start from a clique of m + 1 vertices.
    for (std::uint32_t a = 0; a <= m; ++a)
        for (std::uint32_t b = a + 1; b <= m; ++b) {
            edges.push_back({a, b, weight()});
            ends.push_back(a);
            ends.push_back(b);
        }
    std::vector<std::uint32_t> picked;
    for (std::size_t v = m + 1; v < n; ++v) {
        picked.clear();
        while (picked.size() < m) {
            const auto t = ends[below(ends.size())];
            if (std::find(picked.begin(), picked.end(), t) == picked.end())
                picked.push_back(t);
        }
        for (auto t : picked) {
            edges.push_back({static_cast<std::uint32_t>(v), t, weight()});
            ends.push_back(static_cast<std::uint32_t>(v));
            ends.push_back(t);
        }
    }
    return edges;
}

std::vector<weighted_edge> edges_of(const std::string& kind, std::size_t n) {
    return kind == "rgg" ? ascn_bench::random_geometric(n, 5 * n, 2018 + n)
                         : barabasi_albert(n, 5, 2018 + n);
}

// The query pair of a graph: two seeded vertices.
std::pair<std::uint32_t, std::uint32_t> query(std::size_t n) {
    std::mt19937_64 rng(77 + n);
    const auto a = static_cast<std::uint32_t>(rng() % n);
    auto b = static_cast<std::uint32_t>(rng() % n);
    if (b == a)
        b = (a + 1) % static_cast<std::uint32_t>(n);
    return {a, b};
}

struct fixture {
    ascn::network net;
    ascn::snapshot lg;
    ascn::area_strengths strengths;
    std::uint32_t source = 0, target = 0; // learning-graph vertices
    // The baseline: a plain BGL CSR graph over the same arcs.
    using csr =
        boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                           boost::no_property, std::uint32_t, std::uint32_t>;
    csr raw;
    std::vector<double> raw_weight;
};

auto strength_cost() {
    return ascn::edge_cost{[](const ascn::relationship& r) -> std::optional<double> {
        if (r.kind == ascn::relation_kind::member_of)
            return std::nullopt;
        return r.strength.value_or(1.0);
    }};
}

const fixture& get(const std::string& kind, std::size_t n) {
    static std::map<std::pair<std::string, std::size_t>, std::unique_ptr<fixture>> cache;
    auto& slot = cache[{kind, n}];
    if (slot)
        return *slot;
    slot = std::make_unique<fixture>();
    fixture& f = *slot;
    if (kind == "ascn") {
        ascn::synthetic_options o;
        o.cities = n;
        f.net = ascn::synthetic_network(o);
        ascn::learning_model model;
        model.focus = ascn::focus_area::environment;
        f.lg = ascn::snapshot(f.net, model);
        const auto records = ascn::records_from_profiles(f.net);
        f.strengths = ascn::strengths(f.lg, records, ascn::focus_area::environment);
    } else {
        f.net.add_country({"XX", "X", {}, ""});
        for (std::size_t i = 0; i < n; ++i) {
            ascn::city c;
            c.id = std::to_string(i);
            c.country = "XX";
            f.net.add_city(std::move(c));
        }
        for (const auto& e : edges_of(kind, n)) {
            ascn::relationship r(ascn::relation_kind::peer_learning, 2018);
            r.strength = e.w;
            f.net.add_relationship(std::to_string(e.a), std::to_string(e.b), r);
        }
        f.lg = ascn::snapshot(f.net, strength_cost());
    }
    const auto [a, b] = query(n);
    f.source = *f.lg.find(kind == "ascn" ? "c" + std::to_string(a) : std::to_string(a));
    f.target = *f.lg.find(kind == "ascn" ? "c" + std::to_string(b) : std::to_string(b));
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    for (std::uint32_t arc = 0; arc < f.lg.num_arcs(); ++arc) {
        pairs.emplace_back(f.lg.source(arc), f.lg.target(arc));
        f.raw_weight.push_back(f.lg.cost(arc));
    }
    f.raw = fixture::csr(boost::edges_are_sorted, pairs.begin(), pairs.end(),
                         static_cast<std::uint32_t>(f.lg.num_vertices()));
    return f;
}

std::size_t size_of(const benchmark::State& state) {
    return static_cast<std::size_t>(state.range(0));
}

void raw_dijkstra(benchmark::State& state, const std::string& kind) {
    const auto& f = get(kind, size_of(state));
    const std::size_t n = boost::num_vertices(f.raw);
    std::vector<double> dist(n);
    std::vector<std::uint32_t> pred(n);
    const auto index = boost::get(boost::vertex_index, f.raw);
    const auto weight = boost::make_iterator_property_map(f.raw_weight.data(),
                                                          boost::get(boost::edge_index, f.raw));
    constexpr double inf = std::numeric_limits<double>::infinity();
    for (auto _ : state) {
        std::fill(dist.begin(), dist.end(), inf);
        boost::dijkstra_shortest_paths_no_color_map(
            f.raw, f.source, boost::make_iterator_property_map(pred.data(), index),
            boost::make_iterator_property_map(dist.data(), index), weight, index,
            std::less<double>(), boost::closed_plus<double>(inf), inf, 0.0,
            boost::default_dijkstra_visitor());
        benchmark::DoNotOptimize(dist.data());
    }
}

void costs_from(benchmark::State& state, const std::string& kind) {
    const auto& f = get(kind, size_of(state));
    for (auto _ : state) {
        auto t = ascn::costs_from(f.lg, f.source);
        benchmark::DoNotOptimize(t.cost.data());
    }
}

void mentors(benchmark::State& state) {
    const auto& f = get("ascn", size_of(state));
    for (auto _ : state) {
        auto m = ascn::mentors(f.lg, f.source, f.strengths.strength, f.strengths.evidence);
        benchmark::DoNotOptimize(m.data());
    }
}

void yen10(benchmark::State& state, const std::string& kind) {
    const auto& f = get(kind, size_of(state));
    std::vector<ascn::path> p;
    for (auto _ : state) {
        p = ascn::k_best_paths(f.lg, f.source, f.target, 10);
        benchmark::DoNotOptimize(p.data());
    }
    state.counters["paths"] = static_cast<double>(p.size());
    if (!p.empty()) {
        state.counters["cost_first"] = p.front().cost;
        state.counters["cost_last"] = p.back().cost;
    }
}

void build(benchmark::State& state) {
    const auto& f = get("ascn", size_of(state));
    ascn::learning_model model;
    model.focus = ascn::focus_area::environment;
    for (auto _ : state) {
        ascn::snapshot lg(f.net, model);
        benchmark::DoNotOptimize(lg.num_arcs());
    }
}

void sizes(benchmark::internal::Benchmark* b) {
    b->Arg(1000)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
}

// Writes the rgg and ba graphs as binary edge lists (uint32 a, uint32 b, double w) and the
// query pairs as text, for the Python peers.
int dump(const std::string& dir, const std::vector<std::size_t>& ns) {
    std::ofstream queries(dir + "/queries.txt");
    for (const std::string kind : {"rgg", "ba"})
        for (auto n : ns) {
            const auto edges = edges_of(kind, n);
            std::ofstream out(dir + "/" + kind + "-" + std::to_string(n) + ".bin",
                              std::ios::binary);
            for (const auto& e : edges) {
                out.write(reinterpret_cast<const char*>(&e.a), 4);
                out.write(reinterpret_cast<const char*>(&e.b), 4);
                out.write(reinterpret_cast<const char*>(&e.w), 8);
            }
            const auto [a, b] = query(n);
            queries << kind << ' ' << n << ' ' << a << ' ' << b << '\n';
        }
    return 0;
}

} // namespace

BENCHMARK_CAPTURE(raw_dijkstra, ascn, std::string("ascn"))->Apply(sizes);
BENCHMARK_CAPTURE(costs_from, ascn, std::string("ascn"))->Apply(sizes);
BENCHMARK(mentors)->Apply(sizes);
BENCHMARK(build)->Apply(sizes);
BENCHMARK_CAPTURE(raw_dijkstra, rgg, std::string("rgg"))->Apply(sizes);
BENCHMARK_CAPTURE(costs_from, rgg, std::string("rgg"))->Apply(sizes);
BENCHMARK_CAPTURE(yen10, rgg, std::string("rgg"))->Apply(sizes);
BENCHMARK_CAPTURE(raw_dijkstra, ba, std::string("ba"))->Apply(sizes);
BENCHMARK_CAPTURE(costs_from, ba, std::string("ba"))->Apply(sizes);
BENCHMARK_CAPTURE(yen10, ba, std::string("ba"))->Apply(sizes);
BENCHMARK_CAPTURE(yen10, ascn, std::string("ascn"))->Apply(sizes);

int main(int argc, char** argv) {
    if (argc >= 3 && std::strcmp(argv[1], "--dump") == 0) {
        std::vector<std::size_t> ns;
        for (int i = 3; i < argc; ++i)
            ns.push_back(std::stoul(argv[i]));
        if (ns.empty())
            ns = {10'000, 100'000, 1'000'000};
        return dump(argv[2], ns);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
