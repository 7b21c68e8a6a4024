// SPDX-License-Identifier: MIT
/// \file
/// `ascn::learning_graph`: the directed graph along which knowledge can move between the
/// vertices of a network, with a cost per arc set by a replaceable cost policy.
/// Reference: docs/reference/peer_learning.md; the default policy is `ascn::learning_model`
/// (include/ascn/algorithm/learning_model.hpp).
#ifndef ASCN_ALGORITHM_LEARNING_GRAPH_HPP
#define ASCN_ALGORITHM_LEARNING_GRAPH_HPP

#include "ascn/detail/validate.hpp"
#include "ascn/error.hpp"
#include "ascn/handles.hpp"
#include "ascn/model/kinds.hpp"
#include "ascn/network.hpp"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ascn {

/// A set of relation kinds (a bit per `relation_kind`).
class relation_set {
public:
    constexpr relation_set() noexcept = default;
    /// The set of the given kinds.
    constexpr relation_set(std::initializer_list<relation_kind> kinds) noexcept {
        for (auto k : kinds)
            insert(k);
    }
    /// Every relation kind.
    [[nodiscard]] static constexpr relation_set all() noexcept {
        relation_set s;
        s.bits_ = static_cast<std::uint8_t>((1u << relation_kind_count) - 1);
        return s;
    }
    /// Adds `k`.
    constexpr void insert(relation_kind k) noexcept { bits_ |= bit(k); }
    /// Whether `k` is in the set.
    [[nodiscard]] constexpr bool contains(relation_kind k) const noexcept {
        return (bits_ & bit(k)) != 0;
    }
    /// True for the empty set.
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    /// One bit per kind, bit i for the kind of value i.
    [[nodiscard]] constexpr std::uint8_t bits() const noexcept { return bits_; }
    /// The union of two sets.
    [[nodiscard]] constexpr relation_set operator|(relation_set o) const noexcept {
        relation_set s;
        s.bits_ = static_cast<std::uint8_t>(bits_ | o.bits_);
        return s;
    }
    /// Same kinds.
    friend constexpr bool operator==(relation_set, relation_set) noexcept = default;

private:
    static constexpr std::uint8_t bit(relation_kind k) noexcept {
        return static_cast<std::uint8_t>(1u << static_cast<unsigned>(k));
    }
    std::uint8_t bits_ = 0;
};

/// Kind tokens joined by ';', e.g. "twinning;support".
[[nodiscard]] inline std::string to_string(relation_set s) {
    std::string out;
    for (std::size_t i = 0; i < relation_kind_count; ++i)
        if (s.contains(static_cast<relation_kind>(i))) {
            if (!out.empty())
                out += ';';
            out += detail::relation_kind_tokens[i];
        }
    return out;
}

/// One way of moving along one relationship, as a cost policy sees it: knowledge goes from
/// `sender` to `receiver` along `edge`.
template <class Network>
struct hop {
    /// The network's vertex descriptor.
    using vertex_descriptor = typename Network::vertex_descriptor;
    /// The network's edge descriptor.
    using edge_descriptor = typename Network::edge_descriptor;

    const Network& net;       ///< the network (or the network of the view) the graph is built from
    vertex_descriptor sender; ///< where knowledge comes from
    vertex_descriptor receiver; ///< where it goes
    edge_descriptor edge;       ///< the relationship it moves along
    /// Distinct cities adjacent to the sender (in the network or view the graph is built from):
    /// how many cities a partner or a country passes what it knows on to.
    std::size_t sender_cities = 0;

    /// The relationship, `net[edge]`.
    [[nodiscard]] const auto& relationship() const noexcept { return net[edge]; }
    /// The relationship's kind.
    [[nodiscard]] relation_kind kind() const noexcept {
        return static_cast<relation_kind>(net[edge].kind);
    }
    /// The sender's vertex data (`kind()`, `id()`, `city()`, ...).
    [[nodiscard]] const auto& from() const noexcept { return net[sender]; }
    /// The receiver's vertex data.
    [[nodiscard]] const auto& to() const noexcept { return net[receiver]; }
};

