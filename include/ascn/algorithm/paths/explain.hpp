// SPDX-License-Identifier: MIT
/// \file
/// `ascn::explain`: each hop of a path in words, from the policy the snapshot was built with.
/// Reference: docs/reference/peer_learning.md.
#ifndef ASCN_ALGORITHM_PATHS_EXPLAIN_HPP
#define ASCN_ALGORITHM_PATHS_EXPLAIN_HPP

#include "ascn/algorithm/paths/path.hpp"
#include "ascn/model/relation_set.hpp"
#include "ascn/snapshot.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace ascn {

/// One hop of a path, explained.
struct hop_explanation {
    std::string from;              ///< id of the vertex the hop leaves
    std::string to;                ///< id of the vertex it reaches
    relation_set kinds;            ///< kinds of the relationships the hop uses
    std::size_t relationships = 0; ///< how many parallel relationships were merged into it
    double cost = 0;               ///< the hop's cost (its arc's)
    std::string reason; ///< the policy's explanation of each relationship, joined by "; "
};

/// Explains each hop of `p` with the policy `s` was built with (empty reasons when the policy
/// does not explain). Precondition: the network `s` was built from still exists, unchanged.
[[nodiscard]] inline std::vector<hop_explanation> explain(const snapshot& s, const path& p) {
    std::vector<hop_explanation> out;
    out.reserve(p.arcs.size());
    for (auto a : p.arcs) {
        hop_explanation e;
        e.from = s.id(s.source(a));
        e.to = s.id(s.target(a));
        e.kinds = s.kinds(a);
        e.cost = s.cost(a);
        e.relationships = s.arc_relationships(a).size();
        e.reason = s.explain(a);
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_PATHS_EXPLAIN_HPP
