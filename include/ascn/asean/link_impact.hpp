// SPDX-License-Identifier: MIT
/// \file
/// `ascn::link_impact`: which one new link would help peer learning most. Peer learning is
/// measured as in `ascn::partner_impact` (the sum, over every city and focus area, of the score
/// of the city's best mentor, n = 1, no affinity; 0 where there is none), so the two rankings
/// compare: a link's gain is how much that sum rises with the link added.
///
/// Candidates default to the recommender's (`recommended_links`): the city-city pairs
/// `recommend_peers` proposes, best first, as peer-learning (or twinning) links.
///
/// Bounded recomputation: a link between two cities only adds arcs (or cheapens an existing
/// tie between them, parallel ties combining); no other arc's cost depends on it (the hub
/// penalty counts a partner's cities, the channel the cities), so distances only shrink. With
/// the link u-v added, a mentor m reaches a learner l through it at a cost of at least
/// d(m, u) + c(u, v) + d(v, l) (or the same through v-u), where the distances are taken on the
/// network with the link: four searches per candidate and area (to and from each end). With the
/// best such mentor bounded by max over mentors eligible for l of exp(-d(m, u)) × the largest
/// gap term their strength allows, only the (city, area) pairs whose bound reaches their
/// current best score are searched again; every other pair keeps its best mentor at the same
/// score. The answer is exactly the full rerun's (the test checks both). A link with a partner
/// at one end changes that partner's hub penalty, so its arcs can grow dearer: such a candidate
/// is always searched in full. The first pass (every city's best mentor in every area, before
/// any link) stops each search where no mentor farther away could score more or pass the
/// threshold: the same scores as `mentors` (the full rerun uses `mentors` there too), a
/// fraction of the search on a large network. Reference: docs/whatif.md; timings:
/// docs/performance.md.
#ifndef ASCN_ASEAN_LINK_IMPACT_HPP
#define ASCN_ASEAN_LINK_IMPACT_HPP

#include "ascn/algorithm/paths/costs.hpp"
#include "ascn/asean/learning_model.hpp"
#include "ascn/asean/mentors.hpp"
#include "ascn/asean/recommend.hpp"
#include "ascn/contracts.hpp"
#include "ascn/error.hpp"
#include "ascn/focus_area.hpp"
#include "ascn/network.hpp"
#include "ascn/scenario.hpp"
#include "ascn/snapshot.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <functional>
#include <limits>
#include <optional>
#include <queue>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace ascn {

/// One link that could be added.
struct link_candidate {
    std::string from; ///< one end (the relationship's declared source)
    std::string to;   ///< the other end
    relation_kind kind = relation_kind::peer_learning; ///< its kind
    /// Its first year (none: the latest first year of the network's relationships). Under a
    /// model without a `year` it changes no cost.
    std::optional<int> start;
};

/// Options of `link_impact`.
struct link_impact_options {
    learning_model model{};    ///< the model; its `focus` is set to each area in turn
    mentor_options mentors{};  ///< eligibility and scoring (`n` is set to 1; no affinity here)
    strength_model strength{}; ///< mentor strength from the records
    /// true: search again only the (city, area) pairs a link between two cities could improve
    /// (see the file comment); false: every pair again for every link (the full rerun, for
    /// comparison). Same answer either way.
    bool bounded = true;
};

/// One link's impact on peer learning.
struct link_impact_entry {
    link_candidate link;            ///< the link (its `start` filled in)
    double gain = 0;                ///< how much the summed best-mentor score rises with it
    std::size_t pairs_improved = 0; ///< (city, area) pairs whose best mentor's score rises
    std::size_t pairs_new = 0;      ///< of those, pairs that had no mentor before
    std::size_t searched = 0;       ///< mentor searches this link cost
    std::string best_city;          ///< the city that gains most (empty when none)
    focus_area best_area{};         ///< in this area
    std::string explanation;        ///< in words
};

/// The result of `link_impact`.
struct link_impact_result {
    double total = 0;                     ///< summed best-mentor score of the network
    std::size_t pairs = 0;                ///< (city, area) pairs
    std::vector<link_impact_entry> links; ///< every candidate, the largest gain first
};

/// Options of `recommended_links`.
struct recommended_links_options {
    std::size_t n = 10; ///< links returned (0: every pair the recommender proposes)
    /// The kind of the links: peer learning or twinning (the recommender proposes peers for
    /// either); other kinds are a `value_error`.
    relation_kind kind = relation_kind::peer_learning;
    recommend_options recommender{}; ///< its weights and `city`; `n` is managed here
};

