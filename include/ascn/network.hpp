// SPDX-License-Identifier: MIT
/// \file
/// `ascn::basic_network`: cities, countries, partners and typed relationships stored in a
/// `boost::adjacency_list`, with O(1) lookup by id, stable handles, validated mutations with the
/// strong exception guarantee, and `ascn::network`, the alias over the default model types.
#ifndef ASCN_NETWORK_HPP
#define ASCN_NETWORK_HPP

#include "ascn/concepts.hpp"
#include "ascn/contracts.hpp"
#include "ascn/detail/suggest.hpp"
#include "ascn/detail/validate.hpp"
#include "ascn/error.hpp"
#include "ascn/fwd.hpp"
#include "ascn/handles.hpp"
#include "ascn/model/city.hpp"
#include "ascn/model/country.hpp"
#include "ascn/model/partner.hpp"
#include "ascn/model/relationship.hpp"
#include "ascn/source.hpp"

#include <boost/graph/adjacency_list.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

namespace ascn {

namespace detail {
/// A process-wide stamp, new at every call (for `basic_network::revision`).
inline std::uint64_t next_revision() noexcept {
    static std::atomic<std::uint64_t> counter{0};
    return ++counter;
}
} // namespace detail

namespace detail {
/// Makes room for one more element without invalidating anything, growing geometrically.
/// (`reserve(size() + 1)` in a loop would rehash to the next prime again and again: O(n^2).)
template <class Map>
void reserve_one_more(Map& m) {
    if (static_cast<float>(m.size() + 1) >
        static_cast<float>(m.bucket_count()) * m.max_load_factor())
        m.reserve(std::max<std::size_t>(16, 2 * (m.size() + 1)));
}

/// A graph held on the heap, so that moving its holder takes a pointer instead of copying the
/// graph (Boost's `adjacency_list` has no move constructor: its moves copy). Copies are deep.
/// A moved-from box reads as an empty graph and makes a new one when next written to.
template <class G>
class boxed_graph {
public:
    boxed_graph() = default;
    boxed_graph(const boxed_graph& o)
        : p_(o.p_ ? std::make_unique<G>(*o.p_) : nullptr) {}
    boxed_graph& operator=(const boxed_graph& o) {
        if (this != &o) // the copy first: an exception leaves this as it was
            p_ = o.p_ ? std::make_unique<G>(*o.p_) : nullptr;
        return *this;
    }
    boxed_graph(boxed_graph&& o) noexcept = default;
    boxed_graph& operator=(boxed_graph&& o) noexcept = default;
    ~boxed_graph() = default;

    /// The graph, made on first write.
    G& get() {
        if (!p_)
            p_ = std::make_unique<G>();
        return *p_;
    }
    /// The graph, or an empty one.
    const G& get() const noexcept {
        static const G empty;
        return p_ ? *p_ : empty;
    }

private:
    std::unique_ptr<G> p_;
};

/// The hash of the id table, transparent (a `std::string_view` finds a `std::string` key).
/// Deliberately not `noexcept`: libstdc++ then keeps each key's hash in its node (as it does
/// for `std::hash<std::string>`), so a lookup compares stored hashes before strings and never
/// hashes the other keys of a bucket again. Without it a lookup in a table of a million ids
/// rehashed a neighbour's key to find where its bucket ends: a fifth of the time of reading a
/// million-city file went to lookups.
struct string_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
} // namespace detail

/// The network: a `boost::adjacency_list<vecS, vecS, undirectedS>` whose vertices are cities,
/// countries and partners and whose edges are typed relationships.
///
/// - Lookup by id is expected O(1) (`find`, `city`, `vertex`).
/// - `vertex_handle`s and `relationship_handle`s stay valid across every mutation except the
///   removal of what they name. Raw BGL vertex descriptors from `graph()` follow BGL's `vecS`
///   rule: valid until the next vertex *removal*; edge descriptors until the next removal of
///   anything. Keep handles, and turn them into descriptors when you call into BGL.
/// - Every mutation validates first and either succeeds or throws from `ascn::error` leaving
///   the network exactly as it was.
/// - A city's member-of relationship to its country is created by `add_city` and removed with
///   the city, so `city.country` and the graph always agree.
///
/// The graph is undirected (knowledge and trust flow both ways along a relationship); each
/// relationship still records its declared direction (`from`, `to`), which the endpoint rules
/// (`ascn::allows`) are checked against.
template <City C, Country K, Partner P, Relationship R>
class basic_network {
    static_assert(!std::is_same_v<C, K> && !std::is_same_v<C, P> && !std::is_same_v<K, P>,
                  "ascn::basic_network needs three distinct types for cities, countries and "
                  "partners (wrap one in a struct if two would be the same)");

public:
    /// The city type, `C`.
    using city_type = C;
    /// The country type, `K`.
    using country_type = K;
    /// The partner type, `P`.
    using partner_type = P;
    /// The relationship type, `R`.
    using relationship_type = R;

