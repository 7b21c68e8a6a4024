// SPDX-License-Identifier: MIT
/// \file
/// Maximum-weight matching in a general graph (both ends of a pair from the same set, odd
/// cycles allowed: pairing cities with cities for peer learning). A thin wrapper over
/// Boost.Graph's `maximum_weighted_matching` (Edmonds' blossom algorithm, O(V^3)) that takes
/// integer weights only: Boost 1.74 does not terminate on some floating-point inputs. For
/// partners to cities (two sides) use `linear_assignment`, which is much faster and pairs the
/// whole smaller side; docs/reference/matching.md explains the difference.
#ifndef ASCN_ALGORITHM_GENERAL_MATCHING_HPP
#define ASCN_ALGORITHM_GENERAL_MATCHING_HPP

#include "ascn/error.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/maximum_weighted_matching.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace ascn {

/// An undirected edge with an integer weight.
struct weighted_edge {
    std::size_t u = 0;
    std::size_t v = 0;
    std::int64_t weight = 0;
};

/// The result of `maximum_weight_matching`.
struct general_matching {
    /// Per vertex, its partner, or `general_matching::none`.
    std::vector<std::size_t> mate;
    std::int64_t weight = 0; ///< total weight of the matched edges
    static constexpr std::size_t none = static_cast<std::size_t>(-1);
    /// Number of matched pairs.
    [[nodiscard]] std::size_t size() const noexcept {
        std::size_t n = 0;
        for (std::size_t v = 0; v < mate.size(); ++v)
            n += mate[v] != none && v < mate[v] ? 1 : 0;
        return n;
    }
};

/// A matching of greatest total weight among vertices 0 .. n-1 joined by `edges` (not
/// necessarily of greatest size: a vertex stays unmatched when that pays), as NetworkX's
/// `max_weight_matching` with its default `maxcardinality=False`. Edges of weight <= 0 can
/// never raise the total and are left out; of parallel edges the heaviest counts.
///
/// Throws `value_error` for an end >= n, a self-loop, or a weight above 2^40 (naming the edge).
/// O(V^3) time (Boost.Graph's blossom algorithm), O(V + E) memory.
[[nodiscard]] inline general_matching
maximum_weight_matching(std::size_t n, std::span<const weighted_edge> edges) {
    constexpr std::int64_t max_weight = std::int64_t{1} << 40;
    std::map<std::pair<std::size_t, std::size_t>, std::int64_t> best;
    for (std::size_t k = 0; k < edges.size(); ++k) {
        const auto& e = edges[k];
        const std::string field = "edges[" + std::to_string(k) + "]";
        if (e.u >= n || e.v >= n)
            throw value_error("edge " + std::to_string(k) + " names a vertex that does not exist",
                              {{}, field, std::to_string(std::max(e.u, e.v)), {}, 0, 0});
        if (e.u == e.v)
            throw value_error("edge " + std::to_string(k) + " is a self-loop",
                              {{}, field, std::to_string(e.u), {}, 0, 0});
        if (e.weight > max_weight)
            throw value_error("edge " + std::to_string(k) + " has a weight above 2^40",
                              {{}, field, std::to_string(e.weight), {}, 0, 0});
        if (e.weight <= 0)
            continue;
        auto& w = best[std::minmax(e.u, e.v)];
        w = std::max(w, e.weight);
    }
    using graph =
        boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                              boost::property<boost::edge_weight_t, std::int64_t>>;
    graph g(n);
    for (const auto& [uv, w] : best)
        boost::add_edge(uv.first, uv.second, w, g);
    std::vector<boost::graph_traits<graph>::vertex_descriptor> mate(n);
    general_matching out;
    out.mate.assign(n, general_matching::none);
    if (n == 0)
        return out;
    boost::maximum_weighted_matching(g, mate.data());
    for (std::size_t v = 0; v < n; ++v)
        if (mate[v] != boost::graph_traits<graph>::null_vertex()) {
            out.mate[v] = mate[v];
            if (v < mate[v])
                out.weight += best.at({v, mate[v]});
        }
    return out;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_GENERAL_MATCHING_HPP
