// SPDX-License-Identifier: MIT
// The snippets of docs/reference/snapshot.md, one region each: the frozen graph of a small
// network under several arc policies, its arcs, its reverse graph, its ids and its explanations.
#include <ascn/algorithm/paths/best_path.hpp>
#include <ascn/algorithm/paths/explain.hpp>
#include <ascn/asean/learning_model.hpp>
#include <ascn/network.hpp>
#include <ascn/snapshot.hpp>
#include <ascn/time_view.hpp>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace {
using K = ascn::relation_kind;

// Two countries, four cities (semarang joined in 2025), one partner that supports da-nang twice.
ascn::network small_network() {
    ascn::network net;
    net.add_country({"VN", "Viet Nam", {1995, 7, 28}, "S1"});
    net.add_country({"ID", "Indonesia", {1967, 8, 8}, "S1"});
    for (auto [id, country, joined] : {std::tuple{"da-nang", "VN", 2018},
                                       {"hanoi", "VN", 2018},
                                       {"makassar", "ID", 2018},
                                       {"semarang", "ID", 2025}}) {
        ascn::city c;
        c.id = id;
        c.country = country;
        c.joined = joined;
        net.add_city(c);
    }
    net.add_partner({"jica", "JICA", ascn::partner_kind::agency, "JP", "S9"});
    ascn::relationship r(K::support, 2019);
    r.focus = {ascn::focus_area::environment};
    net.add_relationship("jica", "da-nang", r);
    net.add_relationship("jica", "da-nang", {K::support, 2022}); // parallel to the first
    net.add_relationship("jica", "makassar", {K::support, 2020});
    net.add_relationship("da-nang", "hanoi", {K::peer_learning, 2021});
    return net;
}

// [own-policy]
// Knowledge leaves partners only, one unit of cost per hop, and says why.
struct from_partners {
    template <class Network>
    std::optional<double> operator()(const ascn::hop<Network>& h) const {
        if (h.from().kind() != ascn::vertex_kind::partner)
            return std::nullopt; // no arc in this direction
        return 1.0;
    }
    template <class Network>
    std::string explain(const ascn::hop<Network>& h) const {
        return std::string(ascn::to_string(h.kind())) + " from a partner";
    }
};
static_assert(ascn::ArcPolicy<from_partners, ascn::network>);
static_assert(ascn::ExplainingPolicy<from_partners, ascn::network>);
static_assert(!ascn::CombiningPolicy<from_partners> && !ascn::SymmetricPolicy<from_partners>);
// [own-policy]

void first_look(const ascn::network& net) {
    // [example]
    const ascn::snapshot s(net); // unit_cost: every relationship costs 1 in both directions
    std::printf("%zu vertices, %zu arcs, %zu relationships\n", s.num_vertices(), s.num_arcs(),
                s.num_relationships());
    const auto jica = *s.find("jica"); // a snapshot vertex index
    const auto [first, last] = s.out_arcs(jica);
    for (auto a = first; a < last; ++a) // arc a is CSR edge index a
        std::printf("jica -> %s: cost %g, %s\n", s.id(s.target(a)).c_str(), s.cost(a),
                    ascn::to_string(s.kinds(a)).c_str());

    // graph() is a boost::compressed_sparse_row_graph and cost_map() a property map over it.
    std::vector<double> d(s.num_vertices());
    const auto distance =
        boost::make_iterator_property_map(d.begin(), boost::get(boost::vertex_index, s.graph()));
    boost::dijkstra_shortest_paths(s.graph(), *s.find("makassar"),
                                   boost::weight_map(s.cost_map()).distance_map(distance));
    std::printf("makassar -> hanoi: %g hops\n", d[*s.find("hanoi")]);
    // [example]
}

void sources(const ascn::network& net) {
    // [sources]
    const ascn::snapshot now(net);                     // a network: every vertex
    const ascn::snapshot then(ascn::as_of(net, 2020)); // a time view: what was there in 2020
    const std::size_t jica = *net.vertex("jica");      // a network vertex descriptor
    std::printf("2020: %zu vertices, %zu arcs; jica is vertex %zu of the network, %u of now, "
                "%u of then\n",
                then.num_vertices(), then.num_arcs(), jica, *now.from_network(jica),
                *then.from_network(jica));
    std::printf("semarang in 2020: %s\n",
                then.from_network(*net.vertex("semarang")) ? "yes" : "no");
    // [sources]
}

void policies(const ascn::network& net) {
    // [policies]
    const ascn::snapshot hops(net, ascn::unit_cost{}); // the default
    const ascn::snapshot by_strength(net, [](const ascn::relationship& r) {
        return r.strength.value_or(1.0); // a function of the relationship: same cost both ways
    });
    const ascn::snapshot no_members(
        net, ascn::edge_cost{[](const ascn::relationship& r) -> std::optional<double> {
            if (r.kind == K::member_of)
                return std::nullopt; // nullopt: no arc (its vertices stay)
            return 1.0;
        }});
    const ascn::snapshot merged(net, ascn::merge_parallel{ascn::unit_cost{}});
    const ascn::snapshot support(
        net, ascn::restrict_kinds{ascn::unit_cost{}, ascn::relation_set{K::support}});
    const ascn::snapshot directed(net, from_partners{});
    // [policies]
    std::printf("arcs: hops %zu, by strength %zu, no member-of %zu, merged %zu, support %zu, "
                "from partners %zu\n",
                hops.num_arcs(), by_strength.num_arcs(), no_members.num_arcs(), merged.num_arcs(),
                support.num_arcs(), directed.num_arcs());
}

