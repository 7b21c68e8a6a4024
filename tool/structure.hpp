// SPDX-License-Identifier: MIT
// What `ascn communities`, `centrality`, `brokers`, `weak-points` and the report share: the
// network's snapshot (every relationship weighs 1) with ids and kinds by vertex, and the
// measures computed on it. Defined once, in structure.cpp.
#ifndef ASCN_TOOL_STRUCTURE_HPP
#define ASCN_TOOL_STRUCTURE_HPP

#include "input.hpp"
#include <ascn/algorithm/structure/community.hpp>
#include <ascn/algorithm/structure/weak_points.hpp>

#include <ascn/network.hpp>
#include <ascn/snapshot.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ascn_tool {

/// The input's snapshot under a `--weight` choice, with the ids and kinds of its vertices.
class structure_view {
public:
    /// Every relationship weighing 1.
    explicit structure_view(const ascn::network& net);
    /// Relationships weighing their `weight` attribute (see `graph_of`).
    structure_view(const input& in, const std::string& weight);
    [[nodiscard]] const ascn::snapshot& snapshot() const noexcept { return s_; }
    [[nodiscard]] std::string id(std::uint32_t v) const { return s_.id(v); }
    [[nodiscard]] std::string kind(std::uint32_t v) const;
    [[nodiscard]] std::size_t size() const noexcept { return s_.num_vertices(); }
    /// True for a plain graph's view (its vertices have no kind: "vertex").
    [[nodiscard]] bool plain() const noexcept { return plain_; }

private:
    ascn::snapshot s_;
    bool plain_ = false;
};

/// Communities by `method` ("louvain" or "leiden").
ascn::community_result find_communities(const structure_view& sv, const std::string& method,
                                        double resolution, std::uint64_t seed);

/// Communities with their members (cities first, then partners and countries, each by id),
/// largest first.
std::vector<std::vector<std::uint32_t>> members_of(const structure_view& sv,
                                                   const ascn::community_result& r);

/// The centrality measures `ascn centrality` offers, in its help's order.
const std::vector<std::string>& centrality_measures();

/// The centrality `measure` (one of `centrality_measures()`); `tolerance` for PageRank and
/// eigenvector centrality (0: as exact as doubles allow). NaN where a measure is undefined (a
/// vertex without relationships has no constraint).
std::vector<double> centrality(const structure_view& sv, const std::string& measure,
                               double tolerance = 0);

/// Vertex indices by decreasing value (increasing with `ascending`), undefined (NaN) values
/// last, ties by id; at most `top` (0: all).
std::vector<std::uint32_t> ranked(const structure_view& sv, const std::vector<double>& v,
                                  std::size_t top, bool ascending = false);

/// The measures `ascn brokers` and the report show, by vertex.
struct brokerage_measures {
    std::vector<std::uint32_t> spanned; ///< member states reached directly
    std::vector<double> betweenness;
    std::vector<double> constraint;
    std::vector<double> effective_size;
};
brokerage_measures brokerage(const structure_view& sv);

/// Cities and partners related to cities of two or more member states, by how many they span,
/// then by betweenness, then by id.
std::vector<std::uint32_t> brokers_in_order(const structure_view& sv, const brokerage_measures& m);

/// Articulation points, bridges and components.
ascn::weak_points_result weak_points(const structure_view& sv);

} // namespace ascn_tool

#endif // ASCN_TOOL_STRUCTURE_HPP
