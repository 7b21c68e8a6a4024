// SPDX-License-Identifier: MIT
/// \file
/// `ascn::snapshot`: the one frozen graph. A read-only compressed (CSR) copy of a network, a
/// time view or any Boost.Graph graph, with a cost per arc set by an arc policy, for analyses
/// that must run at the speed of Boost.Graph's best representation: paths, peer learning,
/// structure. Reference: docs/reference/snapshot.md; design: docs/design.md.
#ifndef ASCN_SNAPSHOT_HPP
#define ASCN_SNAPSHOT_HPP

#include "ascn/arc_policy.hpp"
#include "ascn/contracts.hpp"
#include "ascn/detail/validate.hpp"
#include "ascn/error.hpp"
#include "ascn/handles.hpp"
#include "ascn/model/kinds.hpp"
#include "ascn/model/relation_set.hpp"
#include "ascn/network.hpp"
#include "ascn/source.hpp"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace ascn {

/// How parallel arcs between the same two vertices are merged into one, when a snapshot is
/// made from a Boost.Graph graph (`snapshot::of_graph`).
enum class parallel_edges : unsigned char {
    sum, ///< add their weights (flow-like measures: degree, modularity, PageRank, brokerage)
    min, ///< keep the lightest (distance-like measures: betweenness, closeness, harmonic)
};

/// A Boost.Graph graph usable by the structure algorithms and `snapshot::of_graph`: vertices
/// and out-edges can be listed and vertices have a `vertex_index` in [0, num_vertices).
template <class Graph>
concept SymmetricGraph = requires(const Graph& g) {
    vertices(g);
    num_vertices(g);
    get(boost::vertex_index, g);
}
&&requires(const Graph& g, typename boost::graph_traits<Graph>::vertex_descriptor v) {
    out_edges(v, g);
    target(*out_edges(v, g).first, g);
};

/// A readable arc weight map of `Graph` with numeric values.
template <class Map, class Graph>
concept ArcWeightMap = requires(const Map& m,
                                typename boost::graph_traits<Graph>::edge_descriptor e) {
    { get(m, e) } -> std::convertible_to<double>;
};

/// An arc for `snapshot::of_arcs`, before it is laid out: named `first` and `second` (source
/// and target) because Boost.Graph's sorted-edges CSR constructor reads an edge as
/// `e->first`, `e->second`.
struct arc_entry {
    std::uint32_t first;        ///< source
    std::uint32_t second;       ///< target
    double cost;                ///< its cost
    std::uint32_t relationship; ///< index of the relationship behind it, or `snapshot::npos`
};

class snapshot;

namespace detail {

/// Explains the arcs of a snapshot with the policy it was built with (type-erased: the policy
/// and the network it read).
struct snapshot_explainer {
    virtual ~snapshot_explainer() = default;
    /// The policy's words for every relationship merged into forward arc `a`, joined by "; ".
    [[nodiscard]] virtual std::string explain(const snapshot& s, std::uint32_t a) const = 0;
};

/// A snapshot's index of its vertices by id: the vertices sorted by id, made on first use.
class id_index {
public:
    /// The vertices in id order (sorted the first time, once, by whichever thread asks first).
    const std::vector<std::uint32_t>& order(const std::vector<std::string>& ids) const {
        std::call_once(once_, [&] {
            order_.resize(ids.size());
            for (std::uint32_t v = 0; v < order_.size(); ++v)
                order_[v] = v;
            std::sort(order_.begin(), order_.end(),
                      [&](std::uint32_t a, std::uint32_t b) { return ids[a] < ids[b]; });
        });
        return order_;
    }
    /// Bytes held.
    [[nodiscard]] std::size_t bytes() const noexcept {
        return order_.capacity() * sizeof(std::uint32_t);
    }

private:
    mutable std::once_flag once_;
    mutable std::vector<std::uint32_t> order_;
};

} // namespace detail