    /// The bundled vertex property: one of a city, a country or a partner.
    struct vertex_data {
        std::variant<C, K, P> value; ///< the city, country or partner
        std::uint32_t slot = 0;      ///< the slot of this vertex's handle (internal bookkeeping)

        /// Whether the vertex is a city, country or partner.
        [[nodiscard]] vertex_kind kind() const noexcept {
            return static_cast<vertex_kind>(value.index());
        }
        /// The vertex's id.
        [[nodiscard]] std::string_view id() const noexcept {
            return std::visit([](const auto& x) -> std::string_view { return x.id; }, value);
        }
        /// The city, or nullptr if this vertex is not a city.
        [[nodiscard]] const C* city() const noexcept { return std::get_if<0>(&value); }
        /// The country, or nullptr.
        [[nodiscard]] const K* country() const noexcept { return std::get_if<1>(&value); }
        /// The partner, or nullptr.
        [[nodiscard]] const P* partner() const noexcept { return std::get_if<2>(&value); }
    };

    /// The bundled edge property: the relationship and its bookkeeping.
    struct edge_data {
        R value;                     ///< the relationship
        std::uint64_t key = 0;       ///< the relationship handle's key
        std::uint32_t from_slot = 0; ///< declared source (slot of its vertex handle)
        std::uint32_t to_slot = 0;   ///< declared target
    };

    /// The Boost.Graph type of `graph()`.
    using graph_type =
        boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, vertex_data, edge_data>;
    /// A Boost.Graph vertex descriptor of `graph()` (an index; changes when vertices are removed).
    using vertex_descriptor = typename boost::graph_traits<graph_type>::vertex_descriptor;
    /// A Boost.Graph edge descriptor of `graph()`.
    using edge_descriptor = typename boost::graph_traits<graph_type>::edge_descriptor;

    basic_network() = default;
    /// A deep copy.
    basic_network(const basic_network&) = default;
    /// Copy assignment.
    basic_network& operator=(const basic_network&) = default;
    /// O(1): takes the graph and the tables; `other` is left empty and valid.
    basic_network(basic_network&& other) noexcept
        : box_(std::move(other.box_))
        , ids_(std::move(other.ids_))
        , slots_(std::move(other.slots_))
        , free_slots_(std::move(other.free_slots_))
        , next_key_(other.next_key_)
        , revision_(other.revision_)
        , counts_(other.counts_) {
        other.reset_moved_from();
    }
    /// O(1): takes the graph and the tables; `other` is left empty and valid.
    basic_network& operator=(basic_network&& other) noexcept {
        if (this != &other) {
            box_ = std::move(other.box_);
            ids_ = std::move(other.ids_);
            slots_ = std::move(other.slots_);
            free_slots_ = std::move(other.free_slots_);
            next_key_ = other.next_key_;
            revision_ = other.revision_;
            counts_ = other.counts_;
            other.reset_moved_from();
        }
        return *this;
    }
    ~basic_network() = default;

    // --- size ---------------------------------------------------------------------------

