// SPDX-License-Identifier: MIT
/// \file
/// `ascn::stepping_stone_path`: the cheapest path on which every city knows at least as much as
/// the next one. Reference: docs/reference/peer_learning.md.
#ifndef ASCN_ALGORITHM_PATHS_STEPPING_STONE_PATH_HPP
#define ASCN_ALGORITHM_PATHS_STEPPING_STONE_PATH_HPP

#include "ascn/algorithm/paths/path.hpp"
#include "ascn/algorithm/paths/search.hpp"
#include "ascn/contracts.hpp"
#include "ascn/snapshot.hpp"

#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <queue>
#include <utility>
#include <vector>

namespace ascn {

/// The cheapest stepping-stone path from `from` to `to`: every city on it knows at least as
/// much as the next one in the direction arcs run (`level[city]` never rises), and, with
/// `max_step`, never drops by more than `max_step` in one step. Partners and countries carry
/// the last city's level. `level` is indexed by snapshot vertex; only cities' entries are read.
/// `avoid` is honoured (the search core's filter); `max_hops` is not supported (contract check).
///
/// A label-setting resource-constrained search over elementary paths (labels: cost and carried
/// level), not a Dijkstra: a vertex may hold several labels. Without `max_step` a label is
/// dominated by one at the same vertex that costs no more and carries a level at least as high;
/// with it, by one that costs no more, carries the same level and visits a subset of its
/// vertices. Exact; the number of labels can grow exponentially in pathological cases (the
/// elementary problem is NP-hard in general).
[[nodiscard]] inline std::optional<path>
stepping_stone_path(const snapshot& s, snapshot::vertex_index from, snapshot::vertex_index to,
                    const std::vector<double>& level, std::optional<double> max_step = std::nullopt,
                    const path_constraints& constraints = {}) {
    ASCN_EXPECTS(from < s.num_vertices() && to < s.num_vertices());
    ASCN_EXPECTS(level.size() == s.num_vertices());
    ASCN_EXPECTS(!constraints.max_hops); // a hop limit is not supported here
    detail::search_filter filter(s);
    filter.block(constraints, from, to);
    struct label {
        double cost;
        double carried;
        snapshot::vertex_index at;
        std::uint32_t parent;
        snapshot::arc_index arc;
    };
    std::vector<label> labels;
    std::vector<std::vector<std::uint32_t>> at(s.num_vertices());
    using item = std::pair<double, std::uint32_t>;
    std::priority_queue<item, std::vector<item>, std::greater<>> heap;
    constexpr auto none = std::numeric_limits<std::uint32_t>::max();
    // Does label `a`'s path visit only vertices that `b`'s path (ending in `b_at`, whose parent
    // is `b_parent`) visits?
    auto visits_subset = [&](std::uint32_t a, std::uint32_t b_parent, snapshot::vertex_index b_at) {
        for (auto x = a; x != none; x = labels[x].parent) {
            bool found = labels[x].at == b_at;
            for (auto y = b_parent; y != none && !found; y = labels[y].parent)
                found = labels[y].at == labels[x].at;
            if (!found)
                return false;
        }
        return true;
    };
    // Without a step cap, a label that costs no more and carries at least the level of another
    // dominates it (and loops are never needed). With a cap, a lower level is not always
    // better, and a detour can pay off, so dominance needs the same level and a path through a
    // subset of the other's vertices (the paths must stay elementary).
    auto dominated = [&](const label& l) {
        for (auto i : at[l.at]) {
            const label& o = labels[i];
            if (o.cost > l.cost)
                continue;
            if (!max_step && o.carried >= l.carried)
                return true;
            if (max_step && o.carried == l.carried && visits_subset(i, l.parent, l.at))
                return true;
        }
        return false;
    };
    const double start_level =
        s.kind(from) == vertex_kind::city ? level[from] : std::numeric_limits<double>::infinity();
    labels.push_back({0.0, start_level, from, none, none});
    at[from].push_back(0);
    heap.emplace(0.0, 0);
    std::optional<std::uint32_t> goal;
    while (!heap.empty()) {
        const auto [cost, li] = heap.top();
        heap.pop();
        const label l = labels[li];
        if (l.at == to) {
            goal = li;
            break;
        }
        const auto [first, last] = s.out_arcs(l.at);
        for (auto a = first; a < last; ++a) {
            const auto w = s.target(a);
            if (filter.blocked(w) || w == from)
                continue;
            double carried = l.carried;
            if (s.kind(w) == vertex_kind::city) {
                const double lw = level[w];
                if (lw > l.carried)
                    continue;
                if (max_step && std::isfinite(l.carried) && l.carried - lw > *max_step)
                    continue;
                carried = lw;
            }
            // Keep paths elementary: a step cap could otherwise make a detour that lowers the
            // carried level pay off by coming back through a vertex already on the path.
            bool on_path = false;
            for (auto anc = li; anc != none && !on_path; anc = labels[anc].parent)
                on_path = labels[anc].at == w;
            if (on_path)
                continue;
            label next{l.cost + s.cost(a), carried, w, li, a};
            if (dominated(next))
                continue;
            const auto ni = static_cast<std::uint32_t>(labels.size());
            labels.push_back(next);
            at[w].push_back(ni);
            heap.emplace(next.cost, ni);
        }
    }
    if (!goal)
        return std::nullopt;
    std::vector<snapshot::arc_index> arcs;
    for (auto li = *goal; labels[li].arc != none; li = labels[li].parent)
        arcs.push_back(labels[li].arc);
    return detail::path_along(s, from, std::move(arcs), true);
}

} // namespace ascn

#endif // ASCN_ALGORITHM_PATHS_STEPPING_STONE_PATH_HPP