/// The one frozen graph: a read-only compressed-sparse-row copy of a network, a time view or a
/// Boost.Graph graph, with one cost per arc.
///
/// From a network source, each relationship gives up to two arcs, one per direction the arc
/// policy prices (`ascn::ArcPolicy`; `unit_cost` by default, or a function of the
/// relationship). Parallel relationships between the same two vertices stay separate arcs,
/// unless the policy is a `CombiningPolicy`: then they merge into one arc (cost by `combine`)
/// that remembers every relationship. A `ChannelPolicy` adds the network's own channel: one
/// extra vertex, `channel_id`, joined to every city. Vertices keep their kind and id (with an
/// index for `find`); arcs their relation kinds and relationships.
///
/// Stored as Boost.Graph `compressed_sparse_row_graph`s with 32-bit indices, built through
/// their public constructors: `graph()` in the direction arcs run and `reverse()` transposed
/// (for searches that start at the far end; for a `SymmetricPolicy` the graph is its own
/// reverse and no copy is made). Arc `a` is the CSR edge index; `cost_map()` is a BGL property
/// map, so any BGL algorithm runs on `graph()` at raw CSR speed.
///
/// The snapshot owns its data. Only `explain` refers back to the network it was built from
/// (for an `ExplainingPolicy`): that network must still exist, unchanged, when it is called.
class snapshot {
public:
    /// Index of a vertex, 0 to `num_vertices() - 1`.
    using vertex_index = std::uint32_t;
    /// Index of an arc, 0 to `num_arcs() - 1` (the CSR edge index).
    using arc_index = std::uint32_t;
    /// The Boost.Graph type of `graph()` and `reverse()`.
    using graph_type =
        boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                           boost::no_property, vertex_index, arc_index>;
    /// A Boost.Graph vertex descriptor of `graph()` (the same as `vertex_index`).
    using vertex_descriptor = boost::graph_traits<graph_type>::vertex_descriptor;
    /// A Boost.Graph edge descriptor of `graph()`.
    using edge_descriptor = boost::graph_traits<graph_type>::edge_descriptor;
    /// "No vertex" (or no arc, no relationship).
    static constexpr vertex_index npos = std::numeric_limits<vertex_index>::max();
    /// The id of the network's own channel vertex (see `ascn::ChannelPolicy`).
    static constexpr std::string_view channel_id = "(network)";

    /// An empty snapshot.
    snapshot() = default;

    /// Builds the snapshot of `source` (a network or a `time_view`) under `policy`: an
    /// `ArcPolicy` (`policy(ascn::hop)`), or a function of a relationship returning its cost in
    /// both directions (`std::optional` leaves a relationship out; all its vertices stay). Throws
    /// `value_error` naming the relationship if a cost is negative, NaN or infinite, or if the
    /// network has more than 2^32 - 2 vertices or arcs. O(V + E), O(V + E log E) for a
    /// combining policy.
    template <NetworkSource Source, class Policy = unit_cost>
    explicit snapshot(const Source& source, const Policy& policy = {}) {
        using network_type = source_network_t<Source>;
        if constexpr (ArcPolicy<Policy, network_type>)
            build(source, policy);
        else {
            static_assert(
                std::is_invocable_v<const Policy&, const typename network_type::relationship_type&>,
                "the policy must be an ascn::ArcPolicy (callable with an ascn::hop) or a "
                "function of a relationship returning its cost");
            build(source, edge_cost<Policy>{policy});
        }
    }

    /// A snapshot that explains refers to its network: a temporary network would dangle.
    template <class C, class K, class P, class R, class Policy>
    requires ExplainingPolicy<Policy, basic_network<C, K, P, R>>
    snapshot(const basic_network<C, K, P, R>&&, const Policy&)
    = delete;

    /// A snapshot of any Boost.Graph graph `g` storing each undirected edge as two opposite
    /// arcs, with arc weights `w` as costs: parallel arcs to the same neighbour merged by
    /// `merge`, self-loops dropped, neighbours in the order they first appear. Vertices have no
    /// kind or id (cities, by default). Precondition: weights are finite and non-negative.
    /// O(V + E).
    template <SymmetricGraph Graph, ArcWeightMap<Graph> WeightMap>
    [[nodiscard]] static snapshot of_graph(const Graph& g, WeightMap w, parallel_edges merge);

    /// A snapshot of `n` vertices from `arcs` (source in `first`, target in `second`), in any
    /// order: parallel arcs merged by `merge`, self-loops dropped, each row in the order its
    /// arcs come. `arcs` is consumed. Precondition: endpoints below `n`, costs finite and
    /// non-negative. O(V + E).
    [[nodiscard]] static snapshot of_arcs(std::size_t n, std::vector<arc_entry>& arcs,
                                          parallel_edges merge);

    /// Names the vertices of a snapshot built by `of_arcs` or `of_graph`, which have none:
    /// `id(v)` becomes `ids[v]`, and `find` looks them up. For a graph read from a file of ids
    /// (the tool's edge lists). Precondition: one id per vertex. O(V); the index is made on the
    /// first `find`.
    void set_ids(std::vector<std::string> ids) {
        ASCN_EXPECTS(ids.size() == num_vertices());
        id_ = std::move(ids);
        ids_ = std::make_shared<detail::id_index>();
    }

    /// This snapshot's arcs with parallel arcs to the same neighbour merged by `merge` and
    /// self-loops dropped, each row in its order, vertex kinds kept: the out-arcs-only working
    /// copy the structure algorithms run on (costs read as weights). O(V + E).
    [[nodiscard]] snapshot merged(parallel_edges merge) const {
        std::vector<arc_entry> arcs;
        arcs.reserve(num_arcs());
        for (vertex_index u = 0; u < num_vertices(); ++u) {
            const auto [first, last] = out_arcs(u);
            for (auto a = first; a < last; ++a)
                arcs.push_back({u, target(a), cost_[a], npos});
        }
        auto s = of_arcs(num_vertices(), arcs, merge);
        s.kind_ = kind_;
        return s;
    }

    // --- the graph -------------------------------------------------------------------------

