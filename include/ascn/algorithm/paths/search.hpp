// SPDX-License-Identifier: MIT
/// \file
/// The one search core every path algorithm runs on (internal): Boost.Graph's Dijkstra
/// (`dijkstra_shortest_paths_no_color_map_no_init`) on a snapshot's graph or its reverse, with a
/// combine (sum of costs, or max for the widest path), visitors that record the arc into each
/// vertex and stop at a target, a filter of blocked vertices and arcs (and a cost limit), goal
/// direction by reduced costs (A*), and hop layers for hop-limited paths. State is reused
/// between searches: only the vertices a search touched are reset.
#ifndef ASCN_ALGORITHM_PATHS_SEARCH_HPP
#define ASCN_ALGORITHM_PATHS_SEARCH_HPP

#include "ascn/algorithm/paths/path.hpp"
#include "ascn/contracts.hpp"
#include "ascn/snapshot.hpp"

#include <boost/graph/dijkstra_shortest_paths_no_color_map.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ascn::detail {

/// Vertices and arcs a search may not use, and the largest arc cost it may use.
class search_filter {
public:
    using vertex_index = snapshot::vertex_index;
    using arc_index = snapshot::arc_index;

    explicit search_filter(const snapshot& s)
        : s_(&s)
        , vertex_(s.num_vertices(), 0)
        , arc_(s.num_arcs(), 0) {}

    void block_vertex(vertex_index v) {
        if (!vertex_[v]) {
            vertex_[v] = 1;
            vertices_.push_back(v);
        }
    }
    void block_arc(arc_index a) {
        if (!arc_[a]) {
            arc_[a] = 1;
            arcs_.push_back(a);
        }
    }
    /// Blocks the constraint's vertices (a country with its cities), except `keep_a`, `keep_b`.
    void block(const path_constraints& c, vertex_index keep_a, vertex_index keep_b) {
        for (auto v : c.avoid) {
            ASCN_EXPECTS(v < s_->num_vertices());
            if (v != keep_a && v != keep_b)
                block_vertex(v);
            if (s_->kind(v) == vertex_kind::country) {
                const auto [first, last] = s_->out_arcs(v);
                for (auto a = first; a < last; ++a)
                    if (s_->kinds(a).contains(relation_kind::member_of)) {
                        const auto w = s_->target(a);
                        if (w != keep_a && w != keep_b)
                            block_vertex(w);
                    }
            }
        }
    }
    /// Arcs dearer than `c` are blocked too.
    void limit_cost(double c) noexcept { limit_ = c; }
    void clear() {
        for (auto v : vertices_)
            vertex_[v] = 0;
        for (auto a : arcs_)
            arc_[a] = 0;
        vertices_.clear();
        arcs_.clear();
        limit_ = std::numeric_limits<double>::infinity();
    }
    [[nodiscard]] bool blocked(vertex_index v) const noexcept { return vertex_[v] != 0; }
    [[nodiscard]] bool blocked_arc(arc_index a) const noexcept {
        return arc_[a] != 0 || s_->cost(a) > limit_;
    }
    /// True when some arcs are blocked (by name or by the cost limit).
    [[nodiscard]] bool blocks_arcs() const noexcept {
        return !arcs_.empty() || !std::isinf(limit_);
    }
    /// True when nothing is blocked.
    [[nodiscard]] bool empty() const noexcept {
        return vertices_.empty() && arcs_.empty() && std::isinf(limit_);
    }

private:
    const snapshot* s_;
    std::vector<char> vertex_, arc_;
    std::vector<vertex_index> vertices_;
    std::vector<arc_index> arcs_;
    double limit_ = std::numeric_limits<double>::infinity();
};

/// How a search combines a path's cost with the next arc's.
enum class combine_rule : unsigned char {
    sum, ///< the path's cost: the sum of its arcs' costs
    max, ///< the path's bottleneck: its dearest arc (for the widest path)
};

/// The cost a search reads for an arc of the graph it walks: the arc's cost, infinity when the
/// filter blocks the arc or the vertex it enters, reduced by a heuristic for A* (c + h(v) -
/// h(u), never below zero). A Boost.Graph readable property map.
struct search_cost_map {
    const snapshot* s;
    bool backward;               // walking `reverse()`: arc ids are reverse arcs
    const search_filter* filter; // may be null
    const double* h;             // may be null

    using key_type = snapshot::edge_descriptor;
    using value_type = double;
    using reference = double;
    using category = boost::readable_property_map_tag;

