// SPDX-License-Identifier: MIT
#include "support.hpp"

#include <ascn/algorithm/paths/costs.hpp>
#include <ascn/algorithm/paths/k_best_paths.hpp>
#include <ascn/algorithm/paths/shortest_paths.hpp>
#include <ascn/asean/learning_model.hpp>
#include <ascn/snapshot.hpp>
#include <ascn/time_view.hpp>
#include <ascn/views.hpp>

#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/transform_value_property_map.hpp>
#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <vector>

using K = ascn::relation_kind;

namespace {
struct by_strength {
    double operator()(const ascn::relationship& r) const { return r.strength.value_or(1.0); }
};

/// A random network: `n` cities in one country, `m` random peer-learning relationships with
/// random strengths in [0.1, 5), some relationships ending before `end_year`.
ascn::network random_network(std::size_t n, std::size_t m, unsigned seed) {
    std::mt19937_64 rng(seed);
    ascn::network net;
    net.add_country({"XX", "Testland", {1967, 8, 8}, ""});
    for (std::size_t i = 0; i < n; ++i)
        net.add_city(ascn_test::make_city(ascn_test::numbered("c", i), "XX",
                                          2018 + static_cast<int>(rng() % 8)));
    std::uniform_real_distribution<double> w(0.1, 5.0);
    for (std::size_t k = 0; k < m; ++k) {
        const auto a = rng() % n, b = rng() % n;
        if (a == b)
            continue;
        auto r = ascn_test::rel(K::peer_learning, 2018 + static_cast<int>(rng() % 8));
        if (rng() % 4 == 0)
            r.end = r.start + static_cast<int>(rng() % 3);
        r.strength = w(rng);
        net.add_relationship(ascn_test::numbered("c", a), ascn_test::numbered("c", b), r);
    }
    return net;
}
} // namespace

TEST_CASE("snapshot: structure mirrors the network", "[snapshot]") {
    const auto net = ascn_test::small_network();
    const ascn::snapshot s(net);
    CHECK(s.num_vertices() == net.num_vertices());
    CHECK(s.num_relationships() == net.num_relationships());
    CHECK(s.num_arcs() == 2 * net.num_relationships());
    CHECK(boost::num_edges(s.graph()) == s.num_arcs());
    for (std::uint32_t v = 0; v < s.num_vertices(); ++v) {
        CHECK(s.to_network(v) == v);
        CHECK(s.kind(v) == net[static_cast<std::size_t>(v)].kind());
        CHECK(boost::out_degree(v, s.graph()) == boost::out_degree(v, net.graph()));
    }
    // Every arc's relationship handle resolves and has the arc's kind.
    for (auto [ei, ee] = boost::edges(s.graph()); ei != ee; ++ei) {
        REQUIRE(s.arc_relationships(ei->idx).size() == 1);
        const auto h = s.relationship(s.arc_relationships(ei->idx)[0]);
        CHECK(ascn::relation_set{static_cast<K>(net.relationship(h).kind)} == s.kinds(ei->idx));
        CHECK(s.cost(*ei) == 1.0);
    }
    CHECK(s.memory_bytes() > 0);
}

TEST_CASE("snapshot: of a time view renumbers densely", "[snapshot][time]") {
    const auto net = ascn_test::small_network();
    const auto tv = ascn::as_of(net, 2018);
    const ascn::snapshot s(tv);
    CHECK(s.num_vertices() == tv.num_cities() + tv.num_countries() + tv.num_partners());
    CHECK(s.num_relationships() == 5);
    CHECK_FALSE(s.from_network(*net.vertex("dili")));
    const auto sg = *s.from_network(*net.vertex("singapore"));
    CHECK(net[s.to_network(sg)].id() == "singapore");
}

TEST_CASE("snapshot: a non-finite weight is rejected naming the relationship", "[snapshot]") {
    const auto net = ascn_test::small_network();
    auto nan_weight = [](const ascn::relationship& r) {
        return r.kind == K::support ? std::nan("") : 1.0;
    };
    try {
        ascn::snapshot s(net, nan_weight);
        FAIL("expected value_error");
    } catch (const ascn::value_error& e) {
        CHECK(e.context().id == "jica -> da-nang");
        CHECK(e.context().field == "cost");
    }
}