    /// Number of vertices of `kind`.
    [[nodiscard]] std::size_t count(vertex_kind kind) const noexcept {
        return counts_[static_cast<std::size_t>(kind)];
    }
    /// Number of cities.
    [[nodiscard]] std::size_t num_cities() const noexcept { return count(vertex_kind::city); }
    /// Number of countries.
    [[nodiscard]] std::size_t num_countries() const noexcept { return count(vertex_kind::country); }
    /// Number of partners.
    [[nodiscard]] std::size_t num_partners() const noexcept { return count(vertex_kind::partner); }
    /// Number of vertices: cities, countries and partners.
    [[nodiscard]] std::size_t num_vertices() const noexcept { return boost::num_vertices(gr()); }
    /// Number of relationships, member-of included.
    [[nodiscard]] std::size_t num_relationships() const noexcept { return boost::num_edges(gr()); }
    /// True when the network has no vertex.
    [[nodiscard]] bool empty() const noexcept { return num_vertices() == 0; }

    /// The underlying BGL graph (read-only: mutate through the network so ids, handles and
    /// rules stay consistent). Every Boost.Graph algorithm runs on it.
    [[nodiscard]] const graph_type& graph() const noexcept { return gr(); }

    // --- lookup -------------------------------------------------------------------------

    /// The handle of the vertex with this id, if any. Expected O(1).
    [[nodiscard]] std::optional<vertex_handle> find(std::string_view id) const {
        auto it = ids_.find(id);
        if (it == ids_.end())
            return std::nullopt;
        return vertex_handle(it->second, slots_[it->second].generation);
    }
    /// True if a vertex has this id.
    [[nodiscard]] bool contains(std::string_view id) const { return ids_.find(id) != ids_.end(); }
    /// The BGL descriptor of the vertex with this id, if any (valid until the next removal).
    [[nodiscard]] std::optional<vertex_descriptor> vertex(std::string_view id) const {
        auto it = ids_.find(id);
        if (it == ids_.end())
            return std::nullopt;
        return slots_[it->second].vertex;
    }
    /// True if `h` names a vertex that is still in the network.
    [[nodiscard]] bool valid(vertex_handle h) const noexcept {
        return h && h.slot() < slots_.size() && slots_[h.slot()].generation == h.generation() &&
               slots_[h.slot()].vertex != no_vertex;
    }
    /// The BGL descriptor of a handle, or nullopt if the handle is null or stale.
    [[nodiscard]] std::optional<vertex_descriptor> vertex(vertex_handle h) const noexcept {
        if (!valid(h))
            return std::nullopt;
        return slots_[h.slot()].vertex;
    }
    /// The stable handle of a vertex descriptor. Precondition: `v` is a vertex of `graph()`.
    [[nodiscard]] vertex_handle handle(vertex_descriptor v) const noexcept {
        ASCN_EXPECTS(v < boost::num_vertices(gr()));
        const auto slot = gr()[v].slot;
        return vertex_handle(slot, slots_[slot].generation);
    }
    /// The stable handle of a relationship descriptor.
    [[nodiscard]] relationship_handle handle(edge_descriptor e) const noexcept {
        return relationship_handle(gr()[e].key, gr()[e].from_slot);
    }

    /// The vertex data of a descriptor. Precondition: `v` is a vertex of `graph()`.
    [[nodiscard]] const vertex_data& operator[](vertex_descriptor v) const noexcept {
        ASCN_EXPECTS(v < boost::num_vertices(gr()));
        return gr()[v];
    }
    /// The relationship of an edge descriptor.
    [[nodiscard]] const R& operator[](edge_descriptor e) const noexcept { return gr()[e].value; }

    /// The vertex data of a handle. Throws `stale_handle_error` if it was removed.
    [[nodiscard]] const vertex_data& operator[](vertex_handle h) const { return gr()[require(h)]; }
    /// The vertex data of an id. Throws `unknown_id_error` (with suggestions).
    [[nodiscard]] const vertex_data& at(std::string_view id) const { return gr()[require(id)]; }

