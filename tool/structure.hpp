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
#include <ascn/progress.hpp>
#include <ascn/snapshot.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
} // namespace CLI

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

/// How betweenness is computed: exactly (from every vertex), or estimated from a sample of
/// sources. Exact betweenness is O(V E) (16 s for 10,000 cities on two cores, hours at a
/// million), so past `exact_betweenness_limit` vertices the tool samples by default.
struct betweenness_plan {
    std::size_t sources = 0; ///< 0: exact
    std::uint64_t seed = 0;  ///< of the sample
};
inline constexpr std::size_t exact_betweenness_limit = 5000;
/// Past the limit, the default sample: `betweenness_budget / (V + E)` sources (one search
/// from each costs about V + E), kept within [min, max] (docs/cli.md).
inline constexpr double betweenness_budget = 2e8;
inline constexpr std::size_t min_betweenness_sources = 50;
inline constexpr std::size_t max_betweenness_sources = 1000;

/// The plan for a graph of `n` vertices and `m` edges: `requested` sources if given (0:
/// exact), else exact up to `exact_betweenness_limit` vertices and the budget's sample past
/// it; a sample as large as the graph is the exact computation.
betweenness_plan plan_betweenness(std::size_t n, std::size_t m,
                                  std::optional<std::size_t> requested, std::uint64_t seed);

/// Betweenness as planned. A sampled estimate is the mean of two independent halves of the
/// sample (seeds `seed` and `seed + 1`), and half their difference estimates its standard error
/// vertex by vertex: `rms_error` is the root mean square of that over the vertices,
/// `max_error` the largest (both 0 when exact). Values are normalised as NetworkX's.
struct betweenness_values {
    std::vector<double> values;
    betweenness_plan plan;
    double rms_error = 0;
    double max_error = 0;
};
betweenness_values betweenness(const structure_view& sv, const betweenness_plan& plan,
                               const ascn::progress_callback& progress = {});

/// `--sources N` and `--seed S`, the betweenness plan of `centrality` and `brokers`.
struct betweenness_choice {
    std::size_t sources = 0;
    std::uint64_t seed = 0;
    CLI::Option* sources_option = nullptr;
    CLI::Option* seed_option = nullptr;
    /// Declares the two options on `app`.
    void add_options(CLI::App& app);
    /// True when either was given.
    [[nodiscard]] bool given() const;
    /// The plan for `sv`: the default rule unless `--sources` was given.
    [[nodiscard]] betweenness_plan plan(const structure_view& sv) const;
};

/// The sampling of `b` for a JSON answer: null when exact, else `{sources, seed, rms_error,
/// max_error}`.
nlohmann::ordered_json sampling_json(const betweenness_values& b);
/// The same in words, for a table's heading: empty when exact.
std::string sampling_words(const betweenness_values& b);

/// The measures `ascn brokers` and the report show, by vertex.
struct brokerage_measures {
    std::vector<std::uint32_t> spanned; ///< member states reached directly
    betweenness_values betweenness;
    std::vector<double> constraint;
    std::vector<double> effective_size;
};
brokerage_measures brokerage(const structure_view& sv, const betweenness_plan& plan,
                             const ascn::progress_callback& progress = {});

/// Cities and partners related to cities of two or more member states, by how many they span,
/// then by betweenness, then by id.
std::vector<std::uint32_t> brokers_in_order(const structure_view& sv, const brokerage_measures& m);

/// Articulation points, bridges and components.
ascn::weak_points_result weak_points(const structure_view& sv);

} // namespace ascn_tool

#endif // ASCN_TOOL_STRUCTURE_HPP