/// A learning cost policy: `policy(hop)` returns the non-negative cost of moving knowledge
/// along one relationship in one direction, or `std::nullopt` where knowledge does not move.
/// Optional members: `combine(a, b)`, the cost of two parallel relationships between the same
/// two vertices (default: the cheaper one), and `explain(hop) -> std::string`.
template <class P, class Network>
concept LearningCostPolicy = requires(const P& p, const hop<Network>& h) {
    { p(h) } -> std::convertible_to<std::optional<double>>;
};

/// The plain edge-weight policy: every relationship costs `weigh(relationship)` in both
/// directions (`std::nullopt`: not traversed). With no function, every relationship costs 1.
template <class F = void>
struct edge_weight_cost {
    F weigh; ///< cost of a relationship, or `std::nullopt` to leave it out
    /// The cost of `h`: `weigh(h.relationship())`.
    template <class Network>
    std::optional<double> operator()(const hop<Network>& h) const {
        return weigh(h.relationship());
    }
};
/// `edge_weight_cost<>`: every relationship costs 1, in both directions.
template <>
struct edge_weight_cost<void> {
    /// The cost of any hop: 1.
    template <class Network>
    std::optional<double> operator()(const hop<Network>&) const noexcept {
        return 1.0;
    }
};
/// Deduces the function type: `edge_weight_cost{f}`.
template <class F>
edge_weight_cost(F) -> edge_weight_cost<F>;

/// The directed learning graph of a network or time view under a cost policy.
///
/// Vertices are the network's (cities, partners and countries, so each hop can name its
/// intermediary); each relationship gives up to two arcs, one per direction in which the
/// policy lets knowledge move. Parallel relationships between the same two vertices are
/// merged into one arc (cost by the policy's `combine`, else the cheaper) that remembers them
/// all. A policy with a member `channel(cities) -> std::optional<std::pair<double, double>>`
/// opens the network's own channel: one extra vertex, `channel_id`, joined to every city with
/// those costs (into the channel, out of it). Stored twice as Boost.Graph compressed-sparse-row
/// graphs: `forward()` in the direction knowledge moves, `backward()` transposed (for searches that
/// start from the learner). Like `snapshot`, it owns its data and does not refer to the network
/// after construction.
class learning_graph {
public:
    /// Index of a vertex, 0 to `num_vertices() - 1`.
    using vertex_index = std::uint32_t;
    /// Index of an arc, 0 to `num_arcs() - 1`.
    using arc_index = std::uint32_t;
    /// The Boost.Graph type of `forward()` and `backward()`.
    using graph_type =
        boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                           boost::no_property, vertex_index, vertex_index>;
    /// "No vertex": what a network vertex outside the graph maps to.
    static constexpr vertex_index npos = std::numeric_limits<vertex_index>::max();
    /// The id of the network's own channel vertex (see `learning_model::channel`).
    static constexpr std::string_view channel_id = "(network)";

    learning_graph() = default;