    /// The CSR graph, arcs in the direction they run: run any Boost.Graph algorithm on it.
    [[nodiscard]] const graph_type& graph() const noexcept { return forward_; }
    /// The transpose of `graph()`: reverse arc `i` is forward arc `forward_arc(i)` turned
    /// around. For a symmetric snapshot, `graph()` itself. Precondition: `has_reverse()`.
    [[nodiscard]] const graph_type& reverse() const noexcept {
        ASCN_EXPECTS(has_reverse_);
        return symmetric_ ? forward_ : backward_;
    }
    /// False only for the out-arcs-only working copies `of_graph` and `of_arcs` make.
    [[nodiscard]] bool has_reverse() const noexcept { return has_reverse_; }
    /// Arc costs as a BGL readable property map of `graph()`, keyed by edge descriptor.
    [[nodiscard]] auto cost_map() const {
        return boost::make_iterator_property_map(cost_.data(),
                                                 boost::get(boost::edge_index, forward_));
    }
    /// Arc costs as a BGL property map of `reverse()`. Precondition: `has_reverse()`.
    [[nodiscard]] auto reverse_cost_map() const {
        return boost::make_iterator_property_map(symmetric_ ? cost_.data() : reverse_cost_.data(),
                                                 boost::get(boost::edge_index, reverse()));
    }

    /// Number of vertices (the channel included).
    [[nodiscard]] std::size_t num_vertices() const noexcept { return kind_.size(); }
    /// Number of arcs.
    [[nodiscard]] std::size_t num_arcs() const noexcept { return cost_.size(); }
    /// Number of relationships behind the arcs.
    [[nodiscard]] std::size_t num_relationships() const noexcept { return handles_.size(); }
    /// True when every arc has a reverse arc of the same cost and the snapshot serves its graph
    /// as its own reverse (built under a `SymmetricPolicy`). The out-arc working copies of
    /// `of_graph`, `of_arcs` and `merged` say false: they have no reverse at all.
    [[nodiscard]] bool symmetric() const noexcept { return symmetric_; }

    /// The cost of arc `a`.
    [[nodiscard]] double cost(arc_index a) const noexcept { return cost_[a]; }
    /// The cost of reverse arc `i` (what the forward arc it turns around costs). Precondition:
    /// `has_reverse()`.
    [[nodiscard]] double reverse_cost(arc_index i) const noexcept {
        return symmetric_ ? cost_[i] : reverse_cost_[i];
    }
    /// The cost of an arc of `graph()`.
    [[nodiscard]] double cost(const edge_descriptor& e) const noexcept { return cost_[e.idx]; }
    /// The vertex arc `a` leaves.
    [[nodiscard]] vertex_index source(arc_index a) const noexcept {
        const auto& starts = forward_.m_forward.m_rowstart;
        return static_cast<vertex_index>(std::upper_bound(starts.begin(), starts.end(), a) -
                                         starts.begin() - 1);
    }
    /// The vertex arc `a` reaches.
    [[nodiscard]] vertex_index target(arc_index a) const noexcept {
        return forward_.m_forward.m_column[a];
    }
    /// The arcs leaving `v`: [first, last).
    [[nodiscard]] std::pair<arc_index, arc_index> out_arcs(vertex_index v) const noexcept {
        return {forward_.m_forward.m_rowstart[v], forward_.m_forward.m_rowstart[v + 1]};
    }
    /// The reverse arcs leaving `v` (arcs entering it, turned around): [first, last).
    /// Precondition: `has_reverse()`.
    [[nodiscard]] std::pair<arc_index, arc_index> in_arcs(vertex_index v) const noexcept {
        const auto& r = reverse().m_forward.m_rowstart;
        return {r[v], r[v + 1]};
    }
    /// The vertex reverse arc `i` leads to (the source of the arc it turns around).
    [[nodiscard]] vertex_index reverse_target(arc_index i) const noexcept {
        return reverse().m_forward.m_column[i];
    }
    /// The forward arc that reverse arc `i` turns around. Precondition: `has_reverse()`. O(1);
    /// for a symmetric snapshot (whose reverse is its graph) the arc the other way is looked up
    /// in the target's row: O(degree), O(log degree) for merged arcs.
    [[nodiscard]] arc_index forward_arc(arc_index i) const noexcept {
        ASCN_EXPECTS(has_reverse_);
        return symmetric_ ? partner_arc(i) : reverse_arc_[i];
    }
    /// Sum of the costs of the arcs leaving `v` (its weighted degree).
    [[nodiscard]] double strength(vertex_index v) const noexcept {
        double s = 0;
        const auto [first, last] = out_arcs(v);
        for (auto a = first; a < last; ++a)
            s += cost_[a];
        return s;
    }

    // --- where arcs come from ----------------------------------------------------------------

