// SPDX-License-Identifier: MIT
/// \file
/// `ascn::best_path`: the cheapest path between two vertices of a snapshot, optionally
/// hop-limited and avoiding vertices. Reference: docs/reference/peer_learning.md.
#ifndef ASCN_ALGORITHM_PATHS_BEST_PATH_HPP
#define ASCN_ALGORITHM_PATHS_BEST_PATH_HPP

#include "ascn/algorithm/paths/path.hpp"
#include "ascn/algorithm/paths/search.hpp"
#include "ascn/contracts.hpp"
#include "ascn/snapshot.hpp"

#include <optional>

namespace ascn {

/// The cheapest path from `from` to `to`, or none.
///
/// Boost.Graph's Dijkstra on the snapshot's CSR graph, stopped when `to` is settled (the search
/// core, detail::search). With `max_hops`, a Bellman-Ford in rounds of one arc (O(h E)); with
/// `avoid`, Dijkstra over the remaining vertices. Among paths of equal cost the one found is
/// the one Boost.Graph's 4-ary heap settles first. Preconditions: both vertices exist.
/// O((V + E) log V).
[[nodiscard]] inline std::optional<path> best_path(const snapshot& s, snapshot::vertex_index from,
                                                   snapshot::vertex_index to,
                                                   const path_constraints& constraints = {}) {
    ASCN_EXPECTS(from < s.num_vertices() && to < s.num_vertices());
    detail::search search(s);
    if (constraints.max_hops || !constraints.avoid.empty()) {
        detail::search_filter filter(s);
        filter.block(constraints, from, to);
        if (constraints.max_hops)
            return search.layered(from, to, *constraints.max_hops, &filter);
        if (from == to)
            return path{{from}, {}, 0.0};
        search.run(from, {.filter = &filter, .stop = to});
        return search.path_to(to);
    }
    if (from == to)
        return path{{from}, {}, 0.0};
    search.run(from, {.stop = to});
    return search.path_to(to);
}

} // namespace ascn

#endif // ASCN_ALGORITHM_PATHS_BEST_PATH_HPP
