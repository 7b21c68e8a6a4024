// SPDX-License-Identifier: MIT
/// \file
/// `ascn::structure_difference`: what a change does to a network's structure, from two
/// snapshots of it (before and after, their vertices matched by id): vertices removed and
/// added; components, and the vertices cut off from the largest one or joined to it;
/// articulation points and bridges gained and lost; brokers (vertices tied to cities of two or
/// more member states) whose member states change; communities before and after (Leiden, seeded)
/// matched part for part and compared with the adjusted Rand index and normalized mutual
/// information; and the betweenness centralities that change most. Every item carries a
/// sentence saying why. The snapshots come from networks or time views (`ascn::as_of`), so the
/// same comparison serves a what-if scenario and two years of one network.
/// Reference: docs/whatif.md.
#ifndef ASCN_ALGORITHM_WHATIF_STRUCTURE_DIFFERENCE_HPP
#define ASCN_ALGORITHM_WHATIF_STRUCTURE_DIFFERENCE_HPP

#include "ascn/algorithm/structure/brokerage.hpp"
#include "ascn/algorithm/structure/centrality.hpp"
#include "ascn/algorithm/structure/community.hpp"
#include "ascn/algorithm/structure/weak_points.hpp"
#include "ascn/algorithm/whatif/partition_similarity.hpp"
#include "ascn/snapshot.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace ascn {

/// Options of `structure_difference`.
struct structure_difference_options {
    community_options communities{}; ///< Leiden's options (its seed), the same on both sides
    std::size_t top = 10;            ///< centrality changes kept, the largest first (0: all)
    std::size_t threads = 0;         ///< for betweenness; results do not depend on it
    /// Betweenness from this many sources drawn on each side (0: every vertex, exact; see
    /// `betweenness_options::samples`): O(k E) instead of O(V E) on a large network.
    std::size_t betweenness_samples = 0;
    std::uint64_t betweenness_seed = 0; ///< of the sample (the same on both sides)
};

/// A vertex cut off from the largest component, or joined to it.
struct component_change {
    std::string id;          ///< the vertex
    vertex_kind kind{};      ///< its kind
    std::size_t size = 0;    ///< vertices in its component afterwards
    std::string explanation; ///< why, in words
};

/// An articulation point or a bridge gained or lost.
struct weak_point_change {
    std::string id;          ///< the vertex, or "a -- b" for a bridge
    bool gained = false;     ///< true: it is one afterwards and was not before
    std::string explanation; ///< why, in words
};

/// A vertex whose brokerage (the member states it is tied to) changes.
struct broker_change {
    std::string id;                  ///< the vertex
    vertex_kind kind{};              ///< its kind
    std::uint32_t states_before = 0; ///< member states reached directly, before
    std::uint32_t states_after = 0;  ///< and after (0 if the vertex is gone)
    std::vector<std::string> lost;   ///< countries (ids) no longer reached
    std::vector<std::string> gained; ///< countries newly reached
    double betweenness_before = 0;   ///< normalized betweenness, before
    double betweenness_after = 0;    ///< and after
    std::string explanation;         ///< why, in words
};

/// Two partitions of the vertices both snapshots share.
struct community_comparison {
    std::size_t count_before = 0;             ///< communities before (all vertices)
    std::size_t count_after = 0;              ///< communities after
    double modularity_before = 0;             ///< of the partition before
    double modularity_after = 0;              ///< of the partition after
    std::size_t common = 0;                   ///< vertices compared (in both)
    double adjusted_rand = 1;                 ///< ARI of the two partitions of the common vertices
    double normalized_mutual_information = 1; ///< NMI of the same
    /// Each community after (restricted to common vertices), with its best match before;
    /// the largest first.
    std::vector<partition_match> matches;
    /// Members of each community before, by label (common vertices only, sorted).
    std::vector<std::vector<std::string>> members_before;
    /// Members of each community after, by label (common vertices only, sorted).
    std::vector<std::vector<std::string>> members_after;
    std::vector<std::string> explanations; ///< splits and mergers, in words
};

