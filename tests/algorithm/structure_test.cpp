// SPDX-License-Identifier: MIT
// Network structure against NetworkX and igraph (reference/structure.json, made by
// reference/make_structure_reference.py): communities, centrality, brokerage, weak points and
// projections, plus properties and the embedded ASCN.
#include <ascn/algorithm/structure/brokerage.hpp>
#include <ascn/algorithm/structure/centrality.hpp>
#include <ascn/algorithm/structure/community.hpp>
#include <ascn/algorithm/structure/projection.hpp>
#include <ascn/algorithm/structure/weak_points.hpp>
#include <ascn/asean/dataset.hpp>

#include <boost/graph/adjacency_list.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <set>
#include <string>
#include <vector>

namespace {

const nlohmann::json& reference() {
    static const nlohmann::json j = [] {
        std::ifstream in(ASCN_TEST_DATA_DIR "/structure.json");
        REQUIRE(in);
        return nlohmann::json::parse(in);
    }();
    return j;
}

/// A directed BGL graph holding each undirected edge as two opposite arcs, like a snapshot.
using arc_graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property,
                          boost::property<boost::edge_weight_t, double>>;

arc_graph graph_of(const nlohmann::json& c) {
    arc_graph g(c["n"].get<std::size_t>());
    for (const auto& e : c["edges"]) {
        const auto u = e[0].get<std::size_t>(), v = e[1].get<std::size_t>();
        const double w = e[2].get<double>();
        boost::add_edge(u, v, w, g);
        boost::add_edge(v, u, w, g);
    }
    return g;
}

/// The arc weights, or unit weights, as the reference case tag asks.
template <class F>
void with_weights(const arc_graph& g, const std::string& tag, F f) {
    if (tag == "weighted")
        f(boost::get(boost::edge_weight, g));
    else
        f(ascn::unit_cost{});
}

bool close(double a, double b, double tol) {
    return std::abs(a - b) <= tol * std::max(1.0, std::abs(b));
}

/// True if every community of `c` induces a connected subgraph of `g`.
bool communities_connected(const arc_graph& g, const std::vector<std::uint32_t>& c) {
    const std::size_t n = boost::num_vertices(g);
    std::vector<int> seen(n, 0);
    std::set<std::uint32_t> started;
    for (std::size_t s = 0; s < n; ++s) {
        if (seen[s])
            continue;
        if (!started.insert(c[s]).second)
            return false; // a second piece of a community already explored
        std::vector<std::size_t> stack{s};
        seen[s] = 1;
        while (!stack.empty()) {
            const auto u = stack.back();
            stack.pop_back();
            for (auto [ei, ee] = boost::out_edges(u, g); ei != ee; ++ei) {
                const auto v = boost::target(*ei, g);
                if (!seen[v] && c[v] == c[u]) {
                    seen[v] = 1;
                    stack.push_back(v);
                }
            }
        }
    }
    return true;
}

ascn::snapshot embedded_snapshot() {
    static const auto net = ascn::data::embedded_network();
    return ascn::snapshot(net);
}

} // namespace

TEST_CASE("modularity of given partitions equals NetworkX's", "[structure][community]") {
    for (const auto& c : reference()["graphs"]) {
        INFO(c["name"].get<std::string>());
        const auto g = graph_of(c);
        for (const std::string tag : {"unweighted", "weighted"}) {
            INFO(tag);
            with_weights(g, tag, [&](auto w) {
                for (const auto& m : c[tag]["modularity"]) {
                    const auto p = m["partition"].get<std::vector<std::uint32_t>>();
                    for (const double gamma : {0.5, 1.0, 2.0}) {
                        const double want =
                            m["q"][std::to_string(gamma).substr(0, 3)].get<double>();
                        CHECK(close(ascn::modularity(g, w, p, gamma), want, 1e-12));
                        auto sparse = p; // labels need not be dense
                        for (auto& x : sparse)
                            x = 3000000000u - 7 * x;
                        CHECK(close(ascn::modularity(g, w, sparse, gamma), want, 1e-12));
                    }
                }
            });
        }
    }
}