void arcs(const ascn::network& net) {
    // [merged]
    const ascn::snapshot separate(net);                                        // an arc each
    const ascn::snapshot merged(net, ascn::merge_parallel{ascn::unit_cost{}}); // an arc a pair
    for (const ascn::snapshot* s : {&separate, &merged}) {
        const auto [first, last] = s->out_arcs(*s->find("jica"));
        for (auto a = first; a < last; ++a) {
            std::printf("jica -> %s: cost %g, relationships", s->id(s->target(a)).c_str(),
                        s->cost(a));
            for (auto i : s->arc_relationships(a)) // s->relationship(i): the network's handle
                std::printf(" %u", i);
            std::printf("\n");
        }
    }
    // [merged]
}

void model(const ascn::network& net) {
    // [model]
    ascn::learning_model m; // combines, explains, opens the channel; not symmetric
    m.focus = ascn::focus_area::environment;
    const ascn::snapshot lg(net, m);
    std::printf("%zu vertices (the last is %s), %zu arcs, symmetric %d\n", lg.num_vertices(),
                lg.id(static_cast<ascn::snapshot::vertex_index>(lg.num_vertices() - 1)).c_str(),
                lg.num_arcs(), lg.symmetric());

    // The reverse graph: the arcs entering makassar, turned around.
    const auto [first, last] = lg.in_arcs(*lg.find("makassar"));
    for (auto i = first; i < last; ++i) {
        const auto a = lg.forward_arc(i); // the forward arc reverse arc i turns around
        std::printf("into makassar from %s: cost %.3f\n", lg.id(lg.source(a)).c_str(), lg.cost(a));
    }
    // [model]
    // [explain]
    const auto jica = *lg.find("jica"), da_nang = *lg.find("da-nang");
    const auto [out, end] = lg.out_arcs(jica);
    for (auto a = out; a < end; ++a)
        if (lg.target(a) == da_nang) // two support relationships, merged by the model
            std::printf("jica -> da-nang, cost %.3f: %s\n", lg.cost(a), lg.explain(a).c_str());

    const auto p = ascn::best_path(lg, *lg.find("makassar"), *lg.find("hanoi"));
    for (const ascn::hop_explanation& h : ascn::explain(lg, *p)) // needs nothing but lg
        std::printf("%s -> %s (%s): %s\n", h.from.c_str(), h.to.c_str(),
                    h.kinds.empty() ? "channel" : ascn::to_string(h.kinds).c_str(),
                    h.reason.c_str());
    // [explain]
}

void vertices(const ascn::network& net) {
    ascn::learning_model m;
    const ascn::snapshot lg(net, m);
    // [ids]
    for (ascn::snapshot::vertex_index v = 0; v < lg.num_vertices(); ++v) {
        std::printf("%u: %s, a %s", v, lg.id(v).c_str(),
                    std::string(ascn::to_string(lg.kind(v))).c_str());
        if (lg.is_channel(v))
            std::printf(", the channel: no network vertex\n");
        else
            std::printf(", network vertex %zu\n", lg.to_network(v));
    }
    const std::optional<ascn::snapshot::vertex_index> none = lg.find("bangkok"); // O(log V)
    // [ids]
    std::printf("bangkok: %s\n", none ? "found" : "not in this snapshot");
}

void any_graph() {
    // [of-graph]
    using graph =
        boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                              boost::property<boost::edge_weight_t, double>>;
    graph g(3);
    boost::add_edge(0, 1, 2.0, g);
    boost::add_edge(0, 1, 3.0, g); // parallel to the first
    boost::add_edge(1, 2, 1.0, g);
    const ascn::snapshot lightest =
        ascn::snapshot::of_graph(g, boost::get(boost::edge_weight, g), ascn::parallel_edges::min);
    const ascn::snapshot summed =
        ascn::snapshot::of_graph(g, boost::get(boost::edge_weight, g), ascn::parallel_edges::sum);
    std::printf("%zu arcs; 0 -> 1 costs %g (min) or %g (sum); reverse graph: %s\n",
                lightest.num_arcs(), lightest.cost(lightest.out_arcs(0).first),
                summed.cost(summed.out_arcs(0).first), lightest.has_reverse() ? "yes" : "no");
    // [of-graph]
}
} // namespace

int main() {
    const ascn::network net = small_network();
    first_look(net);
    sources(net);
    policies(net);
    arcs(net);
    model(net);
    vertices(net);
    any_graph();
}
