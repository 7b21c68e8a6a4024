// SPDX-License-Identifier: MIT
/// \file
/// `ascn::NetworkSource`: what the views, the snapshot and the algorithms read a network from. A
/// network is a source (it keeps everything); so is a `time_view` (it keeps what was active in
/// its year). A new kind of view becomes a source by providing `network_parts`, found by
/// argument-dependent lookup.
#ifndef ASCN_SOURCE_HPP
#define ASCN_SOURCE_HPP

#include "ascn/fwd.hpp"

#include <concepts>
#include <type_traits>

namespace ascn {

/// What a network source is made of: the network it reads and which of that network's
/// vertices and relationships it keeps (`keep(vertex_descriptor)`, `keep(edge_descriptor)`).
template <class Network, class Keep>
struct source_parts {
    const Network* network; ///< the network read (never null)
    Keep keep;              ///< true for the vertices and relationships the source contains
};

namespace detail {
template <class T>
struct is_basic_network : std::false_type {};
template <class C, class K, class P, class R>
struct is_basic_network<basic_network<C, K, P, R>> : std::true_type {};
} // namespace detail

/// A network source: `network_parts(s)` (found by argument-dependent lookup) returns a
/// `source_parts` naming a `basic_network` and a predicate over its vertex and edge descriptors.
template <class S>
concept NetworkSource = requires(const S& s) {
    network_parts(s).network;
    network_parts(s).keep;
    requires detail::is_basic_network<
        std::remove_cv_t<std::remove_pointer_t<decltype(network_parts(s).network)>>>::value;
};

/// The network type a source reads.
template <NetworkSource S>
using source_network_t = std::remove_cv_t<
    std::remove_pointer_t<decltype(network_parts(std::declval<const S&>()).network)>>;

/// The network a source reads.
template <NetworkSource S>
[[nodiscard]] const source_network_t<S>& source_network(const S& s) noexcept {
    return *network_parts(s).network;
}

} // namespace ascn

#endif // ASCN_SOURCE_HPP
