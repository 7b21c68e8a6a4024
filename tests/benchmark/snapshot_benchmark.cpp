// SPDX-License-Identifier: MIT
// Dijkstra over an ascn snapshot against raw Boost.Graph CSR and adjacency_list graphs of the
// same shape (random geometric, mean degree 10), plus snapshot build time and size.
//
//   snapshot_benchmark                       # Google Benchmark run (100k and 1M)
//   snapshot_benchmark memory N [lean|full]  # peak memory of network + snapshot for N vertices
#include "geometric.hpp"

#include <ascn/algorithm/paths/shortest_paths.hpp>
#include <ascn/network.hpp>
#include <ascn/snapshot.hpp>

#include <benchmark/benchmark.h>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dijkstra_shortest_paths_no_color_map.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <string>

namespace {

// A lean user model: what a large synthetic study would store.
struct lean_city {
    std::string id;
    std::string country;
    int joined = 2018;
};
struct lean_country {
    std::string id;
};
struct lean_partner {
    std::string id;
    ascn::partner_kind kind = ascn::partner_kind::company;
};
struct lean_link {
    ascn::relation_kind kind = ascn::relation_kind::peer_learning;
    int start = 2018;
    float strength = 1.0f;
};
using lean_network = ascn::basic_network<lean_city, lean_country, lean_partner, lean_link>;

// Peer-learning relationships weigh their strength; member-of relationships are left out, so
// the snapshot has the raw graphs' shape (plus one isolated country vertex).
struct weight_of {
    std::optional<double> operator()(const lean_link& r) const noexcept {
        if (r.kind == ascn::relation_kind::member_of)
            return std::nullopt;
        return r.strength;
    }
    std::optional<double> operator()(const ascn::relationship& r) const noexcept {
        if (r.kind == ascn::relation_kind::member_of)
            return std::nullopt;
        return r.strength.value_or(1.0);
    }
};

constexpr std::uint64_t seed = 20180428;

template <class Net, class Link>
Net build_network(std::size_t n, const std::vector<ascn_bench::weighted_edge>& edges) {
    Net net;
    typename Net::country_type country{};
    country.id = "XX";
    net.add_country(country);
    for (std::size_t i = 0; i < n; ++i) {
        typename Net::city_type c;
        c.id = "c" + std::to_string(i);
        c.country = "XX";
        net.add_city(std::move(c));
    }
    for (const auto& e : edges) {
        Link r;
        r.kind = ascn::relation_kind::peer_learning;
        r.start = 2018;
        r.strength = static_cast<decltype(r.strength)>(e.w);
        net.add_relationship(net.handle(e.a + 1), net.handle(e.b + 1), r);
    }
    return net;
}

struct fixture {
    std::vector<ascn_bench::weighted_edge> edges;
    lean_network net;
    ascn::snapshot snap;
    using csr =
        boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, double,
                                           boost::no_property, std::uint32_t, std::uint32_t>;
    csr raw_csr;
    using adj =
        boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                              boost::property<boost::edge_weight_t, double>>;
    adj raw_adj;
    std::uint32_t source = 0; // snapshot index of city c0 (raw graphs: vertex 0)
};

fixture& get(std::size_t n) {
    static std::map<std::size_t, std::unique_ptr<fixture>> cache;
    auto& f = cache[n];
    if (f)
        return *f;
    f = std::make_unique<fixture>();
    f->edges = ascn_bench::random_geometric(n, 5 * n, seed);
    f->net = build_network<lean_network, lean_link>(n, f->edges);
    f->snap = ascn::snapshot(f->net, weight_of{});
    f->source = *f->snap.from_network(*f->net.vertex("c0"));
    std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
    std::vector<double> w;
    arcs.reserve(2 * f->edges.size());
    w.reserve(2 * f->edges.size());
    for (const auto& e : f->edges) {
        arcs.emplace_back(e.a, e.b);
        w.push_back(e.w);
        arcs.emplace_back(e.b, e.a);
        w.push_back(e.w);
    }
    f->raw_csr = fixture::csr(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(),
                              w.begin(), static_cast<std::uint32_t>(n));
    f->raw_adj = fixture::adj(n);
    for (const auto& e : f->edges)
        boost::add_edge(e.a, e.b, e.w, f->raw_adj);
    return *f;
}

void BM_dijkstra_snapshot(benchmark::State& state) {
    auto& f = get(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        auto t = ascn::shortest_paths(f.snap, f.source);
        benchmark::DoNotOptimize(t.distance.data());
    }
    state.counters["vertices"] = static_cast<double>(f.snap.num_vertices());
    state.counters["relationships"] = static_cast<double>(f.snap.num_relationships());
}

void BM_dijkstra_raw_csr(benchmark::State& state) {
    auto& f = get(static_cast<std::size_t>(state.range(0)));
    const auto& g = f.raw_csr;
    for (auto _ : state) {
        const auto n = boost::num_vertices(g);
        std::vector<double> dist(n, std::numeric_limits<double>::infinity());
        std::vector<std::uint32_t> pred(n);
        const auto index = boost::get(boost::vertex_index, g);
        boost::dijkstra_shortest_paths_no_color_map(
            g, 0u, boost::make_iterator_property_map(pred.data(), index),
            boost::make_iterator_property_map(dist.data(), index),
            boost::get(boost::edge_bundle, g), index, std::less<double>(),
            boost::closed_plus<double>(std::numeric_limits<double>::infinity()),
            std::numeric_limits<double>::infinity(), 0.0, boost::default_dijkstra_visitor());
        benchmark::DoNotOptimize(dist.data());
    }
}

void BM_dijkstra_raw_adjacency_list(benchmark::State& state) {
    auto& f = get(static_cast<std::size_t>(state.range(0)));
    const auto& g = f.raw_adj;
    for (auto _ : state) {
        const auto n = boost::num_vertices(g);
        std::vector<double> dist(n, std::numeric_limits<double>::infinity());
        std::vector<std::size_t> pred(n);
        const auto index = boost::get(boost::vertex_index, g);
        boost::dijkstra_shortest_paths_no_color_map(
            g, std::size_t{0}, boost::make_iterator_property_map(pred.data(), index),
            boost::make_iterator_property_map(dist.data(), index),
            boost::get(boost::edge_weight, g), index, std::less<double>(),
            boost::closed_plus<double>(std::numeric_limits<double>::infinity()),
            std::numeric_limits<double>::infinity(), 0.0, boost::default_dijkstra_visitor());
        benchmark::DoNotOptimize(dist.data());
    }
}

void BM_snapshot_build(benchmark::State& state) {
    auto& f = get(static_cast<std::size_t>(state.range(0)));
    std::size_t bytes = 0;
    for (auto _ : state) {
        ascn::snapshot s(f.net, weight_of{});
        bytes = s.memory_bytes();
        benchmark::DoNotOptimize(bytes);
    }
    const auto n = static_cast<double>(f.snap.num_vertices());
    const auto m = static_cast<double>(f.snap.num_relationships());
    state.counters["MiB"] = static_cast<double>(bytes) / (1024.0 * 1024.0);
    // Split as: per-vertex arrays (row starts, kind, both index maps) and per-relationship ones.
    state.counters["B/vertex"] = (4.0 + 1.0 + 4.0 + 4.0);
    state.counters["B/relationship"] = (static_cast<double>(bytes) - 13.0 * n) / m;
}

// Moving a network takes its graph's pointer (issue 14: Boost's adjacency_list has no move
// constructor, so a network held by value was copied on every move); the copy is the baseline.
void BM_network_copy(benchmark::State& state) {
    auto& f = get(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        auto copy = f.net;
        benchmark::DoNotOptimize(&copy);
    }
}

void BM_network_move(benchmark::State& state) {
    auto& f = get(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        auto moved = std::move(f.net);
        f.net = std::move(moved); // back, for the next iteration and benchmark
        benchmark::DoNotOptimize(&f.net);
    }
}

BENCHMARK(BM_network_copy)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_network_move)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_dijkstra_snapshot)
    ->Arg(1000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_dijkstra_raw_csr)
    ->Arg(1000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_dijkstra_raw_adjacency_list)
    ->Arg(1000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_snapshot_build)
    ->Arg(1000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond);