    /// Builds the learning graph of `source` (a network or a `time_view`) under `policy`.
    /// Throws `value_error` naming the relationship if the policy returns a negative or
    /// non-finite cost. O(V + E log E).
    template <class Source, class Policy>
    learning_graph(const Source& source, const Policy& policy) {
        const auto parts = view_parts(source);
        const auto& net = *parts.first;
        const auto& keep = parts.second;
        using network_type = std::remove_cvref_t<decltype(net)>;
        static_assert(LearningCostPolicy<Policy, network_type>,
                      "the policy must be callable as policy(ascn::hop<Network>) returning a "
                      "cost convertible to std::optional<double>");
        const auto& g = net.graph();
        const std::size_t n = boost::num_vertices(g);
        if (n >= npos)
            throw value_error("network too large for a learning graph",
                              {{}, "vertices", std::to_string(n), {}, 0, 0});
        from_network_.assign(n, npos);
        for (std::size_t v = 0; v < n; ++v)
            if (keep(v)) {
                from_network_[v] = static_cast<vertex_index>(to_network_.size());
                to_network_.push_back(static_cast<vertex_index>(v));
                kind_.push_back(g[v].kind());
                id_.emplace_back(g[v].id());
            }
        const std::size_t n_kept = to_network_.size();

        // Distinct city neighbours of every vertex.
        cities_.assign(n_kept, 0);
        {
            std::vector<vertex_index> stamp(n, npos);
            for (std::size_t v = 0; v < n; ++v) {
                if (!keep(v))
                    continue;
                for (auto [ei, ee] = boost::out_edges(v, g); ei != ee; ++ei) {
                    if (!keep(*ei))
                        continue;
                    const auto w = boost::target(*ei, g);
                    if (g[w].kind() == vertex_kind::city && stamp[w] != v) {
                        stamp[w] = static_cast<vertex_index>(v);
                        ++cities_[from_network_[v]];
                    }
                }
            }
        }

        struct raw_arc {
            vertex_index s, t;
            double cost;
            vertex_index relationship;
        };
        std::vector<raw_arc> raw;
        raw.reserve(2 * boost::num_edges(g));
        for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
            if (!keep(*ei))
                continue;
            const auto rel = static_cast<vertex_index>(relationships_.size());
            relationships_.push_back(net.handle(*ei));
            relationship_kind_.push_back(static_cast<relation_kind>(g[*ei].value.kind));
            const auto a = boost::source(*ei, g);
            const auto b = boost::target(*ei, g);
            for (auto [s, t] : {std::pair(a, b), std::pair(b, a)}) {
                const hop<network_type> h{net, s, t, *ei, cities_[from_network_[s]]};
                const std::optional<double> c = policy(h);
                if (!c)
                    continue;
                if (!std::isfinite(*c) || *c < 0)
                    throw value_error("learning cost policy returned a negative or non-finite "
                                      "cost",
                                      {std::string(g[s].id()) + " -> " + std::string(g[t].id()),
                                       "cost",
                                       detail::number_text(*c),
                                       {},
                                       0,
                                       0});
                raw.push_back({from_network_[s], from_network_[t], *c, rel});
            }
        }
        // The network's own channel (meetings, platform), if the policy opens one: an extra
        // vertex joined to every city, with no relationship behind its arcs.
        if constexpr (requires { policy.channel(std::size_t{}); }) {
            std::size_t cities = 0;
            for (auto k : kind_)
                cities += k == vertex_kind::city;
            if (const auto costs = policy.channel(cities)) {
                const auto hub = static_cast<vertex_index>(to_network_.size());
                to_network_.push_back(npos);
                kind_.push_back(vertex_kind::partner);
                id_.emplace_back(channel_id);
                cities_.push_back(cities);
                for (vertex_index v = 0; v < hub; ++v)
                    if (kind_[v] == vertex_kind::city) {
                        raw.push_back({v, hub, costs->first, npos});
                        raw.push_back({hub, v, costs->second, npos});
                    }
            }
        }
        const std::size_t m = to_network_.size();
        std::sort(raw.begin(), raw.end(), [](const raw_arc& x, const raw_arc& y) {
            return std::tie(x.s, x.t, x.relationship) < std::tie(y.s, y.t, y.relationship);
        });