TEST_CASE("Louvain and Leiden reach igraph's multilevel modularity", "[structure][community]") {
    // Planted-partition and LFR-like graphs: every seed reaches igraph's best of five runs
    // (minus 0.5 %). Random graphs without structure: the best of five seeds reaches igraph's
    // mean over five runs (minus 0.5 %).
    for (const auto& c : reference()["graphs"]) {
        const auto name = c["name"].get<std::string>();
        INFO(name);
        const bool planted = name.rfind("planted", 0) == 0 || name.rfind("lfr", 0) == 0;
        const auto g = graph_of(c);
        for (const std::string tag : {"unweighted", "weighted"}) {
            INFO(tag);
            const auto runs = c["igraph_multilevel"][tag].get<std::vector<double>>();
            double best = runs[0], mean = 0;
            for (const double q : runs) {
                best = std::max(best, q);
                mean += q / static_cast<double>(runs.size());
            }
            const double bar = planted ? best : mean;
            with_weights(g, tag, [&](auto w) {
                double best_louvain = -1, best_leiden = -1;
                for (std::uint64_t seed = 0; seed < 5; ++seed) {
                    ascn::community_options o;
                    o.seed = seed;
                    const auto lv = ascn::louvain(g, w, o);
                    const auto ld = ascn::leiden(g, w, o);
                    INFO("seed " << seed << " louvain " << lv.modularity << " leiden "
                                 << ld.modularity << " igraph " << bar);
                    if (planted) {
                        CHECK(lv.modularity >= bar - 0.005 * std::abs(bar));
                        CHECK(ld.modularity >= bar - 0.005 * std::abs(bar));
                    }
                    best_louvain = std::max(best_louvain, lv.modularity);
                    best_leiden = std::max(best_leiden, ld.modularity);
                    CHECK(close(lv.modularity, ascn::modularity(g, w, lv.community), 1e-12));
                    CHECK(close(ld.modularity, ascn::modularity(g, w, ld.community), 1e-12));
                    CHECK(communities_connected(g, ld.community));
                    const auto lv2 = ascn::louvain(g, w, o);
                    const auto ld2 = ascn::leiden(g, w, o);
                    CHECK(lv2.community == lv.community);
                    CHECK(ld2.community == ld.community);
                    CHECK(lv2.modularity == lv.modularity);
                }
                INFO("best louvain " << best_louvain << " best leiden " << best_leiden << " igraph "
                                     << bar);
                CHECK(best_louvain >= bar - 0.005 * std::abs(bar));
                CHECK(best_leiden >= bar - 0.005 * std::abs(bar));
            });
        }
    }
}

TEST_CASE("the resolution parameter trades community size", "[structure][community]") {
    const auto& c = reference()["graphs"][4]; // planted partition
    const auto g = graph_of(c);
    ascn::community_options coarse, fine;
    coarse.resolution = 0.2;
    fine.resolution = 3.0;
    for (auto algo : {0, 1}) {
        const auto a = algo == 0 ? ascn::louvain(g, ascn::unit_cost{}, coarse)
                                 : ascn::leiden(g, ascn::unit_cost{}, coarse);
        const auto b = algo == 0 ? ascn::louvain(g, ascn::unit_cost{}, fine)
                                 : ascn::leiden(g, ascn::unit_cost{}, fine);
        CHECK(a.count < b.count);
        CHECK(close(b.modularity, ascn::modularity(g, ascn::unit_cost{}, b.community, 3.0), 1e-12));
    }
}

