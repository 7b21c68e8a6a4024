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
#include "ascn/algorithm/paths/search.hpp"
#include "ascn/contracts.hpp"
#include "ascn/error.hpp"
#include "ascn/snapshot.hpp"

#include <algorithm>
#include <cmath>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
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

/// Finds the best mentors of one learner after another over the same snapshot, strengths and
/// options, keeping its scratch space (a few arrays of V) between learners: what `mentors` does
/// for one learner, at the cost of the part of the graph each search needs. `lg`, `strength`
/// and `evidence` are held by reference and must outlive it. Not for concurrent use: give each
/// thread its own copy.
///
/// The search (no hop limit): one Dijkstra from the learner over the reverse graph, scoring each
/// eligible city as it is settled, that stops when no city farther away could enter the best n
/// (and queues no offer beyond that point, so a hub's thousands of arcs cost no heap work):
/// a farther city's path probability is at most the current one's, its affinity at most 1 and
/// its gap term at most the largest any eligible gap can give (the gaps lie between `margin`
/// and the strongest city's gap; the term g exp(-g / g0) peaks at g0), or when the path
/// probability falls below `threshold`. The cities it settles get the costs the whole search
/// gives them, so the mentors and scores are exactly those of scoring every city (a test
/// compares the two on generated networks); where two paths cost exactly the same, either may be
/// reported. Hubs: a vertex with at least 32 arcs of one cost to cities (a country to its
/// members, the network's channel) would offer every one of them the same cost; they are one
/// queue entry instead, and when it comes up and no city could pass learning on from there in
/// time (the cheapest arc out of any of them already too dear), only its candidates are tried,
/// the best gap terms first, until no other could rank: a learner in a country of thousands of
/// cities costs a few of them, not all. Worst case O((V + E) log V) per
/// learner, as the whole search; on a large network, typically a small neighbourhood of the
/// learner.
class mentor_search {
public:
    using vertex_index = snapshot::vertex_index; ///< a vertex of the snapshot

    /// A search over `lg` with mentor strength and evidence per snapshot vertex: O(V + E log E)
    /// for its index of hubs (below). A copy shares the index and has scratch space of its own.
    mentor_search(const snapshot& lg, const std::vector<double>& strength,
                  const std::vector<double>& evidence, mentor_options options = {})
        : lg_(&lg)
        , strength_(&strength)
        , evidence_(&evidence)
        , o_(std::move(options))
        , index_(make_index(lg, strength, evidence))
        , dist_(lg.num_vertices(), std::numeric_limits<double>::infinity())
        , arc_(lg.num_vertices(), snapshot::npos)
        , done_(lg.num_vertices(), 0)
        , hub_open_(index_->hubs.size(), 0) {
        ASCN_EXPECTS(strength.size() == lg.num_vertices() && evidence.size() == lg.num_vertices());
        // The early stop takes the gap term g exp(-g / g0) to peak at g0.
        if (!(o_.g0 > 0))
            throw value_error("mentor_options::g0 must be positive (infinity: frontrunners); got " +
                                  std::to_string(o_.g0),
                              {.field = "g0", .value = std::to_string(o_.g0)});
        for (vertex_index v = 0; v < lg.num_vertices(); ++v)
            if (lg.kind(v) == vertex_kind::city && evidence[v] > 0)
                strongest_ = std::max(strongest_, strength[v]);
    }

    /// The options searched with.
    [[nodiscard]] const mentor_options& options() const noexcept { return o_; }