    /// The relation kinds of the relationships behind arc `a` (empty for the channel's arcs).
    [[nodiscard]] relation_set kinds(arc_index a) const noexcept { return kinds_[a]; }
    /// Indices (0 .. num_relationships()-1) of the relationships behind arc `a`: one, or
    /// several when a combining policy merged parallel ones, none for the channel's arcs.
    [[nodiscard]] std::span<const vertex_index> arc_relationships(arc_index a) const noexcept {
        if (arc_first_.empty()) {
            if (arc_relationship_.empty() || arc_relationship_[a] == npos)
                return {};
            return {&arc_relationship_[a], 1};
        }
        return {arc_relationships_.data() + arc_first_[a], arc_first_[a + 1] - arc_first_[a]};
    }
    /// The network's handle of relationship `i`.
    [[nodiscard]] relationship_handle relationship(vertex_index i) const noexcept {
        return handles_[i];
    }
    /// The network's handles of the relationships behind arc `a`.
    [[nodiscard]] std::vector<relationship_handle> relationships(arc_index a) const {
        std::vector<relationship_handle> out;
        for (auto i : arc_relationships(a))
            out.push_back(handles_[i]);
        return out;
    }

    // --- vertices ----------------------------------------------------------------------------

    /// Whether `v` is a city, a country or a partner (the channel counts as a partner).
    [[nodiscard]] vertex_kind kind(vertex_index v) const noexcept { return kind_[v]; }
    /// The id of `v` in the network (`channel_id` for the channel; empty from `of_graph`).
    [[nodiscard]] const std::string& id(vertex_index v) const noexcept {
        static const std::string none;
        return id_.empty() ? none : id_[v];
    }
    /// The vertex with this id, if the snapshot contains it. O(log V); the first call sorts the
    /// ids (O(V log V), once, thread-safe), so snapshots never searched by id do not pay for the
    /// index.
    [[nodiscard]] std::optional<vertex_index> find(std::string_view id) const {
        if (!ids_)
            return std::nullopt;
        const auto& order = ids_->order(id_);
        const auto it = std::lower_bound(
            order.begin(), order.end(), id,
            [this](vertex_index v, std::string_view x) { return std::string_view(id_[v]) < x; });
        if (it == order.end() || this->id(*it) != id)
            return std::nullopt;
        return *it;
    }
    /// Distinct cities adjacent to `v` in the source (what `hop::sender_cities` said); 0 for
    /// snapshots built with a symmetric policy, which may not depend on it.
    [[nodiscard]] std::size_t cities_adjacent(vertex_index v) const noexcept {
        return cities_.empty() ? 0 : cities_[v];
    }
    /// True for the network's own channel vertex, which stands for no network vertex.
    [[nodiscard]] bool is_channel(vertex_index v) const noexcept {
        return v < to_network_.size() && to_network_[v] == npos;
    }
    /// The network vertex (descriptor at build time) of `v`; not for the channel.
    [[nodiscard]] std::size_t to_network(vertex_index v) const noexcept { return to_network_[v]; }
    /// The snapshot vertex of network vertex `v`, if the snapshot contains it.
    [[nodiscard]] std::optional<vertex_index> from_network(std::size_t v) const noexcept {
        if (v >= from_network_.size() || from_network_[v] == npos)
            return std::nullopt;
        return from_network_[v];
    }

    // --- explanations --------------------------------------------------------------------------

    /// Whether the policy the snapshot was built with explains its hops.
    [[nodiscard]] bool explains() const noexcept { return explainer_ != nullptr; }
    /// The policy's explanation of arc `a` (each relationship behind it, joined by "; "); empty
    /// when the policy does not explain. Precondition: the network the snapshot was built from
    /// still exists and has not changed since (checked: a changed network aborts).
    [[nodiscard]] std::string explain(arc_index a) const {
        return explainer_ ? explainer_->explain(*this, a) : std::string();
    }

    /// Bytes held by the arrays (capacity), the CSR graphs included.
    [[nodiscard]] std::size_t memory_bytes() const noexcept {
        auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
        std::size_t b = bytes(forward_.m_forward.m_rowstart) + bytes(forward_.m_forward.m_column) +
                        bytes(cost_) + bytes(kinds_) + bytes(arc_relationship_) +
                        bytes(arc_first_) + bytes(arc_relationships_) + bytes(handles_) +
                        bytes(kind_) + bytes(id_) + (ids_ ? ids_->bytes() : 0) + bytes(cities_) +
                        bytes(to_network_) + bytes(from_network_);
        if (!symmetric_)
            b += bytes(backward_.m_forward.m_rowstart) + bytes(backward_.m_forward.m_column) +
                 bytes(reverse_cost_) + bytes(reverse_arc_);
        return b;
    }

private:
    template <class Source, class Policy>
    void build(const Source& source, const Policy& policy);
    void lay_out_merged(std::vector<arc_entry>& arcs, const auto& combine);
    void transpose();
    [[nodiscard]] arc_index partner_arc(arc_index i) const noexcept;

