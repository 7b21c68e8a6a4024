// SPDX-License-Identifier: MIT
/// \file
/// Peer-learning queries on a `learning_graph`: best path, Yen's k best loopless paths,
/// hop-limited and avoiding paths, stepping-stone paths, widest paths, mentors and the
/// all-pairs cost matrix; and per-hop explanations.
/// Reference: docs/reference/peer_learning.md.
#ifndef ASCN_ALGORITHM_PEER_LEARNING_HPP
#define ASCN_ALGORITHM_PEER_LEARNING_HPP

#include "ascn/algorithm/learning_graph.hpp"
#include "ascn/contracts.hpp"
#include "ascn/detail/parallel.hpp"
#include "ascn/progress.hpp"

#include <boost/graph/dijkstra_shortest_paths_no_color_map.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <limits>
#include <optional>
#include <queue>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ascn {

/// A path in a learning graph, in the direction knowledge moves.
struct learning_path {
    /// A vertex of the learning graph.
    using vertex_index = learning_graph::vertex_index;
    /// An arc of the learning graph.
    using arc_index = learning_graph::arc_index;

    std::vector<vertex_index> vertices; ///< first: where knowledge starts; last: where it arrives
    std::vector<arc_index> arcs;        ///< forward arcs; `arcs[i]` joins vertices i and i+1
    double cost = 0;                    ///< sum of the arcs' costs, in path order

    /// exp(-cost): under the default model, the chance that knowledge makes the whole trip.
    [[nodiscard]] double probability() const noexcept { return std::exp(-cost); }
    /// Number of arcs (relationships travelled).
    [[nodiscard]] std::size_t hops() const noexcept { return arcs.size(); }
    /// Same vertices, arcs and cost.
    friend bool operator==(const learning_path&, const learning_path&) = default;
};

/// Constraints on a path search.
struct path_constraints {
    /// At most this many arcs. A city-partner-city hop is two arcs.
    std::optional<std::size_t> max_hops{};
    /// Vertices the path may not pass through (the endpoints excepted). Avoiding a country
    /// also avoids its cities.
    std::vector<learning_graph::vertex_index> avoid{};
};

/// A policy adaptor that lets knowledge move only along relationships of the given kinds:
/// an exact restriction, applied before parallel relationships are merged.
template <class Policy>
struct restrict_kinds {
    Policy policy;      ///< the policy that prices the allowed hops
    relation_set kinds; ///< the relation kinds that may carry knowledge

    /// `policy(h)` when `h` moves along an allowed kind, else `std::nullopt`.
    template <class Network>
    std::optional<double> operator()(const hop<Network>& h) const {
        if (!kinds.contains(h.kind()))
            return std::nullopt;
        return policy(h);
    }
    /// The policy's `combine`, or the cheaper cost if it has none.
    [[nodiscard]] double combine(double a, double b) const {
        if constexpr (requires { policy.combine(a, b); })
            return policy.combine(a, b);
        else
            return std::min(a, b);
    }
    /// The policy's `explain`, or an empty string if it has none.
    template <class Network>
    [[nodiscard]] std::string explain(const hop<Network>& h) const {
        if constexpr (requires { policy.explain(h); })
            return policy.explain(h);
        else
            return {};
    }
};
/// Deduces the policy type: `restrict_kinds{policy, kinds}`.
template <class Policy>
restrict_kinds(Policy, relation_set) -> restrict_kinds<Policy>;

namespace detail {

/// The path from `from` along `arcs` (forward arcs, in path order; reversed first when
/// `back_to_front`, as a trace from the far end collects them), its cost summed in path order.
inline learning_path path_along(const learning_graph& lg, learning_graph::vertex_index from,
                                std::vector<learning_graph::arc_index> arcs,
                                bool back_to_front = false) {
    if (back_to_front)
        std::reverse(arcs.begin(), arcs.end());
    learning_path p;
    p.vertices.reserve(arcs.size() + 1);
    p.vertices.push_back(from);
    for (auto a : arcs) {
        p.vertices.push_back(lg.target(a));
        p.cost += lg.cost(a);
    }
    p.arcs = std::move(arcs);
    return p;
}

/// Reusable search buffers: only the vertices a search touched are reset afterwards.
class learning_search {
public:
    using vertex_index = learning_graph::vertex_index;
    using arc_index = learning_graph::arc_index;
    static constexpr arc_index no_arc = std::numeric_limits<arc_index>::max();
    static constexpr double inf = std::numeric_limits<double>::infinity();

