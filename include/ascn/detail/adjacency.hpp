// SPDX-License-Identifier: MIT
/// \file
/// A compact symmetric adjacency (internal): the structure algorithms copy a BGL graph in which
/// every undirected edge is two opposite arcs (as `ascn::snapshot` stores it) into plain arrays,
/// merging parallel arcs between the same pair of vertices and dropping self-loops.
#ifndef ASCN_DETAIL_ADJACENCY_HPP
#define ASCN_DETAIL_ADJACENCY_HPP

#include "ascn/contracts.hpp"

#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace ascn {

/// How parallel relationships between the same two vertices are merged into one edge.
enum class parallel_edges : unsigned char {
    sum, ///< add their weights (flow-like measures: degree, modularity, PageRank, brokerage)
    min, ///< keep the lightest (distance-like measures: betweenness, closeness, harmonic)
};

/// A BGL graph usable by the structure algorithms: vertices and out-edges can be listed and
/// vertices have a `vertex_index` in [0, num_vertices).
template <class Graph>
concept SymmetricGraph = requires(const Graph& g) {
    vertices(g);
    num_vertices(g);
    get(boost::vertex_index, g);
}
&&requires(const Graph& g, typename boost::graph_traits<Graph>::vertex_descriptor v) {
    out_edges(v, g);
    target(*out_edges(v, g).first, g);
};

/// A readable arc weight map of `Graph` with numeric values.
template <class Map, class Graph>
concept ArcWeightMap = requires(const Map& m,
                                typename boost::graph_traits<Graph>::edge_descriptor e) {
    { get(m, e) } -> std::convertible_to<double>;
};

/// The weight map of an unweighted graph: every arc weighs 1.
inline boost::static_property_map<double> unit_weights() {
    return boost::static_property_map<double>(1.0);
}

namespace detail {

/// Symmetric weighted adjacency in CSR form with one arc per neighbour and direction.
struct adjacency {
    std::vector<std::size_t> offset; ///< n + 1 row starts
    std::vector<std::uint32_t> target;
    std::vector<double> weight;

    [[nodiscard]] std::size_t size() const noexcept {
        return offset.empty() ? 0 : offset.size() - 1;
    }
    [[nodiscard]] std::size_t begin(std::size_t v) const noexcept { return offset[v]; }
    [[nodiscard]] std::size_t end(std::size_t v) const noexcept { return offset[v + 1]; }
    /// Sum of the weights of `v`'s arcs.
    [[nodiscard]] double strength(std::size_t v) const noexcept {
        double s = 0;
        for (std::size_t a = begin(v); a < end(v); ++a)
            s += weight[a];
        return s;
    }
};

/// Copies `g` (each undirected edge as two opposite arcs) with arc weights `w` into an
/// `adjacency`; parallel arcs to the same neighbour are merged by `merge`, self-loops dropped.
/// Precondition: weights are finite and non-negative.
/// Neighbours keep the order in which they first appear. O(V + E).
template <class Graph, class WeightMap>
adjacency make_adjacency(const Graph& g, WeightMap w, parallel_edges merge) {
    const auto index = get(boost::vertex_index, g);
    const std::size_t n = num_vertices(g);
    adjacency a;
    a.offset.assign(n + 1, 0);
    std::vector<std::size_t> at(n, static_cast<std::size_t>(-1));
    std::vector<typename boost::graph_traits<Graph>::vertex_descriptor> by_index(n);
    for (auto [vi, ve] = vertices(g); vi != ve; ++vi)
        by_index[static_cast<std::size_t>(get(index, *vi))] = *vi;
    for (std::size_t u = 0; u < n; ++u) {
        const std::size_t row = a.target.size();
        for (auto [ei, ee] = out_edges(by_index[u], g); ei != ee; ++ei) {
            const auto v = static_cast<std::size_t>(get(index, target(*ei, g)));
            if (v == u)
                continue;
            using boost::get;
            const double x = static_cast<double>(get(w, *ei));
            ASCN_EXPECTS(std::isfinite(x) && x >= 0);
            if (at[v] != static_cast<std::size_t>(-1) && at[v] >= row) {
                double& y = a.weight[at[v]];
                y = merge == parallel_edges::sum ? y + x : std::min(y, x);
            } else {
                at[v] = a.target.size();
                a.target.push_back(static_cast<std::uint32_t>(v));
                a.weight.push_back(x);
            }
        }
        a.offset[u + 1] = a.target.size();
    }
    return a;
}

} // namespace detail
} // namespace ascn

#endif // ASCN_DETAIL_ADJACENCY_HPP
