// SPDX-License-Identifier: MIT
/// \file
/// `ascn::mentors`: the cities a learner should learn from in one focus area, ranked by the
/// ASCN peer-learning model's score (path probability, affinity and the strength gap), with the
/// paths knowledge would take. Reference: docs/reference/peer_learning.md; the model:
/// docs/peer-learning-model.md.
#ifndef ASCN_ASEAN_MENTORS_HPP
#define ASCN_ASEAN_MENTORS_HPP

#include "ascn/algorithm/paths/best_path.hpp"
#include "ascn/algorithm/paths/costs.hpp"
#include "ascn/algorithm/paths/path.hpp"
#include "ascn/contracts.hpp"
#include "ascn/snapshot.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace ascn {

/// A recommended mentor for a learner in one focus area.
struct mentor {
    snapshot::vertex_index city = 0; ///< the mentor
    double strength = 0;             ///< the mentor's strength S_m in the area
    double gap = 0;                  ///< S_m - S_learner
    double affinity = 1;             ///< context factor between mentor and learner (1: not used)
    double score = 0;                ///< P(path) × affinity × gap × exp(-gap / g0)
    ascn::path path;                 ///< from the mentor to the learner
};

/// How mentors are chosen and ranked.
struct mentor_options {
    std::size_t n = 5;       ///< how many to return
    double margin = 0.1;     ///< eligible: S_m >= S_learner + margin
    double g0 = 0.5;         ///< the gap at which the score peaks; infinity: frontrunners
    double threshold = 0.01; ///< leave out mentors whose path probability is below
    std::optional<std::size_t> max_hops; ///< hop limit on the paths (arcs)
    /// Optional context factor in (0, 1] between mentor and learner (see
    /// `city_affinity`); empty: 1.
    std::function<double(snapshot::vertex_index mentor, snapshot::vertex_index learner)> affinity{};
};

/// The best mentors for `learner`: cities at least `margin` stronger in the area, with evidence
/// (`evidence[v]`: projects done or under way there), reachable with path probability at least
/// `threshold`, ranked by score (ties: by id). `strength` and `evidence` are indexed by
/// snapshot vertex. One Dijkstra from the learner over the reverse graph (`costs_to`)
/// reaches every candidate at once, and paths are traced for the n best only: O((V + E) log V).
/// With `max_hops`, one hop-limited search per eligible city: O(candidates × h × E).
[[nodiscard]] inline std::vector<mentor> mentors(const snapshot& lg, snapshot::vertex_index learner,
                                                 const std::vector<double>& strength,
                                                 const std::vector<double>& evidence,
                                                 const mentor_options& options = {}) {
    ASCN_EXPECTS(learner < lg.num_vertices());
    ASCN_EXPECTS(strength.size() == lg.num_vertices() && evidence.size() == lg.num_vertices());
    const std::size_t n = lg.num_vertices();
    const double s_l = strength[learner];
    std::vector<snapshot::vertex_index> eligible;
    for (snapshot::vertex_index v = 0; v < n; ++v)
        if (v != learner && lg.kind(v) == vertex_kind::city && evidence[v] > 0 &&
            strength[v] >= s_l + options.margin)
            eligible.push_back(v);
    std::vector<mentor> out;
    if (eligible.empty())
        return out;
    auto rank = [&](snapshot::vertex_index m, double cost) {
        mentor r;
        r.city = m;
        r.strength = strength[m];
        r.gap = strength[m] - s_l;
        r.affinity = options.affinity ? options.affinity(m, learner) : 1.0;
        const double shape = std::isinf(options.g0) ? 1.0 : std::exp(-r.gap / options.g0);
        r.score = std::exp(-cost) * r.affinity * r.gap * shape;
        return r;
    };
    auto before = [&](const mentor& a, const mentor& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return lg.id(a.city) < lg.id(b.city);
    };
    if (!options.max_hops) {
        // Score every candidate from the costs, then trace paths for the winners only.
        const path_tree tree = costs_to(lg, learner);
        for (auto m : eligible)
            if (tree.reachable(m) && std::exp(-tree.cost[m]) >= options.threshold)
                out.push_back(rank(m, tree.cost[m]));
        const std::size_t keep = std::min(options.n, out.size());
        std::partial_sort(out.begin(), out.begin() + static_cast<long>(keep), out.end(), before);
        out.resize(keep);
        for (auto& r : out)
            r.path = *tree.path(lg, r.city);
        return out;
    }
    for (auto m : eligible) {
        auto p = best_path(lg, m, learner, {options.max_hops, {}});
        if (!p || p->probability() < options.threshold)
            continue;
        mentor r = rank(m, p->cost);
        r.path = std::move(*p);
        out.push_back(std::move(r));
    }
    std::sort(out.begin(), out.end(), before);
    if (out.size() > options.n)
        out.resize(options.n);
    return out;
}

} // namespace ascn

#endif // ASCN_ASEAN_MENTORS_HPP