TEST_CASE("snapshot: a negative weight is rejected", "[snapshot]") {
    const auto net = ascn_test::small_network();
    CHECK_THROWS_AS(ascn::snapshot(net, [](const ascn::relationship&) { return -1.0; }),
                    ascn::value_error);
}

TEST_CASE("snapshot: a policy returning nullopt leaves relationships out", "[snapshot]") {
    const auto net = ascn_test::small_network();
    auto no_members = [](const ascn::relationship& r) -> std::optional<double> {
        if (r.kind == K::member_of)
            return std::nullopt;
        return 2.0;
    };
    const ascn::snapshot s(net, no_members);
    CHECK(s.num_vertices() == net.num_vertices());
    CHECK(s.num_relationships() == 6);
    for (auto [ei, ee] = boost::edges(s.graph()); ei != ee; ++ei) {
        CHECK_FALSE(s.kinds(ei->idx).contains(K::member_of));
        CHECK(s.cost(*ei) == 2.0);
    }
    const auto t = ascn::shortest_paths(s, *s.from_network(*net.vertex("da-nang")));
    CHECK_FALSE(t.reachable(*s.from_network(*net.vertex("VN"))));
    CHECK(t.distance[*s.from_network(*net.vertex("acme"))] == 6.0);
}

TEST_CASE("shortest_paths: hand-worked example", "[snapshot][paths]") {
    const auto net = ascn_test::small_network();
    const ascn::snapshot s(net);
    const auto src = *s.from_network(*net.vertex("da-nang"));
    const auto t = ascn::shortest_paths(s, src);
    auto at = [&](const char* id) { return *s.from_network(*net.vertex(id)); };
    CHECK(t.distance[at("da-nang")] == 0.0);
    CHECK(t.distance[at("hanoi")] == 1.0);
    CHECK(t.distance[at("singapore")] == 2.0);
    CHECK(t.distance[at("acme")] == 3.0);
    CHECK_FALSE(t.reachable(at("dili")));
    CHECK(t.path_to(at("dili")).empty());
    const auto path = t.path_to(at("singapore"));
    REQUIRE(path.size() == 3);
    CHECK(net[s.to_network(path[1])].id() == "jica");
}

TEST_CASE("shortest_paths agrees with BGL Dijkstra on the adjacency list",
          "[snapshot][paths][property]") {
    for (unsigned seed : {1u, 2u, 3u}) {
        const auto net = random_network(300, 900, seed);
        const ascn::snapshot s(net, by_strength{});
        const auto& g = net.graph();
        auto weight = boost::make_transform_value_property_map(
            [](const ascn::network::edge_data& d) { return d.value.strength.value_or(1.0); },
            boost::get(boost::edge_bundle, g));
        for (std::size_t src : {std::size_t{1}, std::size_t{17}, std::size_t{250}}) {
            std::vector<double> dist(boost::num_vertices(g));
            boost::dijkstra_shortest_paths(
                g, src,
                boost::weight_map(weight).distance_map(boost::make_iterator_property_map(
                    dist.begin(), boost::get(boost::vertex_index, g))));
            const auto t = ascn::shortest_paths(s, static_cast<std::uint32_t>(src));
            for (std::size_t v = 0; v < dist.size(); ++v) {
                if (dist[v] == std::numeric_limits<double>::max())
                    CHECK_FALSE(t.reachable(static_cast<std::uint32_t>(v)));
                else
                    CHECK(t.distance[v] == Approx(dist[v]).epsilon(1e-12));
            }
            // A path's cost is the sum of its arcs' weights (checked on the snapshot).
            for (std::uint32_t v = 0; v < s.num_vertices(); v += 37) {
                auto p = t.path_to(v);
                if (p.empty())
                    continue;
                double sum = 0;
                for (std::size_t i = 1; i < p.size(); ++i) {
                    double best = std::numeric_limits<double>::infinity();
                    for (auto [ei, ee] = boost::out_edges(p[i - 1], s.graph()); ei != ee; ++ei)
                        if (boost::target(*ei, s.graph()) == p[i])
                            best = std::min(best, s.cost(*ei));
                    sum += best;
                }
                CHECK(sum == Approx(t.distance[v]).epsilon(1e-12));
            }
        }
    }
}

