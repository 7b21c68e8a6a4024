// SPDX-License-Identifier: MIT
/// \file
/// Weak points: articulation points (vertices whose loss disconnects the network), bridges
/// (relationships whose loss does) and connected components, by Boost.Graph's
/// `biconnected_components` and `connected_components`. The graph is any BGL graph storing
/// each undirected relationship as two opposite arcs (as `ascn::snapshot` does): a pair of
/// vertices joined by k arcs each way has k relationships, so a pair joined by two
/// relationships is never a bridge, and a bridge is reported once, not once per arc.
/// Reference: docs/reference/structure.md.
#ifndef ASCN_ALGORITHM_STRUCTURE_WEAK_POINTS_HPP
#define ASCN_ALGORITHM_STRUCTURE_WEAK_POINTS_HPP

#include "ascn/snapshot.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <utility>
#include <vector>

namespace ascn {

/// A relationship whose removal disconnects its endpoints, `u < v` (vertex indices).
struct bridge {
    std::uint32_t u = 0; ///< one end (the smaller vertex index)
    std::uint32_t v = 0; ///< the other end
    /// For a snapshot: the relationship's index (for `snapshot::relationship`); otherwise the
    /// position among the arcs of `u` of the arc to `v`.
    std::size_t relationship = 0;
    /// Equal when both ends and the relationship are equal.
    friend bool operator==(const bridge&, const bridge&) = default;
};

/// The result of `weak_points`.
struct weak_points_result {
    std::vector<std::uint32_t> articulation_points; ///< ascending
    std::vector<bridge> bridges;                    ///< ascending by (u, v)
    std::vector<std::uint32_t> component;           ///< connected component of each vertex
    std::size_t components = 0;                     ///< number of connected components
    std::size_t biconnected_components = 0;         ///< blocks (a bridge is a block of one edge)
};

/// Articulation points, bridges and connected components of `g`. Self-loops are ignored.
/// Components are numbered in order of their smallest vertex. O(V + E).
template <SymmetricGraph Graph>
[[nodiscard]] weak_points_result weak_points(const Graph& g) {
    using undirected =
        boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                              boost::property<boost::edge_index_t, std::size_t>>;
    const auto index = get(boost::vertex_index, g);
    const std::size_t n = num_vertices(g);
    // BGL's biconnected_components treats parallel edges as separate blocks, so it gets one
    // simple edge per pair; a pair joined by more than one relationship is then never a bridge.
    undirected ug(n);
    std::vector<std::size_t> position;     // by simple edge: its first arc's position at u
    std::vector<std::size_t> multiplicity; // by simple edge: relationships between u and v
    std::vector<std::size_t> at(n, static_cast<std::size_t>(-1));
    for (auto [vi, ve] = vertices(g); vi != ve; ++vi) {
        const auto u = static_cast<std::size_t>(get(index, *vi));
        const std::size_t row = position.size();
        std::size_t pos = 0;
        for (auto [ei, ee] = out_edges(*vi, g); ei != ee; ++ei, ++pos) {
            const auto v = static_cast<std::size_t>(get(index, target(*ei, g)));
            if (u >= v)
                continue;
            if (at[v] != static_cast<std::size_t>(-1) && at[v] >= row) {
                ++multiplicity[at[v]];
                continue;
            }
            at[v] = position.size();
            boost::add_edge(u, v, position.size(), ug);
            position.push_back(pos);
            multiplicity.push_back(1);
        }
    }
    weak_points_result r;
    const std::size_t m = boost::num_edges(ug);
    std::vector<std::size_t> block(m);
    std::vector<std::size_t> cut;
    const auto found = boost::biconnected_components(
        ug, boost::make_iterator_property_map(block.begin(), boost::get(boost::edge_index, ug)),
        std::back_inserter(cut));
    r.biconnected_components = found.first;
    r.articulation_points.assign(cut.begin(), cut.end());
    std::sort(r.articulation_points.begin(), r.articulation_points.end());
    std::vector<std::size_t> size(r.biconnected_components, 0);
    for (const std::size_t b : block)
        ++size[b];
    for (auto [ei, ee] = boost::edges(ug); ei != ee; ++ei) {
        const std::size_t i = boost::get(boost::edge_index, ug, *ei);
        if (size[block[i]] == 1 && multiplicity[i] == 1)
            r.bridges.push_back({static_cast<std::uint32_t>(boost::source(*ei, ug)),
                                 static_cast<std::uint32_t>(boost::target(*ei, ug)), position[i]});
    }
    std::sort(r.bridges.begin(), r.bridges.end(), [](const bridge& a, const bridge& b) {
        return std::pair(a.u, a.v) < std::pair(b.u, b.v);
    });
    std::vector<std::size_t> comp(n);
    r.components = n == 0 ? 0 : boost::connected_components(ug, comp.data());
    r.component.assign(comp.begin(), comp.end());
    return r;
}

/// Weak points of a snapshot; each bridge names its relationship (an index for
/// `snapshot::relationship`, which turns it into the network's handle).
[[nodiscard]] inline weak_points_result weak_points(const snapshot& s) {
    auto r = weak_points(s.graph());
    for (auto& b : r.bridges) {
        const auto a = static_cast<snapshot::arc_index>(s.out_arcs(b.u).first + b.relationship);
        const auto rels = s.arc_relationships(a);
        b.relationship = rels.empty() ? snapshot::npos : rels.front();
    }
    return r;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_STRUCTURE_WEAK_POINTS_HPP
