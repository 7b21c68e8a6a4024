// SPDX-License-Identifier: MIT
/// \file
/// `ascn::shortest_paths`: single-source shortest paths (Dijkstra) over a snapshot.
/// Reference: docs/reference/shortest_paths.md.
#ifndef ASCN_ALGORITHM_PATHS_SHORTEST_PATHS_HPP
#define ASCN_ALGORITHM_PATHS_SHORTEST_PATHS_HPP

#include "ascn/algorithm/paths/search.hpp"
#include "ascn/contracts.hpp"
#include "ascn/snapshot.hpp"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

namespace ascn {

/// Distances and a shortest-path tree from one source vertex of a snapshot.
struct shortest_path_tree {
    /// A vertex of the snapshot.
    using vertex_index = snapshot::vertex_index;

    vertex_index source = 0;               ///< the vertex the distances are measured from
    std::vector<double> distance;          ///< `infinity()` where unreachable
    std::vector<vertex_index> predecessor; ///< own index for the source and unreachable

    /// The distance of an unreachable vertex.
    [[nodiscard]] static constexpr double infinity() noexcept {
        return std::numeric_limits<double>::infinity();
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

/// Dijkstra's algorithm from `source` over the snapshot's arc costs.
///
/// Preconditions: `source < s.num_vertices()`. Complexity: O((V + E) log V): the search core
/// (Boost.Graph's `dijkstra_shortest_paths_no_color_map_no_init`, on the CSR graph with no adaptor
/// in between).
[[nodiscard]] inline shortest_path_tree shortest_paths(const snapshot& s,
                                                       snapshot::vertex_index source) {
    ASCN_EXPECTS(source < s.num_vertices());
    shortest_path_tree out;
    out.source = source;
    out.predecessor.resize(s.num_vertices());
    for (snapshot::vertex_index v = 0; v < out.predecessor.size(); ++v)
        out.predecessor[v] = v;
    detail::search search(s);
    search.run(source, {.predecessors = &out.predecessor});
    out.distance = std::move(search).take_costs();
    return out;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_PATHS_SHORTEST_PATHS_HPP
