// SPDX-License-Identifier: MIT
/// \file
/// What the path algorithms return and take: `ascn::path` (a path in a snapshot, with its
/// cost), `ascn::path_tree` (cheapest paths from or to one vertex) and `ascn::path_constraints`.
/// Reference: docs/reference/peer_learning.md.
#ifndef ASCN_ALGORITHM_PATHS_PATH_HPP
#define ASCN_ALGORITHM_PATHS_PATH_HPP

#include "ascn/snapshot.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>
#include <vector>

namespace ascn {

/// A path in a snapshot, in the direction its arcs run (knowledge moves, for a learning model).
struct path {
    /// A vertex of the snapshot.
    using vertex_index = snapshot::vertex_index;
    /// An arc of the snapshot.
    using arc_index = snapshot::arc_index;

    std::vector<vertex_index> vertices; ///< first: where the path starts; last: where it ends
    std::vector<arc_index> arcs;        ///< `arcs[i]` joins vertices i and i+1
    double cost = 0;                    ///< sum of the arcs' costs, in path order

    /// exp(-cost): under a learning model, the chance that knowledge makes the whole trip.
    [[nodiscard]] double probability() const noexcept { return std::exp(-cost); }
    /// Number of arcs.
    [[nodiscard]] std::size_t hops() const noexcept { return arcs.size(); }
    /// Same vertices, arcs and cost.
    friend bool operator==(const path&, const path&) = default;
};

/// Constraints on a path search.
struct path_constraints {
    /// At most this many arcs. A city-partner-city hop is two arcs.
    std::optional<std::size_t> max_hops{};
    /// Vertices the path may not pass through (the endpoints excepted). Avoiding a country
    /// also avoids its cities.
    std::vector<snapshot::vertex_index> avoid{};
};

/// The largest arc cost on a path (0 for a path of no arcs).
[[nodiscard]] inline double bottleneck(const snapshot& s, const path& p) {
    double b = 0;
    for (auto a : p.arcs)
        b = std::max(b, s.cost(a));
    return b;
}

namespace detail {

/// The path from `from` along `arcs` (in path order; reversed first when `back_to_front`, as a
/// trace from the far end collects them), its cost summed in path order.
inline path path_along(const snapshot& s, snapshot::vertex_index from,
                       std::vector<snapshot::arc_index> arcs, bool back_to_front = false) {
    if (back_to_front)
        std::reverse(arcs.begin(), arcs.end());
    path p;
    p.vertices.reserve(arcs.size() + 1);
    p.vertices.push_back(from);
    for (auto a : arcs) {
        p.vertices.push_back(s.target(a));
        p.cost += s.cost(a);
    }
    p.arcs = std::move(arcs);
    return p;
}

} // namespace detail

/// Cheapest-path costs between one vertex (the root) and every other, with the tree of paths.
struct path_tree {
    /// A vertex of the snapshot.
    using vertex_index = snapshot::vertex_index;
    /// An arc of the snapshot.
    using arc_index = snapshot::arc_index;
    /// The `arc` of the root and of unreachable vertices.
    static constexpr arc_index no_arc = snapshot::npos;

    vertex_index root = 0;      ///< the vertex the costs are measured from (or to)
    bool towards_root = false;  ///< costs of paths *to* the root (else from it)
    std::vector<double> cost;   ///< infinity where there is no path
    std::vector<arc_index> arc; ///< the arc joining each vertex to the tree; none at the root

    /// Whether a path joins `v` and the root.
    [[nodiscard]] bool reachable(vertex_index v) const noexcept { return !std::isinf(cost[v]); }
    /// The path between the root and `v` in the direction its arcs run (from the root, or
    /// towards it); empty optional when there is none.
    [[nodiscard]] std::optional<ascn::path> path(const snapshot& s, vertex_index v) const {
        if (!reachable(v))
            return std::nullopt;
        // Towards the root the arcs come in path order from v; from the root, back to front.
        std::vector<arc_index> arcs;
        for (auto at = v; at != root; at = towards_root ? s.target(arc[at]) : s.source(arc[at]))
            arcs.push_back(arc[at]);
        return detail::path_along(s, towards_root ? v : root, std::move(arcs), !towards_root);
    }
};

} // namespace ascn

#endif // ASCN_ALGORITHM_PATHS_PATH_HPP
