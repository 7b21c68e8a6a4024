// SPDX-License-Identifier: MIT
/// \file
/// `ascn::snapshot`: a frozen, read-only compressed (CSR) copy of a network or time view, for
/// analyses that must run at the speed of Boost.Graph's best representation.
#ifndef ASCN_SNAPSHOT_HPP
#define ASCN_SNAPSHOT_HPP

#include "ascn/detail/validate.hpp"
#include "ascn/error.hpp"
#include "ascn/handles.hpp"
#include "ascn/model/kinds.hpp"
#include "ascn/network.hpp"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/property_map/property_map.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace ascn {

/// Weight policy: every relationship costs 1 (hop counts).
struct unit_weight {
    /// The weight of any relationship: 1.
    template <class R>
    constexpr double operator()(const R&) const noexcept {
        return 1.0;
    }
};

/// A frozen compressed-sparse-row snapshot of a network or a time view.
///
/// Each relationship becomes two arcs (one each way) of a directed
/// `boost::compressed_sparse_row_graph` with 32-bit vertex and edge indices, so BGL
/// algorithms run on `graph()` at raw CSR speed. Alongside, indexed by the CSR edge index:
/// the weight (computed once by a policy at build time), the relation kind and which
/// relationship the arc comes from; indexed by snapshot vertex: the vertex kind and the
/// network vertex it comes from. Snapshot vertex numbers are dense: for a whole network they
/// equal the network's vertex descriptors at build time; for a time view they skip the vertices
/// the view leaves out (use `from_network` / `to_network`).
///
/// The snapshot owns its data and does not refer to the network after construction.
template <class Weight = double>
class snapshot {
    static_assert(std::is_arithmetic_v<Weight>, "ascn::snapshot weights must be arithmetic");

public:
    /// Index of a vertex, 0 to `num_vertices() - 1`.
    using vertex_index = std::uint32_t;
    /// The Boost.Graph type of `graph()`.
    using graph_type =
        boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                           boost::no_property, vertex_index, vertex_index>;
    /// A Boost.Graph vertex descriptor of `graph()` (the same as `vertex_index`).
    using vertex_descriptor = typename boost::graph_traits<graph_type>::vertex_descriptor;
    /// A Boost.Graph edge descriptor of `graph()`.
    using edge_descriptor = typename boost::graph_traits<graph_type>::edge_descriptor;
    /// The type of the weights.
    using weight_type = Weight;
    /// "No vertex": what a network vertex left out maps to.
    static constexpr vertex_index npos = std::numeric_limits<vertex_index>::max();

    snapshot() = default;

    /// Builds the snapshot of `source` (a network or a `time_view`), weighing each relationship
    /// with `weigh(const Relationship&) -> Weight` (finite, non-negative). A policy that returns
    /// `std::optional<Weight>` leaves out the relationships it returns `std::nullopt` for (all
    /// their vertices stay). Throws `value_error` naming the relationship if a weight is negative,
    /// NaN or infinite, or if the network has more than 2^32 - 2 vertices or arcs. O(V + E).
    template <class Source, class WeightPolicy = unit_weight>
    explicit snapshot(const Source& source, WeightPolicy weigh = {}) {
        const auto parts = view_parts(source);
        const auto& net = *parts.first;
        const auto& keep = parts.second;
        const auto& g = net.graph();
        const std::size_t n = boost::num_vertices(g);
        if (n >= npos)
            throw value_error("network too large for a 32-bit snapshot",
                              {{}, "vertices", std::to_string(n), {}, 0, 0});

        from_network_.assign(n, npos);
        for (std::size_t v = 0; v < n; ++v)
            if (keep(v)) {
                from_network_[v] = static_cast<vertex_index>(to_network_.size());
                to_network_.push_back(static_cast<vertex_index>(v));
                vertex_kind_.push_back(g[v].kind());
            }
        const std::size_t m = to_network_.size();

        // Count arcs per snapshot vertex (counting sort by source).
        std::vector<vertex_index> start(m + 1, 0);
        // A policy that returns std::optional drops the relationships it returns nullopt for.
        auto weight_of = [&](const auto& r) -> std::optional<Weight> {
            auto w = weigh(r);
            if constexpr (requires { w.has_value(); }) {
                if (!w.has_value())
                    return std::nullopt;
                return static_cast<Weight>(*w);
            } else
                return static_cast<Weight>(w);
        };
        // One pass over the (list-based, cache-unfriendly) edges into a compact array; the
        // counting sort then runs over that array.
        struct kept {
            vertex_index a, b;
            Weight w;
            relation_kind kind;
            relationship_handle handle;
        };
        std::vector<kept> list;
        list.reserve(boost::num_edges(g));
        for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
            if (!keep(*ei))
                continue;
            const auto& r = g[*ei].value;
            const std::optional<Weight> ow = weight_of(r);
            if (!ow)
                continue;
            const Weight w = *ow;
            bool bad = false;
            if constexpr (std::is_floating_point_v<Weight>)
                bad = !std::isfinite(w) || w < 0;
            else if constexpr (std::is_signed_v<Weight>)
                bad = w < 0;
            if (bad)
                throw value_error(
                    "weight policy returned a negative or non-finite weight",
                    {std::string(g[net.from(*ei)].id()) + " -> " + std::string(g[net.to(*ei)].id()),
                     "weight",
                     detail::number_text(static_cast<double>(w)),
                     {},
                     0,
                     0});
            const vertex_index a = from_network_[boost::source(*ei, g)];
            const vertex_index b = from_network_[boost::target(*ei, g)];
            ++start[a + 1];
            ++start[b + 1];
            list.push_back({a, b, w, static_cast<relation_kind>(r.kind), net.handle(*ei)});
        }
        const std::size_t rels = list.size();
        if (2 * rels >= npos)
            throw value_error("network too large for a 32-bit snapshot",
                              {{}, "relationships", std::to_string(rels), {}, 0, 0});
        for (std::size_t v = 0; v < m; ++v)
            start[v + 1] += start[v];