    explicit learning_search(const learning_graph& lg)
        : lg_(&lg)
        , dist_(lg.num_vertices(), inf)
        , pred_(lg.num_vertices(), no_arc)
        , blocked_vertex_(lg.num_vertices(), 0)
        , blocked_arc_(lg.num_arcs(), 0) {}

    void block_vertex(vertex_index v) {
        if (!blocked_vertex_[v]) {
            blocked_vertex_[v] = 1;
            blocked_vertices_.push_back(v);
        }
    }
    void block_arc(arc_index a) {
        if (!blocked_arc_[a]) {
            blocked_arc_[a] = 1;
            blocked_arcs_.push_back(a);
        }
    }
    [[nodiscard]] bool blocked(vertex_index v) const noexcept { return blocked_vertex_[v] != 0; }
    void unblock_all() {
        for (auto v : blocked_vertices_)
            blocked_vertex_[v] = 0;
        for (auto a : blocked_arcs_)
            blocked_arc_[a] = 0;
        blocked_vertices_.clear();
        blocked_arcs_.clear();
    }
    /// Blocks the constraint's vertices (a country with its cities), except `keep_a`/`keep_b`.
    void block(const path_constraints& c, vertex_index keep_a, vertex_index keep_b) {
        for (auto v : c.avoid) {
            ASCN_EXPECTS(v < lg_->num_vertices());
            if (v != keep_a && v != keep_b)
                block_vertex(v);
            if (lg_->kind(v) == vertex_kind::country) {
                const auto [first, last] = lg_->out_arcs(v);
                for (auto a = first; a < last; ++a)
                    if (lg_->kinds(a).contains(relation_kind::member_of)) {
                        const auto w = lg_->target(a);
                        if (w != keep_a && w != keep_b)
                            block_vertex(w);
                    }
            }
        }
    }

    /// Cheapest path from `from` to `to` avoiding blocked vertices and arcs, with at most
    /// `max_hops` arcs when given. Empty optional when there is none.
    std::optional<learning_path> run(vertex_index from, vertex_index to,
                                     std::optional<std::size_t> max_hops) {
        if (blocked_vertex_[from] || blocked_vertex_[to])
            return std::nullopt;
        if (from == to)
            return learning_path{{from}, {}, 0.0};
        auto out = max_hops ? layered(from, to, *max_hops) : dijkstra(from, to);
        reset();
        return out;
    }

