// SPDX-License-Identifier: MIT
/// \file
/// `ascn::widest_path`: the path whose dearest arc is cheapest (under a learning model, whose
/// weakest link is strongest), and among those the cheapest. Reference:
/// docs/reference/peer_learning.md.
#ifndef ASCN_ALGORITHM_PATHS_WIDEST_PATH_HPP
#define ASCN_ALGORITHM_PATHS_WIDEST_PATH_HPP

#include "ascn/algorithm/paths/path.hpp"
#include "ascn/algorithm/paths/search.hpp"
#include "ascn/contracts.hpp"
#include "ascn/snapshot.hpp"

#include <optional>

namespace ascn {

/// The widest path from `from` to `to`: the one whose dearest arc is cheapest; among those, the
/// cheapest. Two runs of the search core: a bottleneck Dijkstra (combine = max) finds the
/// smallest possible dearest arc B, then a Dijkstra over the arcs costing at most B finds the
/// cheapest path. `avoid` applies to both; `max_hops` is not supported (contract check).
/// O((V + E) log V).
[[nodiscard]] inline std::optional<path> widest_path(const snapshot& s, snapshot::vertex_index from,
                                                     snapshot::vertex_index to,
                                                     const path_constraints& constraints = {}) {
    ASCN_EXPECTS(from < s.num_vertices() && to < s.num_vertices());
    ASCN_EXPECTS(!constraints.max_hops); // a hop limit is not supported here
    if (from == to)
        return path{{from}, {}, 0.0};
    detail::search_filter filter(s);
    filter.block(constraints, from, to);
    detail::search search(s);
    search.run(from, {.combine = detail::combine_rule::max, .filter = &filter, .stop = to});
    if (!search.reached(to))
        return std::nullopt;
    filter.limit_cost(search.cost(to));
    search.run(from, {.filter = &filter, .stop = to});
    return search.path_to(to);
}

} // namespace ascn

#endif // ASCN_ALGORITHM_PATHS_WIDEST_PATH_HPP