TEST_CASE("communities of the embedded ASCN", "[structure][community][ascn]") {
    const auto s = embedded_snapshot();
    ascn::community_options o;
    o.seed = 7;
    const auto lv = ascn::louvain(s, o);
    const auto ld = ascn::leiden(s, o);
    CHECK(lv.count > 1);
    CHECK(ld.count > 1);
    CHECK(lv.community.size() == s.num_vertices());
    CHECK(close(ld.modularity, ascn::modularity(s, ld.community), 1e-12));
    CHECK(ld.modularity > 0.3);
    CHECK(ascn::leiden(s, o).community == ld.community);
}

namespace {

/// Checks `got` against the reference vector `want` (null: NaN) to `tol` (relative above 1).
void check_values(const std::vector<double>& got, const nlohmann::json& want, double tol) {
    REQUIRE(got.size() == want.size());
    for (std::size_t v = 0; v < got.size(); ++v) {
        INFO("vertex " << v << " got " << got[v]);
        if (want[v].is_null())
            CHECK(std::isnan(got[v]));
        else
            CHECK(close(got[v], want[v].get<double>(), tol));
    }
}

} // namespace

TEST_CASE("centrality equals NetworkX's", "[structure][centrality]") {
    for (const auto& c : reference()["graphs"]) {
        INFO(c["name"].get<std::string>());
        const auto g = graph_of(c);
        const auto w = boost::get(boost::edge_weight, g);
        for (const std::string tag : {"unweighted", "weighted"}) {
            INFO(tag);
            const auto& want = c[tag];
            const bool weighted = tag == "weighted";
            for (std::size_t threads : {1, 2, 3}) {
                ascn::betweenness_options o;
                o.threads = threads;
                check_values(weighted ? ascn::betweenness_centrality(g, w, o)
                                      : ascn::betweenness_centrality(g, o),
                             want["betweenness"], 1e-9);
                check_values(weighted ? ascn::closeness_centrality(g, w, threads)
                                      : ascn::closeness_centrality(g, threads),
                             want["closeness"], 1e-9);
                check_values(weighted ? ascn::harmonic_centrality(g, w, threads)
                                      : ascn::harmonic_centrality(g, threads),
                             want["harmonic"], 1e-9);
            }
            with_weights(g, tag, [&](auto wm) {
                check_values(ascn::degree_centrality(g, wm), want["degree"], 1e-12);
                ascn::power_iteration_options p;
                p.tolerance = reference()["made_with"]["pagerank_tol"].get<double>();
                p.max_iterations = 10000;
                const auto pr = ascn::pagerank(g, wm, p);
                CHECK(pr.converged);
                check_values(pr.value, want["pagerank"], 1e-9);
                p.tolerance = reference()["made_with"]["eigenvector_tol"].get<double>();
                p.max_iterations = 100000;
                const auto ev = ascn::eigenvector_centrality(g, wm, p);
                CHECK(ev.converged);
                check_values(ev.value, want["eigenvector"], 1e-9);
            });
        }
    }
}

TEST_CASE("betweenness does not depend on the thread count, and sampling is seeded",
          "[structure][centrality]") {
    const auto g = graph_of(reference()["graphs"][5]);
    const auto w = boost::get(boost::edge_weight, g);
    ascn::betweenness_options one, many;
    one.threads = 1;
    many.threads = 4;
    CHECK(ascn::betweenness_centrality(g, w, one) == ascn::betweenness_centrality(g, w, many));
    one.samples = many.samples = 50;
    one.seed = many.seed = 3;
    const auto a = ascn::betweenness_centrality(g, w, one);
    CHECK(a == ascn::betweenness_centrality(g, w, many));
    // Sampled betweenness estimates the exact one: the same mean, and correlated.
    const auto exact = ascn::betweenness_centrality(g, w);
    double se = 0, sa = 0;
    for (std::size_t v = 0; v < exact.size(); ++v) {
        se += exact[v];
        sa += a[v];
    }
    CHECK(std::abs(sa - se) < 0.3 * se);
}