    /// Cheapest path from `from` to `to` by A*, with `h[v]` a lower bound on the cost from v
    /// to `to` that is consistent (e.g. exact costs to `to` with nothing blocked; infinity:
    /// `to` cannot be reached from v).
    std::optional<learning_path> astar(vertex_index from, vertex_index to,
                                       const std::vector<double>& h) {
        if (blocked_vertex_[from] || blocked_vertex_[to] || std::isinf(h[from]))
            return std::nullopt;
        if (from == to)
            return learning_path{{from}, {}, 0.0};
        using item = std::pair<double, vertex_index>;
        heap_.clear();
        auto push = [&](double key, vertex_index v) {
            heap_.emplace_back(key, v);
            std::push_heap(heap_.begin(), heap_.end(), std::greater<>());
        };
        touch(from, 0.0, no_arc);
        push(h[from], from);
        std::optional<learning_path> out;
        while (!heap_.empty()) {
            std::pop_heap(heap_.begin(), heap_.end(), std::greater<>());
            const item top = heap_.back();
            heap_.pop_back();
            const vertex_index u = top.second;
            const double d = dist_[u];
            if (top.first > d + h[u])
                continue;
            if (u == to) {
                out = trace(from, to);
                break;
            }
            const auto [first, last] = lg_->out_arcs(u);
            for (auto a = first; a < last; ++a) {
                const auto w = lg_->target(a);
                if (blocked_arc_[a] || blocked_vertex_[w] || std::isinf(h[w]))
                    continue;
                const double nd = d + lg_->cost(a);
                if (nd < dist_[w]) {
                    touch(w, nd, a);
                    push(nd + h[w], w);
                }
            }
        }
        reset();
        return out;
    }

private:
    void touch(vertex_index v, double d, arc_index a) {
        if (dist_[v] == inf)
            touched_.push_back(v);
        dist_[v] = d;
        pred_[v] = a;
    }
    void reset() {
        for (auto v : touched_) {
            dist_[v] = inf;
            pred_[v] = no_arc;
        }
        touched_.clear();
    }
    learning_path trace(vertex_index from, vertex_index to) const {
        std::vector<arc_index> arcs;
        for (vertex_index at = to; at != from; at = lg_->source(pred_[at]))
            arcs.push_back(pred_[at]);
        return path_along(*lg_, from, std::move(arcs), true);
    }
    std::optional<learning_path> dijkstra(vertex_index from, vertex_index to) {
        using item = std::pair<double, vertex_index>;
        std::priority_queue<item, std::vector<item>, std::greater<>> heap;
        touch(from, 0.0, no_arc);
        heap.emplace(0.0, from);
        while (!heap.empty()) {
            const auto [d, u] = heap.top();
            heap.pop();
            if (d > dist_[u])
                continue;
            if (u == to)
                return trace(from, to);
            const auto [first, last] = lg_->out_arcs(u);
            for (auto a = first; a < last; ++a) {
                const auto w = lg_->target(a);
                if (blocked_arc_[a] || blocked_vertex_[w])
                    continue;
                const double nd = d + lg_->cost(a);
                if (nd < dist_[w]) {
                    touch(w, nd, a);
                    heap.emplace(nd, w);
                }
            }
        }
        return std::nullopt;
    }
    // Bellman-Ford in rounds of one arc: after round h, dist is the cheapest walk of at most h
    // arcs. Only strict improvements are recorded, so with costs >= 0 the walk traced back is
    // loopless. `history_[v]` lists (round, arc) of v's improvements in round order.
    std::optional<learning_path> layered(vertex_index from, vertex_index to, std::size_t hops) {
        history_.clear();
        std::vector<std::pair<vertex_index, double>> frontier{{from, 0.0}};
        std::vector<vertex_index> changed;
        touch(from, 0.0, no_arc);
        for (std::size_t h = 1; h <= hops && !frontier.empty(); ++h) {
            changed.clear();
            for (const auto& [u, du] : frontier) {
                const auto [first, last] = lg_->out_arcs(u);
                for (auto a = first; a < last; ++a) {
                    const auto w = lg_->target(a);
                    if (blocked_arc_[a] || blocked_vertex_[w] || w == from)
                        continue;
                    const double nd = du + lg_->cost(a);
                    if (!(nd < dist_[w]))
                        continue;
                    touch(w, nd, a);
                    auto& rec = history_[w];
                    if (!rec.empty() && rec.back().first == h)
                        rec.back().second = a;
                    else {
                        rec.emplace_back(static_cast<std::uint32_t>(h), a);
                        changed.push_back(w);
                    }
                }
            }
            frontier.clear();
            for (auto w : changed)
                frontier.emplace_back(w, dist_[w]);
        }
        if (dist_[to] == inf)
            return std::nullopt;
        std::vector<arc_index> arcs;
        vertex_index at = to;
        std::size_t round = history_[to].back().first;
        while (at != from) {
            const auto& rec = history_[at];
            auto it =
                std::upper_bound(rec.begin(), rec.end(), round,
                                 [](std::size_t r, const std::pair<std::uint32_t, arc_index>& e) {
                                     return r < e.first;
                                 });
            ASCN_EXPECTS(it != rec.begin());
            --it;
            arcs.push_back(it->second);
            at = lg_->source(it->second);
            round = it->first - 1;
        }
        return path_along(*lg_, from, std::move(arcs), true);
    }

    const learning_graph* lg_;
    std::vector<double> dist_;
    std::vector<arc_index> pred_;
    std::vector<vertex_index> touched_;
    std::vector<char> blocked_vertex_;
    std::vector<char> blocked_arc_;
    std::vector<vertex_index> blocked_vertices_;
    std::vector<arc_index> blocked_arcs_;
    std::unordered_map<vertex_index, std::vector<std::pair<std::uint32_t, arc_index>>> history_;
    std::vector<std::pair<double, vertex_index>> heap_;
};

} // namespace detail

