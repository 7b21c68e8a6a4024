// SPDX-License-Identifier: MIT
/// \file
/// `ascn::k_best_paths`: Yen's k cheapest loopless paths between two vertices of a snapshot.
/// Reference: docs/reference/peer_learning.md.
#ifndef ASCN_ALGORITHM_PATHS_K_BEST_PATHS_HPP
#define ASCN_ALGORITHM_PATHS_K_BEST_PATHS_HPP

#include "ascn/algorithm/paths/best_path.hpp"
#include "ascn/algorithm/paths/costs.hpp"
#include "ascn/algorithm/paths/path.hpp"
#include "ascn/algorithm/paths/search.hpp"
#include "ascn/contracts.hpp"
#include "ascn/snapshot.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>
#include <vector>

namespace ascn {

/// Yen's k cheapest loopless paths from `from` to `to`, cheapest first (ties: fewer arcs, then
/// by vertex sequence). Fewer than k when fewer exist. Constraints apply to every path.
///
/// One backward search from `to` first gives every vertex's exact cost to `to`; each spur
/// search is then goal-directed (A*, as Dijkstra on costs reduced by those exact costs) and
/// stops at `to`, touching little beyond the spur path; only the vertices it touched are reset.
/// With `max_hops`, spur searches are hop-limited Bellman-Ford rounds instead. All of them run
/// on the one search core. Worst case O(k L (E + V log V)) for paths of L arcs.
[[nodiscard]] inline std::vector<path> k_best_paths(const snapshot& s, snapshot::vertex_index from,
                                                    snapshot::vertex_index to, std::size_t k,
                                                    const path_constraints& constraints = {}) {
    ASCN_EXPECTS(from < s.num_vertices() && to < s.num_vertices());
    std::vector<path> found;
    if (k == 0)
        return found;
    auto first = best_path(s, from, to, constraints);
    if (!first)
        return found;
    found.push_back(std::move(*first));
    if (from == to)
        return found;
    auto better = [](const path& a, const path& b) {
        if (a.cost != b.cost)
            return a.cost < b.cost;
        if (a.hops() != b.hops())
            return a.hops() < b.hops();
        return a.vertices < b.vertices;
    };
    std::vector<path> candidates;
    detail::search search(s);
    detail::search_filter filter(s);
    // Goal direction: the exact costs to `to` with nothing blocked are a consistent lower bound
    // for every spur search.
    std::vector<double> to_target;
    if (!constraints.max_hops)
        to_target = costs_to(s, to).cost;
    while (found.size() < k) {
        const path& last = found.back();
        for (std::size_t i = 0; i + 1 < last.vertices.size(); ++i) {
            const auto spur = last.vertices[i];
            filter.clear();
            filter.block(constraints, from, to);
            for (const auto& p : found)
                if (p.vertices.size() > i + 1 &&
                    std::equal(p.vertices.begin(), p.vertices.begin() + static_cast<long>(i) + 1,
                               last.vertices.begin()))
                    filter.block_arc(p.arcs[i]);
            for (std::size_t j = 0; j < i; ++j)
                filter.block_vertex(last.vertices[j]);
            std::optional<path> tail;
            if (constraints.max_hops) {
                if (*constraints.max_hops <= i)
                    continue;
                tail = search.layered(spur, to, *constraints.max_hops - i, &filter);
            } else if (!filter.blocked(spur) && !filter.blocked(to) &&
                       !std::isinf(to_target[spur])) {
                search.run(spur, {.filter = &filter, .heuristic = &to_target, .stop = to});
                tail = search.path_to(to);
            }
            if (!tail)
                continue;
            std::vector<snapshot::arc_index> arcs(last.arcs.begin(),
                                                  last.arcs.begin() + static_cast<long>(i));
            arcs.insert(arcs.end(), tail->arcs.begin(), tail->arcs.end());
            path p = detail::path_along(s, from, std::move(arcs));
            if (std::find(candidates.begin(), candidates.end(), p) == candidates.end() &&
                std::find(found.begin(), found.end(), p) == found.end())
                candidates.push_back(std::move(p));
        }
        if (candidates.empty())
            break;
        auto best = std::min_element(candidates.begin(), candidates.end(), better);
        found.push_back(std::move(*best));
        candidates.erase(best);
    }
    return found;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_PATHS_K_BEST_PATHS_HPP
