// SPDX-License-Identifier: MIT
// The C++ side of tests/benchmark/python_peers.py: the library calls the Python module makes,
// timed in C++ on the same graphs, so the Python figures can be set against them.
//   python_reference embedded          per-call time of each analysis on the embedded ASCN
//   python_reference FILE K SEED       a graph written by python_peers.py (n, m, then u, v and
//                                      w arrays): snapshot build, sampled betweenness (K
//                                      sources), PageRank, Louvain, on one thread
// Prints one line per measurement: name, then seconds (best of the repeats).
#include <ascn/algorithm/paths.hpp>
#include <ascn/algorithm/structure.hpp>
#include <ascn/asean/dataset.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace {

template <class F>
double best_of(int repeats, int calls, F f) {
    double best = 1e300;
    for (int r = 0; r < repeats; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        for (int c = 0; c < calls; ++c)
            f();
        const std::chrono::duration<double> d = std::chrono::steady_clock::now() - t0;
        best = std::min(best, d.count() / calls);
    }
    return best;
}

volatile double sink = 0;

int embedded() {
    const ascn::network net = ascn::data::embedded_network();
    const ascn::snapshot s(net, ascn::unit_cost{});
    const auto from = *s.find("johor-bahru"), to = *s.find("da-nang");
    auto report = [](const char* name, double seconds) { std::printf("%s %.9f\n", name, seconds); };
    ascn::betweenness_options bo;
    bo.threads = 1;
    report("betweenness", best_of(5, 200, [&] { sink = ascn::betweenness_centrality(s, bo)[0]; }));
    report("closeness", best_of(5, 200, [&] { sink = ascn::closeness_centrality(s, 1)[0]; }));
    report("degree", best_of(5, 2000, [&] { sink = ascn::degree_centrality(s)[0]; }));
    ascn::power_iteration_options po;
    po.threads = 1;
    report("pagerank", best_of(5, 500, [&] { sink = ascn::pagerank(s, po).value[0]; }));
    report("louvain", best_of(5, 500, [&] { sink = ascn::louvain(s).modularity; }));
    report("weak_points", best_of(5, 500, [&] { sink = double(ascn::weak_points(s).components); }));
    report("best_path", best_of(5, 2000, [&] { sink = ascn::best_path(s, from, to)->cost; }));
    report("k_best_paths",
           best_of(5, 500, [&] { sink = ascn::k_best_paths(s, from, to, 3)[0].cost; }));
    report("distances", best_of(5, 2000, [&] { sink = ascn::costs_from(s, from).cost[0]; }));
    return 0;
}

int file(const char* path, std::size_t k, std::uint64_t seed) {
    std::ifstream in(path, std::ios::binary);
    std::uint64_t n = 0, m = 0;
    in.read(reinterpret_cast<char*>(&n), 8);
    in.read(reinterpret_cast<char*>(&m), 8);
    std::vector<std::uint32_t> u(m), v(m);
    std::vector<double> w(m);
    in.read(reinterpret_cast<char*>(u.data()), static_cast<std::streamsize>(4 * m));
    in.read(reinterpret_cast<char*>(v.data()), static_cast<std::streamsize>(4 * m));
    in.read(reinterpret_cast<char*>(w.data()), static_cast<std::streamsize>(8 * m));
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", path);
        return 1;
    }
    ascn::snapshot s;
    // What the module does with NetworkX's arrays: two arcs per edge, parallel ones summed.
    const double build = best_of(3, 1, [&] {
        std::vector<ascn::arc_entry> arcs;
        arcs.reserve(2 * m);
        for (std::size_t e = 0; e < m; ++e) {
            arcs.push_back({u[e], v[e], w[e], ascn::snapshot::npos});
            arcs.push_back({v[e], u[e], w[e], ascn::snapshot::npos});
        }
        s = ascn::snapshot::of_arcs(n, arcs, ascn::parallel_edges::sum);
    });
    std::printf("build %.6f\n", build);
    ascn::betweenness_options bo;
    bo.samples = k;
    bo.seed = seed;
    bo.threads = 1;
    std::printf("betweenness %.6f\n",
                best_of(1, 1, [&] { sink = ascn::betweenness_centrality(s, bo)[0]; }));
    ascn::power_iteration_options po;
    po.threads = 1;
    std::printf("pagerank %.6f\n", best_of(3, 1, [&] { sink = ascn::pagerank(s, po).value[0]; }));
    ascn::community_options co;
    co.seed = seed;
    std::printf("louvain %.6f\n", best_of(1, 1, [&] { sink = ascn::louvain(s, co).modularity; }));
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc == 2 && std::string(argv[1]) == "embedded")
        return embedded();
    if (argc == 4)
        return file(argv[1], std::strtoull(argv[2], nullptr, 10),
                    std::strtoull(argv[3], nullptr, 10));
    std::fprintf(stderr, "usage: python_reference embedded | FILE K SEED\n");
    return 2;
}
