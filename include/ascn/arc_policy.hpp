// SPDX-License-Identifier: MIT
/// \file
/// Arc policies: how a snapshot prices the arcs it makes from a network's relationships. A
/// policy sees each relationship once per direction (an `ascn::hop`) and returns its cost, or
/// `std::nullopt` to leave that direction out. Each optional capability is its own concept:
/// `CombiningPolicy` (merges parallel relationships into one arc), `ExplainingPolicy` (says why a
/// hop costs what it costs), `ChannelPolicy` (opens the network's own channel) and
/// `ExplainingChannelPolicy` (explains the channel's arcs) and `SymmetricPolicy` (costs the same
/// both ways). Adaptors: `merge_parallel`, `restrict_kinds`.
/// Reference: docs/reference/snapshot.md.
#ifndef ASCN_ARC_POLICY_HPP
#define ASCN_ARC_POLICY_HPP

#include "ascn/model/kinds.hpp"
#include "ascn/model/relation_set.hpp"

#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

namespace ascn {

/// One way of moving along one relationship, as an arc policy sees it: from `sender` to
/// `receiver` along `edge`.
template <class Network>
struct hop {
    /// The network's vertex descriptor.
    using vertex_descriptor = typename Network::vertex_descriptor;
    /// The network's edge descriptor.
    using edge_descriptor = typename Network::edge_descriptor;

    const Network& net;       ///< the network (or the network of the view) the graph is built from
    vertex_descriptor sender; ///< where the arc leaves (where knowledge comes from)
    vertex_descriptor receiver; ///< where it arrives
    edge_descriptor edge;       ///< the relationship it moves along
    /// Distinct cities adjacent to the sender (in the network or view the snapshot is built
    /// from): how many cities a partner or a country passes what it knows on to. Always 0 for a
    /// `SymmetricPolicy`, whose costs may not depend on the direction.
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

/// An arc policy: `policy(hop)` returns the non-negative, finite cost of one direction of one
/// relationship, or `std::nullopt` where the snapshot should have no arc.
template <class P, class Network>
concept ArcPolicy = requires(const P& p, const hop<Network>& h) {
    { p(h) } -> std::convertible_to<std::optional<double>>;
};

/// Capability: `combine(a, b)` is the cost of two parallel relationships between the same two
/// vertices, in the same direction. A snapshot built with a combining policy merges them into
/// one arc that remembers every relationship; without one it keeps one arc per relationship.
template <class P>
concept CombiningPolicy = requires(const P& p, double a, double b) {
    { p.combine(a, b) } -> std::convertible_to<double>;
};

/// Capability: `explain(hop)` says in words why a hop costs what it costs.
template <class P, class Network>
concept ExplainingPolicy = ArcPolicy<P, Network> && requires(const P& p, const hop<Network>& h) {
    { p.explain(h) } -> std::convertible_to<std::string>;
};

/// Capability: `channel(cities)` opens the network's own channel, one extra vertex joined to
/// every city, with the costs into and out of it (or `std::nullopt`: no channel).
template <class P>
concept ChannelPolicy = requires(const P& p, std::size_t cities) {
    { p.channel(cities) } -> std::convertible_to<std::optional<std::pair<double, double>>>;
};

/// Capability: `explain_channel(entering, cost)` says why an arc into (`entering`) or out of the
/// network's own channel costs `cost`.
template <class P>
concept ExplainingChannelPolicy = ChannelPolicy<P> &&
    requires(const P& p, bool entering, double cost) {
    { p.explain_channel(entering, cost) } -> std::convertible_to<std::string>;
};

/// Capability: the policy declares `static constexpr bool symmetric = true`, promising the same
/// cost in both directions of every relationship. A snapshot then serves its graph as its own
/// reverse instead of building a transposed copy.
template <class P>
concept SymmetricPolicy = requires {
    requires std::bool_constant<std::remove_cvref_t<P>::symmetric>::value;
};

/// The policy under which every relationship costs 1 in both directions (hop counts). Also a
/// Boost.Graph readable property map of any key with value 1, for the algorithms that take a
/// weight map: `ascn::closeness_centrality(g, ascn::unit_cost{})`.
struct unit_cost {
    /// Every relationship costs the same both ways.
    static constexpr bool symmetric = true;
    /// The cost of any hop: 1.
    template <class Network>
    constexpr std::optional<double> operator()(const hop<Network>&) const noexcept {
        return 1.0;
    }
    /// As a property map: 1 for any key.
    template <class Key>
    friend constexpr double get(const unit_cost&, const Key&) noexcept {
        return 1.0;
    }
    /// Property-map traits (Boost.Graph reads them through `boost::property_traits`).
    using value_type = double;
    /// What `get` returns.
    using reference = double;
    /// Any key.
    using key_type = void;
    /// Readable only.
    using category = boost::readable_property_map_tag;
};

/// The relationship-weight policy: every relationship costs `weigh(relationship)` in both
/// directions (`std::nullopt`: no arcs). `edge_cost{[](const ascn::relationship& r) {...}}`.
template <class F>
struct edge_cost {
    F weigh; ///< the cost of a relationship, or `std::nullopt` to leave it out
    /// The same cost both ways.
    static constexpr bool symmetric = true;
    /// The cost of `h`: `weigh(h.relationship())`.
    template <class Network>
    std::optional<double> operator()(const hop<Network>& h) const {
        const auto w = weigh(h.relationship());
        if constexpr (requires { w.has_value(); }) {
            if (!w.has_value())
                return std::nullopt;
            return static_cast<double>(*w);
        } else
            return static_cast<double>(w);
    }
};
/// Deduces the function type: `edge_cost{f}`.
template <class F>
edge_cost(F) -> edge_cost<F>;

/// A policy adaptor that merges parallel relationships between the same two vertices into one
/// arc costing the cheapest of them (or what the policy's own `combine` says), as a path search
/// on a simple graph wants. Keeps every other capability of the policy it adapts.
template <class Policy>
struct merge_parallel {
    Policy policy; ///< the policy that prices each relationship