    graph_type forward_, backward_;
    bool symmetric_ = true;
    bool has_reverse_ = true;
    std::vector<double> cost_;                    // by arc
    std::vector<double> reverse_cost_;            // by reverse arc (asymmetric only)
    std::vector<arc_index> reverse_arc_;          // by reverse arc: the forward arc it turns around
    std::vector<relation_set> kinds_;             // by arc
    std::vector<vertex_index> arc_relationship_;  // by arc, when no arcs were merged
    std::vector<vertex_index> arc_first_;         // by arc (+1), when arcs were merged
    std::vector<vertex_index> arc_relationships_; // relationship indices, by arc_first_
    std::vector<relationship_handle> handles_;    // by relationship
    std::vector<vertex_kind> kind_;               // by vertex
    std::vector<std::string> id_;                 // by vertex
    std::shared_ptr<detail::id_index> ids_;       // vertices by id, sorted on first use
    std::vector<std::uint32_t> cities_;           // by vertex: distinct adjacent cities
    std::vector<vertex_index> to_network_;        // by vertex
    std::vector<vertex_index> from_network_;      // by network vertex
    std::shared_ptr<const detail::snapshot_explainer> explainer_;
};

namespace detail {

/// A snapshot's explainer for a policy with `explain`: keeps the policy and a pointer to the
/// network, with the network's revision to detect a change.
template <class Network, class Policy>
class policy_explainer final : public snapshot_explainer {
public:
    policy_explainer(const Network& net, const Policy& policy)
        : net_(&net)
        , revision_(net.revision())
        , policy_(policy) {}

    [[nodiscard]] std::string explain(const snapshot& s, std::uint32_t a) const override {
        // The network must be the one the snapshot was built from, unchanged.
        ASCN_EXPECTS(net_->revision() == revision_);
        const auto from = s.source(a), to = s.target(a);
        if (s.is_channel(from) || s.is_channel(to)) {
            if constexpr (ExplainingChannelPolicy<Policy>)
                return policy_.explain_channel(s.is_channel(to), s.cost(a));
            else
                return s.is_channel(to) ? "the network's own channel, entering"
                                        : "the network's own channel, leaving";
        }
        std::string out;
        for (auto i : s.arc_relationships(a)) {
            const auto edge = net_->edge(s.relationship(i));
            if (!edge)
                continue;
            const hop<Network> h{*net_, s.to_network(from), s.to_network(to), *edge,
                                 s.cities_adjacent(from)};
            if (!out.empty())
                out += "; ";
            out += policy_.explain(h);
        }
        return out;
    }

private:
    const Network* net_;
    std::uint64_t revision_;
    Policy policy_;
};

/// Checks a cost from a policy: finite and non-negative; `where()` names the arc for the
/// error (called only then).
template <class Where>
void check_cost(double c, const Where& where) {
    if (!std::isfinite(c) || c < 0)
        throw value_error(
            "arc policy returned a negative or non-finite cost",
            {.id = std::string(where()), .field = "cost", .value = detail::number_text(c)});
}

} // namespace detail

namespace detail {

/// The (source, target) pairs of a CSR layout, row by row, as Boost.Graph's sorted-edges CSR
/// constructor reads them (`e->first`, `e->second`), without materialising them.
class csr_rows {
public:
    csr_rows(const std::uint32_t* start, const std::uint32_t* column, std::uint32_t n,
             std::uint32_t a) noexcept
        : start_(start)
        , column_(column)
        , n_(n)
        , a_(a) {
        settle();
    }
    const std::pair<std::uint32_t, std::uint32_t>* operator->() const noexcept { return &cur_; }
    csr_rows& operator++() noexcept {
        ++a_;
        settle();
        return *this;
    }
    friend bool operator==(const csr_rows& x, const csr_rows& y) noexcept { return x.a_ == y.a_; }

private:
    void settle() noexcept {
        while (v_ < n_ && start_[v_ + 1] <= a_)
            ++v_;
        if (v_ < n_)
            cur_ = {v_, column_[a_]};
    }
    const std::uint32_t* start_;
    const std::uint32_t* column_;
    std::uint32_t n_;
    std::uint32_t a_;
    std::uint32_t v_ = 0;
    std::pair<std::uint32_t, std::uint32_t> cur_{};
};

} // namespace detail