/// The cheapest path along which knowledge moves from `from` to `to`, or none.
///
/// Without constraints this is Boost.Graph's Dijkstra on the forward CSR graph, stopped when
/// `to` is settled. With `max_hops`, a Bellman-Ford in rounds of one arc (O(h E)); with
/// `avoid`, Dijkstra over the remaining vertices. Preconditions: both vertices exist.
[[nodiscard]] inline std::optional<learning_path>
best_path(const learning_graph& lg, learning_graph::vertex_index from,
          learning_graph::vertex_index to, const path_constraints& constraints = {}) {
    ASCN_EXPECTS(from < lg.num_vertices() && to < lg.num_vertices());
    if (constraints.max_hops || !constraints.avoid.empty()) {
        detail::learning_search search(lg);
        search.block(constraints, from, to);
        return search.run(from, to, constraints.max_hops);
    }
    if (from == to)
        return learning_path{{from}, {}, 0.0};
    const std::size_t n = lg.num_vertices();
    constexpr double inf = std::numeric_limits<double>::infinity();
    std::vector<double> dist(n, inf);
    std::vector<learning_graph::vertex_index> pred(n);
    std::vector<learning_graph::arc_index> pred_arc(n, std::numeric_limits<std::uint32_t>::max());
    struct found {};
    struct visitor : boost::default_dijkstra_visitor {
        learning_graph::vertex_index to;
        std::vector<learning_graph::arc_index>* pred_arc;
        void edge_relaxed(learning_graph::graph_type::edge_descriptor e,
                          const learning_graph::graph_type& g) const {
            (*pred_arc)[boost::target(e, g)] = e.idx;
        }
        void examine_vertex(learning_graph::vertex_index v,
                            const learning_graph::graph_type&) const {
            if (v == to)
                throw found{};
        }
    };
    const auto& g = lg.forward();
    const auto index = boost::get(boost::vertex_index, g);
    try {
        boost::dijkstra_shortest_paths_no_color_map(
            g, from, boost::make_iterator_property_map(pred.data(), index),
            boost::make_iterator_property_map(dist.data(), index), lg.cost_map(), index,
            std::less<double>(), boost::closed_plus<double>(inf), inf, 0.0,
            visitor{{}, to, &pred_arc});
    } catch (const found&) {
    }
    if (dist[to] == inf)
        return std::nullopt;
    std::vector<learning_graph::arc_index> arcs;
    for (auto at = to; at != from; at = lg.source(pred_arc[at]))
        arcs.push_back(pred_arc[at]);
    return detail::path_along(lg, from, std::move(arcs), true);
}

/// Cheapest-path costs between one vertex and every other, with the tree of paths.
struct learning_tree {
    /// A vertex of the learning graph.
    using vertex_index = learning_graph::vertex_index;
    /// An arc of the learning graph.
    using arc_index = learning_graph::arc_index;
    /// The `arc` of the root and of unreachable vertices.
    static constexpr arc_index no_arc = std::numeric_limits<arc_index>::max();

    vertex_index root = 0;      ///< the vertex the costs are measured from (or to)
    bool towards_root = false;  ///< costs of paths *to* the root (else from it)
    std::vector<double> cost;   ///< infinity where there is no path
    std::vector<arc_index> arc; ///< the forward arc joining each vertex to the tree; none at root

    /// Whether a path joins `v` and the root.
    [[nodiscard]] bool reachable(vertex_index v) const noexcept { return !std::isinf(cost[v]); }
    /// The path between the root and `v` in the direction knowledge moves (from the root, or
    /// towards it); empty optional when there is none.
    [[nodiscard]] std::optional<learning_path> path(const learning_graph& lg,
                                                    vertex_index v) const {
        if (!reachable(v))
            return std::nullopt;
        // Towards the root the arcs come in path order from v; from the root, back to front.
        std::vector<arc_index> arcs;
        for (auto at = v; at != root; at = towards_root ? lg.target(arc[at]) : lg.source(arc[at]))
            arcs.push_back(arc[at]);
        return detail::path_along(lg, towards_root ? v : root, std::move(arcs), !towards_root);
    }
};