        // Merge parallel arcs; lay out the forward CSR.
        std::vector<vertex_index> start(m + 1, 0), column;
        column.reserve(raw.size());
        for (std::size_t i = 0; i < raw.size();) {
            std::size_t j = i;
            double cost = raw[i].cost;
            relation_set kinds;
            arc_first_.push_back(static_cast<vertex_index>(arc_relationships_.size()));
            for (; j < raw.size() && raw[j].s == raw[i].s && raw[j].t == raw[i].t; ++j) {
                if (j > i)
                    cost = combine(policy, cost, raw[j].cost);
                if (raw[j].relationship == npos)
                    continue; // the network's channel
                arc_relationships_.push_back(raw[j].relationship);
                kinds.insert(relationship_kind_[raw[j].relationship]);
            }
            cost_.push_back(cost);
            kinds_.push_back(kinds);
            column.push_back(raw[i].t);
            ++start[raw[i].s + 1];
            i = j;
        }
        arc_first_.push_back(static_cast<vertex_index>(arc_relationships_.size()));
        if (cost_.size() >= npos)
            throw value_error("network too large for a learning graph",
                              {{}, "arcs", std::to_string(cost_.size()), {}, 0, 0});
        for (std::size_t v = 0; v < m; ++v)
            start[v + 1] += start[v];
        source_.resize(cost_.size());
        for (std::size_t v = 0; v < m; ++v)
            for (auto a = start[v]; a < start[v + 1]; ++a)
                source_[a] = static_cast<vertex_index>(v);

        // The transpose: backward arc i is forward arc backward_arc_[i] reversed.
        std::vector<vertex_index> bstart(m + 1, 0), bcolumn(cost_.size());
        backward_arc_.resize(cost_.size());
        for (auto t : column)
            ++bstart[t + 1];
        for (std::size_t v = 0; v < m; ++v)
            bstart[v + 1] += bstart[v];
        std::vector<vertex_index> fill(bstart.begin(), bstart.end() - 1);
        for (std::size_t a = 0; a < column.size(); ++a) {
            const auto at = fill[column[a]]++;
            bcolumn[at] = source_[a];
            backward_arc_[at] = static_cast<arc_index>(a);
        }
        backward_cost_.resize(cost_.size());
        for (std::size_t i = 0; i < cost_.size(); ++i)
            backward_cost_[i] = cost_[backward_arc_[i]];