    /// The best mentors of `learner`, as `ascn::mentors` finds them. With `avoid`, the paths
    /// may not pass through those vertices (a country's cities with it; the ends excepted), as
    /// `path_constraints::avoid`: the answer for the network without their relationships,
    /// other costs unchanged (so without a partner or a country: a city also counts in the
    /// network's own channel and in its partners' hub penalties).
    [[nodiscard]] std::vector<mentor> operator()(vertex_index learner,
                                                 const std::vector<vertex_index>& avoid = {}) {
        ASCN_EXPECTS(learner < lg_->num_vertices());
        const auto& str = *strength_;
        const auto& ev = *evidence_;
        const double s_l = str[learner];
        std::vector<mentor> out;
        auto eligible = [&](vertex_index v) {
            return v != learner && lg_->kind(v) == vertex_kind::city && ev[v] > 0 &&
                   str[v] >= s_l + o_.margin;
        };
        if (o_.n == 0 || !(strongest_ >= s_l + o_.margin))
            return out; // no city is eligible
        auto rank = [&](vertex_index m, double cost) {
            mentor r;
            r.city = m;
            r.strength = str[m];
            r.gap = str[m] - s_l;
            r.affinity = o_.affinity ? o_.affinity(m, learner) : 1.0;
            if (!(r.affinity > 0 && r.affinity <= 1))
                throw value_error("mentor affinity must lie in (0, 1]; got " +
                                      std::to_string(r.affinity) + " for " + lg_->id(m) + " -> " +
                                      lg_->id(learner),
                                  {.id = lg_->id(m), .field = "affinity"});
            const double shape = std::isinf(o_.g0) ? 1.0 : std::exp(-r.gap / o_.g0);
            r.score = std::exp(-cost) * r.affinity * r.gap * shape;
            return r;
        };
        auto before = [&](const mentor& a, const mentor& b) {
            if (a.score != b.score)
                return a.score > b.score;
            return lg_->id(a.city) < lg_->id(b.city);
        };
        if (o_.max_hops) {
            // One hop-limited search per eligible city.
            for (vertex_index m = 0; m < lg_->num_vertices(); ++m) {
                if (!eligible(m))
                    continue;
                auto p = best_path(*lg_, m, learner, {o_.max_hops, avoid});
                if (!p || p->probability() < o_.threshold)
                    continue;
                mentor r = rank(m, p->cost);
                r.path = std::move(*p);
                out.push_back(std::move(r));
            }
            std::sort(out.begin(), out.end(), before);
            if (out.size() > o_.n)
                out.resize(o_.n);
            return out;
        }
        // (The hop-limited searches above take `avoid` themselves.)
        if (filter_)
            filter_->clear();
        if (!avoid.empty()) {
            if (!filter_)
                filter_.emplace(*lg_);
            filter_->block({std::nullopt, avoid}, learner, learner);
        }
        // The largest gap term an eligible city can have.
        const double top_gap = strongest_ - s_l;
        // (top_gap may fall an ulp short of the margin that let the search start.)
        const double g = std::isinf(o_.g0)
                             ? top_gap
                             : std::clamp(o_.g0, o_.margin, std::max(o_.margin, top_gap));
        const double most = std::isinf(o_.g0) ? g : g * std::exp(-g / o_.g0);
        constexpr double slack = 1e-9; // rounding room: a city this close to the bound is scored
        best_.clear();                 // a min-heap of the n best scores so far
        // No city at cost d or more can be a mentor or rank among the n best. Monotone in d,
        // and only more so as the search goes on (the n-th best score only rises).
        auto hopeless = [&](double d) {
            const double p = std::exp(-d);
            return p < o_.threshold * (1 - slack) ||
                   (best_.size() == o_.n && p * most * (1 + slack) < best_.front());
        };
        const search_filter* filter = avoid.empty() ? nullptr : &*filter_;
        auto blocked = [&](vertex_index y) { return filter && filter->blocked(y); };
        auto score = [&](vertex_index v, double d) {
            out.push_back(rank(v, d));
            if (best_.size() < o_.n) {
                best_.push_back(out.back().score);
                std::push_heap(best_.begin(), best_.end(), std::greater<>());
            } else if (out.back().score > best_.front()) {
                std::pop_heap(best_.begin(), best_.end(), std::greater<>());
                best_.back() = out.back().score;
                std::push_heap(best_.begin(), best_.end(), std::greater<>());
            }
        };
        const auto& ix = *index_;
        // Dijkstra over the reverse graph, settling in (cost, vertex) order. An offer that is
        // already hopeless is not queued: it could only settle after the search stops. Every
        // city settled before the stop has its exact cost (the least over its settled
        // neighbours of their cost plus the arc's, in any order of settling). A hub's arcs of
        // its common cost to cities (a country's members, the network's channel) are one
        // queue entry, `bucket`: see `open_bucket`.
        reset(); // what the last search touched (also after one that threw)
        heap_.clear();
        offer(learner, 0.0, snapshot::npos);
        heap_.push_back({0.0, learner, false});
        auto push = [&](double d, vertex_index v, bool bucket) {
            heap_.push_back({d, v, bucket});
            std::push_heap(heap_.begin(), heap_.end(), std::greater<>());
        };
        // The offers of `x`, settled at cost `d`, to its neighbours (a hub's bucket as one).
        auto expand = [&](vertex_index x, double d) {
            auto relax = [&](snapshot::arc_index a) {
                const auto y = lg_->reverse_target(a);
                if (blocked(y))
                    return;
                const double nd = d + lg_->reverse_cost(a);
                if (!(nd < dist_[y]) || hopeless(nd))
                    return;
                offer(y, nd, a);
                push(nd, y, false);
            };
            if (ix.hub_of[x] == no_hub) {
                const auto [first, last] = lg_->in_arcs(x);
                for (auto a = first; a < last; ++a)
                    relax(a);
                return;
            }
            const auto& h = ix.hubs[ix.hub_of[x]];
            for (const auto a : h.other)
                relax(a);
            if (!hopeless(d + h.cost))
                push(d + h.cost, x, true);
        };
        while (!heap_.empty()) {
            std::pop_heap(heap_.begin(), heap_.end(), std::greater<>());
            const queued q = heap_.back();
            heap_.pop_back();
            const double d = q.cost;
            const vertex_index x = q.vertex;
            if (hopeless(d))
                break;
            if (q.bucket) {
                const std::uint32_t hx = ix.hub_of[x];
                const auto& h = ix.hubs[hx];
                // Its candidates first, the best gap terms first, until no other could rank.
                scanned_.clear();
                const auto& c = h.by_strength;
                auto at_least = [&](double v) {
                    return static_cast<std::size_t>(
                        std::lower_bound(
                            c.begin(), c.end(), v,
                            [](const hub_city& e, double w) { return e.strength < w; }) -
                        c.begin());
                };
                const std::size_t first = at_least(s_l + o_.margin);
                std::size_t right = std::max(first, at_least(s_l + o_.g0));
                std::size_t left = right; // still to try: [first, left) and [right, end)
                auto term = [&](std::size_t i) {
                    const double gap = c[i].strength - s_l;
                    return std::isinf(o_.g0) ? gap : gap * std::exp(-gap / o_.g0);
                };
                const double p = std::exp(-d);
                while (p >= o_.threshold && (left > first || right < c.size())) {
                    const bool take_right =
                        left == first || (right < c.size() && term(right) >= term(left - 1));
                    const std::size_t i = take_right ? right++ : --left;
                    if (best_.size() == o_.n && p * term(i) * (1 + slack) < best_.front())
                        break; // the rest have smaller gap terms
                    const vertex_index y = c[i].vertex;
                    if (done_[y] || y == learner || blocked(y))
                        continue;
                    offer(y, d, c[i].arc);
                    done_[y] = 1;
                    scanned_.push_back(y);
                    score(y, d);
                }
                if (hopeless(d + h.relay)) {
                    // No member could pass learning on in time: the others are never needed.
                    opened_.push_back(hx);
                    hub_open_[hx] = 1;
                    continue;
                }
                // They may pass it on: those tried go on from here, the others are queued as
                // themselves (and scored when they come up).
                for (const auto y : scanned_)
                    expand(y, d);
                for (const auto& [y, a] : h.members)
                    if (!done_[y] && !blocked(y) && d < dist_[y]) {
                        offer(y, d, a);
                        push(d, y, false);
                    }
                continue;
            }
            if (done_[x] || d != dist_[x])
                continue;
            done_[x] = 1;
            if (skipped(x))
                continue; // its cost is a hub's opened earlier, cheaper: nothing to do here
            if (eligible(x) && std::exp(-d) >= o_.threshold)
                score(x, d);
            expand(x, d);
        }
        // Paths are traced for the winners only.
        const std::size_t keep = std::min(o_.n, out.size());
        std::partial_sort(out.begin(), out.begin() + static_cast<long>(keep), out.end(), before);
        out.resize(keep);
        if (out.capacity() > 2 * keep + 8)
            out.shrink_to_fit(); // a caller keeping many answers keeps no scored candidates
        for (auto& r : out) {
            std::vector<snapshot::arc_index> arcs;
            for (auto at = r.city; at != learner;) {
                const auto fa = lg_->forward_arc(arc_[at]);
                arcs.push_back(fa);
                at = lg_->target(fa);
            }
            r.path = detail::path_along(*lg_, r.city, std::move(arcs));
        }
        return out;
    }

private:
    const snapshot* lg_;
    const std::vector<double>* strength_;
    const std::vector<double>* evidence_;
    using search_filter = detail::search_filter;
    static constexpr std::uint32_t no_hub = std::numeric_limits<std::uint32_t>::max();
    /// Past this many arcs of one cost to cities, a vertex is a hub (its arcs a bucket).
    static constexpr std::size_t hub_size = 32;