namespace detail {
inline learning_tree learning_dijkstra(const learning_graph& lg, learning_graph::vertex_index root,
                                       bool towards) {
    ASCN_EXPECTS(root < lg.num_vertices());
    constexpr double inf = std::numeric_limits<double>::infinity();
    const std::size_t n = lg.num_vertices();
    learning_tree t;
    t.root = root;
    t.towards_root = towards;
    t.cost.assign(n, inf);
    t.arc.assign(n, learning_tree::no_arc);
    std::vector<learning_graph::vertex_index> pred(n);
    struct visitor : boost::default_dijkstra_visitor {
        learning_graph::arc_index* arc;
        const learning_graph* lg;
        bool towards;
        void edge_relaxed(learning_graph::graph_type::edge_descriptor e,
                          const learning_graph::graph_type& g) const {
            arc[boost::target(e, g)] = towards ? lg->forward_arc(e.idx) : e.idx;
        }
    };
    const auto& g = towards ? lg.backward() : lg.forward();
    const auto index = boost::get(boost::vertex_index, g);
    auto run = [&](auto weights) {
        boost::dijkstra_shortest_paths_no_color_map(
            g, root, boost::make_iterator_property_map(pred.data(), index),
            boost::make_iterator_property_map(t.cost.data(), index), weights, index,
            std::less<double>(), boost::closed_plus<double>(inf), inf, 0.0,
            visitor{{}, t.arc.data(), &lg, towards});
    };
    if (towards)
        run(lg.backward_cost_map());
    else
        run(lg.cost_map());
    return t;
}
} // namespace detail

/// Costs of the cheapest paths from `source` to every vertex (Boost.Graph's Dijkstra on the
/// forward CSR graph). O((V + E) log V).
[[nodiscard]] inline learning_tree costs_from(const learning_graph& lg,
                                              learning_graph::vertex_index source) {
    return detail::learning_dijkstra(lg, source, false);
}

/// Costs of the cheapest paths from every vertex to `target` (Dijkstra on the backward CSR
/// graph): where a learner can learn from, in one search. O((V + E) log V).
[[nodiscard]] inline learning_tree costs_to(const learning_graph& lg,
                                            learning_graph::vertex_index target) {
    return detail::learning_dijkstra(lg, target, true);
}