TEST_CASE("centrality on the embedded ASCN", "[structure][centrality][ascn]") {
    const auto s = embedded_snapshot();
    const auto bc = ascn::betweenness_centrality(s);
    REQUIRE(bc.size() == s.num_vertices());
    const auto top = static_cast<std::size_t>(std::max_element(bc.begin(), bc.end()) - bc.begin());
    CHECK(bc[top] > 0);
    const auto pr = ascn::pagerank(s);
    CHECK(pr.converged);
    CHECK(ascn::eigenvector_centrality(s, {0.85, 1e-6, 1000, 0}).converged);
    CHECK(ascn::closeness_centrality(s).size() == s.num_vertices());
    CHECK(ascn::harmonic_centrality(s) == ascn::harmonic_centrality(s.graph()));
    CHECK(ascn::degree_centrality(s).size() == s.num_vertices());
    double total = 0;
    for (const double x : pr.value)
        total += x;
    CHECK(std::abs(total - 1) < 1e-9);
}

TEST_CASE("Burt's constraint and effective size equal NetworkX's", "[structure][brokerage]") {
    for (const auto& c : reference()["graphs"]) {
        INFO(c["name"].get<std::string>());
        const auto g = graph_of(c);
        for (const std::string tag : {"unweighted", "weighted"}) {
            INFO(tag);
            with_weights(g, tag, [&](auto w) {
                check_values(ascn::burt_constraint(g, w), c[tag]["constraint"], 1e-9);
                check_values(ascn::effective_size(g, w), c[tag]["effective_size"], 1e-9);
            });
        }
    }
}

TEST_CASE("articulation points, bridges and components equal NetworkX's",
          "[structure][weak-points]") {
    for (const auto& c : reference()["graphs"]) {
        INFO(c["name"].get<std::string>());
        const auto g = graph_of(c);
        const auto r = ascn::weak_points(g);
        CHECK(r.articulation_points == c["articulation_points"].get<std::vector<std::uint32_t>>());
        std::vector<std::vector<std::uint32_t>> bridges;
        for (const auto& b : r.bridges)
            bridges.push_back({b.u, b.v});
        CHECK(bridges == c["bridges"].get<std::vector<std::vector<std::uint32_t>>>());
        CHECK(r.components == c["components"].get<std::size_t>());
        CHECK(r.component.size() == boost::num_vertices(g));
    }
}

TEST_CASE("a pair joined by two relationships is not a bridge", "[structure][weak-points]") {
    // 0 - 1 = 2 - 3: the single edges 0-1 and 2-3 are bridges, the double 1=2 is not, and 1 and
    // 2 are articulation points all the same.
    arc_graph g(4);
    for (auto [u, v] : {std::pair(0, 1), std::pair(1, 2), std::pair(1, 2), std::pair(2, 3)}) {
        boost::add_edge(u, v, 1.0, g);
        boost::add_edge(v, u, 1.0, g);
    }
    const auto r = ascn::weak_points(g);
    REQUIRE(r.bridges.size() == 2);
    CHECK((r.bridges[0].u == 0 && r.bridges[0].v == 1));
    CHECK((r.bridges[1].u == 2 && r.bridges[1].v == 3));
    CHECK(r.articulation_points == std::vector<std::uint32_t>{1, 2});
    CHECK(r.components == 1);
}

