// SPDX-License-Identifier: MIT
// The snippets of docs/reference/peer_learning.md, one region each, on the embedded ASCN.
#include <ascn/algorithm/paths.hpp>
#include <ascn/asean/focus_records.hpp>
#include <ascn/asean/learning_model.hpp>
#include <ascn/asean/mentors.hpp>
#include <ascn/generate.hpp>
#include <ascn/time_view.hpp>

#include <cmath>
#include <cstdio>
#include <vector>

namespace {
using K = ascn::relation_kind;

// [policy]
struct twinning_only { // only twinning carries knowledge; stronger ties cost less
    template <class Network>
    std::optional<double> operator()(const ascn::hop<Network>& h) const {
        if (h.kind() != ascn::relation_kind::twinning)
            return std::nullopt;
        return 1.0 / (1.0 + h.relationship().strength.value_or(1.0));
    }
};
// [policy]

void graphs(const ascn::network& net) {
    // [graph]
    ascn::learning_model model;
    model.focus = ascn::focus_area::environment;
    const ascn::snapshot lg(net, model);                      // a network ...
    const ascn::snapshot then(ascn::as_of(net, 2022), model); // ... or a time view
    std::printf("%zu vertices, %zu arcs\n", lg.num_vertices(), lg.num_arcs());
    const auto [first, last] = lg.out_arcs(*lg.find("jica"));
    for (auto a = first; a < last; ++a) // where jica passes knowledge
        std::printf("%s: %s, cost %.3f\n", lg.id(lg.target(a)).c_str(),
                    ascn::to_string(lg.kinds(a)).c_str(), lg.cost(a));
    // [graph]
    std::printf("in 2022: %zu vertices, %zu arcs\n", then.num_vertices(), then.num_arcs());
}

void policies(const ascn::network& net) {
    {
        // [policy-use]
        const ascn::snapshot lg(net, twinning_only{});
        // [policy-use]
        std::printf("twinning only: %zu arcs\n", lg.num_arcs());
    }
    // [edge-weight]
    const ascn::snapshot by_strength(
        net, ascn::edge_cost{[](const ascn::relationship& r) -> std::optional<double> {
            if (r.kind == ascn::relation_kind::member_of)
                return std::nullopt;
            return r.strength.value_or(1.0);
        }});
    const ascn::snapshot by_hops(net, ascn::unit_cost{});
    // [edge-weight]
    std::printf("by strength: %zu arcs; by hops: %zu arcs\n", by_strength.num_arcs(),
                by_hops.num_arcs());
    ascn::learning_model model;
    // [restrict]
    const ascn::snapshot lg(
        net, ascn::restrict_kinds{model, ascn::relation_set{K::twinning, K::support}});
    // [restrict]
    std::printf("twinning and support: %zu arcs\n", lg.num_arcs());
    {
        // [model]
        ascn::learning_model m;                  // every default
        m.focus = ascn::focus_area::environment; // weigh ties by this focus area
        m.via_network = 0;                       // no network channel
        m.year = 2025;                           // ties that ended before 2025 decay
        m.hub_exponent = 1.0;                    // Newman's 1/(n-1) for partners
        const ascn::snapshot lg(net, m);
        // [model]
        std::printf("custom model: %zu vertices, %zu arcs\n", lg.num_vertices(), lg.num_arcs());
    }
}

void queries(const ascn::data::dataset& d) {
    const ascn::network& net = d.network;
    ascn::learning_model model;
    model.focus = ascn::focus_area::environment;
    const ascn::snapshot lg(net, model);
    const auto from = *lg.find("singapore"), to = *lg.find("makassar");
    {
        // [best-path]
        ascn::path_constraints c;
        c.max_hops = 4;             // arcs
        c.avoid = {*lg.find("ID")}; // not through Indonesia or its cities
        if (auto p = ascn::best_path(lg, *lg.find("singapore"), *lg.find("cebu-city"), c))
            std::printf("%zu hops, p %.4f\n", p->hops(), p->probability());
        // [best-path]
    }
    // [k-best]
    for (const auto& p : ascn::k_best_paths(lg, *lg.find("singapore"), *lg.find("makassar"), 3))
        std::printf("cost %.3f (%zu hops)\n", p.cost, p.hops());
    // [k-best]

    // [widest]
    if (auto w = ascn::widest_path(lg, from, to))
        std::printf("weakest link p %.3f\n", std::exp(-ascn::bottleneck(lg, *w)));
    // [widest]

    {
        // [stepping-stones]
        const auto s =
            ascn::strengths(lg, ascn::data::focus_records_of(d), ascn::focus_area::environment);
        auto p = ascn::stepping_stone_path(lg, *lg.find("johor-bahru"), *lg.find("cebu-city"),
                                           s.strength, 0.4); // no step drops by more than 0.4
        // [stepping-stones]
        if (p)
            for (auto v : p->vertices)
                std::printf("%s ", lg.id(v).c_str());
        std::printf("(%s)\n", p ? "stepping stones" : "no path");
    }
    {
        // [costs-to]
        const ascn::path_tree tree = ascn::costs_to(lg, *lg.find("makassar"));
        for (ascn::snapshot::vertex_index v = 0; v < lg.num_vertices(); ++v)
            if (lg.kind(v) == ascn::vertex_kind::city && tree.reachable(v))
                std::printf("%s teaches makassar with p %.4f\n", lg.id(v).c_str(),
                            std::exp(-tree.cost[v]));
        auto p = tree.path(lg, *lg.find("banyuwangi")); // banyuwangi > ID > makassar
        // [costs-to]
        if (p)
            for (auto v : p->vertices)
                std::printf("%s ", lg.id(v).c_str());
        std::printf("\n");
    }
    {
        // [all-pairs]
        std::vector<ascn::snapshot::vertex_index> cities;
        for (ascn::snapshot::vertex_index v = 0; v < lg.num_vertices(); ++v)
            if (lg.kind(v) == ascn::vertex_kind::city)
                cities.push_back(v);
        const std::vector<double> m = ascn::all_pairs_costs(lg, cities, 0); // all cores
        // m[i * cities.size() + j]: the cost from cities[i] to cities[j]
        // [all-pairs]
        std::printf("%zu cities, %zu costs\n", cities.size(), m.size());
    }
    {
        const auto path = *ascn::best_path(lg, from, to);
        // [explain]
        for (const ascn::hop_explanation& h : ascn::explain(lg, path))
            std::printf("%s -> %s [%s, %zu relationships] %.3f: %s\n", h.from.c_str(), h.to.c_str(),
                        ascn::to_string(h.kinds).c_str(), h.relationships, h.cost,
                        h.reason.c_str());
        // [explain]
    }
}

void mentors() {
    // [mentors]
    const auto& d = ascn::data::embedded_dataset();
    ascn::learning_model model;
    model.focus = ascn::focus_area::environment;
    const ascn::snapshot lg(d.network, model);
    const auto s = ascn::strengths(lg, ascn::data::focus_records_of(d), *model.focus);
    ascn::mentor_options o; // n 5, margin 0.1, g0 0.5, threshold 0.01
    o.affinity = ascn::city_affinity(d.network, lg);
    for (const ascn::mentor& m : ascn::mentors(lg, *lg.find("makassar"), s.strength, s.evidence, o))
        std::printf("%s: score %.4f via %zu hops\n", lg.id(m.city).c_str(), m.score, m.path.hops());
    // [mentors]
}

void strength_and_affinity(const ascn::data::dataset& d) {
    const ascn::network& net = d.network;
    const ascn::snapshot lg(net, ascn::learning_model{});
    {
        // [strength]
        ascn::focus_record r; // one city, one focus area
        r.completed = 1;
        r.priority = true;
        double s = ascn::strength_model{}(r); // 1 - exp(-1.5 / 1.5) = 0.632

        const ascn::focus_record_map embedded = ascn::data::focus_records_of(d); // embedded ASCN
        const ascn::focus_record_map mine = ascn::records_from_profiles(net);    // any network
        const ascn::area_strengths s_env = ascn::strengths(lg, mine, ascn::focus_area::environment);
        // [strength]
        std::printf("strength %.3f; %zu and %zu records; %zu strengths\n", s, embedded.size(),
                    mine.size(), s_env.strength.size());
    }
    // [affinity]
    const auto affinity = ascn::city_affinity(d.network, lg);          // lambda 0.7, border 0.85
    double a = affinity(*lg.find("banyuwangi"), *lg.find("makassar")); // 0.789
    // [affinity]
    std::printf("affinity %.3f\n", a);
}

void synthetic() {
    // [synthetic]
    ascn::synthetic_options o;
    o.cities = 2'000;
    o.seed = 7;
    const ascn::network net = ascn::synthetic_network(o);
    const ascn::snapshot lg(net, ascn::learning_model{});
    const auto records = ascn::records_from_profiles(net);
    // [synthetic]
    std::printf("synthetic: %zu cities, %zu snapshot vertices, %zu records\n", net.num_cities(),
                lg.num_vertices(), records.size());
}
} // namespace

int main() {
    const ascn::data::dataset& d = ascn::data::embedded_dataset();
    graphs(d.network);
    policies(d.network);
    queries(d);
    mentors();
    strength_and_affinity(d);
    synthetic();
}