/// The recommender's candidate links: the (city, peer) pairs `recommend_peers` proposes on
/// `view` with `d`'s action plans and projects, best first, each unordered pair once (at the
/// rank of its better direction), as links of `o.kind` from the city to the peer. With
/// `o.recommender.city`, only that city's. Throws what `recommend_peers` throws, and
/// `value_error` for a kind that is not city-city. O(C^2 (deg + 1)) for C cities (one city:
/// O(C deg)).
template <class Source>
[[nodiscard]] std::vector<link_candidate>
recommended_links(const data::dataset& d, const Source& view,
                  const recommended_links_options& o = {}) {
    if (o.kind != relation_kind::peer_learning && o.kind != relation_kind::twinning)
        throw value_error("recommended links are city-city: peer learning or twinning",
                          {.field = "kind", .value = std::string(to_string(o.kind))});
    recommend_options ro = o.recommender;
    ro.n = 0;
    const auto peers = recommend_peers(d, view, ro);
    std::vector<link_candidate> out;
    std::set<std::pair<std::string, std::string>> seen;
    for (const auto& p : peers) {
        if (o.n != 0 && out.size() >= o.n)
            break;
        if (!seen.insert(std::minmax(p.city, p.peer)).second)
            continue;
        out.push_back({p.city, p.peer, o.kind, std::nullopt});
    }
    return out;
}

namespace detail {

/// The largest value of gap × exp(-gap / g0) for a gap in (0, s]: the most a mentor of
/// strength s can score per unit of path probability.
inline double largest_gap_term(double s, double g0) {
    if (std::isinf(g0))
        return s;
    return s <= g0 ? s * std::exp(-s / g0) : g0 * std::exp(-1.0);
}

/// The cost of the arc `from` -> `to` of `s` (infinity: none).
inline double arc_cost(const snapshot& s, snapshot::vertex_index from, snapshot::vertex_index to) {
    const auto [first, last] = s.out_arcs(from);
    for (auto a = first; a < last; ++a)
        if (s.target(a) == to)
            return s.cost(a);
    return std::numeric_limits<double>::infinity();
}

/// For the mentors of one area, sorted by strength (strongest first): the prefix maxima of
/// exp(-d(m, end)) × largest_gap_term and of exp(-d(m, end)), where d(m, end) is `to_end`.
/// `bound(s_l)` then bounds what any mentor eligible for a learner of strength s_l brings to
/// the end of the link.
struct mentor_reach {
    std::vector<double> strength; // descending
    std::vector<double> score;    // prefix max of P × largest gap term
    std::vector<double> reach;    // prefix max of P

    mentor_reach(const std::vector<snapshot::vertex_index>& by_strength, const area_strengths& s,
                 const path_tree& to_end, double g0) {
        double best = 0, far = 0;
        for (const auto m : by_strength) {
            const double p = std::exp(-to_end.cost[m]);
            best = std::max(best, p * largest_gap_term(s.strength[m], g0));
            far = std::max(far, p);
            strength.push_back(s.strength[m]);
            score.push_back(best);
            reach.push_back(far);
        }
    }
    /// The prefix of mentors eligible for a learner of strength `s_l` (as `mentors` decides):
    /// its two maxima, 0 when there is none.
    [[nodiscard]] std::pair<double, double> bound(double s_l, double margin) const {
        const double need = s_l + margin;
        const auto k =
            static_cast<std::size_t>(std::partition_point(strength.begin(), strength.end(),
                                                          [need](double x) { return x >= need; }) -
                                     strength.begin());
        if (k == 0)
            return {0.0, 0.0};
        return {score[k - 1], reach[k - 1]};
    }
};

/// The score of the best mentor of one learner, exactly as `mentors` (n = 1, no affinity, no
/// hop limit) scores it, by a Dijkstra towards the learner that stops as soon as no mentor
/// farther away could score more than the best so far (`largest_gap_term` of the strongest
/// gap there is) or pass the probability threshold. Each vertex settled gets the cost the full
/// search gives it (the least of a settled neighbour's cost + the arc's, whatever the order),
/// so the score is the same double. Scratch state is kept between learners.
class best_mentor_search {
public:
    best_mentor_search(const snapshot& lg, const area_strengths& s, const mentor_options& o)
        : lg_(&lg)
        , s_(&s)
        , o_(&o)
        , dist_(lg.num_vertices(), std::numeric_limits<double>::infinity())
        , settled_(lg.num_vertices(), 0) {
        for (std::size_t v = 0; v < lg.num_vertices(); ++v)
            if (lg.kind(static_cast<snapshot::vertex_index>(v)) == vertex_kind::city &&
                s.evidence[v] > 0)
                strongest_ = std::max(strongest_, s.strength[v]);
    }

