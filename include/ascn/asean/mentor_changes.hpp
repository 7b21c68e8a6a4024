// SPDX-License-Identifier: MIT
/// \file
/// `ascn::mentor_changes`: what a change does to peer learning under the ASCN's learning model.
/// For every city and focus area, its best mentor (`ascn::mentors`, n = 1) and the cost of the
/// path knowledge takes, before and after, and in words why it changed: the cities that lose
/// every mentor in an area, lose their best one, get another, or pay more or less for the same.
/// Reference: docs/whatif.md; the model: docs/peer-learning-model.md.
#ifndef ASCN_ASEAN_MENTOR_CHANGES_HPP
#define ASCN_ASEAN_MENTOR_CHANGES_HPP

#include "ascn/algorithm/paths/best_path.hpp"
#include "ascn/algorithm/paths/search.hpp"
#include "ascn/asean/learning_model.hpp"
#include "ascn/asean/mentors.hpp"
#include "ascn/detail/parallel.hpp"
#include "ascn/focus_area.hpp"
#include "ascn/snapshot.hpp"
#include "ascn/source.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ascn {

/// How a city's best mentor in an area changed.
enum class mentor_change_kind : unsigned char {
    unchanged,  ///< the same mentor at the same cost
    lost_every, ///< it had a mentor, and now none is reachable
    lost_best,  ///< its best mentor is no longer reachable as a mentor; another one is
    replaced,   ///< its best mentor is still reachable, but another now ranks first
    gained,     ///< it had none, and now has one
    cost,       ///< the same mentor at another cost
};

/// The spelling of a change kind, e.g. `"lost-every"`.
[[nodiscard]] constexpr std::string_view to_string(mentor_change_kind k) noexcept {
    switch (k) {
    case mentor_change_kind::unchanged:
        return "unchanged";
    case mentor_change_kind::lost_every:
        return "lost-every";
    case mentor_change_kind::lost_best:
        return "lost-best";
    case mentor_change_kind::replaced:
        return "replaced";
    case mentor_change_kind::gained:
        return "gained";
    case mentor_change_kind::cost:
        return "cost";
    }
    return "unchanged";
}

/// A city's best mentor in one area, before and after.
struct mentor_pair {
    std::string city;                  ///< the learner
    focus_area area{};                 ///< the area
    std::optional<std::string> before; ///< its best mentor before (none: no eligible mentor)
    std::optional<std::string> after;  ///< and after
    /// The cost (-log P) of the best mentor's path, infinity without one.
    double cost_before = std::numeric_limits<double>::infinity();
    double cost_after = std::numeric_limits<double>::infinity(); ///< the same, after
    std::vector<std::string> path_before; ///< the path's vertices, mentor first
    std::vector<std::string> path_after;  ///< the same, after
    mentor_change_kind change = mentor_change_kind::unchanged; ///< what happened
    std::string explanation; ///< why, in words (empty when unchanged)
};

/// Options of `mentor_changes`.
struct mentor_change_options {
    learning_model model{};    ///< the model; its `focus` is set to each area in turn
    mentor_options mentors{};  ///< eligibility and scoring (its `n` and `affinity` are set here)
    bool affinity = true;      ///< use `city_affinity` on each side, as `ascn mentors` does
    strength_model strength{}; ///< mentor strength from the records
    /// Costs closer than this are the same (the sums may run in another order).
    double tolerance = 1e-9;
    std::size_t threads = 0; ///< 0: all cores; results do not depend on it
};

namespace detail {

inline std::string cost_text(double c) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", c);
    return buf;
}

inline std::vector<std::string> path_ids(const snapshot& s, const path& p) {
    std::vector<std::string> out;
    for (const auto v : p.vertices)
        out.push_back(s.id(v));
    return out;
}

