// SPDX-License-Identifier: MIT
#include "structure.hpp"
#include "graph.hpp"

#include <ascn/algorithm/structure/brokerage.hpp>
#include <ascn/algorithm/structure/centrality.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

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

brokerage_measures brokerage(const structure_view& sv) {
    const auto& s = sv.snapshot();
    return {ascn::member_states_spanned(s), ascn::betweenness_centrality(s),
            ascn::burt_constraint(s), ascn::effective_size(s)};
}

std::vector<std::uint32_t> brokers_in_order(const structure_view& sv, const brokerage_measures& m) {
    const auto& spanned = m.spanned;
    const auto& bc = m.betweenness;
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