        const std::size_t arcs = 2 * rels;
        std::vector<vertex_index> target(arcs);
        weight_.resize(arcs);
        relation_.resize(arcs);
        arc_relationship_.resize(arcs);
        relationship_key_.resize(rels);
        std::vector<vertex_index> fill(start.begin(), start.end() - 1);
        for (std::size_t index = 0; index < rels; ++index) {
            const kept& k = list[index];
            relationship_key_[index] = k.handle;
            for (auto [s, t] : {std::pair(k.a, k.b), std::pair(k.b, k.a)}) {
                const vertex_index at = fill[s]++;
                target[at] = t;
                weight_[at] = k.w;
                relation_[at] = k.kind;
                arc_relationship_[at] = static_cast<vertex_index>(index);
            }
        }
        list = {};
        // The arrays are already in CSR order: hand them to the graph as its row starts and
        // columns (BGL's CSR keeps them as public members) instead of rebuilding from pairs.
        graph_ = graph_type(static_cast<vertex_index>(m));
        graph_.m_forward.m_rowstart = std::move(start);
        graph_.m_forward.m_column = std::move(target);
    }

    /// The CSR graph: run any Boost.Graph algorithm on it.
    [[nodiscard]] const graph_type& graph() const noexcept { return graph_; }

    /// Arc weights as a BGL readable property map keyed by edge descriptor.
    [[nodiscard]] auto weight_map() const {
        return boost::make_iterator_property_map(weight_.data(),
                                                 boost::get(boost::edge_index, graph_));
    }
    /// The weight of an arc.
    [[nodiscard]] Weight weight(const edge_descriptor& e) const noexcept { return weight_[e.idx]; }
    /// The relation kind of an arc.
    [[nodiscard]] relation_kind relation(const edge_descriptor& e) const noexcept {
        return relation_[e.idx];
    }
    /// Index (0 .. num_relationships()-1) of the relationship an arc comes from; both arcs of a
    /// relationship share it.
    [[nodiscard]] vertex_index relationship_index(const edge_descriptor& e) const noexcept {
        return arc_relationship_[e.idx];
    }
    /// The network's relationship handle of relationship index `i`.
    [[nodiscard]] relationship_handle relationship(vertex_index i) const noexcept {
        return relationship_key_[i];
    }
    /// The kind of vertex `v`.
    [[nodiscard]] vertex_kind kind(vertex_index v) const noexcept { return vertex_kind_[v]; }

    /// The network vertex (descriptor at build time) of snapshot vertex `v`.
    [[nodiscard]] std::size_t to_network(vertex_index v) const noexcept { return to_network_[v]; }
    /// The snapshot vertex of network vertex `v`, if the snapshot contains it.
    [[nodiscard]] std::optional<vertex_index> from_network(std::size_t v) const noexcept {
        if (v >= from_network_.size() || from_network_[v] == npos)
            return std::nullopt;
        return from_network_[v];
    }

    /// Number of vertices kept.
    [[nodiscard]] std::size_t num_vertices() const noexcept { return to_network_.size(); }
    /// Number of arcs: twice the number of relationships.
    [[nodiscard]] std::size_t num_arcs() const noexcept { return weight_.size(); }
    /// Number of relationships kept (each is two arcs).
    [[nodiscard]] std::size_t num_relationships() const noexcept {
        return relationship_key_.size();
    }

    /// Bytes held (capacity of every array, the CSR graph included).
    [[nodiscard]] std::size_t memory_bytes() const noexcept {
        auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
        return bytes(graph_.m_forward.m_rowstart) + bytes(graph_.m_forward.m_column) +
               bytes(weight_) + bytes(relation_) + bytes(arc_relationship_) +
               bytes(relationship_key_) + bytes(vertex_kind_) + bytes(to_network_) +
               bytes(from_network_);
    }

private:
    graph_type graph_;
    std::vector<Weight> weight_;                        // by arc
    std::vector<relation_kind> relation_;               // by arc
    std::vector<vertex_index> arc_relationship_;        // by arc
    std::vector<relationship_handle> relationship_key_; // by relationship
    std::vector<vertex_kind> vertex_kind_;              // by snapshot vertex
    std::vector<vertex_index> to_network_;              // by snapshot vertex
    std::vector<vertex_index> from_network_;            // by network vertex
};

} // namespace ascn

#endif // ASCN_SNAPSHOT_HPP