    /// The city with this id, or nullptr if there is none (or the id is not a city's).
    [[nodiscard]] const C* find_city(std::string_view id) const noexcept {
        auto v = vertex(id);
        return v ? gr()[*v].city() : nullptr;
    }
    /// The country with this id, or nullptr.
    [[nodiscard]] const K* find_country(std::string_view id) const noexcept {
        auto v = vertex(id);
        return v ? gr()[*v].country() : nullptr;
    }
    /// The partner with this id, or nullptr.
    [[nodiscard]] const P* find_partner(std::string_view id) const noexcept {
        auto v = vertex(id);
        return v ? gr()[*v].partner() : nullptr;
    }
    /// The city with this id. Throws `unknown_id_error` if there is no such city.
    [[nodiscard]] const C& city(std::string_view id) const { return typed<0>(id, "city"); }
    /// The country with this id. Throws `unknown_id_error`.
    [[nodiscard]] const K& country(std::string_view id) const { return typed<1>(id, "country"); }
    /// The partner with this id. Throws `unknown_id_error`.
    [[nodiscard]] const P& partner(std::string_view id) const { return typed<2>(id, "partner"); }

    /// The descriptor of a relationship handle, or nullopt if it was removed. O(degree of its
    /// declared source).
    [[nodiscard]] std::optional<edge_descriptor> edge(relationship_handle h) const {
        if (!h || h.from_slot() >= slots_.size() || slots_[h.from_slot()].vertex == no_vertex)
            return std::nullopt;
        const vertex_descriptor u = slots_[h.from_slot()].vertex;
        for (auto [ei, ee] = boost::out_edges(u, gr()); ei != ee; ++ei)
            if (gr()[*ei].key == h.key())
                return *ei;
        return std::nullopt;
    }
    /// The relationship of a handle. Throws `stale_handle_error` if it was removed.
    [[nodiscard]] const R& relationship(relationship_handle h) const {
        return gr()[require(h)].value;
    }
    /// The declared source of a relationship (`from` in `add_relationship`).
    [[nodiscard]] vertex_descriptor from(edge_descriptor e) const noexcept {
        return slots_[gr()[e].from_slot].vertex;
    }
    /// The declared target of a relationship.
    [[nodiscard]] vertex_descriptor to(edge_descriptor e) const noexcept {
        return slots_[gr()[e].to_slot].vertex;
    }

    /// Every id in the network, in no particular order (for suggestions and diagnostics).
    [[nodiscard]] std::vector<std::string> ids() const {
        std::vector<std::string> out;
        out.reserve(ids_.size());
        for (const auto& [id, slot] : ids_)
            out.push_back(id);
        return out;
    }

    /// A stamp that changes with every successful mutation, unique in the process (a copy keeps
    /// it until either changes): what a snapshot checks before it explains an arc against this
    /// network.
    [[nodiscard]] std::uint64_t revision() const noexcept { return revision_; }

    // --- mutation -----------------------------------------------------------------------

    /// Adds a city and its member-of relationship to its country.
    /// Throws `value_error` (bad field), `duplicate_id_error`, or `unknown_id_error` if its
    /// country is not in the network. Strong guarantee. Amortised O(1).
    vertex_handle add_city(C c) {
        detail::validate_city(c);
        check_new_id(c.id, "city");
        const std::string_view country_id = c.country;
        auto cv = vertex(country_id);
        if (!cv || gr()[*cv].kind() != vertex_kind::country)
            throw unknown_id_error("city \"" + std::string(std::string_view(c.id)) +
                                       "\" names a country that is not in the network",
                                   {.id = std::string(std::string_view(c.id)),
                                    .field = "country",
                                    .value = std::string(country_id)},
                                   suggest(country_id));
        R member{};
        member.kind = relation_kind::member_of;
        member.start = static_cast<int>(c.joined);
        // The member-of relationship is sourced as the city is (its membership is the city's).
        if constexpr (requires { member.source = c.source; })
            member.source = c.source;
        const vertex_descriptor country_v = *cv;
        return insert(std::move(c), [&](vertex_descriptor v, std::uint32_t slot) {
            insert_edge(v, country_v, slot, gr()[country_v].slot, std::move(member));
        });
    }

    /// Adds a country. Throws `value_error` or `duplicate_id_error`. Strong guarantee.
    vertex_handle add_country(K k) {
        detail::validate_country(k);
        check_new_id(k.id, "country");
        return insert(std::move(k), [](vertex_descriptor, std::uint32_t) {});
    }