template <class Source, class Policy>
void snapshot::build(const Source& source, const Policy& policy) {
    using network_type = source_network_t<Source>;
    const auto parts = network_parts(source);
    const network_type& net = *parts.network;
    const auto& keep = parts.keep;
    const auto& g = net.graph();
    const std::size_t n = boost::num_vertices(g);
    if (n >= npos)
        throw value_error("network too large for a 32-bit snapshot",
                          {.field = "vertices", .value = std::to_string(n)});
    symmetric_ = SymmetricPolicy<Policy>;

    // Vertices: kind, id and the two index maps.
    from_network_.assign(n, npos);
    for (std::size_t v = 0; v < n; ++v)
        if (keep(v)) {
            from_network_[v] = static_cast<vertex_index>(to_network_.size());
            to_network_.push_back(static_cast<vertex_index>(v));
        }
    const std::size_t kept = to_network_.size();
    kind_.reserve(kept + 1);
    id_.reserve(kept + 1);
    for (auto v : to_network_) {
        kind_.push_back(g[v].kind());
        id_.emplace_back(g[v].id());
    }

    // Distinct city neighbours of every vertex: what a hop's `sender_cities` says. A symmetric
    // policy cannot depend on the direction, so it is not computed for one.
    if constexpr (!SymmetricPolicy<Policy>) {
        cities_.assign(kept, 0);
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

    // One pass over the (list-based) edges into a compact array: each relationship the policy
    // prices in at least one direction, with its costs (negative: no arc that way).
    struct priced {
        vertex_index a, b;
        double ab, ba;
        relation_kind kind;
    };
    std::vector<priced> rels;
    rels.reserve(boost::num_edges(g));
    handles_.reserve(boost::num_edges(g));
    auto where = [&](auto s, auto t) {
        return std::string(g[s].id()) + " -> " + std::string(g[t].id());
    };
    auto price = [&](const std::optional<double>& c, auto s, auto t) {
        if (!c)
            return -1.0;
        detail::check_cost(*c, [&] { return where(s, t); });
        return *c;
    };
    for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
        if (!keep(*ei))
            continue;
        const auto a = boost::source(*ei, g);
        const auto b = boost::target(*ei, g);
        double ab, ba;
        if constexpr (SymmetricPolicy<Policy>) {
            ab = ba = price(policy(hop<network_type>{net, a, b, *ei, 0}), a, b);
        } else {
            ab = price(policy(hop<network_type>{net, a, b, *ei, cities_[from_network_[a]]}), a, b);
            ba = price(policy(hop<network_type>{net, b, a, *ei, cities_[from_network_[b]]}), b, a);
        }
        if (ab < 0 && ba < 0)
            continue; // priced in neither direction: left out entirely
        rels.push_back({from_network_[a], from_network_[b], ab, ba,
                        static_cast<relation_kind>(g[*ei].value.kind)});
        handles_.push_back(net.handle(*ei));
    }
    if (2 * rels.size() >= npos)
        throw value_error("network too large for a 32-bit snapshot",
                          {.field = "relationships", .value = std::to_string(rels.size())});

    // The network's own channel (meetings, platform), if the policy opens one: an extra vertex
    // joined to every city, with no relationship behind its arcs.
    std::optional<std::pair<double, double>> channel;
    vertex_index hub = npos;
    if constexpr (ChannelPolicy<Policy>) {
        std::size_t cities = 0;
        for (auto k : kind_)
            cities += k == vertex_kind::city;
        channel = policy.channel(cities);
        if (channel) {
            detail::check_cost(channel->first, [] { return channel_id; });
            detail::check_cost(channel->second, [] { return channel_id; });
            hub = static_cast<vertex_index>(kind_.size());
            to_network_.push_back(npos);
            kind_.push_back(vertex_kind::partner);
            id_.emplace_back(channel_id);
            if (!cities_.empty())
                cities_.push_back(static_cast<std::uint32_t>(cities));
            symmetric_ = symmetric_ && channel->first == channel->second;
        }
    }
    const std::size_t m = kind_.size();

    if constexpr (CombiningPolicy<Policy>) {
        // Parallel relationships merge: every arc, then sorted and merged by target.
        std::vector<arc_entry> arcs;
        arcs.reserve(2 * rels.size());
        for (std::size_t r = 0; r < rels.size(); ++r) {
            const auto& x = rels[r];
            const auto ri = static_cast<vertex_index>(r);
            if (x.ab >= 0)
                arcs.push_back({x.a, x.b, x.ab, ri});
            if (x.ba >= 0)
                arcs.push_back({x.b, x.a, x.ba, ri});
        }
        if (channel)
            for (vertex_index v = 0; v < hub; ++v)
                if (kind_[v] == vertex_kind::city) {
                    arcs.push_back({v, hub, channel->first, npos});
                    arcs.push_back({hub, v, channel->second, npos});
                }
        if (arcs.size() >= npos)
            throw value_error("network too large for a 32-bit snapshot",
                              {.field = "arcs", .value = std::to_string(arcs.size())});
        lay_out_merged(arcs, [&](double x, double y) { return policy.combine(x, y); });
        kinds_.resize(cost_.size());
        for (arc_index a = 0; a < cost_.size(); ++a) {
            relation_set k;
            for (auto i : arc_relationships(a))
                k.insert(rels[i].kind);
            kinds_[a] = k;
        }
    } else {
        // One arc per relationship and direction, each row in the order of the edge list (the
        // channel's arcs last): a counting sort straight into the CSR arrays.
        std::vector<arc_index> start(m + 1, 0);
        for (const auto& x : rels) {
            start[x.a + 1] += x.ab >= 0;
            start[x.b + 1] += x.ba >= 0;
        }
        if (channel)
            for (vertex_index v = 0; v < hub; ++v)
                if (kind_[v] == vertex_kind::city) {
                    ++start[v + 1];
                    ++start[hub + 1];
                }
        for (std::size_t v = 0; v < m; ++v)
            start[v + 1] += start[v];
        const std::size_t arcs = start[m];
        std::vector<vertex_index> column(arcs);
        cost_.resize(arcs);
        arc_relationship_.resize(arcs);
        kinds_.resize(arcs);
        std::vector<arc_index> fill(start.begin(), start.end() - 1);
        auto put = [&](vertex_index s, vertex_index t, double c, vertex_index r, relation_set k) {
            const auto at = fill[s]++;
            column[at] = t;
            cost_[at] = c;
            arc_relationship_[at] = r;
            kinds_[at] = k;
        };
        for (std::size_t r = 0; r < rels.size(); ++r) {
            const auto& x = rels[r];
            const auto ri = static_cast<vertex_index>(r);
            if (x.ab >= 0)
                put(x.a, x.b, x.ab, ri, relation_set{x.kind});
            if (x.ba >= 0)
                put(x.b, x.a, x.ba, ri, relation_set{x.kind});
        }
        if (channel)
            for (vertex_index v = 0; v < hub; ++v)
                if (kind_[v] == vertex_kind::city) {
                    put(v, hub, channel->first, npos, {});
                    put(hub, v, channel->second, npos, {});
                }
        rels = {};
        forward_ = graph_type(
            boost::edges_are_sorted,
            detail::csr_rows(start.data(), column.data(), static_cast<vertex_index>(m), 0),
            detail::csr_rows(start.data(), column.data(), static_cast<vertex_index>(m),
                             static_cast<arc_index>(arcs)),
            static_cast<vertex_index>(m), static_cast<arc_index>(arcs));
    }
    if (!symmetric_)
        transpose();
    ids_ = std::make_shared<detail::id_index>();
    if constexpr (ExplainingPolicy<Policy, network_type>)
        explainer_ = std::make_shared<detail::policy_explainer<network_type, Policy>>(net, policy);
}