    /// `policy(h)`.
    template <class Network>
    std::optional<double> operator()(const hop<Network>& h) const {
        return policy(h);
    }
    /// The policy's `combine`, or the cheaper of the two.
    [[nodiscard]] double combine(double a, double b) const {
        if constexpr (CombiningPolicy<Policy>)
            return policy.combine(a, b);
        else
            return std::min(a, b);
    }
    /// The policy's `explain`.
    template <class Network>
    [[nodiscard]] std::string
    explain(const hop<Network>& h) const requires ExplainingPolicy<Policy, Network> {
        return policy.explain(h);
    }
    /// The policy's channel.
    [[nodiscard]] std::optional<std::pair<double, double>>
    channel(std::size_t cities) const requires ChannelPolicy<Policy> {
        return policy.channel(cities);
    }
    /// The policy's explanation of the channel's arcs.
    [[nodiscard]] std::string
    explain_channel(bool entering, double cost) const requires ExplainingChannelPolicy<Policy> {
        return policy.explain_channel(entering, cost);
    }
    /// Symmetric when the policy is.
    static constexpr bool symmetric = SymmetricPolicy<Policy>;
};
/// Deduces the policy type: `merge_parallel{policy}`.
template <class Policy>
merge_parallel(Policy) -> merge_parallel<Policy>;

/// A policy adaptor that lets arcs run only along relationships of the given kinds: an exact
/// restriction, applied before parallel relationships are merged. Keeps the policy's combine,
/// explain and symmetry; the network's own channel is not a relationship of any kind, so a
/// restricted policy opens none.
template <class Policy>
struct restrict_kinds {
    Policy policy;      ///< the policy that prices the allowed hops
    relation_set kinds; ///< the relation kinds that may carry arcs

    /// `policy(h)` when `h` moves along an allowed kind, else `std::nullopt`.
    template <class Network>
    std::optional<double> operator()(const hop<Network>& h) const {
        if (!kinds.contains(h.kind()))
            return std::nullopt;
        return policy(h);
    }
    /// The policy's `combine`.
    [[nodiscard]] double combine(double a, double b) const requires CombiningPolicy<Policy> {
        return policy.combine(a, b);
    }
    /// The policy's `explain`.
    template <class Network>
    [[nodiscard]] std::string
    explain(const hop<Network>& h) const requires ExplainingPolicy<Policy, Network> {
        return policy.explain(h);
    }
    /// Symmetric when the policy is.
    static constexpr bool symmetric = SymmetricPolicy<Policy>;
};
/// Deduces the policy type: `restrict_kinds{policy, kinds}`.
template <class Policy>
restrict_kinds(Policy, relation_set) -> restrict_kinds<Policy>;

} // namespace ascn

#endif // ASCN_ARC_POLICY_HPP