    /// Adds a partner. Throws `value_error` or `duplicate_id_error`. Strong guarantee.
    vertex_handle add_partner(P p) {
        detail::validate_partner(p);
        check_new_id(p.id, "partner");
        return insert(std::move(p), [](vertex_descriptor, std::uint32_t) {});
    }

    /// Adds a relationship from `from` to `to` (ids, which must differ). Throws `unknown_id_error`,
    /// `endpoint_error` if `r.kind` does not allow these endpoints (see `ascn::allows`; member-of
    /// is made by `add_city` only), or `value_error` for a bad year or strength.
    /// Parallel relationships (of other kinds, or other years) are allowed. Strong guarantee.
    relationship_handle add_relationship(std::string_view from, std::string_view to, R r) {
        return add_relationship_impl(require(from), require(to), std::move(r));
    }
    /// \copydoc add_relationship(std::string_view, std::string_view, R)
    relationship_handle add_relationship(vertex_handle from, vertex_handle to, R r) {
        return add_relationship_impl(require(from), require(to), std::move(r));
    }

    /// Removes a vertex and all its relationships. A country that still has cities throws
    /// `in_use_error`. Invalidates BGL vertex descriptors (not handles). O(V + E).
    void remove(vertex_handle h) { remove_vertex_impl(require(h)); }
    /// \copydoc remove(vertex_handle)
    void remove(std::string_view id) { remove_vertex_impl(require(id)); }

    /// Removes a relationship. Member-of relationships go only with their city
    /// (`endpoint_error`). Throws `stale_handle_error` if already removed. O(degree).
    void remove(relationship_handle h) {
        const edge_descriptor e = require(h);
        if (static_cast<relation_kind>(gr()[e].value.kind) == relation_kind::member_of)
            throw endpoint_error(
                "member-of relationships are removed with their city",
                {.id = std::string(gr()[from(e)].id()), .field = "kind", .value = "member-of"});
        boost::remove_edge(e, gr());
        revision_ = detail::next_revision();
    }

    /// Makes room for `vertices` vertices in all (the id table, the handle slots and the graph's
    /// vertex list), so that adding up to that many rehashes and moves nothing: for readers
    /// and generators that know the count before they add. Changes nothing that can be
    /// observed (no handle, descriptor, id or `revision`); a smaller count than the network
    /// holds does nothing. Throws `value_error` if `vertices` is more than a network can hold
    /// (2^32 - 1: handles keep 32-bit slots), or `std::bad_alloc`; strong guarantee (what was
    /// reserved before the failure stays reserved). The graph's edges are a list and each
    /// vertex's incident edges a vector of its own, so there is nothing to reserve for
    /// relationships.
    void reserve(std::size_t vertices) {
        if (vertices > std::size_t{std::numeric_limits<std::uint32_t>::max()})
            throw value_error("cannot reserve " + std::to_string(vertices) +
                                  " vertices: a network holds at most 4294967295",
                              {.field = "vertices", .value = std::to_string(vertices)});
        if (vertices > ids_.size())
            ids_.reserve(vertices);
        if (vertices > slots_.size())
            slots_.reserve(vertices);
        if (vertices > boost::num_vertices(gr()))
            gr().m_vertices.reserve(vertices);
    }

    /// Removes everything.
    void clear() noexcept {
        gr().clear();
        ids_.clear();
        slots_.clear();
        free_slots_.clear();
        counts_ = {};
        revision_ = detail::next_revision();
    }

private:
    static constexpr vertex_descriptor no_vertex = static_cast<vertex_descriptor>(-1);

    struct slot_entry {
        vertex_descriptor vertex = no_vertex;
        std::uint32_t generation = 0;
    };

    std::vector<std::string> suggest(std::string_view id) const {
        std::vector<std::string_view> all;
        all.reserve(ids_.size());
        for (const auto& kv : ids_)
            all.push_back(kv.first);
        return detail::closest(all, id);
    }