// Lays out `arcs` in CSR order with each row sorted by (target, relationship) and arcs to the
// same target merged by `combine`, and builds the forward graph through BGL's sorted-edges
// constructor.
inline void snapshot::lay_out_merged(std::vector<arc_entry>& arcs, const auto& combine) {
    const std::size_t n = kind_.size();
    std::vector<arc_entry> sorted(arcs.size());
    {
        // Stable counting sort by source.
        std::vector<std::size_t> start(n + 1, 0);
        for (const auto& x : arcs)
            ++start[x.first + 1];
        for (std::size_t v = 0; v < n; ++v)
            start[v + 1] += start[v];
        for (const auto& x : arcs)
            sorted[start[x.first]++] = x;
    }
    arcs = {};
    // Sort each row by (target, relationship), then merge arcs to the same target.
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j < sorted.size() && sorted[j].first == sorted[i].first)
            ++j;
        std::sort(
            sorted.begin() + static_cast<std::ptrdiff_t>(i),
            sorted.begin() + static_cast<std::ptrdiff_t>(j), [](const auto& x, const auto& y) {
                return std::pair(x.second, x.relationship) < std::pair(y.second, y.relationship);
            });
        i = j;
    }
    std::vector<arc_entry> merged;
    merged.reserve(sorted.size());
    arc_first_.reserve(sorted.size() + 1);
    arc_relationships_.reserve(sorted.size());
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        double c = sorted[i].cost;
        arc_first_.push_back(static_cast<vertex_index>(arc_relationships_.size()));
        for (; j < sorted.size() && sorted[j].first == sorted[i].first &&
               sorted[j].second == sorted[i].second;
             ++j) {
            if (j > i)
                c = combine(c, sorted[j].cost);
            if (sorted[j].relationship != npos)
                arc_relationships_.push_back(sorted[j].relationship);
        }
        merged.push_back({sorted[i].first, sorted[i].second, c, npos});
        i = j;
    }
    arc_first_.push_back(static_cast<vertex_index>(arc_relationships_.size()));
    sorted = {};
    cost_.resize(merged.size());
    for (std::size_t a = 0; a < merged.size(); ++a)
        cost_[a] = merged[a].cost;
    forward_ = graph_type(boost::edges_are_sorted, merged.data(), merged.data() + merged.size(),
                          static_cast<vertex_index>(n), static_cast<arc_index>(merged.size()));
}

// The transposed copy of an asymmetric snapshot: a counting sort of the arcs by target. Reverse
// arc i turns forward arc reverse_arc_[i] around. O(V + E).
inline void snapshot::transpose() {
    const std::size_t n = kind_.size(), m = cost_.size();
    std::vector<arc_index> start(n + 1, 0);
    for (arc_index a = 0; a < m; ++a)
        ++start[target(a) + 1];
    for (std::size_t v = 0; v < n; ++v)
        start[v + 1] += start[v];
    std::vector<arc_index> fill(start.begin(), start.end() - 1);
    std::vector<vertex_index> column(m);
    reverse_arc_.resize(m);
    reverse_cost_.resize(m);
    for (vertex_index u = 0; u < n; ++u) {
        const auto [first, last] = out_arcs(u);
        for (auto a = first; a < last; ++a) {
            const auto at = fill[target(a)]++;
            column[at] = u;
            reverse_arc_[at] = a;
            reverse_cost_[at] = cost_[a];
        }
    }
    backward_ =
        graph_type(boost::edges_are_sorted,
                   detail::csr_rows(start.data(), column.data(), static_cast<vertex_index>(n), 0),
                   detail::csr_rows(start.data(), column.data(), static_cast<vertex_index>(n),
                                    static_cast<arc_index>(m)),
                   static_cast<vertex_index>(n), static_cast<arc_index>(m));
}

