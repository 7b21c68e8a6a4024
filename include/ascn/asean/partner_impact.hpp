// SPDX-License-Identifier: MIT
/// \file
/// `ascn::partner_impact`: which one partner, if it left, would hurt peer learning most. Peer
/// learning is measured as the sum, over every city and focus area, of the score of the city's
/// best mentor (`ascn::mentors`, n = 1: path probability × affinity × gap × exp(-gap / g0)), 0
/// where there is none. A partner's impact is how much that sum falls without it.
///
/// Bounded recomputation: removing a partner only removes arcs (no other arc's cost depends on
/// it: the hub penalty counts a partner's own cities, the channel the cities), so distances only
/// grow, and a (city, area) pair whose best mentor's path avoids the partner keeps that mentor
/// at the same score, while every other mentor can only lose. Only the pairs whose best path
/// runs through the partner are searched again: the answer is exactly the full rerun's (the
/// test checks both), at a fraction of its cost (docs/performance.md).
/// Reference: docs/whatif.md.
#ifndef ASCN_ASEAN_PARTNER_IMPACT_HPP
#define ASCN_ASEAN_PARTNER_IMPACT_HPP

#include "ascn/asean/learning_model.hpp"
#include "ascn/asean/mentors.hpp"
#include "ascn/contracts.hpp"
#include "ascn/detail/parallel.hpp"
#include "ascn/focus_area.hpp"
#include "ascn/snapshot.hpp"
#include "ascn/source.hpp"
#include "ascn/time_view.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace ascn {

/// Options of `partner_impact`.
struct partner_impact_options {
    learning_model model{};    ///< the model; its `focus` is set to each area in turn
    mentor_options mentors{};  ///< eligibility and scoring (`n` is set to 1; no affinity here)
    strength_model strength{}; ///< mentor strength from the records
    /// true: search only the (city, area) pairs whose best path runs through the partner;
    /// false: every pair again (the full rerun, for comparison). Same answer either way.
    bool bounded = true;
    std::size_t threads = 0; ///< 0: all cores; results do not depend on it
};

/// One partner's impact on peer learning.
struct partner_impact_entry {
    std::string partner;        ///< its id
    double loss = 0;            ///< how much the summed best-mentor score falls without it
    std::size_t pairs_hit = 0;  ///< (city, area) pairs whose best mentor's score falls
    std::size_t pairs_lost = 0; ///< of those, pairs left with no mentor at all
    std::size_t searched = 0;   ///< mentor searches this partner cost
    std::string worst_city;     ///< the city that loses most (empty when none)
    focus_area worst_area{};    ///< in this area
    std::string explanation;    ///< in words
};

/// The result of `partner_impact`.
struct partner_impact_result {
    double total = 0;                           ///< summed best-mentor score of the network
    std::size_t pairs = 0;                      ///< (city, area) pairs
    std::vector<partner_impact_entry> partners; ///< every partner, the largest loss first
};

namespace detail {

/// The snapshot of `source` without vertex `drop` (a network vertex index), under `model`: the
/// source's own filter, and the partner's vertex and relationships left out.
template <NetworkSource Source>
struct without_vertex {
    const Source* source;
    std::size_t drop;
};

template <class Source>
auto network_parts(const without_vertex<Source>& w) {
    auto parts = network_parts(*w.source);
    using net_t = std::remove_cvref_t<decltype(*parts.network)>;
    auto keep = [inner = parts.keep, net = parts.network, drop = w.drop](const auto& x) {
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(x)>,
                                     typename net_t::edge_descriptor>)
            return inner(x) && boost::source(x, net->graph()) != drop &&
                   boost::target(x, net->graph()) != drop;
        else
            return inner(x) && static_cast<std::size_t>(x) != drop;
    };
    return source_parts<net_t, decltype(keep)>{parts.network, keep};
}

} // namespace detail