    vertex_descriptor require(std::string_view id) const {
        auto v = vertex(id);
        if (!v)
            throw unknown_id_error("no vertex has id \"" + std::string(id) + "\"",
                                   {.id = std::string(id), .field = "id", .value = std::string(id)},
                                   suggest(id));
        return *v;
    }
    vertex_descriptor require(vertex_handle h) const {
        auto v = vertex(h);
        if (!v)
            throw stale_handle_error(h ? "vertex handle refers to a removed vertex"
                                       : "vertex handle is null",
                                     {.field = "handle", .value = std::to_string(h.slot())});
        return *v;
    }
    edge_descriptor require(relationship_handle h) const {
        auto e = edge(h);
        if (!e)
            throw stale_handle_error(h ? "relationship handle refers to a removed relationship"
                                       : "relationship handle is null",
                                     {.field = "handle", .value = std::to_string(h.key())});
        return *e;
    }

    template <std::size_t I>
    const auto& typed(std::string_view id, const char* what) const {
        auto v = vertex(id);
        if (!v || gr()[*v].value.index() != I) {
            std::vector<std::string_view> same_kind;
            for (const auto& kv : ids_)
                if (gr()[slots_[kv.second].vertex].value.index() == I)
                    same_kind.push_back(kv.first);
            throw unknown_id_error(std::string("no ") + what + " has id \"" + std::string(id) +
                                       "\"",
                                   {.id = std::string(id), .field = "id", .value = std::string(id)},
                                   detail::closest(same_kind, id));
        }
        return std::get<I>(gr()[*v].value);
    }

    void check_new_id(std::string_view id, const char* what) const {
        if (contains(id))
            throw duplicate_id_error(
                std::string(what) + " id \"" + std::string(id) + "\" is already used by a " +
                    std::string(to_string(gr()[*vertex(id)].kind())),
                {.id = std::string(id), .field = "id", .value = std::string(id)});
    }

    /// Adds a vertex holding `value`, then runs `attach(v, slot)` (which may add edges); if
    /// anything throws, every change is undone.
    template <class T, class Attach>
    vertex_handle insert(T value, Attach attach) {
        std::string key(std::string_view(value.id));
        // Reserve first so that the steps after the graph change cannot reallocate.
        detail::reserve_one_more(ids_);
        if (slots_.size() == slots_.capacity()) // geometric, as push_back would
            slots_.reserve(std::max<std::size_t>(16, 2 * slots_.size()));
        if (free_slots_.size() == free_slots_.capacity())
            free_slots_.reserve(std::max<std::size_t>(16, 2 * free_slots_.size()));
        const std::uint32_t slot =
            free_slots_.empty() ? static_cast<std::uint32_t>(slots_.size()) : free_slots_.back();
        const vertex_descriptor v = boost::add_vertex(
            vertex_data{std::variant<C, K, P>(std::in_place_type<T>, std::move(value)), slot},
            gr());
        try {
            attach(v, slot);
            ids_.emplace(std::move(key), slot);
        } catch (...) {
            boost::clear_vertex(v, gr());
            boost::remove_vertex(v, gr()); // the last vertex: no renumbering
            throw;
        }
        if (slot == slots_.size())
            slots_.push_back(slot_entry{v, 0});
        else {
            free_slots_.pop_back();
            slots_[slot].vertex = v;
        }
        ++counts_[gr()[v].value.index()];
        revision_ = detail::next_revision();
        return vertex_handle(slot, slots_[slot].generation);
    }

    void insert_edge(vertex_descriptor u, vertex_descriptor v, std::uint32_t us, std::uint32_t vs,
                     R r) {
        boost::add_edge(u, v, edge_data{std::move(r), next_key_, us, vs}, gr());
        ++next_key_;
        revision_ = detail::next_revision();
    }