inline snapshot::arc_index snapshot::partner_arc(arc_index i) const noexcept {
    // The arc the other way between the same two vertices, for the same relationship (or, for
    // merged arcs, the one arc that way: rows of merged arcs are sorted by target).
    const vertex_index u = source(i), w = target(i);
    const auto [first, last] = out_arcs(w);
    const auto& column = forward_.m_forward.m_column;
    if (!arc_first_.empty()) {
        const auto it = std::lower_bound(column.begin() + first, column.begin() + last, u);
        return static_cast<arc_index>(it - column.begin());
    }
    const vertex_index r = arc_relationship_.empty() ? npos : arc_relationship_[i];
    for (auto a = first; a < last; ++a)
        if (column[a] == u && arc_relationship_[a] == r && (a != i || u == w))
            return a;
    return npos;
}

inline snapshot snapshot::of_arcs(std::size_t n, std::vector<arc_entry>& arcs,
                                  parallel_edges merge) {
    ASCN_EXPECTS(n < npos && arcs.size() < npos);
    snapshot s;
    s.kind_.assign(n, vertex_kind::city);
    // Stable counting sort by source (skipped when the arcs come sorted), dropping self-loops;
    // then merge arcs to the same target into the first one, keeping first-appearance order.
    for (const auto& x : arcs)
        ASCN_EXPECTS(x.first < n && x.second < n);
    std::vector<arc_entry> sorted;
    if (std::is_sorted(arcs.begin(), arcs.end(),
                       [](const auto& x, const auto& y) { return x.first < y.first; })) {
        sorted = std::move(arcs);
        sorted.erase(std::remove_if(sorted.begin(), sorted.end(),
                                    [](const auto& x) { return x.first == x.second; }),
                     sorted.end());
    } else {
        std::vector<std::size_t> start(n + 1, 0);
        for (const auto& x : arcs)
            if (x.first != x.second)
                ++start[x.first + 1];
        for (std::size_t v = 0; v < n; ++v)
            start[v + 1] += start[v];
        sorted.resize(start[n]);
        for (const auto& x : arcs)
            if (x.first != x.second)
                sorted[start[x.first]++] = x;
    }
    arcs = {};
    std::vector<std::size_t> at(n, static_cast<std::size_t>(-1));
    std::size_t out = 0, row = 0;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const auto& x = sorted[i];
        if (i == 0 || x.first != sorted[row].first)
            row = out;
        ASCN_EXPECTS(std::isfinite(x.cost) && x.cost >= 0);
        if (at[x.second] != static_cast<std::size_t>(-1) && at[x.second] >= row) {
            double& y = sorted[at[x.second]].cost;
            y = merge == parallel_edges::sum ? y + x.cost : std::min(y, x.cost);
        } else {
            at[x.second] = out;
            sorted[out++] = x;
        }
    }
    sorted.resize(out);
    sorted.shrink_to_fit();
    s.cost_.resize(out);
    for (std::size_t a = 0; a < out; ++a)
        s.cost_[a] = sorted[a].cost;
    s.forward_ = graph_type(boost::edges_are_sorted, sorted.data(), sorted.data() + out,
                            static_cast<vertex_index>(n), static_cast<arc_index>(out));
    s.kinds_.assign(out, relation_set{});
    s.symmetric_ = false;
    s.has_reverse_ = false; // a working copy for the structure algorithms: out-arcs only
    return s;
}

template <SymmetricGraph Graph, ArcWeightMap<Graph> WeightMap>
snapshot snapshot::of_graph(const Graph& g, WeightMap w, parallel_edges merge) {
    // Found by argument-dependent lookup for any graph, not as this class's members.
    using boost::num_vertices;
    using boost::out_edges;
    using boost::target;
    using boost::vertices;
    const auto index = get(boost::vertex_index, g);
    const std::size_t n = num_vertices(g);
    std::vector<typename boost::graph_traits<Graph>::vertex_descriptor> by_index(n);
    for (auto [vi, ve] = vertices(g); vi != ve; ++vi)
        by_index[static_cast<std::size_t>(get(index, *vi))] = *vi;
    std::vector<arc_entry> arcs;
    for (std::size_t u = 0; u < n; ++u)
        for (auto [ei, ee] = out_edges(by_index[u], g); ei != ee; ++ei) {
            using boost::get;
            const auto v = static_cast<std::uint32_t>(get(index, target(*ei, g)));
            arcs.push_back(
                {static_cast<std::uint32_t>(u), v, static_cast<double>(get(w, *ei)), npos});
        }
    return of_arcs(n, arcs, merge);
}

} // namespace ascn

#endif // ASCN_SNAPSHOT_HPP