TEST_CASE("bipartite projections equal NetworkX's", "[structure][projection]") {
    const auto& p = reference()["projection"];
    arc_graph g(p["n"].get<std::size_t>());
    for (const auto& e : p["edges"]) {
        const auto u = e[0].get<std::size_t>(), v = e[1].get<std::size_t>();
        boost::add_edge(u, v, 1.0, g);
        boost::add_edge(v, u, 1.0, g);
    }
    std::vector<char> top(boost::num_vertices(g), 0);
    for (const auto& v : p["top"])
        top[v.get<std::size_t>()] = 1;
    for (const std::string tag : {"count", "newman"}) {
        INFO(tag);
        const auto r = ascn::project(
            g, [&](std::uint32_t v) { return top[v] != 0; },
            [&](std::uint32_t v) { return top[v] == 0; },
            tag == "count" ? ascn::projection_weighting::shared_count
                           : ascn::projection_weighting::newman);
        const auto& want = p[tag];
        REQUIRE(r.ties.size() == want.size());
        for (std::size_t i = 0; i < r.ties.size(); ++i) {
            const auto [a, b, w] = r.ties[i];
            CHECK(r.members[a] == want[i][0].get<std::uint32_t>());
            CHECK(r.members[b] == want[i][1].get<std::uint32_t>());
            CHECK(close(w, want[i][2].get<double>(), 1e-12));
        }
        // The projection is a graph the other algorithms accept.
        CHECK(boost::num_edges(r.graph) == 2 * r.ties.size());
        const auto d = ascn::degree_centrality(r.graph, r.weight_map());
        CHECK(d.size() == r.members.size());
    }
}

TEST_CASE("brokers and weak points of the embedded ASCN", "[structure][brokerage][ascn]") {
    const auto s = embedded_snapshot();
    const auto spanned = ascn::member_states_spanned(s);
    REQUIRE(spanned.size() == s.num_vertices());
    std::size_t bridging_partners = 0;
    for (std::uint32_t v = 0; v < s.num_vertices(); ++v) {
        if (s.kind(v) == ascn::vertex_kind::city)
            CHECK(spanned[v] >= 1);
        if (s.kind(v) == ascn::vertex_kind::partner && spanned[v] >= 2)
            ++bridging_partners;
    }
    CHECK(bridging_partners > 0);
    const auto c = ascn::burt_constraint(s);
    CHECK(c.size() == s.num_vertices());
    CHECK(ascn::effective_size(s).size() == s.num_vertices());
    const auto r = ascn::weak_points(s);
    for (const auto& b : r.bridges) {
        CHECK(b.relationship < s.num_relationships());
        CHECK(b.u < b.v);
    }
    CHECK(r.components >= 1);
    const auto p = ascn::project_cities(s, ascn::projection_weighting::newman);
    std::size_t cities = 0;
    for (std::uint32_t v = 0; v < s.num_vertices(); ++v)
        cities += s.kind(v) == ascn::vertex_kind::city;
    CHECK(p.members.size() == cities);
    CHECK(!p.ties.empty());
}

TEST_CASE("the embedded ASCN findings quoted in docs/reference/structure.md", "[structure][ascn]") {
    const ascn::network& net = ascn::data::embedded_dataset().network;
    const ascn::snapshot s(net);
    auto at = [&](const char* id) { return *s.from_network(*net.vertex(id)); };
    const auto communities = ascn::leiden(s);
    CHECK(communities.count == 30);
    CHECK(std::abs(communities.modularity - 0.7789) < 5e-5);
    const auto bc = ascn::betweenness_centrality(s);
    CHECK(std::max_element(bc.begin(), bc.end()) - bc.begin() == at("wise"));
    const auto spanned = ascn::member_states_spanned(s);
    CHECK(spanned[at("wise")] == 5);
    CHECK(spanned[at("jica")] == 4);
    CHECK(spanned[at("ustda")] == 3);
    CHECK(*std::max_element(spanned.begin(), spanned.end()) == 5);
    const auto weak = ascn::weak_points(s);
    CHECK(weak.components == 23);
    std::vector<std::size_t> sizes(weak.components, 0);
    for (const auto c : weak.component)
        ++sizes[c];
    CHECK(*std::max_element(sizes.begin(), sizes.end()) == 81);
    std::size_t partners = 0;
    for (const auto v : weak.articulation_points)
        partners += s.kind(v) == ascn::vertex_kind::partner;
    CHECK(partners == 12);
    for (const char* id : {"jica", "smart-jamp", "wise", "usascp", "aasctf"})
        CHECK(std::binary_search(weak.articulation_points.begin(), weak.articulation_points.end(),
                                 at(id)));
}

