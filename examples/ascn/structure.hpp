// SPDX-License-Identifier: MIT
// `ascn communities`, `ascn centrality`, `ascn brokers`, `ascn weak-points`: the shape of the
// network, on a snapshot of it (every relationship weighs 1).
#ifndef ASCN_TOOL_STRUCTURE_HPP
#define ASCN_TOOL_STRUCTURE_HPP

#include "paths.hpp"
#include "table.hpp"

#include <ascn/algorithm/brokerage.hpp>
#include <ascn/algorithm/centrality.hpp>
#include <ascn/algorithm/community.hpp>
#include <ascn/algorithm/weak_points.hpp>
#include <ascn/snapshot.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <numeric>
#include <ostream>
#include <string>
#include <vector>

namespace ascn_tool {

struct structure_options {
    std::string method = "leiden"; // communities: louvain or leiden
    double resolution = 1.0;
    std::uint64_t seed = 0;
    std::string measure = "betweenness";
    std::size_t top = 10;
    std::string format = "table";
};

class structure_view {
public:
    explicit structure_view(const ascn::network& net)
        : net_(net)
        , s_(net) {}
    const ascn::snapshot<double>& snapshot() const { return s_; }
    std::string id(std::uint32_t v) const {
        return std::string(net_.graph()[s_.to_network(v)].id());
    }
    std::string kind(std::uint32_t v) const { return std::string(ascn::to_string(s_.kind(v))); }
    std::size_t size() const { return s_.num_vertices(); }

private:
    const ascn::network& net_;
    ascn::snapshot<double> s_;
};

/// Communities with their members (cities first, then partners and countries, each by id).
inline std::vector<std::vector<std::uint32_t>> members_of(const structure_view& sv,
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

inline ascn::community_result find_communities(const structure_view& sv,
                                               const structure_options& o) {
    ascn::community_options co;
    co.resolution = o.resolution;
    co.seed = o.seed;
    return o.method == "louvain" ? ascn::louvain(sv.snapshot(), co)
                                 : ascn::leiden(sv.snapshot(), co);
}

inline int run_communities(const ascn::network& net, const structure_options& o,
                           std::ostream& out) {
    if (!(o.resolution > 0))
        throw ascn::value_error("the resolution must be positive",
                                {{}, "--resolution", number(o.resolution), {}, 0, 0});
    const structure_view sv(net);
    const auto r = find_communities(sv, o);
    const auto groups = members_of(sv, r);
    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["method"] = o.method;
        j["resolution"] = o.resolution;
        j["seed"] = o.seed;
        j["communities"] = r.count;
        j["modularity"] = r.modularity;
        auto& list = j["members"] = nlohmann::ordered_json::array();
        for (const auto& g : groups) {
            std::vector<std::string> ids;
            for (auto v : g)
                ids.push_back(sv.id(v));
            list.push_back(ids);
        }
        out << j.dump(1) << '\n';
        return 0;
    }
    out << o.method << " (resolution " << number(o.resolution, 2) << ", seed " << o.seed
        << "): " << r.count << " communities, modularity " << number(r.modularity, 4) << "\n\n";
    table t({"community", "size", "cities", "members"});
    for (std::size_t i = 0; i < groups.size(); ++i) {
        std::size_t cities = 0;
        std::string list;
        for (auto v : groups[i]) {
            cities += sv.snapshot().kind(v) == ascn::vertex_kind::city;
            list += (list.empty() ? "" : " ") + sv.id(v);
        }
        t.add({std::to_string(i + 1), std::to_string(groups[i].size()), std::to_string(cities),
               list});
    }
    t.print(out);
    return 0;
}

inline std::vector<double> centrality(const structure_view& sv, const std::string& measure) {
    const auto& s = sv.snapshot();
    if (measure == "degree")
        return ascn::degree_centrality(s);
    if (measure == "betweenness")
        return ascn::betweenness_centrality(s);
    if (measure == "closeness")
        return ascn::closeness_centrality(s);
    if (measure == "harmonic")
        return ascn::harmonic_centrality(s);
    ascn::power_iteration_options po;
    po.tolerance = 1e-10;
    po.max_iterations = 1000;
    if (measure == "pagerank")
        return ascn::pagerank(s, po).value;
    return ascn::eigenvector_centrality(s, po).value;
}

/// Vertex indices by decreasing value (ties by id), at most `top` (0: all).
inline std::vector<std::uint32_t> ranked(const structure_view& sv, const std::vector<double>& v,
                                         std::size_t top) {
    std::vector<std::uint32_t> order(v.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](auto a, auto b) {
        if (v[a] != v[b])
            return v[a] > v[b];
        return sv.id(a) < sv.id(b);
    });
    if (top != 0 && order.size() > top)
        order.resize(top);
    return order;
}