long peak_kib() {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10);
    return -1;
}

template <class Net, class Link>
int memory_mode(std::size_t n) {
    using clock = std::chrono::steady_clock;
    auto edges = ascn_bench::random_geometric(n, 5 * n, seed);
    const auto t0 = clock::now();
    Net net = build_network<Net, Link>(n, edges);
    const auto t1 = clock::now();
    edges = {};
    edges.shrink_to_fit();
    const long after_network = peak_kib();
    ascn::snapshot s(net, weight_of{});
    const auto t2 = clock::now();
    std::printf("vertices %zu relationships %zu\n", s.num_vertices(), s.num_relationships());
    std::printf("network build %.2f s, snapshot build %.3f s\n",
                std::chrono::duration<double>(t1 - t0).count(),
                std::chrono::duration<double>(t2 - t1).count());
    std::printf("snapshot %.1f MiB (%.1f B per relationship incl. vertices)\n",
                static_cast<double>(s.memory_bytes()) / 1048576.0,
                static_cast<double>(s.memory_bytes()) / static_cast<double>(s.num_relationships()));
    std::printf("peak after network %.2f GiB, peak with snapshot %.2f GiB\n",
                static_cast<double>(after_network) / 1048576.0,
                static_cast<double>(peak_kib()) / 1048576.0);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc >= 3 && std::strcmp(argv[1], "memory") == 0) {
        const auto n = static_cast<std::size_t>(std::strtoull(argv[2], nullptr, 10));
        if (argc >= 4 && std::strcmp(argv[3], "full") == 0)
            return memory_mode<ascn::network, ascn::relationship>(n);
        return memory_mode<lean_network, lean_link>(n);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