TEST_CASE("snapshot of a time view matches a filtered Dijkstra", "[snapshot][time][property]") {
    const auto net = random_network(200, 700, 7);
    const auto tv = ascn::as_of(net, 2021);
    const ascn::snapshot s(tv, by_strength{});
    const auto fg = tv.graph();
    auto weight = boost::make_transform_value_property_map(
        [](const ascn::network::edge_data& d) { return d.value.strength.value_or(1.0); },
        boost::get(boost::edge_bundle, fg));
    std::size_t src = 0;
    while (!tv.contains(src))
        ++src;
    std::vector<double> dist(net.num_vertices(), std::numeric_limits<double>::max());
    boost::dijkstra_shortest_paths(
        fg, src,
        boost::weight_map(weight).distance_map(
            boost::make_iterator_property_map(dist.begin(), boost::get(boost::vertex_index, fg))));
    const auto t = ascn::shortest_paths(s, *s.from_network(src));
    for (std::uint32_t v = 0; v < s.num_vertices(); ++v) {
        const auto d = dist[s.to_network(v)];
        if (d == std::numeric_limits<double>::max())
            CHECK_FALSE(t.reachable(v));
        else
            CHECK(t.distance[v] == Approx(d).epsilon(1e-12));
    }
}

TEST_CASE("snapshot: a symmetric policy makes the graph its own reverse", "[snapshot][paths]") {
    const auto net = random_network(150, 500, 11);
    const ascn::snapshot s(net, ascn::edge_cost{by_strength{}});
    REQUIRE(s.symmetric());
    CHECK(&s.reverse() == &s.graph()); // no transposed copy
    // Every arc has a partner the other way, for the same relationship, at the same cost.
    for (ascn::snapshot::arc_index a = 0; a < s.num_arcs(); ++a) {
        const auto b = s.forward_arc(a);
        REQUIRE(b != ascn::snapshot::npos);
        CHECK(s.source(b) == s.target(a));
        CHECK(s.target(b) == s.source(a));
        CHECK(s.cost(b) == s.cost(a));
        CHECK(s.arc_relationships(b)[0] == s.arc_relationships(a)[0]);
    }
    // Costs to a vertex equal costs from it, and the traced paths are real paths of that cost.
    const ascn::snapshot::vertex_index t = 3;
    const auto to = ascn::costs_to(s, t);
    const auto from = ascn::costs_from(s, t);
    for (ascn::snapshot::vertex_index v = 0; v < s.num_vertices(); ++v) {
        CHECK(to.cost[v] == Approx(from.cost[v]).epsilon(1e-12));
        if (!to.reachable(v))
            continue;
        const auto p = to.path(s, v);
        REQUIRE(p);
        CHECK(p->vertices.front() == v);
        CHECK(p->vertices.back() == t);
        double sum = 0;
        for (std::size_t i = 0; i < p->arcs.size(); ++i) {
            CHECK(s.source(p->arcs[i]) == p->vertices[i]);
            CHECK(s.target(p->arcs[i]) == p->vertices[i + 1]);
            sum += s.cost(p->arcs[i]);
        }
        CHECK(sum == Approx(to.cost[v]).epsilon(1e-12));
    }
}

