// SPDX-License-Identifier: MIT
/// \file
/// range-v3 views over a network or a time view: cities, countries, partners, relationships
/// (all or by kind), neighbours of a vertex (optionally by relationship kind), cities of a
/// country, partners of a city. They are lazy, compose with any range-v3 pipeline, and refer
/// to the network, which must outlive them and not change while they are used.
///
/// \code
/// for (const ascn::city& c : ascn::cities(net) | ranges::views::filter(is_capital)) ...
/// auto ids = ascn::cities_of(net, "VN") | ranges::views::transform(&ascn::city::id);
/// \endcode
#ifndef ASCN_VIEWS_HPP
#define ASCN_VIEWS_HPP

#include "ascn/network.hpp"

#include <range/v3/view/filter.hpp>
#include <range/v3/view/iota.hpp>
#include <range/v3/view/subrange.hpp>
#include <range/v3/view/transform.hpp>

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace ascn {

/// A relationship seen from a view: its descriptor, declared ends and data.
template <class Network>
class relationship_ref {
public:
    /// The network's edge descriptor.
    using edge_descriptor = typename Network::edge_descriptor;
    /// The network's vertex descriptor.
    using vertex_descriptor = typename Network::vertex_descriptor;

    relationship_ref() = default;
    /// A reference to edge `e` of `*net`; made by the views.
    relationship_ref(const Network* net, edge_descriptor e)
        : net_(net)
        , e_(e) {}

    /// The Boost.Graph edge descriptor.
    [[nodiscard]] edge_descriptor descriptor() const noexcept { return e_; }
    /// A stable handle to the relationship.
    [[nodiscard]] relationship_handle handle() const noexcept { return net_->handle(e_); }
    /// The relationship.
    [[nodiscard]] const typename Network::relationship_type& value() const noexcept {
        return (*net_)[e_];
    }
    /// The relationship's kind.
    [[nodiscard]] relation_kind kind() const noexcept {
        return static_cast<relation_kind>(value().kind);
    }
    /// The declared source and target vertices.
    [[nodiscard]] vertex_descriptor from() const noexcept { return net_->from(e_); }
    /// The vertex it was declared to.
    [[nodiscard]] vertex_descriptor to() const noexcept { return net_->to(e_); }
    /// Their ids.
    [[nodiscard]] std::string_view from_id() const noexcept { return (*net_)[from()].id(); }
    /// The id of the vertex it was declared to.
    [[nodiscard]] std::string_view to_id() const noexcept { return (*net_)[to()].id(); }

private:
    const Network* net_ = nullptr;
    edge_descriptor e_{};
};

/// A neighbour of a vertex: the vertex reached and the relationship that reaches it.
template <class Network>
class neighbour_ref {
public:
    /// The network's edge descriptor.
    using edge_descriptor = typename Network::edge_descriptor;
    /// The network's vertex descriptor.
    using vertex_descriptor = typename Network::vertex_descriptor;

    neighbour_ref() = default;
    /// The neighbour `v` across edge `e` of `*net`; made by the views.
    neighbour_ref(const Network* net, edge_descriptor e, vertex_descriptor v)
        : net_(net)
        , e_(e)
        , v_(v) {}

    /// The neighbouring vertex.
    [[nodiscard]] vertex_descriptor vertex() const noexcept { return v_; }
    /// The neighbour's vertex data.
    [[nodiscard]] const typename Network::vertex_data& data() const noexcept { return (*net_)[v_]; }
    /// The neighbour's id.
    [[nodiscard]] std::string_view id() const noexcept { return data().id(); }
    /// Whether the neighbour is a city, country or partner.
    [[nodiscard]] vertex_kind kind() const noexcept { return data().kind(); }
    /// The relationship that joins it.
    [[nodiscard]] relationship_ref<Network> relationship() const noexcept {
        return relationship_ref<Network>(net_, e_);
    }

private:
    const Network* net_ = nullptr;
    edge_descriptor e_{};
    vertex_descriptor v_{};
};

namespace detail {
template <NetworkSource Source>
auto vertex_range(const Source& src) {
    const auto parts = network_parts(src);
    const auto net = parts.network;
    const auto keep = parts.keep;
    return ranges::views::iota(std::size_t{0}, net->num_vertices()) |
           ranges::views::filter([keep](std::size_t v) { return keep(v); });
}

template <std::size_t I, NetworkSource Source>
auto typed_vertices(const Source& src) {
    const auto net = network_parts(src).network;
    return vertex_range(src) |
           ranges::views::filter([net](std::size_t v) { return (*net)[v].value.index() == I; }) |
           ranges::views::transform([net](std::size_t v) -> const auto& {
               return std::get<I>((*net)[v].value);
           });
}

template <NetworkSource Source>
auto resolve(const Source& src, std::string_view id) {
    const auto net = network_parts(src).network;
    auto v = net->vertex(id);
    if (!v)
        (void)(*net).at(id); // throws unknown_id_error with suggestions
    return *v;
}
} // namespace detail

/// Descriptors of every vertex in the view.
template <NetworkSource Source>
auto all_vertices(const Source& src) {
    return detail::vertex_range(src);
}

/// Every city (`const City&`), in vertex order.
template <NetworkSource Source>
auto cities(const Source& src) {
    return detail::typed_vertices<0>(src);
}
/// Every country (`const Country&`).
template <NetworkSource Source>
auto countries(const Source& src) {
    return detail::typed_vertices<1>(src);
}
/// Every partner (`const Partner&`).
template <NetworkSource Source>
auto partners(const Source& src) {
    return detail::typed_vertices<2>(src);
}

/// Every relationship in the view (`relationship_ref`), member-of included.
template <NetworkSource Source>
auto relationships(const Source& src) {
    const auto parts = network_parts(src);
    const auto net = parts.network;
    const auto keep = parts.keep;
    using network_type = std::remove_cvref_t<decltype(*net)>;
    auto [first, last] = boost::edges(net->graph());
    return ranges::make_subrange(first, last) |
           ranges::views::filter([keep](const auto& e) { return keep(e); }) |
           ranges::views::transform(
               [net](const auto& e) { return relationship_ref<network_type>(net, e); });
}

/// Relationships of one kind.
template <NetworkSource Source>
auto relationships(const Source& src, relation_kind kind) {
    return relationships(src) |
           ranges::views::filter([kind](const auto& r) { return r.kind() == kind; });
}

/// Neighbours of vertex `v` (`neighbour_ref`), one per relationship, optionally only through
/// relationships of `kind`. Precondition: `v` is a vertex of the network.
template <NetworkSource Source>
auto neighbours(const Source& src, std::size_t v,
                std::optional<relation_kind> kind = std::nullopt) {
    const auto parts = network_parts(src);
    const auto net = parts.network;
    const auto keep = parts.keep;
    using network_type = std::remove_cvref_t<decltype(*net)>;
    ASCN_EXPECTS(v < net->num_vertices());
    auto [first, last] = boost::out_edges(v, net->graph());
    return ranges::make_subrange(first, last) |
           ranges::views::filter([keep, kind, net](const auto& e) {
               if (!keep(e))
                   return false;
               return !kind || static_cast<relation_kind>((*net)[e].kind) == *kind;
           }) |
           ranges::views::transform([net](const auto& e) {
               return neighbour_ref<network_type>(net, e, boost::target(e, net->graph()));
           });
}

/// Neighbours of the vertex a handle names. Throws `stale_handle_error`.
template <NetworkSource Source>
auto neighbours(const Source& src, vertex_handle h,
                std::optional<relation_kind> kind = std::nullopt) {
    const auto v = network_parts(src).network->vertex(h);
    if (!v)
        (void)(*network_parts(src).network)[h]; // throws stale_handle_error
    return neighbours(src, static_cast<std::size_t>(*v), kind);
}

/// Neighbours of the vertex with this id. Throws `unknown_id_error`.
template <NetworkSource Source>
auto neighbours(const Source& src, std::string_view id,
                std::optional<relation_kind> kind = std::nullopt) {
    return neighbours(src, static_cast<std::size_t>(detail::resolve(src, id)), kind);
}

/// Cities of a country (`const City&`), through member-of. Throws `unknown_id_error` if
/// `country_id` is not a country's id.
template <NetworkSource Source>
auto cities_of(const Source& src, std::string_view country_id) {
    auto net = network_parts(src).network;
    (void)net->country(country_id); // throws unknown_id_error unless it is a country
    return neighbours(src, country_id, relation_kind::member_of) |
           ranges::views::transform([net](const auto& n) -> const auto& {
               return *(*net)[n.vertex()].city();
           });
}

/// Partners of a city (`neighbour_ref` to each partner, with the relationship), one entry per
/// relationship: a partner twinned with and funding a city appears twice. Throws
/// `unknown_id_error`.
template <NetworkSource Source>
auto partners_of(const Source& src, std::string_view city_id) {
    return neighbours(src, city_id) |
           ranges::views::filter([](const auto& n) { return n.kind() == vertex_kind::partner; });
}

// Views refer to their network: a temporary network would dangle. (A temporary time view is
// fine: views share its state.)
template <class C, class K, class P, class R>
void all_vertices(const basic_network<C, K, P, R>&&) = delete;
template <class C, class K, class P, class R>
void cities(const basic_network<C, K, P, R>&&) = delete;
template <class C, class K, class P, class R>
void countries(const basic_network<C, K, P, R>&&) = delete;
template <class C, class K, class P, class R>
void partners(const basic_network<C, K, P, R>&&) = delete;
template <class C, class K, class P, class R>
void relationships(const basic_network<C, K, P, R>&&) = delete;
template <class C, class K, class P, class R>
void relationships(const basic_network<C, K, P, R>&&, relation_kind) = delete;
template <class C, class K, class P, class R, class V>
void neighbours(const basic_network<C, K, P, R>&&, V, std::optional<relation_kind> = {}) = delete;
template <class C, class K, class P, class R>
void cities_of(const basic_network<C, K, P, R>&&, std::string_view) = delete;
template <class C, class K, class P, class R>
void partners_of(const basic_network<C, K, P, R>&&, std::string_view) = delete;

} // namespace ascn

#endif // ASCN_VIEWS_HPP