/// Yen's k cheapest loopless paths from `from` to `to`, cheapest first (ties: fewer arcs, then
/// by vertex sequence). Fewer than k when fewer exist. Constraints apply to every path.
///
/// One backward Dijkstra from `to` first gives every vertex's exact cost to `to`; each spur
/// search is then an A* on those costs (goal-directed: it settles little beyond the spur path)
/// that stops at `to` and resets only the vertices it touched. With `max_hops`, spur searches
/// are hop-limited Bellman-Ford rounds instead. Worst case O(k L (E + V log V)) for paths of
/// L arcs.
[[nodiscard]] inline std::vector<learning_path>
k_best_paths(const learning_graph& lg, learning_graph::vertex_index from,
             learning_graph::vertex_index to, std::size_t k,
             const path_constraints& constraints = {}) {
    ASCN_EXPECTS(from < lg.num_vertices() && to < lg.num_vertices());
    std::vector<learning_path> found;
    if (k == 0)
        return found;
    auto first = best_path(lg, from, to, constraints);
    if (!first)
        return found;
    found.push_back(std::move(*first));
    if (from == to)
        return found;
    auto better = [](const learning_path& a, const learning_path& b) {
        if (a.cost != b.cost)
            return a.cost < b.cost;
        if (a.hops() != b.hops())
            return a.hops() < b.hops();
        return a.vertices < b.vertices;
    };
    std::vector<learning_path> candidates;
    detail::learning_search search(lg);
    // Goal direction: the exact costs to `to` with nothing blocked are a consistent lower bound
    // for every spur search, so A* on them settles few vertices beyond the spur path.
    std::vector<double> to_target;
    if (!constraints.max_hops)
        to_target = costs_to(lg, to).cost;
    while (found.size() < k) {
        const learning_path& last = found.back();
        for (std::size_t i = 0; i + 1 < last.vertices.size(); ++i) {
            const auto spur = last.vertices[i];
            search.unblock_all();
            search.block(constraints, from, to);
            for (const auto& p : found)
                if (p.vertices.size() > i + 1 &&
                    std::equal(p.vertices.begin(), p.vertices.begin() + static_cast<long>(i) + 1,
                               last.vertices.begin()))
                    search.block_arc(p.arcs[i]);
            for (std::size_t j = 0; j < i; ++j)
                search.block_vertex(last.vertices[j]);
            std::optional<std::size_t> limit;
            if (constraints.max_hops) {
                if (*constraints.max_hops <= i)
                    continue;
                limit = *constraints.max_hops - i;
            }
            auto tail = limit ? search.run(spur, to, limit) : search.astar(spur, to, to_target);
            if (!tail)
                continue;
            std::vector<learning_graph::arc_index> arcs(last.arcs.begin(),
                                                        last.arcs.begin() + static_cast<long>(i));
            arcs.insert(arcs.end(), tail->arcs.begin(), tail->arcs.end());
            learning_path p = detail::path_along(lg, from, std::move(arcs));
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

/// The widest path: the one whose dearest arc is cheapest (under the default model, whose
/// weakest link is strongest); among those, the cheapest. Two searches: a bottleneck Dijkstra
/// finds the smallest possible dearest arc B, then a Dijkstra over the arcs costing at most B
/// finds the cheapest path. O((V + E) log V). `max_hops` is not supported (contract check).
[[nodiscard]] inline std::optional<learning_path>
widest_path(const learning_graph& lg, learning_graph::vertex_index from,
            learning_graph::vertex_index to, const path_constraints& constraints = {}) {
    ASCN_EXPECTS(from < lg.num_vertices() && to < lg.num_vertices());
    ASCN_EXPECTS(!constraints.max_hops); // a hop limit is not supported here
    if (from == to)
        return learning_path{{from}, {}, 0.0};
    detail::learning_search search(lg);
    search.block(constraints, from, to);
    const std::size_t n = lg.num_vertices();
    constexpr double inf = std::numeric_limits<double>::infinity();
    std::vector<double> width(n, inf);
    using item = std::pair<double, learning_graph::vertex_index>;
    std::priority_queue<item, std::vector<item>, std::greater<>> heap;
    width[from] = 0.0;
    heap.emplace(0.0, from);
    while (!heap.empty()) {
        const auto [k, u] = heap.top();
        heap.pop();
        if (k > width[u])
            continue;
        if (u == to)
            break;
        const auto [first, last] = lg.out_arcs(u);
        for (auto a = first; a < last; ++a) {
            const auto w = lg.target(a);
            if (search.blocked(w))
                continue;
            const double nk = std::max(k, lg.cost(a));
            if (nk < width[w]) {
                width[w] = nk;
                heap.emplace(nk, w);
            }
        }
    }
    if (width[to] == inf)
        return std::nullopt;
    // The cheapest path among those whose dearest arc is at most the bottleneck.
    const double limit = width[to];
    for (learning_graph::arc_index a = 0; a < lg.num_arcs(); ++a)
        if (lg.cost(a) > limit)
            search.block_arc(a);
    return search.run(from, to, std::nullopt);
}

/// The largest arc cost on a path (0 for a path of no arcs).
[[nodiscard]] inline double bottleneck(const learning_graph& lg, const learning_path& p) {
    double b = 0;
    for (auto a : p.arcs)
        b = std::max(b, lg.cost(a));
    return b;
}

/// The cheapest stepping-stone path from `from` to `to`: every city on it knows at least as
/// much as the next one in the direction knowledge moves (`level[city]` never rises), and,
/// with `max_step`, never drops by more than `max_step` in one step. Partners and countries
/// carry the last city's level. `level` is indexed by learning-graph vertex; only cities'
/// entries are read.
///
/// A label-setting resource-constrained search over elementary paths (labels: cost and carried
/// level). Without `max_step` a label is dominated by one at the same vertex that costs no more
/// and carries a level at least as high; with it, by one that costs no more, carries the same
/// level and visits a subset of its vertices. Exact; the number of labels can grow
/// exponentially in pathological cases (the elementary problem is NP-hard in general).
[[nodiscard]] inline std::optional<learning_path>
stepping_stone_path(const learning_graph& lg, learning_graph::vertex_index from,
                    learning_graph::vertex_index to, const std::vector<double>& level,
                    std::optional<double> max_step = std::nullopt,
                    const path_constraints& constraints = {}) {
    ASCN_EXPECTS(from < lg.num_vertices() && to < lg.num_vertices());
    ASCN_EXPECTS(level.size() == lg.num_vertices());
    ASCN_EXPECTS(!constraints.max_hops); // a hop limit is not supported here
    detail::learning_search blocks(lg);
    blocks.block(constraints, from, to);
    struct label {
        double cost;
        double carried;
        learning_graph::vertex_index at;
        std::uint32_t parent;
        learning_graph::arc_index arc;
    };
    std::vector<label> labels;
    std::vector<std::vector<std::uint32_t>> at(lg.num_vertices());
    using item = std::pair<double, std::uint32_t>;
    std::priority_queue<item, std::vector<item>, std::greater<>> heap;
    constexpr auto none = std::numeric_limits<std::uint32_t>::max();
    // Does label `a`'s path visit only vertices that `b`'s path (ending in `b_at`, whose
    // parent is `b_parent`) visits?
    auto visits_subset = [&](std::uint32_t a, std::uint32_t b_parent,
                             learning_graph::vertex_index b_at) {
        for (auto x = a; x != none; x = labels[x].parent) {
            bool found = labels[x].at == b_at;
            for (auto y = b_parent; y != none && !found; y = labels[y].parent)
                found = labels[y].at == labels[x].at;
            if (!found)
                return false;
        }
        return true;
    };
    // Without a step cap, a label that costs no more and carries at least the level of
    // another dominates it (and loops are never needed). With a cap, a lower level is not
    // always better, and a detour can pay off, so dominance needs the same level and a path
    // through a subset of the other's vertices (the paths must stay elementary).
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
        lg.kind(from) == vertex_kind::city ? level[from] : std::numeric_limits<double>::infinity();
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
        const auto [first, last] = lg.out_arcs(l.at);
        for (auto a = first; a < last; ++a) {
            const auto w = lg.target(a);
            if (blocks.blocked(w) || w == from)
                continue;
            double carried = l.carried;
            if (lg.kind(w) == vertex_kind::city) {
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
            label next{l.cost + lg.cost(a), carried, w, li, a};
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
    std::vector<learning_graph::arc_index> arcs;
    for (auto li = *goal; labels[li].arc != none; li = labels[li].parent)
        arcs.push_back(labels[li].arc);
    return detail::path_along(lg, from, std::move(arcs), true);
}

/// Costs of the cheapest paths between every pair of `vertices`: row i, column j holds the
/// cost from `vertices[i]` to `vertices[j]` (infinity where none), row-major. One Dijkstra per
/// row on `threads` threads (0: all cores); the result does not depend on the thread count.
/// `progress` (optional) hears the fraction of rows done, from the calling thread; returning
/// false stops the work with `cancelled_error`. O(k (E + V log V)) for k vertices.
[[nodiscard]] inline std::vector<double>
all_pairs_costs(const learning_graph& lg, const std::vector<learning_graph::vertex_index>& vertices,
                std::size_t threads = 1, const progress_callback& progress = {}) {
    const std::size_t k = vertices.size();
    for (auto v : vertices)
        ASCN_EXPECTS(v < lg.num_vertices());
    std::vector<double> out(k * k, std::numeric_limits<double>::infinity());
    const auto& g = lg.forward();
    const auto index = boost::get(boost::vertex_index, g);
    // Rows go in batches; progress is reported between batches, on this thread.
    const std::size_t batch = std::max<std::size_t>(1, 16 * detail::thread_count(threads));
    for (std::size_t first = 0; first < k; first += batch) {
        detail::report_progress(progress, static_cast<double>(first), static_cast<double>(k),
                                "all-pairs costs");
        const std::size_t last = std::min(k, first + batch);
        detail::parallel_blocks(
            last - first, 1, threads, [&](std::size_t, std::size_t begin, std::size_t end) {
                constexpr double inf = std::numeric_limits<double>::infinity();
                std::vector<double> dist(lg.num_vertices());
                std::vector<learning_graph::vertex_index> pred(lg.num_vertices());
                for (std::size_t i = first + begin; i < first + end; ++i) {
                    std::fill(dist.begin(), dist.end(), inf);
                    boost::dijkstra_shortest_paths_no_color_map(
                        g, vertices[i], boost::make_iterator_property_map(pred.data(), index),
                        boost::make_iterator_property_map(dist.data(), index), lg.cost_map(), index,
                        std::less<double>(), boost::closed_plus<double>(inf), inf, 0.0,
                        boost::default_dijkstra_visitor());
                    for (std::size_t j = 0; j < k; ++j)
                        out[i * k + j] = dist[vertices[j]];
                }
            });
    }
    detail::report_progress(progress, 1.0, 1.0, "all-pairs costs");
    return out;
}

/// A recommended mentor for a learner in one focus area.
struct mentor {
    learning_graph::vertex_index city = 0; ///< the mentor
    double strength = 0;                   ///< the mentor's strength S_m in the area
    double gap = 0;                        ///< S_m - S_learner
    double affinity = 1; ///< context factor between mentor and learner (1: not used)
    double score = 0;    ///< P(path) × affinity × gap × exp(-gap / g0)
    learning_path path;  ///< from the mentor to the learner
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
    std::function<double(learning_graph::vertex_index mentor, learning_graph::vertex_index learner)>
        affinity{};
};

/// The best mentors for `learner`: cities at least `margin` stronger in the area, with evidence
/// (`evidence[v]`: projects done or under way there), reachable with path probability at least
/// `threshold`, ranked by score (ties: by id). `strength` and `evidence` are indexed by
/// learning-graph vertex. One Dijkstra from the learner over the backward graph (`costs_to`)
/// reaches every candidate at once, and paths are traced for the n best only: O((V + E) log V).
/// With `max_hops`, one hop-limited search per eligible city: O(candidates × h × E).
[[nodiscard]] inline std::vector<mentor> mentors(const learning_graph& lg,
                                                 learning_graph::vertex_index learner,
                                                 const std::vector<double>& strength,
                                                 const std::vector<double>& evidence,
                                                 const mentor_options& options = {}) {
    ASCN_EXPECTS(learner < lg.num_vertices());
    ASCN_EXPECTS(strength.size() == lg.num_vertices() && evidence.size() == lg.num_vertices());
    const std::size_t n = lg.num_vertices();
    const double s_l = strength[learner];
    std::vector<learning_graph::vertex_index> eligible;
    for (learning_graph::vertex_index v = 0; v < n; ++v)
        if (v != learner && lg.kind(v) == vertex_kind::city && evidence[v] > 0 &&
            strength[v] >= s_l + options.margin)
            eligible.push_back(v);
    std::vector<mentor> out;
    if (eligible.empty())
        return out;
    auto rank = [&](learning_graph::vertex_index m, double cost) {
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
        const learning_tree tree = costs_to(lg, learner);
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

/// One hop of a path, explained.
struct hop_explanation {
    std::string from;              ///< id of the vertex knowledge leaves
    std::string to;                ///< id of the vertex it reaches
    relation_set kinds;            ///< kinds of the relationships the hop uses
    std::size_t relationships = 0; ///< how many parallel relationships were merged into it
    double cost = 0;               ///< the hop's cost (its arc's)
    std::string reason; ///< the policy's explanation of each relationship, joined by "; "
};

/// Explains each hop of `p` with `policy` (the one the learning graph was built with) against
/// `source` (the network or view it was built from, unchanged since).
template <class Source, class Policy>
[[nodiscard]] std::vector<hop_explanation> explain(const Source& source, const learning_graph& lg,
                                                   const learning_path& p, const Policy& policy) {
    const auto& net = *view_parts(source).first;
    using network_type = std::remove_cvref_t<decltype(net)>;
    std::vector<hop_explanation> out;
    for (auto a : p.arcs) {
        hop_explanation e;
        const auto s = lg.source(a), t = lg.target(a);
        e.from = lg.id(s);
        e.to = lg.id(t);
        e.kinds = lg.kinds(a);
        e.cost = lg.cost(a);
        const auto rels = lg.relationships(a);
        e.relationships = rels.size();
        if (lg.is_channel(s) || lg.is_channel(t)) {
            char p[16];
            std::snprintf(p, sizeof p, "%.2f", std::exp(-e.cost));
            e.reason = std::string("the network's own channel (meetings, platform), ") +
                       (lg.is_channel(s) ? "leaving" : "entering") + ", p " + p;
            out.push_back(std::move(e));
            continue;
        }
        if constexpr (requires(const hop<network_type>& h) { policy.explain(h); }) {
            for (const auto& rh : rels) {
                const auto edge = net.edge(rh);
                if (!edge)
                    continue;
                const hop<network_type> h{net, lg.to_network(s), lg.to_network(t), *edge,
                                          lg.cities_adjacent(s)};
                if (!e.reason.empty())
                    e.reason += "; ";
                e.reason += policy.explain(h);
            }
        }
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_PEER_LEARNING_HPP