inline int run_centrality(const ascn::network& net, const structure_options& o, std::ostream& out) {
    const structure_view sv(net);
    const auto values = centrality(sv, o.measure);
    const auto order = ranked(sv, values, o.top);
    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["measure"] = o.measure;
        auto& list = j["vertices"] = nlohmann::ordered_json::array();
        for (auto v : order)
            list.push_back({{"id", sv.id(v)}, {"kind", sv.kind(v)}, {"value", values[v]}});
        out << j.dump(1) << '\n';
        return 0;
    }
    out << o.measure << " centrality (as NetworkX defines it; every relationship weighs 1)\n\n";
    table t({"rank", "id", "kind", o.measure});
    for (std::size_t i = 0; i < order.size(); ++i)
        t.add({std::to_string(i + 1), sv.id(order[i]), sv.kind(order[i]),
               number(values[order[i]], 4)});
    t.print(out);
    return 0;
}

/// Cities and partners related to cities of two or more member states, by how many they span,
/// then by betweenness, then by id.
inline std::vector<std::uint32_t> brokers_in_order(const structure_view& sv,
                                                   const std::vector<std::uint32_t>& spanned,
                                                   const std::vector<double>& bc) {
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

inline int run_brokers(const ascn::network& net, const structure_options& o, std::ostream& out) {
    const structure_view sv(net);
    const auto& s = sv.snapshot();
    const auto spanned = ascn::member_states_spanned(s);
    const auto bc = ascn::betweenness_centrality(s);
    const auto constraint = ascn::burt_constraint(s);
    const auto size = ascn::effective_size(s);
    auto order = brokers_in_order(sv, spanned, bc);
    if (o.top != 0 && order.size() > o.top)
        order.resize(o.top);
    if (o.format == "json") {
        auto j = nlohmann::ordered_json::array();
        for (auto v : order)
            j.push_back({{"id", sv.id(v)},
                         {"kind", sv.kind(v)},
                         {"member_states", spanned[v]},
                         {"betweenness", bc[v]},
                         {"constraint", constraint[v]},
                         {"effective_size", size[v]}});
        out << j.dump(1) << '\n';
        return 0;
    }
    out << "brokers: cities and partners directly related to cities of two or more member "
           "states\n(low constraint and high effective size: more structural holes spanned)\n\n";
    table t({"rank", "id", "kind", "member states", "betweenness", "constraint", "effective size"});
    for (std::size_t i = 0; i < order.size(); ++i) {
        const auto v = order[i];
        t.add({std::to_string(i + 1), sv.id(v), sv.kind(v), std::to_string(spanned[v]),
               number(bc[v], 4), number(constraint[v], 3), number(size[v], 2)});
    }
    t.print(out);
    return 0;
}

inline int run_weak_points(const ascn::network& net, const structure_options& o,
                           std::ostream& out) {
    const structure_view sv(net);
    const auto& s = sv.snapshot();
    const auto w = ascn::weak_points(s);
    std::vector<std::size_t> component_size(w.components, 0);
    for (auto c : w.component)
        ++component_size[c];
    const auto largest = w.components
                             ? *std::max_element(component_size.begin(), component_size.end())
                             : std::size_t{0};
    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["components"] = w.components;
        j["largest_component"] = largest;
        auto& ap = j["articulation_points"] = nlohmann::ordered_json::array();
        for (auto v : w.articulation_points)
            ap.push_back({{"id", sv.id(v)}, {"kind", sv.kind(v)}});
        auto& br = j["bridges"] = nlohmann::ordered_json::array();
        for (const auto& b : w.bridges)
            br.push_back({{"from", sv.id(b.u)}, {"to", sv.id(b.v)}});
        out << j.dump(1) << '\n';
        return 0;
    }
    out << w.components << " connected components; the largest has " << largest
        << " vertices\n\narticulation points (removing one cuts the network apart): "
        << w.articulation_points.size() << "\n\n";
    table a({"id", "kind"});
    std::vector<std::uint32_t> points = w.articulation_points;
    std::sort(points.begin(), points.end(), [&](auto x, auto y) {
        return sv.kind(x) != sv.kind(y) ? sv.kind(x) < sv.kind(y) : sv.id(x) < sv.id(y);
    });
    for (auto v : points)
        a.add({sv.id(v), sv.kind(v)});
    a.print(out);
    out << "\nbridges (relationships whose loss cuts the network apart): " << w.bridges.size()
        << "\n\n";
    table b({"from", "to"});
    std::vector<std::pair<std::string, std::string>> pairs;
    for (const auto& x : w.bridges) {
        auto p = std::pair(sv.id(x.u), sv.id(x.v));
        if (p.second < p.first)
            std::swap(p.first, p.second);
        pairs.push_back(p);
    }
    std::sort(pairs.begin(), pairs.end());
    for (const auto& [x, y] : pairs)
        b.add({x, y});
    b.print(out);
    return 0;
}

} // namespace ascn_tool

#endif // ASCN_TOOL_STRUCTURE_HPP
