// SPDX-License-Identifier: MIT
/// \file
/// `ascn::shortest_paths`: single-source shortest paths (Dijkstra) over a snapshot.
/// Reference: docs/reference/shortest_paths.md.
#ifndef ASCN_ALGORITHM_SHORTEST_PATHS_HPP
#define ASCN_ALGORITHM_SHORTEST_PATHS_HPP

#include "ascn/contracts.hpp"
#include "ascn/snapshot.hpp"

#include <boost/graph/dijkstra_shortest_paths_no_color_map.hpp>

#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

namespace ascn {

/// Distances and a shortest-path tree from one source vertex of a snapshot.
template <class Weight>
struct shortest_path_tree {
    /// A vertex of the snapshot.
    using vertex_index = typename snapshot<Weight>::vertex_index;

    vertex_index source = 0;               ///< the vertex the distances are measured from
    std::vector<Weight> distance;          ///< `infinity()` where unreachable
    std::vector<vertex_index> predecessor; ///< own index for the source and unreachable

    /// The distance of an unreachable vertex.
    [[nodiscard]] static constexpr Weight infinity() noexcept {
        return std::numeric_limits<Weight>::has_infinity ? std::numeric_limits<Weight>::infinity()
                                                         : std::numeric_limits<Weight>::max();
    }
    /// True if `v` can be reached from the source.
    [[nodiscard]] bool reachable(vertex_index v) const noexcept {
        return distance[v] != infinity();
    }
    /// The vertices of a shortest path from the source to `v`, source first; empty when `v`
    /// is unreachable.
    [[nodiscard]] std::vector<vertex_index> path_to(vertex_index v) const {
        std::vector<vertex_index> path;
        if (!reachable(v))
            return path;
        for (vertex_index at = v;; at = predecessor[at]) {
            path.push_back(at);
            if (at == source)
                break;
        }
        std::reverse(path.begin(), path.end());
        return path;
    }
};

/// Dijkstra's algorithm from `source` over the snapshot's arc weights.
///
/// Preconditions: `source < s.num_vertices()`; weights are non-negative (BGL throws
/// `boost::negative_edge` otherwise). Complexity: O((V + E) log V), one binary heap (BGL's
/// `dijkstra_shortest_paths_no_color_map`, on the CSR graph with no adaptor in between).
template <class Weight>
[[nodiscard]] shortest_path_tree<Weight>
shortest_paths(const snapshot<Weight>& s, typename snapshot<Weight>::vertex_index source) {
    ASCN_EXPECTS(source < s.num_vertices());
    shortest_path_tree<Weight> out;
    out.source = source;
    const std::size_t n = s.num_vertices();
    out.distance.assign(n, shortest_path_tree<Weight>::infinity());
    out.predecessor.resize(n);
    const auto& g = s.graph();
    const auto index = boost::get(boost::vertex_index, g);
    boost::dijkstra_shortest_paths_no_color_map(
        g, source, boost::make_iterator_property_map(out.predecessor.data(), index),
        boost::make_iterator_property_map(out.distance.data(), index), s.weight_map(), index,
        std::less<Weight>(), boost::closed_plus<Weight>(shortest_path_tree<Weight>::infinity()),
        shortest_path_tree<Weight>::infinity(), Weight{}, boost::default_dijkstra_visitor());
    return out;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_SHORTEST_PATHS_HPP