/// A vertex whose betweenness changes.
struct centrality_change {
    std::string id;              ///< the vertex
    vertex_kind kind{};          ///< its kind
    double before = 0;           ///< normalized betweenness before
    double after = 0;            ///< and after
    std::size_t rank_before = 0; ///< 1 = most central
    std::size_t rank_after = 0;  ///< 1 = most central
    std::string explanation;     ///< in words
};

/// What changed between two snapshots of a network.
struct structure_difference {
    std::vector<std::string> removed;      ///< ids only before, sorted
    std::vector<std::string> added;        ///< ids only after, sorted
    std::size_t vertices_before = 0;       ///< vertices of the snapshot before
    std::size_t vertices_after = 0;        ///< and after
    std::size_t components_before = 0;     ///< connected components before
    std::size_t components_after = 0;      ///< and after
    std::size_t largest_before = 0;        ///< vertices in the largest component before
    std::size_t largest_after = 0;         ///< and after
    std::vector<component_change> cut_off; ///< in the largest component before, not after
    std::vector<component_change> joined;  ///< not in the largest before, in it after
    std::vector<weak_point_change> articulation_points; ///< gained and lost, by id
    std::vector<weak_point_change> bridges;             ///< gained and lost, by ids
    std::vector<broker_change> brokers;        ///< whose member states change, by |change| then id
    community_comparison communities;          ///< the communities before and after, compared
    std::vector<centrality_change> centrality; ///< the largest |after - before| first
};

namespace detail {

inline std::string decimals(double x, int digits) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", digits, x);
    return buf;
}

inline std::string listed(const std::vector<std::string>& items, std::size_t at_most = 5) {
    std::string out;
    for (std::size_t i = 0; i < items.size() && i < at_most; ++i)
        out += (i ? ", " : "") + items[i];
    if (items.size() > at_most)
        out += " and " + std::to_string(items.size() - at_most) + " more";
    return out;
}

/// The country vertices each vertex is tied to directly through its cities (and its own).
inline std::vector<std::vector<snapshot::vertex_index>> countries_reached(const snapshot& s) {
    const std::size_t n = s.num_vertices();
    std::vector<snapshot::vertex_index> country(n, snapshot::npos);
    for (snapshot::vertex_index v = 0; v < n; ++v) {
        if (s.kind(v) != vertex_kind::city)
            continue;
        for (auto [a, e] = s.out_arcs(v); a < e; ++a)
            if (s.kinds(a).contains(relation_kind::member_of) &&
                s.kind(s.target(a)) == vertex_kind::country)
                country[v] = s.target(a);
    }
    std::vector<std::vector<snapshot::vertex_index>> out(n);
    for (snapshot::vertex_index v = 0; v < n; ++v) {
        auto& r = out[v];
        if (country[v] != snapshot::npos)
            r.push_back(country[v]);
        for (auto [a, e] = s.out_arcs(v); a < e; ++a)
            if (country[s.target(a)] != snapshot::npos)
                r.push_back(country[s.target(a)]);
        std::sort(r.begin(), r.end());
        r.erase(std::unique(r.begin(), r.end()), r.end());
    }
    return out;
}

/// The neighbours of `v` in `s`, as ids (sorted, distinct).
inline std::vector<std::string> neighbour_ids(const snapshot& s, snapshot::vertex_index v) {
    std::vector<std::string> out;
    for (auto [a, e] = s.out_arcs(v); a < e; ++a)
        out.push_back(s.id(s.target(a)));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

/// The label of the largest component (ties: the lowest label).
inline std::size_t largest_component(const weak_points_result& w, std::size_t& size) {
    std::vector<std::size_t> count(w.components, 0);
    for (const auto c : w.component)
        ++count[c];
    std::size_t best = 0;
    size = 0;
    for (std::size_t c = 0; c < count.size(); ++c)
        if (count[c] > size) {
            size = count[c];
            best = c;
        }
    return best;
}

} // namespace detail