    friend double get(const search_cost_map& m, const snapshot::edge_descriptor& e) {
        constexpr double inf = std::numeric_limits<double>::infinity();
        const auto v = m.backward ? m.s->reverse_target(e.idx) : m.s->target(e.idx);
        // The arc's cost: a symmetric snapshot's reverse arc costs what its own arc does.
        const double c = m.backward ? m.s->reverse_cost(e.idx) : m.s->cost(e.idx);
        if (m.filter) {
            if (m.filter->blocked(v))
                return inf;
            if (m.filter->blocks_arcs() &&
                m.filter->blocked_arc(m.backward ? m.s->forward_arc(e.idx) : e.idx))
                return inf;
        }
        if (!m.h)
            return c;
        if (std::isinf(m.h[v])) // the goal cannot be reached from v: prune
            return std::numeric_limits<double>::infinity();
        return std::max(0.0, c + m.h[v] - m.h[e.src]);
    }
};

/// `std::max` with infinity absorbing, as `boost::closed_plus` for the sum.
struct closed_max {
    double operator()(double a, double b) const noexcept { return std::max(a, b); }
};

/// Reusable state of searches over one snapshot: the cost of reaching each vertex and the arc
/// it was reached by, for the vertices the last search touched.
class search {
public:
    using vertex_index = snapshot::vertex_index;
    using arc_index = snapshot::arc_index;
    static constexpr arc_index no_arc = snapshot::npos;
    static constexpr double inf = std::numeric_limits<double>::infinity();

    /// What one search does: where it walks, how it adds costs, what it avoids and where it
    /// stops.
    struct options {
        bool backward = false;                    ///< walk `reverse()`: costs of paths *to* root
        combine_rule combine = combine_rule::sum; ///< sum, or max (bottleneck)
        const search_filter* filter = nullptr;    ///< blocked vertices and arcs
        const std::vector<double>* heuristic = nullptr; ///< A*: a consistent lower bound to stop
        std::optional<vertex_index> stop{};             ///< settle this vertex, then stop
        /// Where to write each reached vertex's predecessor in the walk (size V; optional).
        std::vector<vertex_index>* predecessors = nullptr;
    };

    explicit search(const snapshot& s)
        : s_(&s)
        , dist_(s.num_vertices(), inf)
        , arc_(s.num_vertices(), no_arc) {}

    /// Runs a search from `root` (resetting the last one). Afterwards `cost(v)` is the cost of
    /// the cheapest path between `root` and `v` (reduced by the heuristic, if one was given)
    /// for every vertex settled, and `arc(v)` the forward arc that joins `v` to the tree.
    void run(vertex_index root, const options& o) {
        ASCN_EXPECTS(root < s_->num_vertices());
        reset();
        const auto& g = o.backward ? s_->reverse() : s_->graph();
        const auto index = boost::get(boost::vertex_index, g);
        touch(root, 0.0, no_arc);
        const visitor vis{{},
                          this,
                          o.backward,
                          o.stop ? *o.stop : snapshot::npos,
                          o.predecessors ? o.predecessors->data() : nullptr};
        const auto distances = boost::make_iterator_property_map(dist_.data(), index);
        auto go = [&](auto weights, auto combine) {
            try {
                boost::dijkstra_shortest_paths_no_color_map_no_init(
                    g, root, boost::dummy_property_map(), distances, weights, index,
                    std::less<double>(), combine, inf, 0.0, vis);
            } catch (const found&) {
            }
        };
        const bool plain = !o.filter && !o.heuristic;
        auto with = [&](auto combine) {
            if (plain && !o.backward)
                go(s_->cost_map(), combine);
            else if (plain)
                go(s_->reverse_cost_map(), combine);
            else
                go(search_cost_map{s_, o.backward, o.filter,
                                   o.heuristic ? o.heuristic->data() : nullptr},
                   combine);
        };
        if (o.combine == combine_rule::sum)
            with(boost::closed_plus<double>(inf));
        else
            with(closed_max{});
        backward_ = o.backward;
        root_ = root;
    }

    /// The cost found for `v` (infinity: not reached).
    [[nodiscard]] double cost(vertex_index v) const noexcept { return dist_[v]; }
    /// The forward arc that joins `v` to the search tree (`no_arc` at the root or unreached).
    [[nodiscard]] arc_index arc(vertex_index v) const noexcept {
        if (arc_[v] == no_arc || !backward_)
            return arc_[v];
        return s_->forward_arc(arc_[v]);
    }
    /// Whether the last search reached `v`.
    [[nodiscard]] bool reached(vertex_index v) const noexcept { return dist_[v] != inf; }

