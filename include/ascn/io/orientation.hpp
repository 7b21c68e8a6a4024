// SPDX-License-Identifier: MIT
/// \file
/// Which end of a relationship is its declared source, for the writers of undirected formats:
/// tools such as NetworkX and igraph may write an edge's ends the other way round, so the
/// writers name the declared source (`from`) where the ends' kinds do not decide it.
#ifndef ASCN_IO_ORIENTATION_HPP
#define ASCN_IO_ORIENTATION_HPP

#include "ascn/network.hpp"

namespace ascn::io::detail {

/// A vertex as the endpoint rules see it (`ascn::allows`).
[[nodiscard]] inline endpoint endpoint_of(const network::vertex_data& d) {
    endpoint ep{d.kind()};
    if (const partner* p = d.partner())
        ep.partner = p->kind;
    return ep;
}

/// True if the ends' kinds allow relationship `e` the other way round too (twinning,
/// peer-learning, programme-of between two programmes), so that only a written `from` keeps
/// its declared direction through a tool that swaps ends.
[[nodiscard]] inline bool either_way(const network& net, network::edge_descriptor e) {
    const auto& g = net.graph();
    return allows(g[e].value.kind, endpoint_of(g[net.to(e)]), endpoint_of(g[net.from(e)]));
}

} // namespace ascn::io::detail

#endif // ASCN_IO_ORIENTATION_HPP