/// What changed from `before` to `after`, two snapshots of one network whose vertices are
/// matched by id (built with the same arc policy; the tool uses `unit_cost`). Vertices are
/// "kept" when both have them. Components, weak points and brokerage are computed on each
/// snapshot whole; the communities (Leiden with `o.communities` on each) and the betweenness
/// changes are compared on the kept vertices. Precondition: both snapshots have vertex ids
/// (built from a network or a time view, or given `set_ids`). Complexity: two runs of each
/// measure, O(V E) for betweenness (O(k E) from `o.betweenness_samples` sources), the rest
/// O(V + E) and O(V log V) for the matching by id.
[[nodiscard]] inline structure_difference
compare_structure(const snapshot& before, const snapshot& after,
                  const structure_difference_options& o = {}) {
    using vi = snapshot::vertex_index;
    structure_difference d;
    const std::size_t nb = before.num_vertices(), na = after.num_vertices();
    d.vertices_before = nb;
    d.vertices_after = na;
    // Vertices matched by id.
    std::vector<vi> to_after(nb, snapshot::npos), to_before(na, snapshot::npos);
    for (vi v = 0; v < nb; ++v)
        if (const auto w = after.find(before.id(v))) {
            to_after[v] = *w;
            to_before[*w] = v;
        } else
            d.removed.push_back(before.id(v));
    for (vi w = 0; w < na; ++w)
        if (to_before[w] == snapshot::npos)
            d.added.push_back(after.id(w));
    std::sort(d.removed.begin(), d.removed.end());
    std::sort(d.added.begin(), d.added.end());
    const std::set<std::string> removed(d.removed.begin(), d.removed.end());

    // --- components and weak points ----------------------------------------------------------
    const auto wb = weak_points(before), wa = weak_points(after);
    d.components_before = wb.components;
    d.components_after = wa.components;
    const std::size_t main_b = detail::largest_component(wb, d.largest_before);
    const std::size_t main_a = detail::largest_component(wa, d.largest_after);
    std::vector<std::size_t> size_a(wa.components, 0);
    for (const auto c : wa.component)
        ++size_a[c];
    // Why a component after is apart from the main one: the ties its members had before to
    // vertices that are not in it now.
    std::map<std::size_t, std::vector<std::string>> lost_ties;
    auto ties_lost = [&](std::size_t comp) -> const std::vector<std::string>& {
        auto [it, fresh] = lost_ties.try_emplace(comp);
        if (fresh) {
            std::set<std::string> ties;
            for (vi w = 0; w < na; ++w) {
                if (wa.component[w] != comp || to_before[w] == snapshot::npos)
                    continue;
                const vi v = to_before[w];
                for (auto [a, e] = before.out_arcs(v); a < e; ++a) {
                    const vi x = before.target(a);
                    const vi y = to_after[x];
                    if (y == snapshot::npos)
                        ties.insert(before.id(v) + " -- " + before.id(x) + " (" + before.id(x) +
                                    " removed)");
                    else if (wa.component[y] != comp)
                        ties.insert(before.id(v) + " -- " + before.id(x));
                }
            }
            it->second.assign(ties.begin(), ties.end());
        }
        return it->second;
    };
    for (vi v = 0; v < nb; ++v) {
        const vi w = to_after[v];
        if (w == snapshot::npos)
            continue;
        const bool main_before = wb.component[v] == main_b, main_after = wa.component[w] == main_a;
        if (main_before == main_after)
            continue;
        component_change c{before.id(v), before.kind(v), size_a[wa.component[w]], {}};
        if (main_before) {
            const auto& ties = ties_lost(wa.component[w]);
            c.explanation =
                c.size == 1 ? "left on its own" : "left in a group of " + std::to_string(c.size);
            c.explanation += ties.empty() ? ": it had no tie of its own to the rest"
                                          : ": its side lost the ties " + detail::listed(ties, 4);
            d.cut_off.push_back(std::move(c));
        } else {
            std::vector<std::string> fresh;
            for (auto [a, e] = after.out_arcs(w); a < e; ++a) {
                const vi x = after.target(a);
                if (to_before[x] == snapshot::npos || wb.component[to_before[x]] == main_b)
                    fresh.push_back(after.id(x));
            }
            std::sort(fresh.begin(), fresh.end());
            fresh.erase(std::unique(fresh.begin(), fresh.end()), fresh.end());
            c.explanation = fresh.empty() ? "its group is now tied to the largest component"
                                          : "now tied to " + detail::listed(fresh);
            d.joined.push_back(std::move(c));
        }
    }
    auto by_id = [](const auto& x, const auto& y) { return x.id < y.id; };
    std::sort(d.cut_off.begin(), d.cut_off.end(), by_id);
    std::sort(d.joined.begin(), d.joined.end(), by_id);

    std::set<std::string> ap_b, ap_a;
    for (const auto v : wb.articulation_points)
        ap_b.insert(before.id(v));
    for (const auto w : wa.articulation_points)
        ap_a.insert(after.id(w));
    for (const auto& id : ap_b)
        if (!ap_a.count(id))
            d.articulation_points.push_back(
                {id, false,
                 removed.count(id) ? "removed"
                                   : "no longer the only link between parts of its component"});
    for (const auto& id : ap_a)
        if (!ap_b.count(id)) {
            const vi w = *after.find(id);
            std::string why = "now the only link between parts of its component";
            if (to_before[w] == snapshot::npos)
                why = "added, and the only link between parts of its component";
            else {
                // The neighbours it lost (alternative routes that went with the change).
                const auto nb_before = detail::neighbour_ids(before, to_before[w]);
                const auto nb_after = detail::neighbour_ids(after, w);
                std::vector<std::string> gone;
                std::set_difference(nb_before.begin(), nb_before.end(), nb_after.begin(),
                                    nb_after.end(), std::back_inserter(gone));
                if (!gone.empty())
                    why += " (it lost its ties to " + detail::listed(gone) + ")";
                else
                    why += " (routes around it went with the change)";
            }
            d.articulation_points.push_back({id, true, std::move(why)});
        }
    std::sort(d.articulation_points.begin(), d.articulation_points.end(), by_id);
    auto bridge_ids = [](const snapshot& s, const weak_points_result& w) {
        std::set<std::string> out;
        for (const auto& b : w.bridges) {
            auto x = s.id(b.u), y = s.id(b.v);
            if (y < x)
                std::swap(x, y);
            out.insert(x + " -- " + y);
        }
        return out;
    };
    const auto br_b = bridge_ids(before, wb), br_a = bridge_ids(after, wa);
    for (const auto& id : br_b)
        if (!br_a.count(id)) {
            const auto cut = id.find(" -- ");
            const std::string x = id.substr(0, cut), y = id.substr(cut + 4);
            d.bridges.push_back(
                {id, false,
                 removed.count(x) || removed.count(y)
                     ? "gone with " + (removed.count(x) ? x : y)
                     : (after.find(x) && after.find(y) &&
                                wa.component[*after.find(x)] != wa.component[*after.find(y)]
                            ? "the tie itself is gone: its two sides are apart"
                            : "another route now joins its two sides")});
        }
    for (const auto& id : br_a)
        if (!br_b.count(id))
            d.bridges.push_back({id, true, "now the only tie between its two sides"});
    std::sort(d.bridges.begin(), d.bridges.end(), by_id);

    // --- brokers -----------------------------------------------------------------------------
    const auto reach_b = detail::countries_reached(before),
               reach_a = detail::countries_reached(after);
    betweenness_options bo;
    bo.threads = o.threads;
    bo.samples = o.betweenness_samples < before.num_vertices() ? o.betweenness_samples : 0;
    bo.seed = o.betweenness_seed;
    const auto bc_b = betweenness_centrality(before, bo);
    bo.samples = o.betweenness_samples < after.num_vertices() ? o.betweenness_samples : 0;
    const auto bc_a = betweenness_centrality(after, bo);
    for (vi v = 0; v < nb; ++v) {
        if (before.kind(v) == vertex_kind::country)
            continue;
        const vi w = to_after[v];
        std::vector<std::string> sb, sa;
        for (const auto c : reach_b[v])
            sb.push_back(before.id(c));
        if (w != snapshot::npos)
            for (const auto c : reach_a[w])
                sa.push_back(after.id(c));
        if (sb == sa || (sb.size() < 2 && sa.size() < 2))
            continue; // not a broker on either side, or unchanged
        broker_change b{before.id(v),
                        before.kind(v),
                        static_cast<std::uint32_t>(sb.size()),
                        static_cast<std::uint32_t>(sa.size()),
                        {},
                        {},
                        bc_b[v],
                        w == snapshot::npos ? 0.0 : bc_a[w],
                        {}};
        std::set_difference(sb.begin(), sb.end(), sa.begin(), sa.end(), std::back_inserter(b.lost));
        std::set_difference(sa.begin(), sa.end(), sb.begin(), sb.end(),
                            std::back_inserter(b.gained));
        if (w == snapshot::npos)
            b.explanation = "removed: it tied " + std::to_string(sb.size()) + " member states";
        else {
            b.explanation = "ties " + std::to_string(sa.size()) + " member states, was " +
                            std::to_string(sb.size());
            if (!b.lost.empty())
                b.explanation += "; no longer reaches " + detail::listed(b.lost, 10);
            if (!b.gained.empty())
                b.explanation += "; now reaches " + detail::listed(b.gained, 10);
            if (sa.size() < 2)
                b.explanation += " (no longer a broker)";
            else if (sb.size() < 2)
                b.explanation += " (a new broker)";
        }
        d.brokers.push_back(std::move(b));
    }
    for (vi w = 0; w < na; ++w)
        if (to_before[w] == snapshot::npos && after.kind(w) != vertex_kind::country &&
            reach_a[w].size() >= 2) {
            broker_change b{after.id(w), after.kind(w),
                            0,           static_cast<std::uint32_t>(reach_a[w].size()),
                            {},          {},
                            0.0,         bc_a[w],
                            {}};
            for (const auto c : reach_a[w])
                b.gained.push_back(after.id(c));
            b.explanation = "added: ties " + std::to_string(reach_a[w].size()) + " member states";
            d.brokers.push_back(std::move(b));
        }
    std::sort(
        d.brokers.begin(), d.brokers.end(), [](const broker_change& x, const broker_change& y) {
            const long dx =
                std::labs(static_cast<long>(x.states_after) - static_cast<long>(x.states_before));
            const long dy =
                std::labs(static_cast<long>(y.states_after) - static_cast<long>(y.states_before));
            return dx != dy ? dx > dy : x.id < y.id;
        });

    // --- communities -------------------------------------------------------------------------
    const auto cb = leiden(before, o.communities), ca = leiden(after, o.communities);
    auto& cc = d.communities;
    cc.count_before = cb.count;
    cc.count_after = ca.count;
    cc.modularity_before = cb.modularity;
    cc.modularity_after = ca.modularity;
    std::vector<std::uint32_t> lb, la;
    std::vector<vi> kept;
    for (vi v = 0; v < nb; ++v)
        if (to_after[v] != snapshot::npos) {
            kept.push_back(v);
            lb.push_back(cb.community[v]);
            la.push_back(ca.community[to_after[v]]);
        }
    cc.common = kept.size();
    cc.adjusted_rand = adjusted_rand_index(lb, la);
    cc.normalized_mutual_information = normalized_mutual_information(lb, la);
    cc.matches = match_partitions(lb, la);
    std::stable_sort(
        cc.matches.begin(), cc.matches.end(),
        [](const partition_match& x, const partition_match& y) { return x.b_size > y.b_size; });
    cc.members_before.assign(cb.count, {});
    cc.members_after.assign(ca.count, {});
    for (std::size_t i = 0; i < kept.size(); ++i) {
        cc.members_before[lb[i]].push_back(before.id(kept[i]));
        cc.members_after[la[i]].push_back(before.id(kept[i]));
    }
    for (auto* m : {&cc.members_before, &cc.members_after})
        for (auto& list : *m)
            std::sort(list.begin(), list.end());
    for (const auto& m : cc.matches) {
        const auto& members = cc.members_after[m.b];
        const std::string name = "{" + detail::listed(members, 3) + "}";
        if (m.sources > 1)
            cc.explanations.push_back(name + " merges members of " + std::to_string(m.sources) +
                                      " communities of before");
        if (m.spread > 1 && m.overlap * 2 < m.a_size + 1)
            cc.explanations.push_back(name + " keeps " + std::to_string(m.overlap) + " of the " +
                                      std::to_string(m.a_size) +
                                      " members of its best match, which split up");
    }
    std::vector<std::size_t> spread_of(cb.count, 0);
    {
        std::set<std::pair<std::uint32_t, std::uint32_t>> pairs;
        for (std::size_t i = 0; i < lb.size(); ++i)
            pairs.insert({lb[i], la[i]});
        for (const auto& p : pairs)
            ++spread_of[p.first];
        for (std::uint32_t c = 0; c < cb.count; ++c)
            if (spread_of[c] > 1)
                cc.explanations.push_back("{" + detail::listed(cc.members_before[c], 3) +
                                          "} splits across " + std::to_string(spread_of[c]) +
                                          " communities");
    }
    if (cc.explanations.empty())
        cc.explanations.push_back(cc.adjusted_rand == 1
                                      ? "the kept vertices fall into the same communities"
                                      : "the communities shift without any splitting or merging");

    // --- centrality --------------------------------------------------------------------------
    auto ranks = [](const std::vector<double>& x) {
        std::vector<std::uint32_t> order(x.size());
        for (std::uint32_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return x[a] > x[b]; });
        std::vector<std::size_t> rank(x.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            rank[order[i]] = i + 1;
        return rank;
    };
    const auto rank_b = ranks(bc_b), rank_a = ranks(bc_a);
    for (const vi v : kept) {
        const vi w = to_after[v];
        // Below 1e-12 a change is rounding (the sums run in another order), not a change.
        if (std::abs(bc_a[w] - bc_b[v]) <= 1e-12)
            continue;
        centrality_change c{before.id(v), before.kind(v), bc_b[v], bc_a[w],
                            rank_b[v],    rank_a[w],      {}};
        c.explanation = std::string(c.after > c.before ? "rises" : "falls") + " from " +
                        detail::decimals(c.before, 4) + " to " + detail::decimals(c.after, 4) +
                        " (rank " + std::to_string(c.rank_before) + " to " +
                        std::to_string(c.rank_after) + "): " +
                        (c.after > c.before ? "more shortest paths now run through it"
                                            : "fewer shortest paths run through it");
        d.centrality.push_back(std::move(c));
    }
    std::sort(d.centrality.begin(), d.centrality.end(),
              [](const centrality_change& x, const centrality_change& y) {
                  const double dx = std::abs(x.after - x.before), dy = std::abs(y.after - y.before);
                  return dx != dy ? dx > dy : x.id < y.id;
              });
    if (o.top != 0 && d.centrality.size() > o.top)
        d.centrality.resize(o.top);
    return d;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_WHATIF_STRUCTURE_DIFFERENCE_HPP