    relationship_handle add_relationship_impl(vertex_descriptor u, vertex_descriptor v, R r) {
        // Named in errors only: a valid relationship costs no string.
        const auto where = [&] {
            return std::string(gr()[u].id()) + " -> " + std::string(gr()[v].id());
        };
        detail::validate_relationship(r, where);
        const auto kind = static_cast<relation_kind>(r.kind);
        if (u == v)
            throw endpoint_error(
                "a relationship needs two different ends",
                {.id = where(), .field = "to", .value = std::string(gr()[v].id())});
        if (kind == relation_kind::member_of)
            throw endpoint_error("member-of relationships are made by add_city from the city's "
                                 "country and cannot be added directly",
                                 {.id = where(), .field = "kind", .value = "member-of"});
        if (!allows(kind, endpoint_of(u), endpoint_of(v)))
            throw endpoint_error(
                std::string(endpoint_rule(kind)) + "; got " + describe(u) + " -> " + describe(v),
                {.id = where(), .field = "kind", .value = std::string(to_string(kind))});
        const std::uint64_t key = next_key_;
        insert_edge(u, v, gr()[u].slot, gr()[v].slot, std::move(r));
        return relationship_handle(key, gr()[u].slot);
    }

    endpoint endpoint_of(vertex_descriptor v) const {
        endpoint ep{gr()[v].kind()};
        if (const P* p = gr()[v].partner())
            ep.partner = static_cast<partner_kind>(p->kind);
        return ep;
    }
    std::string describe(vertex_descriptor v) const {
        if (const P* p = gr()[v].partner())
            return std::string(to_string(static_cast<partner_kind>(p->kind))) + " partner";
        return std::string(to_string(gr()[v].kind()));
    }

    void remove_vertex_impl(vertex_descriptor v) {
        if (gr()[v].kind() == vertex_kind::country) {
            std::vector<std::string> members;
            for (auto [ei, ee] = boost::out_edges(v, gr()); ei != ee; ++ei)
                if (static_cast<relation_kind>(gr()[*ei].value.kind) == relation_kind::member_of)
                    members.emplace_back(gr()[boost::target(*ei, gr())].id());
            if (!members.empty())
                throw in_use_error("country \"" + std::string(gr()[v].id()) + "\" still has " +
                                       std::to_string(members.size()) +
                                       " member cities (first: " + members.front() + ")",
                                   {.id = std::string(gr()[v].id()),
                                    .field = "id",
                                    .value = std::string(gr()[v].id())});
        }
        // Everything below is non-throwing (capacity is reserved first).
        if (free_slots_.size() == free_slots_.capacity())
            free_slots_.reserve(std::max<std::size_t>(16, 2 * free_slots_.size()));
        const std::uint32_t slot = gr()[v].slot;
        const std::size_t kind = gr()[v].value.index();
        auto id_it = ids_.find(gr()[v].id());
        ids_.erase(id_it);
        boost::clear_vertex(v, gr());
        boost::remove_vertex(v, gr());
        for (vertex_descriptor w = v; w < boost::num_vertices(gr()); ++w)
            slots_[gr()[w].slot].vertex = w;
        slots_[slot].vertex = no_vertex;
        ++slots_[slot].generation;
        free_slots_.push_back(slot);
        --counts_[kind];
        revision_ = detail::next_revision();
    }

    // After a move: empty and valid, as a new network (handles from before stay invalid).
    void reset_moved_from() noexcept {
        ids_.clear();
        slots_.clear();
        free_slots_.clear();
        counts_ = {};
        revision_ = detail::next_revision();
    }

    graph_type& gr() { return box_.get(); }
    const graph_type& gr() const noexcept { return box_.get(); }

    detail::boxed_graph<graph_type> box_; // on the heap: a move takes the pointer
    std::unordered_map<std::string, std::uint32_t, detail::string_hash, std::equal_to<>> ids_;
    std::vector<slot_entry> slots_;
    std::vector<std::uint32_t> free_slots_;
    std::uint64_t next_key_ = 1;
    std::uint64_t revision_ = detail::next_revision();
    std::array<std::size_t, vertex_kind_count> counts_{};
};

namespace detail {
/// The predicate of a whole network: contains everything.
struct everything {
    template <class T>
    constexpr bool operator()(const T&) const noexcept {
        return true;
    }
};
} // namespace detail

/// A whole network as a `NetworkSource`: itself, keeping everything (found by
/// argument-dependent lookup; a time view provides its own).
template <class C, class K, class P, class R>
source_parts<basic_network<C, K, P, R>, detail::everything>
network_parts(const basic_network<C, K, P, R>& net) noexcept {
    return {&net, {}};
}

} // namespace ascn

#endif // ASCN_NETWORK_HPP