TEST_CASE("snapshot: parallel relationships stay separate arcs unless the policy merges them",
          "[snapshot]") {
    auto net = ascn_test::small_network();
    auto r = ascn_test::rel(K::peer_learning, 2020);
    net.add_relationship("da-nang", "hanoi", r);
    r.kind = K::twinning;
    net.add_relationship("da-nang", "hanoi", r);
    const ascn::snapshot plain(net);
    const ascn::snapshot merged(net, ascn::merge_parallel{ascn::unit_cost{}});
    CHECK(plain.num_arcs() == 2 * net.num_relationships());
    CHECK(merged.num_arcs() == plain.num_arcs() - 4); // three da-nang--hanoi ties, one arc a way
    const auto u = *merged.find("da-nang"), v = *merged.find("hanoi");
    const auto [first, last] = merged.out_arcs(u);
    std::size_t to_v = 0;
    for (auto a = first; a < last; ++a)
        if (merged.target(a) == v) {
            ++to_v;
            CHECK(merged.arc_relationships(a).size() == 3);
            CHECK(merged.kinds(a) == ascn::relation_set{K::peer_learning, K::twinning});
            CHECK(merged.cost(a) == 1.0);
        }
    CHECK(to_v == 1);
    // Yen's paths on the merged graph differ in their vertices, never only in a parallel arc.
    const auto paths = ascn::k_best_paths(merged, u, v, 3);
    for (std::size_t i = 0; i < paths.size(); ++i)
        for (std::size_t j = i + 1; j < paths.size(); ++j)
            CHECK(paths[i].vertices != paths[j].vertices);
}

TEST_CASE("snapshot: ids are indexed and found", "[snapshot]") {
    const auto net = ascn_test::small_network();
    const ascn::snapshot s(net);
    for (ascn::snapshot::vertex_index v = 0; v < s.num_vertices(); ++v) {
        CHECK(s.id(v) == std::string(net[s.to_network(v)].id()));
        CHECK(s.find(s.id(v)) == v);
    }
    CHECK_FALSE(s.find("nowhere"));
    CHECK_FALSE(s.find(""));
}

namespace {
// A user relationship whose strength is a plain double: the library must use it (a strength
// that is not a std::optional used to be ignored silently).
struct plain_link {
    ascn::relation_kind kind = ascn::relation_kind::member_of;
    int start = 2018;
    double strength = 1.0;
};
} // namespace

TEST_CASE("a relationship type with a plain double strength has it honoured", "[snapshot]") {
    static_assert(ascn::HasStrength<plain_link>);
    ascn::basic_network<ascn::city, ascn::country, ascn::partner, plain_link> net;
    net.add_country({"XX", "Testland", {1967, 8, 8}, ""});
    net.add_city(ascn_test::make_city("a", "XX"));
    net.add_city(ascn_test::make_city("b", "XX"));
    net.add_relationship("a", "b", plain_link{ascn::relation_kind::peer_learning, 2019, 0.25});
    const ascn::snapshot s(net, [](const plain_link& r) { return r.strength; });
    const auto a = *s.find("a"), b = *s.find("b");
    const auto [first, last] = s.out_arcs(a);
    bool found = false;
    for (auto x = first; x < last; ++x)
        if (s.target(x) == b) {
            CHECK(s.cost(x) == 0.25);
            found = true;
        }
    CHECK(found);
    // The learning model reads it too: p = 0.6 (peer learning) x 0.25 (strength).
    ascn::learning_model model;
    model.via_network = 0;
    const ascn::snapshot lm(net, model);
    const auto [lf, ll] = lm.out_arcs(*lm.find("a"));
    for (auto x = lf; x < ll; ++x)
        if (lm.target(x) == *lm.find("b"))
            CHECK(lm.cost(x) == Approx(-std::log(0.6 * 0.25)).epsilon(1e-12));
}

TEST_CASE("set_ids names the vertices of a snapshot built from arcs", "[snapshot]") {
    std::vector<ascn::arc_entry> arcs{{0, 1, 2.0, ascn::snapshot::npos},
                                      {1, 0, 2.0, ascn::snapshot::npos},
                                      {1, 2, 1.0, ascn::snapshot::npos}};
    auto s = ascn::snapshot::of_arcs(3, arcs, ascn::parallel_edges::sum);
    CHECK(s.id(1).empty());
    CHECK_FALSE(s.find("b"));
    s.set_ids({"a", "b", "c"});
    CHECK(s.id(1) == "b");
    REQUIRE(s.find("c"));
    CHECK(*s.find("c") == 2);
    CHECK_FALSE(s.find("d"));
}
