// SPDX-License-Identifier: MIT
/// \file
/// One-mode projection: the city–partner (or city–programme) layer of the network turned into a
/// weighted city–city network in which two cities are joined when they share a partner. The
/// result is itself a graph with two arcs per edge and a weight map, so every structure
/// algorithm runs on it. Reference: docs/reference/structure.md.
#ifndef ASCN_ALGORITHM_STRUCTURE_PROJECTION_HPP
#define ASCN_ALGORITHM_STRUCTURE_PROJECTION_HPP

#include "ascn/concepts.hpp"
#include "ascn/model/kinds.hpp"
#include "ascn/snapshot.hpp"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace ascn {

/// How a shared hub (partner, programme) weighs the tie between two of its cities.
enum class projection_weighting : unsigned char {
    /// Each shared hub adds 1: the weight is the number of hubs the two cities share (NetworkX's
    /// `bipartite.weighted_projected_graph`).
    shared_count,
    /// A hub with n member neighbours adds 1 / (n - 1) to each of its pairs (Newman 2001;
    /// NetworkX's
    /// `bipartite.collaboration_weighted_projected_graph`), so a hub that links everybody weighs
    /// little per pair and every hub gives each of its members a total of 1.
    newman,
};

/// A projected network on the member vertices of a larger graph.
struct projection {
    /// A directed CSR graph with two arcs per tie, on projected vertex numbers.
    using graph_type =
        boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                           boost::no_property, std::uint32_t, std::uint32_t>;

    /// Projected vertex i is vertex `members[i]` of the source graph (ascending).
    std::vector<std::uint32_t> members;
    /// Each tie once: (i, j, weight) with i < j in projected numbering, ascending.
    std::vector<std::tuple<std::uint32_t, std::uint32_t, double>> ties;
    /// Two arcs per tie, on projected vertex numbers.
    graph_type graph;
    /// Weight of each arc by CSR edge index.
    std::vector<double> weight;

    /// The arc weights as a BGL property map of `graph`.
    [[nodiscard]] auto weight_map() const {
        return boost::make_iterator_property_map(weight.data(),
                                                 boost::get(boost::edge_index, graph));
    }
};

/// Projects `g` onto the vertices for which `is_member(v)` holds, joining two members when
/// both have a relationship with a vertex for which `is_hub(v)` holds, weighted by
/// `weighting`. The n of a hub is its number of distinct member neighbours; parallel
/// relationships between a hub and a member count once; hubs with fewer than two members add
/// nothing. Vertices are vertex indices. O(V + E + sum over hubs of n^2) time and
/// O(V + pairs) memory: a hub linked to every city makes the projection dense.
template <SymmetricGraph Graph, class IsMember, class IsHub>
[[nodiscard]] projection project(const Graph& g, IsMember is_member, IsHub is_hub,
                                 projection_weighting weighting) {
    const auto a = snapshot::of_graph(g, unit_cost{}, parallel_edges::min);
    const std::size_t n = a.num_vertices();
    projection p;
    std::vector<std::uint32_t> number(n, static_cast<std::uint32_t>(-1));
    for (std::size_t v = 0; v < n; ++v)
        if (is_member(static_cast<std::uint32_t>(v))) {
            number[v] = static_cast<std::uint32_t>(p.members.size());
            p.members.push_back(static_cast<std::uint32_t>(v));
        }
    std::vector<std::tuple<std::uint32_t, std::uint32_t, double>> pairs;
    std::vector<std::uint32_t> mine;
    for (std::size_t h = 0; h < n; ++h) {
        if (!is_hub(static_cast<std::uint32_t>(h)))
            continue;
        mine.clear();
        for (auto [e, e_end] = a.out_arcs(h); e < e_end; ++e)
            if (number[a.target(e)] != static_cast<std::uint32_t>(-1))
                mine.push_back(number[a.target(e)]);
        if (mine.size() < 2)
            continue;
        std::sort(mine.begin(), mine.end());
        const double add = weighting == projection_weighting::shared_count
                               ? 1.0
                               : 1.0 / static_cast<double>(mine.size() - 1);
        for (std::size_t i = 0; i < mine.size(); ++i)
            for (std::size_t j = i + 1; j < mine.size(); ++j)
                pairs.emplace_back(mine[i], mine[j], add);
    }
    std::sort(pairs.begin(), pairs.end());
    for (const auto& t : pairs) {
        if (!p.ties.empty() && std::get<0>(p.ties.back()) == std::get<0>(t) &&
            std::get<1>(p.ties.back()) == std::get<1>(t))
            std::get<2>(p.ties.back()) += std::get<2>(t);
        else
            p.ties.push_back(t);
    }
    std::vector<std::tuple<std::uint32_t, std::uint32_t, double>> arcs;
    arcs.reserve(2 * p.ties.size());
    for (const auto& [i, j, w] : p.ties) {
        arcs.emplace_back(i, j, w);
        arcs.emplace_back(j, i, w);
    }
    std::sort(arcs.begin(), arcs.end());
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ends;
    ends.reserve(arcs.size());
    p.weight.reserve(arcs.size());
    for (const auto& [i, j, w] : arcs) {
        ends.emplace_back(i, j);
        p.weight.push_back(w);
    }
    p.graph = projection::graph_type(boost::edges_are_sorted, ends.begin(), ends.end(),
                                     static_cast<std::uint32_t>(p.members.size()));
    return p;
}