    /// The best mentor's score for `learner` (0: none).
    [[nodiscard]] double operator()(snapshot::vertex_index learner) {
        constexpr double inf = std::numeric_limits<double>::infinity();
        const auto& str = s_->strength;
        const auto& ev = s_->evidence;
        const double s_l = str[learner];
        // The largest gap term any eligible mentor can have: the gaps lie in
        // [margin, strongest - s_l], and the term peaks at g0.
        const double top_gap = strongest_ - s_l;
        if (!(top_gap >= o_->margin))
            return 0.0;
        const double g = std::isinf(o_->g0) ? top_gap : std::clamp(o_->g0, o_->margin, top_gap);
        const double most = std::isinf(o_->g0) ? g : g * std::exp(-g / o_->g0);
        constexpr double slack = 1e-9;
        double best = 0;
        using item = std::pair<double, snapshot::vertex_index>;
        std::priority_queue<item, std::vector<item>, std::greater<>> heap;
        dist_[learner] = 0;
        touched_.push_back(learner);
        heap.emplace(0.0, learner);
        while (!heap.empty()) {
            const auto [d, x] = heap.top();
            heap.pop();
            if (settled_[x])
                continue;
            settled_[x] = 1;
            const double p = std::exp(-d);
            if (p < o_->threshold * (1 - slack) || p * most * (1 + slack) < best)
                break;
            if (x != learner && lg_->kind(x) == vertex_kind::city && ev[x] > 0 &&
                str[x] >= s_l + o_->margin && p >= o_->threshold) {
                const double gap = str[x] - s_l;
                const double shape = std::isinf(o_->g0) ? 1.0 : std::exp(-gap / o_->g0);
                best = std::max(best, std::exp(-d) * 1.0 * gap * shape);
            }
            const auto [first, last] = lg_->in_arcs(x);
            for (auto a = first; a < last; ++a) {
                const auto y = lg_->reverse_target(a);
                const double c = lg_->reverse_cost(a);
                const double nd = std::isinf(c) ? inf : d + c;
                if (nd < dist_[y]) {
                    if (std::isinf(dist_[y]))
                        touched_.push_back(y);
                    dist_[y] = nd;
                    heap.emplace(nd, y);
                }
            }
        }
        for (const auto v : touched_) {
            dist_[v] = inf;
            settled_[v] = 0;
        }
        touched_.clear();
        return best;
    }

private:
    const snapshot* lg_;
    const area_strengths* s_;
    const mentor_options* o_;
    std::vector<double> dist_;
    std::vector<char> settled_;
    std::vector<snapshot::vertex_index> touched_;
    double strongest_ = 0;
};

} // namespace detail

