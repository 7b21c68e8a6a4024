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
/// city for the network, then per partner a snapshot without it (O(V + E)) and one search per
/// (city, area) pair whose best path runs through it (`bounded`), or per city (not `bounded`).
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
        // The best mentor of every city, and which partners its path runs through.
        std::vector<snapshot::vertex_index> cities;
        std::vector<double> best;
        std::vector<std::vector<std::size_t>> through; // network vertices on the path
        for (snapshot::vertex_index v = 0; v < lg.num_vertices(); ++v) {
            if (lg.kind(v) != vertex_kind::city)
                continue;
            cities.push_back(v);
            const auto m = mentors(lg, v, s.strength, s.evidence, mo);
            best.push_back(m.empty() ? 0.0 : m.front().score);
            std::vector<std::size_t> on;
            if (!m.empty())
                for (const auto x : m.front().path.vertices)
                    if (!lg.is_channel(x) && lg.kind(x) == vertex_kind::partner)
                        on.push_back(lg.to_network(x));
            std::sort(on.begin(), on.end());
            through.push_back(std::move(on));
            r.total += best.back();
        }
        r.pairs += cities.size();
        for (std::size_t i = 0; i < partners.size(); ++i) {
            const std::size_t p = partners[i];
            std::vector<std::size_t> hit; // indices into cities
            for (std::size_t c = 0; c < cities.size(); ++c)
                if (!o.bounded || std::binary_search(through[c].begin(), through[c].end(), p))
                    hit.push_back(c);
            if (hit.empty())
                continue;
            const snapshot without(detail::without_vertex<Source>{&source, p}, model);
            const auto sw = strengths(without, records, area, o.strength);
            auto& e = entries[i];
            for (const std::size_t c : hit) {
                const auto v = without.find(lg.id(cities[c]));
                const auto m = mentors(without, *v, sw.strength, sw.evidence, mo);
                ++e.searched;
                const double now = m.empty() ? 0.0 : m.front().score;
                const double lost = best[c] - now;
                if (!(lost > 0))
                    continue;
                e.loss += lost;
                ++e.pairs_hit;
                e.pairs_lost += m.empty();
                if (lost > worst[i]) {
                    worst[i] = lost;
                    e.worst_city = lg.id(cities[c]);
                    e.worst_area = area;
                }
            }
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