/// Projects a snapshot's city–partner layer onto its cities: two cities are tied when they
/// have a relationship (of any kind kept in the snapshot) with the same partner for which
/// `is_hub(v)` holds (default: every partner; pass a predicate on snapshot vertices, e.g. one
/// that looks up `partner::kind` through `to_network`, to keep only programmes).
template <class IsHub>
[[nodiscard]] projection project_cities(const snapshot& s, projection_weighting weighting,
                                        IsHub is_hub) {
    return project(
        s.graph(), [&](std::uint32_t v) { return s.kind(v) == vertex_kind::city; },
        [&](std::uint32_t v) { return s.kind(v) == vertex_kind::partner && is_hub(v); }, weighting);
}

/// Projects a snapshot's city–partner layer onto its cities through every partner.
[[nodiscard]] inline projection project_cities(const snapshot& s, projection_weighting weighting) {
    return project_cities(s, weighting, [](std::uint32_t) { return true; });
}

/// Projects the cities of a snapshot through their focus areas: two cities are tied when both
/// have at least `min_projects` in the same area of their profile (`profile_traits`: any
/// numeric profile, by default projects per focus area), weighted by `weighting` over the
/// shared areas (`shared_count`: how many areas they share; `newman`: each area with n such
/// cities adds 1 / (n - 1)). `source` is the network or time view the snapshot was built from.
/// Members are the snapshot's city vertices. O(V + C K + sum over areas of n^2) for C cities
/// and K areas: with few areas the result is dense, as a similarity network is.
template <NetworkSource Source>
[[nodiscard]] projection project_cities_by_focus(const snapshot& s, const Source& source,
                                                 projection_weighting weighting,
                                                 double min_projects = 1.0) {
    const auto& net = *network_parts(source).network;
    using city_type = typename std::remove_cvref_t<decltype(net)>::city_type;
    static_assert(ProfiledCity<city_type>, "project_cities_by_focus needs cities with a profile");
    using traits = profile_traits<std::remove_cvref_t<decltype(std::declval<city_type>().profile)>>;
    constexpr std::size_t k = traits::size;
    const std::size_t n = s.num_vertices();
    std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
    for (std::size_t v = 0; v < n; ++v) {
        if (s.kind(static_cast<std::uint32_t>(v)) != vertex_kind::city)
            continue;
        const auto* c = net.graph()[s.to_network(static_cast<std::uint32_t>(v))].city();
        for (std::size_t f = 0; f < k; ++f)
            if (traits::get(c->profile, f) >= min_projects) {
                const auto hub = static_cast<std::uint32_t>(n + f);
                arcs.emplace_back(static_cast<std::uint32_t>(v), hub);
                arcs.emplace_back(hub, static_cast<std::uint32_t>(v));
            }
    }
    std::sort(arcs.begin(), arcs.end());
    const projection::graph_type g(boost::edges_are_sorted, arcs.begin(), arcs.end(),
                                   static_cast<std::uint32_t>(n + k));
    return project(
        g, [&](std::uint32_t v) { return v < n && s.kind(v) == vertex_kind::city; },
        [&](std::uint32_t v) { return v >= n; }, weighting);
}

} // namespace ascn

#endif // ASCN_ALGORITHM_STRUCTURE_PROJECTION_HPP