    struct hub_city {
        double strength;
        vertex_index vertex;
        snapshot::arc_index arc; // the reverse arc from the hub
    };
    struct hub {
        double cost = 0; // of every bucketed arc
        std::vector<std::pair<vertex_index, snapshot::arc_index>> members;
        std::vector<hub_city> by_strength;      // members that can mentor, weakest first
        double relay = 0;                       // the cheapest arc any member passes learning on by
        std::vector<snapshot::arc_index> other; // the hub's other reverse arcs
    };
    // Shared by copies: depends on the snapshot and the strengths only.
    struct hub_index {
        std::vector<std::uint32_t> hub_of; // by vertex
        std::vector<hub> hubs;
        std::vector<std::size_t> member_first; // CSR: the hubs each vertex is a member of
        std::vector<std::uint32_t> member_hubs;
    };
    struct queued {
        double cost;
        vertex_index vertex;
        bool bucket; // the hub's bucket, not the vertex itself
        friend auto operator<=>(const queued&, const queued&) = default;
    };

    static std::shared_ptr<const hub_index> make_index(const snapshot& lg,
                                                       const std::vector<double>& strength,
                                                       const std::vector<double>& evidence) {
        auto ix = std::make_shared<hub_index>();
        const std::size_t n = lg.num_vertices();
        ix->hub_of.assign(n, no_hub);
        std::vector<std::vector<std::uint32_t>> member_of(n);
        std::vector<double> costs;
        for (vertex_index x = 0; x < n; ++x) {
            const auto [first, last] = lg.in_arcs(x);
            if (static_cast<std::size_t>(last - first) < hub_size)
                continue;
            costs.clear();
            for (auto a = first; a < last; ++a)
                if (lg.kind(lg.reverse_target(a)) == vertex_kind::city)
                    costs.push_back(lg.reverse_cost(a));
            if (costs.size() < hub_size)
                continue;
            std::sort(costs.begin(), costs.end());
            double common = 0;
            std::size_t most = 0;
            for (std::size_t i = 0; i < costs.size();) {
                std::size_t j = i;
                while (j < costs.size() && costs[j] == costs[i])
                    ++j;
                if (j - i > most) {
                    most = j - i;
                    common = costs[i];
                }
                i = j;
            }
            if (most < hub_size || std::isinf(common))
                continue;
            hub h;
            h.cost = common;
            h.relay = std::numeric_limits<double>::infinity();
            const auto index = static_cast<std::uint32_t>(ix->hubs.size());
            for (auto a = first; a < last; ++a) {
                const auto y = lg.reverse_target(a);
                if (lg.kind(y) != vertex_kind::city || lg.reverse_cost(a) != common) {
                    h.other.push_back(a);
                    continue;
                }
                h.members.emplace_back(y, a);
                member_of[y].push_back(index);
                if (evidence[y] > 0)
                    h.by_strength.push_back({strength[y], y, a});
                const auto [f, l] = lg.in_arcs(y);
                for (auto b = f; b < l; ++b)
                    h.relay = std::min(h.relay, lg.reverse_cost(b));
            }
            std::sort(h.by_strength.begin(), h.by_strength.end(),
                      [](const hub_city& u, const hub_city& v) {
                          return u.strength != v.strength ? u.strength < v.strength
                                                          : u.vertex < v.vertex;
                      });
            ix->hub_of[x] = index;
            ix->hubs.push_back(std::move(h));
        }
        ix->member_first.assign(n + 1, 0);
        for (std::size_t v = 0; v < n; ++v) {
            ix->member_first[v + 1] = ix->member_first[v] + member_of[v].size();
            ix->member_hubs.insert(ix->member_hubs.end(), member_of[v].begin(), member_of[v].end());
        }
        return ix;
    }