/// Every candidate link ranked by how much peer learning would gain with it (see the file
/// comment), with the searches it took. Each candidate is added alone to a copy of `net`
/// (`ascn::apply` with an `add_link`, so an unknown id or a kind its ends do not allow throws
/// as there, naming it); mentor strength comes from `records`. Ties: by the ends' ids, then
/// kind. Complexity, per area: one snapshot and one mentor search per city for the network
/// (`bounded`: each stopped early), then per candidate a copy and a snapshot (O(V + E)), four
/// searches and one mentor search per (city, area) pair the bound lets through (`bounded`,
/// both ends cities), or per city.
[[nodiscard]] inline link_impact_result link_impact(const network& net,
                                                    const focus_record_map& records,
                                                    const std::vector<link_candidate>& candidates,
                                                    const link_impact_options& o = {}) {
    int latest = min_year;
    for (const auto& r : relationships(net))
        latest = std::max(latest, static_cast<int>(r.value().start));
    mentor_options mo = o.mentors;
    mo.n = 1;
    mo.affinity = {};
    constexpr double slack = 1e-9; // rounding room: a pair this close to its bound is searched

    // The network as it is: per area, its snapshot, strengths and every city's best score.
    struct area_state {
        learning_model model;
        std::optional<snapshot> lg;
        area_strengths s;
        std::vector<snapshot::vertex_index> cities;      // snapshot vertices
        std::vector<double> best;                        // per city
        std::vector<snapshot::vertex_index> by_strength; // mentors (evidence > 0), strongest first
    };
    link_impact_result r;
    std::vector<area_state> areas(focus_area_count);
    for (std::size_t i = 0; i < focus_area_count; ++i) {
        auto& a = areas[i];
        a.model = o.model;
        a.model.focus = all_focus_areas[i];
        a.lg.emplace(net, a.model);
        const snapshot& lg = *a.lg;
        a.s = strengths(lg, records, all_focus_areas[i], o.strength);
        // Bounded: a search that stops where no farther mentor could win; the same scores.
        std::optional<detail::best_mentor_search> pruned;
        if (o.bounded && !mo.max_hops)
            pruned.emplace(lg, a.s, mo);
        for (snapshot::vertex_index v = 0; v < lg.num_vertices(); ++v) {
            if (lg.kind(v) != vertex_kind::city)
                continue;
            a.cities.push_back(v);
            if (pruned)
                a.best.push_back((*pruned)(v));
            else {
                const auto m = mentors(lg, v, a.s.strength, a.s.evidence, mo);
                a.best.push_back(m.empty() ? 0.0 : m.front().score);
            }
            r.total += a.best.back();
            if (a.s.evidence[v] > 0)
                a.by_strength.push_back(v);
        }
        std::stable_sort(a.by_strength.begin(), a.by_strength.end(),
                         [&s = a.s](snapshot::vertex_index x, snapshot::vertex_index y) {
                             return s.strength[x] > s.strength[y];
                         });
        r.pairs += a.cities.size();
    }

    for (const auto& cand : candidates) {
        link_impact_entry e;
        e.link = cand;
        if (!e.link.start)
            e.link.start = latest;
        const auto changed =
            apply(net, scenario{{scenario::add_link{cand.from, cand.to,
                                                    relationship(cand.kind, *e.link.start)}}});
        const bool cities = net.find_city(cand.from) && net.find_city(cand.to);
        double most = 0;
        for (std::size_t i = 0; i < focus_area_count; ++i) {
            const auto& a = areas[i];
            const snapshot after(changed.network, a.model);
            // One relationship more: the same vertices, at the same indices.
            ASCN_EXPECTS(after.num_vertices() == a.lg->num_vertices());
            const auto sw = strengths(after, records, all_focus_areas[i], o.strength);
            // Which cities to search again (indices into a.cities; same order in `after`).
            std::vector<char> search(a.cities.size(), 1);
            if (o.bounded && cities) {
                const auto u = *after.find(cand.from), v = *after.find(cand.to);
                const auto to_u = costs_to(after, u), to_v = costs_to(after, v);
                const auto from_u = costs_from(after, u), from_v = costs_from(after, v);
                const double c_uv = detail::arc_cost(after, u, v),
                             c_vu = detail::arc_cost(after, v, u);
                const detail::mentor_reach reach_u(a.by_strength, sw, to_u, mo.g0),
                    reach_v(a.by_strength, sw, to_v, mo.g0);
                for (std::size_t c = 0; c < a.cities.size(); ++c) {
                    const auto l = a.cities[c];
                    double bound = 0;
                    for (const auto& [reach, arc, rest] :
                         {std::tuple{&reach_u, c_uv, from_v.cost[l]},
                          std::tuple{&reach_v, c_vu, from_u.cost[l]}}) {
                        const auto [score, p] = reach->bound(sw.strength[l], mo.margin);
                        const double tail = std::exp(-(arc + rest));
                        if (p * tail >= mo.threshold * (1 - slack))
                            bound = std::max(bound, score * tail);
                    }
                    search[c] = bound > 0 && bound >= a.best[c] * (1 - slack);
                }
            }
            for (std::size_t c = 0; c < a.cities.size(); ++c) {
                if (!search[c])
                    continue;
                const auto m = mentors(after, a.cities[c], sw.strength, sw.evidence, mo);
                ++e.searched;
                const double now = m.empty() ? 0.0 : m.front().score;
                const double gained = now - a.best[c];
                if (!(gained > 0))
                    continue;
                e.gain += gained;
                ++e.pairs_improved;
                e.pairs_new += a.best[c] == 0;
                if (gained > most) {
                    most = gained;
                    e.best_city = a.lg->id(a.cities[c]);
                    e.best_area = all_focus_areas[i];
                }
            }
        }
        if (e.pairs_improved == 0)
            e.explanation = "no city's best mentor improves";
        else
            e.explanation =
                std::to_string(e.pairs_improved) + " (city, area) pairs gain score" +
                (e.pairs_new ? ", " + std::to_string(e.pairs_new) + " of them a first mentor"
                             : std::string()) +
                "; most " + e.best_city + " in " + std::string(to_string(e.best_area));
        r.links.push_back(std::move(e));
    }
    std::stable_sort(r.links.begin(), r.links.end(),
                     [](const link_impact_entry& a, const link_impact_entry& b) {
                         if (a.gain != b.gain)
                             return a.gain > b.gain;
                         if (a.link.from != b.link.from)
                             return a.link.from < b.link.from;
                         if (a.link.to != b.link.to)
                             return a.link.to < b.link.to;
                         return a.link.kind < b.link.kind;
                     });
    return r;
}

} // namespace ascn

#endif // ASCN_ASEAN_LINK_IMPACT_HPP