TEST_CASE("Leiden's final split makes every community connected", "[structure][community]") {
    // Two triangles with no edge between them, labelled as one community: the split gives
    // two, and modularity rises.
    arc_graph g(6);
    for (auto [u, v] : {std::pair(0, 1), std::pair(1, 2), std::pair(0, 2), std::pair(3, 4),
                        std::pair(4, 5), std::pair(3, 5)}) {
        boost::add_edge(u, v, 1.0, g);
        boost::add_edge(v, u, 1.0, g);
    }
    const auto a = ascn::snapshot::of_graph(g, ascn::unit_cost{}, ascn::parallel_edges::sum);
    std::vector<std::uint32_t> c(6, 0);
    const double before = ascn::detail::modularity(a, c, 1.0);
    ascn::detail::split_disconnected(a, c);
    CHECK(c == std::vector<std::uint32_t>{0, 0, 0, 1, 1, 1});
    CHECK(ascn::detail::modularity(a, c, 1.0) > before);
    const auto r = ascn::leiden(g, ascn::unit_cost{});
    CHECK(r.count == 2);
    CHECK(close(r.modularity, 0.5, 1e-12));
}

TEST_CASE("sampling every source is exact betweenness", "[structure][centrality]") {
    const auto g = graph_of(reference()["graphs"][0]);
    ascn::betweenness_options o;
    o.samples = boost::num_vertices(g);
    check_values(ascn::betweenness_centrality(g, o),
                 reference()["graphs"][0]["unweighted"]["betweenness"], 1e-9);
}

TEST_CASE("empty and edgeless graphs", "[structure]") {
    for (std::size_t n : {0, 1, 3}) {
        INFO("n " << n);
        const arc_graph g(n);
        const auto w = ascn::unit_cost{};
        CHECK(ascn::louvain(g, w).count == n);
        CHECK(ascn::leiden(g, w).count == n);
        CHECK(ascn::modularity(g, w, std::vector<std::uint32_t>(n, 0)) == 0);
        CHECK(ascn::betweenness_centrality(g) == std::vector<double>(n, 0.0));
        CHECK(ascn::closeness_centrality(g) == std::vector<double>(n, 0.0));
        CHECK(ascn::harmonic_centrality(g) == std::vector<double>(n, 0.0));
        CHECK(ascn::pagerank(g, w).value.size() == n);
        CHECK(ascn::eigenvector_centrality(g, w).value.size() == n);
        for (const double x : ascn::burt_constraint(g, w))
            CHECK(std::isnan(x));
        const auto weak = ascn::weak_points(g);
        CHECK(weak.components == n);
        CHECK(weak.bridges.empty());
        const auto p = ascn::project(
            g, [](std::uint32_t) { return true; }, [](std::uint32_t) { return true; },
            ascn::projection_weighting::newman);
        CHECK(p.ties.empty());
    }
}