/// Why the path `p` of `before` is not available as it was in `after`: a vertex gone, or a tie
/// gone or dearer; empty if it is all still there at the same cost.
inline std::string path_break(const snapshot& before, const path& p, const snapshot& after) {
    for (const auto v : p.vertices)
        if (!before.is_channel(v) && !after.find(before.id(v)))
            return "its path ran through " + before.id(v) + ", which is gone";
    for (std::size_t i = 0; i < p.arcs.size(); ++i) {
        const std::string& x = before.id(p.vertices[i]);
        const std::string& y = before.id(p.vertices[i + 1]);
        const auto u = after.find(x), w = after.find(y);
        double best = std::numeric_limits<double>::infinity();
        if (u && w)
            for (auto [a, e] = after.out_arcs(*u); a < e; ++a)
                if (after.target(a) == *w)
                    best = std::min(best, after.cost(a));
        if (std::isinf(best))
            return "its path's tie " + x + " -- " + y + " is gone";
        if (best > before.cost(p.arcs[i]) + 1e-12)
            return "its path's tie " + x + " -- " + y + " now passes less (cost " +
                   cost_text(before.cost(p.arcs[i])) + " to " + cost_text(best) + ")";
    }
    return {};
}

} // namespace detail

/// The best mentor of every city of `before` and `after` in every focus area, compared: one
/// `mentor_pair` per (city, area), cities in id order, areas in framework order, unchanged
/// pairs included (filter on `change`). Each side gets its own learning-model snapshot per area
/// (`o.model` with `focus` set), mentor strengths from `records` (`strengths`) and, with
/// `o.affinity`, `city_affinity`. A city on one side only is compared with "no mentor" on the
/// other. Complexity: per area and side, a snapshot and one mentor search per city
/// (`mentor_search`: stopped once no farther city could do better; O((V + E) log V) at worst),
/// and one search more where the best mentor changed; on `o.threads` threads, the result the
/// same for any number.
template <NetworkSource Before, NetworkSource After>
[[nodiscard]] std::vector<mentor_pair> mentor_changes(const Before& before, const After& after,
                                                      const focus_record_map& records,
                                                      const mentor_change_options& o = {}) {
    std::vector<mentor_pair> out;
    for (const auto area : all_focus_areas) {
        learning_model model = o.model;
        model.focus = area;
        const snapshot lb(before, model), la(after, model);
        const auto sb = strengths(lb, records, area, o.strength);
        const auto sa = strengths(la, records, area, o.strength);
        mentor_options mb = o.mentors, ma = o.mentors;
        mb.n = ma.n = 1;
        if (o.affinity) {
            mb.affinity = city_affinity(before, lb);
            ma.affinity = city_affinity(after, la);
        }
        std::vector<std::string> cities;
        for (snapshot::vertex_index v = 0; v < lb.num_vertices(); ++v)
            if (lb.kind(v) == vertex_kind::city)
                cities.push_back(lb.id(v));
        for (snapshot::vertex_index v = 0; v < la.num_vertices(); ++v)
            if (la.kind(v) == vertex_kind::city && !lb.find(la.id(v)))
                cities.push_back(la.id(v));
        // Each city's best mentor on both sides and, when the two differ, whether the one
        // before is still a mentor after (eligible and reachable): independent searches, on
        // every core, each city into its own slot.
        struct found_pair {
            std::optional<mentor> before, after;
            bool still = false;
        };
        std::vector<found_pair> found(cities.size());
        const std::size_t threads = detail::thread_count(o.threads);
        const std::size_t block =
            std::max<std::size_t>(256, (cities.size() + 4 * threads - 1) / (4 * threads));
        const mentor_search search_before(lb, sb.strength, sb.evidence, mb),
            search_after(la, sa.strength, sa.evidence, ma); // copied per block
        detail::parallel_blocks(
            cities.size(), block, threads, [&](std::size_t, std::size_t begin, std::size_t end) {
                auto find_before = search_before;
                auto find_after = search_after;
                std::optional<detail::search> reach; // made when first needed
                for (std::size_t i = begin; i < end; ++i) {
                    auto& f = found[i];
                    const auto vb = lb.find(cities[i]);
                    const auto va = la.find(cities[i]);
                    if (vb)
                        if (auto l = find_before(*vb); !l.empty())
                            f.before = std::move(l.front());
                    if (va)
                        if (auto l = find_after(*va); !l.empty())
                            f.after = std::move(l.front());
                    if (!f.before || !f.after || lb.id(f.before->city) == la.id(f.after->city))
                        continue;
                    // Is the best mentor before still a mentor after, as `mentors` judges?
                    const auto m = la.find(lb.id(f.before->city));
                    if (!m || *m == *va || la.kind(*m) != vertex_kind::city ||
                        !(sa.evidence[*m] > 0) ||
                        !(sa.strength[*m] >= sa.strength[*va] + ma.margin))
                        continue;
                    double cost = std::numeric_limits<double>::infinity();
                    if (ma.max_hops) {
                        if (const auto p = best_path(la, *m, *va, {ma.max_hops, {}}))
                            cost = p->cost;
                    } else {
                        if (!reach)
                            reach.emplace(la);
                        reach->run(*va, {.backward = true, .stop = *m});
                        cost = reach->cost(*m);
                    }
                    f.still = std::exp(-cost) >= ma.threshold;
                }
            });
        for (std::size_t i = 0; i < cities.size(); ++i) {
            const auto& city = cities[i];
            const auto& f = found[i];
            mentor_pair m;
            m.city = city;
            m.area = area;
            if (f.before) {
                m.before = lb.id(f.before->city);
                m.cost_before = f.before->path.cost;
                m.path_before = detail::path_ids(lb, f.before->path);
            }
            if (f.after) {
                m.after = la.id(f.after->city);
                m.cost_after = f.after->path.cost;
                m.path_after = detail::path_ids(la, f.after->path);
            }
            const bool in_before = lb.find(city).has_value(), in_after = la.find(city).has_value();
            if (!m.before && !m.after)
                m.change = mentor_change_kind::unchanged;
            else if (!m.after) {
                m.change = mentor_change_kind::lost_every;
                if (!in_after)
                    m.explanation = "the city is gone";
                else {
                    const std::string why = detail::path_break(lb, f.before->path, la);
                    m.explanation = "no eligible mentor is reachable any more (best was " +
                                    *m.before + ", cost " + detail::cost_text(m.cost_before) +
                                    (why.empty() ? "" : "; " + why) + ")";
                }
            } else if (!m.before) {
                m.change = mentor_change_kind::gained;
                m.explanation = in_before ? "now reaches " + *m.after + " (cost " +
                                                detail::cost_text(m.cost_after) + ")"
                                          : "a new city: its best mentor is " + *m.after;
            } else if (*m.before == *m.after) {
                if (std::abs(m.cost_after - m.cost_before) <= o.tolerance)
                    m.change = mentor_change_kind::unchanged;
                else {
                    m.change = mentor_change_kind::cost;
                    m.explanation = "same mentor, path cost " + detail::cost_text(m.cost_before) +
                                    " to " + detail::cost_text(m.cost_after);
                    const std::string why = detail::path_break(lb, f.before->path, la);
                    if (!why.empty())
                        m.explanation += ": " + why;
                    else if (m.cost_after < m.cost_before)
                        m.explanation += ": a cheaper path opened";
                }
            } else {
                const std::string why = detail::path_break(lb, f.before->path, la);
                if (!f.still) {
                    m.change = mentor_change_kind::lost_best;
                    m.explanation = *m.before + " is no longer reachable as a mentor" +
                                    (why.empty() ? std::string() : " (" + why + ")") +
                                    "; next best " + *m.after + ", cost " +
                                    detail::cost_text(m.cost_before) + " to " +
                                    detail::cost_text(m.cost_after);
                } else {
                    m.change = mentor_change_kind::replaced;
                    m.explanation = *m.after + " now ranks above " + *m.before;
                    if (!why.empty())
                        m.explanation += ", which is still reachable, but " + why;
                    else if (m.cost_after < m.cost_before)
                        m.explanation += " (a cheaper path to " + *m.after + " opened)";
                }
            }
            out.push_back(std::move(m));
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const mentor_pair& x, const mentor_pair& y) { return x.city < y.city; });
    return out;
}

} // namespace ascn

#endif // ASCN_ASEAN_MENTOR_CHANGES_HPP