    // Whether `v` belongs to a hub opened (for its mentors only) in this search.
    [[nodiscard]] bool skipped(vertex_index v) const noexcept {
        const auto& ix = *index_;
        for (auto i = ix.member_first[v]; i < ix.member_first[v + 1]; ++i)
            if (hub_open_[ix.member_hubs[i]])
                return true;
        return false;
    }

    // Records an offer of cost `d` to `v` by reverse arc `a`.
    void offer(vertex_index v, double d, snapshot::arc_index a) {
        if (std::isinf(dist_[v]))
            touched_.push_back(v);
        dist_[v] = d;
        arc_[v] = a;
    }
    // Only what the last search touched is reset.
    void reset() noexcept {
        for (const auto v : touched_) {
            dist_[v] = std::numeric_limits<double>::infinity();
            done_[v] = 0;
        }
        touched_.clear();
        for (const auto h : opened_)
            hub_open_[h] = 0;
        opened_.clear();
    }

    mentor_options o_;
    std::shared_ptr<const hub_index> index_;
    std::vector<double> dist_;
    std::vector<snapshot::arc_index> arc_;
    std::vector<char> done_;
    std::vector<vertex_index> touched_;
    std::vector<char> hub_open_;
    std::vector<std::uint32_t> opened_;
    std::vector<queued> heap_;
    std::vector<vertex_index> scanned_;
    std::optional<search_filter> filter_; // made when first needed: O(V + E)
    std::vector<double> best_;
    double strongest_ = 0;
};

/// The best mentors for `learner`: cities at least `margin` stronger in the area, with evidence
/// (`evidence[v]`: projects done or under way there), reachable with path probability at least
/// `threshold`, ranked by score (ties: by id). `strength` and `evidence` are indexed by
/// snapshot vertex; an `affinity` outside (0, 1] throws `value_error`. One Dijkstra from the
/// learner over the reverse graph, stopped once no farther city could rank among the n best
/// (see `mentor_search`, which keeps its scratch space for many learners): O((V + E) log V) at
/// worst. With `max_hops`, one hop-limited search per eligible city: O(candidates × h × E).
[[nodiscard]] inline std::vector<mentor> mentors(const snapshot& lg, snapshot::vertex_index learner,
                                                 const std::vector<double>& strength,
                                                 const std::vector<double>& evidence,
                                                 const mentor_options& options = {}) {
    ASCN_EXPECTS(learner < lg.num_vertices());
    return mentor_search(lg, strength, evidence, options)(learner);
}

} // namespace ascn

#endif // ASCN_ASEAN_MENTORS_HPP