TEST_CASE("projection through shared focus areas, worked by hand", "[structure][projection]") {
    // a: civic 2, health 1; b: civic 1, safety 3; c: health 1, safety 1; d: nothing.
    ascn::network net;
    net.add_country({"XX", "X", {}, ""});
    auto city = [&](const char* id, std::array<double, 6> projects) {
        ascn::city c;
        c.id = id;
        c.country = "XX";
        c.profile.projects = projects;
        net.add_city(c);
    };
    city("a", {2, 1, 0, 0, 0, 0});
    city("b", {1, 0, 3, 0, 0, 0});
    city("c", {0, 1, 1, 0, 0, 0});
    city("d", {0, 0, 0, 0, 0, 0});
    const ascn::snapshot s(net);
    auto weight = [&](const ascn::projection& p, const char* x, const char* y) {
        for (const auto& [i, j, w] : p.ties) {
            const auto u = net.graph()[s.to_network(p.members[i])].id();
            const auto v = net.graph()[s.to_network(p.members[j])].id();
            if ((u == x && v == y) || (u == y && v == x))
                return w;
        }
        return 0.0;
    };
    const auto count =
        ascn::project_cities_by_focus(s, net, ascn::projection_weighting::shared_count);
    CHECK(count.members.size() == 4);
    CHECK(count.ties.size() == 3);
    CHECK(weight(count, "a", "b") == 1.0); // civic
    CHECK(weight(count, "a", "c") == 1.0); // health
    CHECK(weight(count, "b", "c") == 1.0); // safety
    CHECK(weight(count, "a", "d") == 0.0);
    // With a threshold of 2 projects only b (safety 3) and a (civic 2) qualify, in different
    // areas: no tie.
    CHECK(ascn::project_cities_by_focus(s, net, ascn::projection_weighting::shared_count, 2.0)
              .ties.empty());
    // Newman: each area has two such cities, so each adds 1 / (2 - 1) = 1.
    const auto newman = ascn::project_cities_by_focus(s, net, ascn::projection_weighting::newman);
    CHECK(weight(newman, "b", "c") == 1.0);
    // The projection is a graph the structure algorithms take.
    const auto r = ascn::louvain(newman.graph, newman.weight_map());
    CHECK(r.community.size() == 4);
}

TEST_CASE("PageRank with tolerance 0 is exact to 1e-10 relative at n = 10^4", "[structure]") {
    // A random weighted graph of 10^4 vertices and 3 * 10^4 edges (some vertices isolated, so
    // dangling), against the same model iterated in long double until the change is below
    // 1e-19: the reference is exact to far better than the bound checked.
    constexpr std::uint32_t n = 10'000;
    std::uint64_t state = 12345;
    const auto next = [&] { // splitmix64
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    std::vector<ascn::arc_entry> arcs;
    for (int i = 0; i < 3 * static_cast<int>(n); ++i) {
        const auto u = static_cast<std::uint32_t>(next() % n);
        const auto v = static_cast<std::uint32_t>(next() % n);
        const double w = 1.0 + static_cast<double>(next() % 1000) / 100.0;
        arcs.push_back({u, v, w, ascn::snapshot::npos});
        arcs.push_back({v, u, w, ascn::snapshot::npos});
    }
    const auto s = ascn::snapshot::of_arcs(n, arcs, ascn::parallel_edges::sum);
    ascn::power_iteration_options o;
    o.tolerance = 0;
    o.max_iterations = 10'000;
    const auto pr = ascn::pagerank(s, o);
    REQUIRE(pr.converged);

    // The reference: the same model (parallel arcs added, self-loops dropped by of_arcs).
    std::vector<long double> out(n, 0), x(n, 1.0L / n), nx(n);
    for (std::uint32_t v = 0; v < n; ++v)
        for (auto [a, end] = s.out_arcs(v); a < end; ++a)
            out[v] += s.cost(a);
    const long double alpha = 0.85L;
    for (int step = 0; step < 1000; ++step) {
        long double dangling = 0;
        for (std::uint32_t v = 0; v < n; ++v)
            if (out[v] == 0)
                dangling += x[v];
        const long double base = alpha * dangling / n + (1 - alpha) / n;
        std::fill(nx.begin(), nx.end(), base);
        for (std::uint32_t u = 0; u < n; ++u)
            if (out[u] > 0)
                for (auto [a, end] = s.out_arcs(u); a < end; ++a)
                    nx[s.target(a)] += alpha * x[u] * s.cost(a) / out[u];
        long double change = 0;
        for (std::uint32_t v = 0; v < n; ++v)
            change += std::fabs(nx[v] - x[v]);
        x.swap(nx);
        if (change < 1e-19L)
            break;
    }
    double worst = 0;
    for (std::uint32_t v = 0; v < n; ++v)
        worst = std::max(worst, static_cast<double>(std::fabs(pr.value[v] - x[v]) / x[v]));
    INFO("largest relative error " << worst << " after " << pr.iterations << " steps");
    CHECK(worst < 1e-10);
}
