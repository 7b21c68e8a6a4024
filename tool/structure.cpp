// SPDX-License-Identifier: MIT
#include "structure.hpp"
#include "graph.hpp"
#include "output.hpp"

#include <CLI/CLI.hpp>

#include <ascn/algorithm/structure/brokerage.hpp>
#include <ascn/algorithm/structure/centrality.hpp>

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <numeric>
#include <sstream>

namespace ascn_tool {

structure_view::structure_view(const ascn::network& net)
    : s_(net) {}

structure_view::structure_view(const input& in, const std::string& weight)
    : s_(graph_of(in, weight))
    , plain_(in.plain()) {}

std::string structure_view::kind(std::uint32_t v) const {
    return plain_ ? std::string("vertex") : std::string(ascn::to_string(s_.kind(v)));
}

ascn::community_result find_communities(const structure_view& sv, const std::string& method,
                                        double resolution, std::uint64_t seed) {
    ascn::community_options co;
    co.resolution = resolution;
    co.seed = seed;
    return method == "louvain" ? ascn::louvain(sv.snapshot(), co) : ascn::leiden(sv.snapshot(), co);
}

std::vector<std::vector<std::uint32_t>> members_of(const structure_view& sv,
                                                   const ascn::community_result& r) {
    std::vector<std::vector<std::uint32_t>> out(r.count);
    for (std::uint32_t v = 0; v < r.community.size(); ++v)
        out[r.community[v]].push_back(v);
    for (auto& m : out)
        std::sort(m.begin(), m.end(), [&](auto a, auto b) {
            const auto ka = sv.snapshot().kind(a), kb = sv.snapshot().kind(b);
            return ka != kb ? ka < kb : sv.id(a) < sv.id(b);
        });
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return out;
}

const std::vector<std::string>& centrality_measures() {
    static const std::vector<std::string> measures{"degree",     "betweenness",   "closeness",
                                                   "harmonic",   "pagerank",      "eigenvector",
                                                   "constraint", "effective-size"};
    return measures;
}

std::vector<double> centrality(const structure_view& sv, const std::string& measure,
                               double tolerance) {
    const auto& s = sv.snapshot();
    if (measure == "degree")
        return ascn::degree_centrality(s);
    if (measure == "betweenness")
        return ascn::betweenness_centrality(s);
    if (measure == "closeness")
        return ascn::closeness_centrality(s);
    if (measure == "harmonic")
        return ascn::harmonic_centrality(s);
    if (measure == "constraint")
        return ascn::burt_constraint(s);
    if (measure == "effective-size")
        return ascn::effective_size(s);
    ascn::power_iteration_options po;
    po.tolerance = tolerance;
    po.max_iterations = 100000;
    const auto r =
        measure == "pagerank" ? ascn::pagerank(s, po) : ascn::eigenvector_centrality(s, po);
    return r.value;
}

std::vector<std::uint32_t> ranked(const structure_view& sv, const std::vector<double>& v,
                                  std::size_t top, bool ascending) {
    std::vector<std::uint32_t> order(v.size());
    std::iota(order.begin(), order.end(), 0u);
    // Undefined values (NaN) last, then by value, then by id.
    std::sort(order.begin(), order.end(), [&](auto a, auto b) {
        const bool na = std::isnan(v[a]), nb = std::isnan(v[b]);
        if (na != nb)
            return nb;
        if (!na && v[a] != v[b])
            return ascending ? v[a] < v[b] : v[a] > v[b];
        return sv.id(a) < sv.id(b);
    });
    if (top != 0 && order.size() > top)
        order.resize(top);
    return order;
}

betweenness_plan plan_betweenness(std::size_t n, std::size_t m,
                                  std::optional<std::size_t> requested, std::uint64_t seed) {
    std::size_t sources = 0;
    if (requested)
        sources = *requested;
    else if (n > exact_betweenness_limit)
        sources =
            std::clamp(static_cast<std::size_t>(betweenness_budget / static_cast<double>(n + m)),
                       min_betweenness_sources, max_betweenness_sources);
    if (sources >= n)
        sources = 0;
    return {sources, seed};
}

betweenness_values betweenness(const structure_view& sv, const betweenness_plan& plan,
                               const ascn::progress_callback& progress) {
    const auto& s = sv.snapshot();
    betweenness_values out;
    out.plan = plan;
    ascn::betweenness_options bo;
    if (plan.sources == 0) {
        bo.progress = progress;
        out.values = ascn::betweenness_centrality(s, bo);
        return out;
    }
    // Two independent halves, each scaled by n / its size: their mean weighted by size is the
    // estimate from all the sources, and (b1 - b2)^2 / 4 an unbiased estimate of its variance
    // when the halves are equal.
    const std::size_t k1 = std::max<std::size_t>(1, plan.sources / 2),
                      k2 = std::max<std::size_t>(1, plan.sources - k1);
    auto half = [&](std::size_t k, std::uint64_t seed, double lo, double hi) {
        bo.samples = k;
        bo.seed = seed;
        bo.progress = progress ? ascn::progress_callback(
                                     [&, lo, hi](double f) { return progress(lo + (hi - lo) * f); })
                               : ascn::progress_callback{};
        return ascn::betweenness_centrality(s, bo);
    };
    const auto b1 = half(k1, plan.seed, 0.0, 0.5), b2 = half(k2, plan.seed + 1, 0.5, 1.0);
    out.values.resize(b1.size());
    double squares = 0;
    for (std::size_t v = 0; v < b1.size(); ++v) {
        out.values[v] = (static_cast<double>(k1) * b1[v] + static_cast<double>(k2) * b2[v]) /
                        static_cast<double>(k1 + k2);
        const double e = std::abs(b1[v] - b2[v]) / 2;
        squares += e * e;
        out.max_error = std::max(out.max_error, e);
    }
    out.plan.sources = k1 + k2;
    out.rms_error = b1.empty() ? 0 : std::sqrt(squares / static_cast<double>(b1.size()));
    return out;
}

void betweenness_choice::add_options(CLI::App& app) {
    sources_option =
        app.add_option("--sources", sources,
                       "betweenness from this many sources drawn at random, 0 for exact "
                       "(default: exact up to " +
                           std::to_string(exact_betweenness_limit) +
                           " vertices, else 2e8 / (V + E) within 50 and 1000)")
            ->check(count_in(0, 1'000'000'000));
    seed_option = app.add_option("--seed", seed, "seed of the sample of sources")
                      ->check(count_in(0, UINT64_MAX))
                      ->capture_default_str();
}

bool betweenness_choice::given() const {
    return sources_option->count() > 0 || seed_option->count() > 0;
}

betweenness_plan betweenness_choice::plan(const structure_view& sv) const {
    return plan_betweenness(
        sv.size(), sv.snapshot().num_arcs() / 2,
        sources_option->count() ? std::optional<std::size_t>(sources) : std::nullopt, seed);
}

nlohmann::ordered_json sampling_json(const betweenness_values& b) {
    if (b.plan.sources == 0)
        return nullptr;
    return {{"sources", b.plan.sources},
            {"seed", b.plan.seed},
            {"rms_error", b.rms_error},
            {"max_error", b.max_error}};
}

std::string sampling_words(const betweenness_values& b) {
    if (b.plan.sources == 0)
        return {};
    std::ostringstream s;
    s << "betweenness estimated from " << b.plan.sources << " sources (seed " << b.plan.seed
      << "); standard error about " << std::setprecision(2) << b.rms_error << " (largest "
      << b.max_error << "); --sources 0 for exact";
    return s.str();
}

brokerage_measures brokerage(const structure_view& sv, const betweenness_plan& plan,
                             const ascn::progress_callback& progress) {
    const auto& s = sv.snapshot();
    return {ascn::member_states_spanned(s), betweenness(sv, plan, progress),
            ascn::burt_constraint(s), ascn::effective_size(s)};
}

std::vector<std::uint32_t> brokers_in_order(const structure_view& sv, const brokerage_measures& m) {
    const auto& spanned = m.spanned;
    const auto& bc = m.betweenness.values;
    const auto& s = sv.snapshot();
    std::vector<std::uint32_t> order;
    for (std::uint32_t v = 0; v < s.num_vertices(); ++v)
        if (s.kind(v) != ascn::vertex_kind::country && spanned[v] >= 2)
            order.push_back(v);
    std::sort(order.begin(), order.end(), [&](auto a, auto b) {
        if (spanned[a] != spanned[b])
            return spanned[a] > spanned[b];
        if (bc[a] != bc[b])
            return bc[a] > bc[b];
        return sv.id(a) < sv.id(b);
    });
    return order;
}

ascn::weak_points_result weak_points(const structure_view& sv) {
    return ascn::weak_points(sv.snapshot());
}

} // namespace ascn_tool
