// SPDX-License-Identifier: MIT
// Boost.Graph algorithms run unchanged on the network's graph and on a time view's graph.
#include "support.hpp"

#include <ascn/time_view.hpp>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/transform_value_property_map.hpp>
#include <catch2/catch.hpp>

#include <vector>

using K = ascn::relation_kind;

TEST_CASE("BGL: connected components on the network graph", "[bgl]") {
    auto net = ascn_test::small_network();
    const auto& g = net.graph();
    std::vector<int> comp(boost::num_vertices(g));
    // Everything is connected through countries, partners and relationships except TL + dili.
    const int n = boost::connected_components(g, comp.data());
    CHECK(n == 2);
    CHECK(comp[*net.vertex("dili")] == comp[*net.vertex("TL")]);
    CHECK(comp[*net.vertex("dili")] != comp[*net.vertex("hanoi")]);
    CHECK(comp[*net.vertex("acme")] == comp[*net.vertex("hanoi")]);
}

TEST_CASE("BGL: breadth-first search hop counts", "[bgl]") {
    auto net = ascn_test::small_network();
    const auto& g = net.graph();
    std::vector<int> hops(boost::num_vertices(g), -1);
    const auto s = *net.vertex("da-nang");
    hops[s] = 0;
    boost::breadth_first_search(
        g, s,
        boost::visitor(boost::make_bfs_visitor(boost::record_distances(
            boost::make_iterator_property_map(hops.begin(), boost::get(boost::vertex_index, g)),
            boost::on_tree_edge()))));
    CHECK(hops[*net.vertex("hanoi")] == 1);
    CHECK(hops[*net.vertex("jica")] == 1);
    CHECK(hops[*net.vertex("singapore")] == 2); // via jica
    CHECK(hops[*net.vertex("acme")] == 3);
    CHECK(hops[*net.vertex("japan")] == 3); // hanoi - smart-jamp - japan
    CHECK(hops[*net.vertex("dili")] == -1);
}

TEST_CASE("BGL: Dijkstra with a weight map over bundled relationships", "[bgl]") {
    auto net = ascn_test::small_network();
    // Make hanoi -> ho-chi-minh direct but dear, and a cheap detour through singapore.
    auto r = ascn_test::rel(K::peer_learning, 2018);
    r.strength = 10.0;
    net.add_relationship("hanoi", "ho-chi-minh", r);
    const auto& g = net.graph();
    // Cost: strength when present, else 1.
    auto weight = boost::make_transform_value_property_map(
        [](const ascn::network::edge_data& d) { return d.value.strength.value_or(1.0); },
        boost::get(boost::edge_bundle, g));
    std::vector<double> dist(boost::num_vertices(g));
    const auto s = *net.vertex("hanoi");
    boost::dijkstra_shortest_paths(
        g, s,
        boost::weight_map(weight).distance_map(
            boost::make_iterator_property_map(dist.begin(), boost::get(boost::vertex_index, g))));
    // hanoi - VN - ho-chi-minh costs 2 (two member-of hops), cheaper than the direct 10.
    CHECK(dist[*net.vertex("ho-chi-minh")] == Approx(2.0));
    CHECK(dist[*net.vertex("da-nang")] == Approx(1.0));
    CHECK(dist[*net.vertex("singapore")] == Approx(3.0)); // hanoi - da-nang - jica - singapore
}

TEST_CASE("BGL: algorithms run on a time view's filtered graph", "[bgl][time]") {
    const auto net = ascn_test::small_network();
    const auto tv = ascn::as_of(net, 2018);
    const auto fg = tv.graph();
    std::vector<int> comp(net.num_vertices(), -1);
    const int n = boost::connected_components(
        fg, boost::make_iterator_property_map(comp.begin(), boost::get(boost::vertex_index, fg)));
    // In 2018: {VN, 3 cities}, {SG, singapore, jica}; filtered-out vertices are not counted.
    CHECK(n == 2);
    CHECK(comp[*net.vertex("singapore")] == comp[*net.vertex("jica")]);
    CHECK(comp[*net.vertex("hanoi")] != comp[*net.vertex("jica")]);
    std::size_t edges = 0;
    for (auto [ei, ee] = boost::edges(fg); ei != ee; ++ei)
        ++edges;
    CHECK(edges == 5);
}