    /// The path between the root of the last search and `v`, in the direction arcs run.
    [[nodiscard]] std::optional<path> path_to(vertex_index v) const {
        if (!reached(v))
            return std::nullopt;
        std::vector<arc_index> arcs;
        for (auto at = v; at != root_;) {
            const auto a = arc(at);
            arcs.push_back(a);
            at = backward_ ? s_->target(a) : s_->source(a);
        }
        return path_along(*s_, backward_ ? v : root_, std::move(arcs), !backward_);
    }

    /// The costs of the last search, moved out (the search is then spent).
    [[nodiscard]] std::vector<double> take_costs() && { return std::move(dist_); }

    /// The whole tree of the last search (call after a search without `stop`).
    [[nodiscard]] path_tree tree() const {
        path_tree t;
        t.root = root_;
        t.towards_root = backward_;
        t.cost = dist_;
        t.arc = arc_;
        if (backward_)
            for (auto& a : t.arc)
                if (a != no_arc)
                    a = s_->forward_arc(a);
        return t;
    }

    /// Cheapest path from `from` to `to` with at most `hops` arcs, avoiding what `filter`
    /// blocks: Bellman-Ford in rounds of one arc (after round h, the cheapest walk of at most h
    /// arcs). Only strict improvements are recorded, so with costs >= 0 the walk traced back is
    /// loopless. O(h E).
    [[nodiscard]] std::optional<path> layered(vertex_index from, vertex_index to, std::size_t hops,
                                              const search_filter* filter) {
        reset();
        root_ = from;
        backward_ = false;
        if (filter && (filter->blocked(from) || filter->blocked(to)))
            return std::nullopt;
        if (from == to)
            return path{{from}, {}, 0.0};
        history_.clear();
        std::vector<std::pair<vertex_index, double>> frontier{{from, 0.0}};
        std::vector<vertex_index> changed;
        touch(from, 0.0, no_arc);
        for (std::size_t h = 1; h <= hops && !frontier.empty(); ++h) {
            changed.clear();
            for (const auto& [u, du] : frontier) {
                const auto [first, last] = s_->out_arcs(u);
                for (auto a = first; a < last; ++a) {
                    const auto w = s_->target(a);
                    if (w == from || (filter && (filter->blocked_arc(a) || filter->blocked(w))))
                        continue;
                    const double nd = du + s_->cost(a);
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
            at = s_->source(it->second);
            round = it->first - 1;
        }
        return path_along(*s_, from, std::move(arcs), true);
    }

private:
    struct found {};
    struct visitor : boost::default_dijkstra_visitor {
        search* self;
        bool backward;
        vertex_index stop;
        vertex_index* predecessor;
        void discover_vertex(vertex_index v, const snapshot::graph_type&) const {
            self->note(v); // the root twice: harmless for the reset
        }
        void edge_relaxed(const snapshot::edge_descriptor& e, const snapshot::graph_type& g) const {
            const auto v = boost::target(e, g);
            self->arc_[v] = e.idx; // the arc walked; a reverse arc is turned around on tracing
            if (predecessor)
                predecessor[v] = e.src;
        }
        void examine_vertex(vertex_index v, const snapshot::graph_type&) const {
            if (v == stop)
                throw found{};
        }
    };

    // Remembers that `v` must be reset; past an eighth of the vertices, a reset of everything
    // is cheaper than the list.
    void note(vertex_index v) {
        if (reset_all_)
            return;
        if (touched_.size() < dist_.size() / 8 + 16)
            touched_.push_back(v);
        else
            reset_all_ = true;
    }
    void touch(vertex_index v, double d, arc_index a) {
        if (dist_[v] == inf)
            note(v);
        dist_[v] = d;
        arc_[v] = a;
    }
    void reset() {
        if (reset_all_) {
            std::fill(dist_.begin(), dist_.end(), inf);
            std::fill(arc_.begin(), arc_.end(), no_arc);
            reset_all_ = false;
        } else
            for (auto v : touched_) {
                dist_[v] = inf;
                arc_[v] = no_arc;
            }
        touched_.clear();
    }

    const snapshot* s_;
    std::vector<double> dist_;
    std::vector<arc_index> arc_;
    std::vector<vertex_index> touched_;
    bool reset_all_ = false;
    vertex_index root_ = 0;
    bool backward_ = false;
    std::unordered_map<vertex_index, std::vector<std::pair<std::uint32_t, arc_index>>> history_;
};

} // namespace ascn::detail

#endif // ASCN_ALGORITHM_PATHS_SEARCH_HPP