        forward_ = graph_type(static_cast<vertex_index>(m));
        forward_.m_forward.m_rowstart = std::move(start);
        forward_.m_forward.m_column = std::move(column);
        backward_ = graph_type(static_cast<vertex_index>(m));
        backward_.m_forward.m_rowstart = std::move(bstart);
        backward_.m_forward.m_column = std::move(bcolumn);
    }

    /// Arcs in the direction knowledge moves. Arc `a` (the CSR edge index) runs from
    /// `source(a)` to `target(a)`.
    [[nodiscard]] const graph_type& forward() const noexcept { return forward_; }
    /// The transpose of `forward()`: backward arc `i` is forward arc `forward_arc(i)` reversed.
    [[nodiscard]] const graph_type& backward() const noexcept { return backward_; }
    /// Costs of the forward arcs as a BGL property map keyed by edge descriptor.
    [[nodiscard]] auto cost_map() const {
        return boost::make_iterator_property_map(cost_.data(),
                                                 boost::get(boost::edge_index, forward_));
    }
    /// Costs of the backward arcs as a BGL property map keyed by edge descriptor.
    [[nodiscard]] auto backward_cost_map() const {
        return boost::make_iterator_property_map(backward_cost_.data(),
                                                 boost::get(boost::edge_index, backward_));
    }

    /// Number of vertices, the channel included.
    [[nodiscard]] std::size_t num_vertices() const noexcept { return to_network_.size(); }
    /// Number of arcs (merged parallel relationships count once per direction).
    [[nodiscard]] std::size_t num_arcs() const noexcept { return cost_.size(); }

    /// The cost of forward arc `a`.
    [[nodiscard]] double cost(arc_index a) const noexcept { return cost_[a]; }
    /// The vertex arc `a` leaves (where knowledge comes from).
    [[nodiscard]] vertex_index source(arc_index a) const noexcept { return source_[a]; }
    /// The vertex arc `a` reaches (where knowledge goes).
    [[nodiscard]] vertex_index target(arc_index a) const noexcept {
        return forward_.m_forward.m_column[a];
    }
    /// The relation kinds of the relationships merged into forward arc `a`.
    [[nodiscard]] relation_set kinds(arc_index a) const noexcept { return kinds_[a]; }
    /// The network handles of the relationships merged into forward arc `a`.
    [[nodiscard]] std::vector<relationship_handle> relationships(arc_index a) const {
        std::vector<relationship_handle> out;
        for (auto i = arc_first_[a]; i < arc_first_[a + 1]; ++i)
            out.push_back(relationships_[arc_relationships_[i]]);
        return out;
    }
    /// The forward arc that backward arc `i` reverses.
    [[nodiscard]] arc_index forward_arc(arc_index i) const noexcept { return backward_arc_[i]; }
    /// The forward arcs leaving `v`: [first, last).
    [[nodiscard]] std::pair<arc_index, arc_index> out_arcs(vertex_index v) const noexcept {
        return {forward_.m_forward.m_rowstart[v], forward_.m_forward.m_rowstart[v + 1]};
    }
    /// The backward arcs leaving `v` (forward arcs entering it, reversed): [first, last).
    [[nodiscard]] std::pair<arc_index, arc_index> in_arcs(vertex_index v) const noexcept {
        return {backward_.m_forward.m_rowstart[v], backward_.m_forward.m_rowstart[v + 1]};
    }
    /// The vertex backward arc `i` leads to (the source of the forward arc it reverses).
    [[nodiscard]] vertex_index backward_target(arc_index i) const noexcept {
        return backward_.m_forward.m_column[i];
    }

    /// Whether `v` is a city, country or partner (the channel is reported as a partner).
    [[nodiscard]] vertex_kind kind(vertex_index v) const noexcept { return kind_[v]; }
    /// The id of `v` in the network (`channel_id` for the channel).
    [[nodiscard]] const std::string& id(vertex_index v) const noexcept { return id_[v]; }
    /// Distinct cities adjacent to `v`.
    [[nodiscard]] std::size_t cities_adjacent(vertex_index v) const noexcept { return cities_[v]; }
    /// The learning-graph vertex of the network vertex with this id, if present.
    [[nodiscard]] std::optional<vertex_index> find(std::string_view id) const {
        for (std::size_t v = 0; v < id_.size(); ++v)
            if (id_[v] == id)
                return static_cast<vertex_index>(v);
        return std::nullopt;
    }
    /// True for the network's own channel vertex, which stands for no network vertex.
    [[nodiscard]] bool is_channel(vertex_index v) const noexcept { return to_network_[v] == npos; }
    /// The network vertex (descriptor at build time) of `v`; not for the channel vertex.
    [[nodiscard]] std::size_t to_network(vertex_index v) const noexcept { return to_network_[v]; }
    /// The learning-graph vertex of network vertex `v`, if the graph contains it.
    [[nodiscard]] std::optional<vertex_index> from_network(std::size_t v) const noexcept {
        if (v >= from_network_.size() || from_network_[v] == npos)
            return std::nullopt;
        return from_network_[v];
    }

private:
    template <class Policy>
    static double combine(const Policy& p, double a, double b) {
        if constexpr (requires { p.combine(a, b); })
            return p.combine(a, b);
        else
            return std::min(a, b);
    }

    graph_type forward_, backward_;
    std::vector<double> cost_;            // by forward arc
    std::vector<double> backward_cost_;   // by backward arc
    std::vector<vertex_index> source_;    // by forward arc
    std::vector<relation_set> kinds_;     // by forward arc
    std::vector<vertex_index> arc_first_; // by forward arc (+1): into arc_relationships_
    std::vector<vertex_index> arc_relationships_;
    std::vector<arc_index> backward_arc_;            // by backward arc
    std::vector<relationship_handle> relationships_; // by relationship index
    std::vector<relation_kind> relationship_kind_;   // by relationship index
    std::vector<vertex_kind> kind_;                  // by vertex
    std::vector<std::string> id_;                    // by vertex
    std::vector<std::size_t> cities_;                // by vertex
    std::vector<vertex_index> to_network_;           // by vertex
    std::vector<vertex_index> from_network_;         // by network vertex
};

} // namespace ascn

#endif // ASCN_ALGORITHM_LEARNING_GRAPH_HPP