/// Every partner of `source` (a network or a time view) ranked by how much peer learning would
/// lose without it (see the file comment), with the searches it took. Mentor strength comes
/// from `records`. Ties: by id. Complexity, per area: one snapshot and one mentor search per
/// city (`mentor_search`: stopped once no farther city could do better), then, `bounded`, one
/// search per (city, area) pair whose best path runs through a partner, on the same snapshot
/// with the partner avoided; not `bounded` (the full rerun, for comparison), per partner a
/// snapshot without it (O(V + E)) and one search per city. The searches run on `threads`
/// threads; the result does not depend on their number.
template <NetworkSource Source>
[[nodiscard]] partner_impact_result partner_impact(const Source& source,
                                                   const focus_record_map& records,
                                                   const partner_impact_options& o = {}) {
    const auto& net = source_network(source);
    const auto& g = net.graph();
    const auto keep = network_parts(source).keep;
    std::vector<std::size_t> partners;
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v)
        if (g[v].kind() == vertex_kind::partner && keep(v))
            partners.push_back(v);
    partner_impact_result r;
    std::vector<partner_impact_entry> entries(partners.size());
    std::vector<double> worst(partners.size(), 0.0);
    for (std::size_t i = 0; i < partners.size(); ++i)
        entries[i].partner = std::string(g[partners[i]].id());
    mentor_options mo = o.mentors;
    mo.n = 1;
    mo.affinity = {};
    for (const auto area : all_focus_areas) {
        learning_model model = o.model;
        model.focus = area;
        const snapshot lg(source, model);
        const auto s = strengths(lg, records, area, o.strength);
        // The best mentor of every city, and which partners its path runs through: one
        // search per city, on every core (each city into its own slot).
        std::vector<snapshot::vertex_index> cities;
        for (snapshot::vertex_index v = 0; v < lg.num_vertices(); ++v)
            if (lg.kind(v) == vertex_kind::city)
                cities.push_back(v);
        std::vector<double> best(cities.size(), 0.0);
        std::vector<std::vector<std::size_t>> through(cities.size()); // network partners
        const std::size_t threads = detail::thread_count(o.threads);
        auto block_of = [&](std::size_t n) {
            return std::max<std::size_t>(256, (n + 4 * threads - 1) / (4 * threads));
        };
        // One search (its index of hubs), copied per block (scratch space of its own).
        const mentor_search search(lg, s.strength, s.evidence, mo);
        detail::parallel_blocks(cities.size(), block_of(cities.size()), threads,
                                [&](std::size_t, std::size_t begin, std::size_t end) {
                                    auto find = search;
                                    for (std::size_t c = begin; c < end; ++c) {
                                        const auto m = find(cities[c]);
                                        if (m.empty())
                                            continue;
                                        best[c] = m.front().score;
                                        for (const auto x : m.front().path.vertices)
                                            if (!lg.is_channel(x) &&
                                                lg.kind(x) == vertex_kind::partner)
                                                through[c].push_back(lg.to_network(x));
                                    }
                                });
        for (const double b : best)
            r.total += b;
        r.pairs += cities.size();
        // The cities each partner's removal can hurt (bounded): those whose best path runs
        // through it (a path passes a vertex once).
        std::vector<std::vector<std::size_t>> hits(partners.size());
        if (o.bounded) {
            std::vector<std::size_t> index_of(boost::num_vertices(g), partners.size());
            for (std::size_t i = 0; i < partners.size(); ++i)
                index_of[partners[i]] = i;
            for (std::size_t c = 0; c < cities.size(); ++c)
                for (const auto p : through[c])
                    if (index_of[p] < partners.size())
                        hits[index_of[p]].push_back(c);
        }
        auto account = [&](std::size_t i, std::size_t c, const std::vector<mentor>& m) {
            auto& e = entries[i];
            ++e.searched;
            const double now = m.empty() ? 0.0 : m.front().score;
            const double lost = best[c] - now;
            if (!(lost > 0))
                return;
            e.loss += lost;
            ++e.pairs_hit;
            e.pairs_lost += m.empty();
            if (lost > worst[i]) {
                worst[i] = lost;
                e.worst_city = lg.id(cities[c]);
                e.worst_area = area;
            }
        };
        if (o.bounded) {
            // Without the partner, searched on this snapshot with its vertex avoided: removing
            // a partner only removes its arcs, so the costs are those of a snapshot without it.
            // One partner per task, on every core (each partner's entry its own).
            detail::parallel_blocks(partners.size(),
                                    std::max<std::size_t>(8, partners.size() / (16 * threads)),
                                    threads, [&](std::size_t, std::size_t begin, std::size_t end) {
                                        auto find = search; // the index shared
                                        for (std::size_t i = begin; i < end; ++i) {
                                            if (hits[i].empty())
                                                continue;
                                            const auto pv = lg.find(entries[i].partner);
                                            ASCN_EXPECTS(pv.has_value());
                                            const std::vector<snapshot::vertex_index> avoid{*pv};
                                            for (const std::size_t c : hits[i])
                                                account(i, c, find(cities[c], avoid));
                                        }
                                    });
        } else
            // The full rerun, for comparison: a snapshot without the partner, every city.
            for (std::size_t i = 0; i < partners.size(); ++i) {
                const snapshot without(detail::without_vertex<Source>{&source, partners[i]}, model);
                const auto sw = strengths(without, records, area, o.strength);
                mentor_search find(without, sw.strength, sw.evidence, mo);
                for (std::size_t c = 0; c < cities.size(); ++c)
                    account(i, c, find(*without.find(lg.id(cities[c]))));
            }
    }
    for (auto& e : entries) {
        if (e.pairs_hit == 0)
            e.explanation = "no city's best mentor path runs through it";
        else
            e.explanation =
                std::to_string(e.pairs_hit) + " (city, area) pairs lose score" +
                (e.pairs_lost ? ", " + std::to_string(e.pairs_lost) + " of them every mentor"
                              : std::string()) +
                "; most " + e.worst_city + " in " + std::string(to_string(e.worst_area));
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const partner_impact_entry& a, const partner_impact_entry& b) {
                         return a.loss != b.loss ? a.loss > b.loss : a.partner < b.partner;
                     });
    r.partners = std::move(entries);
    return r;
}

} // namespace ascn

#endif // ASCN_ASEAN_PARTNER_IMPACT_HPP
