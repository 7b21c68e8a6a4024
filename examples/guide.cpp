// SPDX-License-Identifier: MIT
// The snippets of docs/guide.md, one region each, compiled and run so the guide cannot drift.
#include <ascn/algorithm/paths.hpp>
#include <ascn/algorithm/paths/shortest_paths.hpp>
#include <ascn/asean/dataset.hpp>
#include <ascn/asean/focus_records.hpp>
#include <ascn/asean/learning_model.hpp>
#include <ascn/asean/mentors.hpp>
#include <ascn/io/csv.hpp>
#include <ascn/io/json.hpp>
#include <ascn/network.hpp>
#include <ascn/time_view.hpp>
#include <ascn/views.hpp>

#include <boost/graph/connected_components.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/transform_value_property_map.hpp>
#include <range/v3/range/conversion.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace {
using K = ascn::relation_kind;
namespace rv = ranges::views;

void build_and_remove() {
    // [build]
    ascn::network net;
    net.add_country({"VN", "Viet Nam", {1995, 7, 28}, "S1"}); // id, name, joined ASEAN, source
    ascn::city dn;
    dn.id = "da-nang";
    dn.name = "Da Nang";
    dn.country = "VN";
    dn.joined = 2018; // year it joined the network
    dn.location = ascn::geo_point{16.0544, 108.2022};
    dn.profile[ascn::focus_area::environment] = 1; // projects per focus area
    ascn::vertex_handle h = net.add_city(dn);      // also adds member-of da-nang -> VN
    net.add_partner({"jica", "JICA", ascn::partner_kind::agency, "JP", "S9"});

    ascn::relationship r(K::support, 2019, 2021); // active 2019 to 2021, both included
    r.focus = {ascn::focus_area::environment};
    r.strength = 2.0;
    ascn::relationship_handle rh = net.add_relationship("jica", "da-nang", r);
    // [build]
    std::printf("built: %zu vertices, %zu relationships\n", net.num_vertices(),
                net.num_relationships());

    ascn::city hanoi;
    hanoi.id = "hanoi";
    hanoi.name = "Ha Noi";
    hanoi.country = "VN";
    net.add_city(hanoi);
    // [lookup]
    bool known = net.contains("hanoi");
    std::optional<ascn::vertex_handle> hh = net.find("hanoi");
    std::optional<std::size_t> v = net.vertex("hanoi"); // a BGL descriptor, if any
    const auto& d = net.at("hanoi");    // network::vertex_data; throws unknown_id_error
    if (const ascn::city* c = d.city()) // d.kind(), d.id(); d.country(), d.partner()
        std::cout << c->name << " joined " << net.city("hanoi").joined << '\n'; // city() throws
    const ascn::partner* p = net.find_partner("jica");                          // nullptr if none
    bool alive = net.valid(h);              // net[h] throws stale_handle_error once removed
    int since = net.relationship(rh).start; // throws stale_handle_error once removed
    if (auto e = net.edge(rh))              // std::optional<edge_descriptor>
        std::cout << net[net.from(*e)].id() << " -> " << net[net.to(*e)].id() << '\n';
    // [lookup]
    std::printf("known %d, found %d, vertex %d, partner %s, alive %d, since %d\n", known,
                hh.has_value(), v.has_value(), p->name.c_str(), alive, since);

    // [remove]
    net.remove(rh);        // one relationship
    net.remove("da-nang"); // a vertex and all its relationships (or net.remove(h))
    net.remove("hanoi");
    net.remove("VN"); // allowed now; in_use_error while VN still has cities
    net.clear();      // everything
    // [remove]
    std::printf("after clear: %zu vertices\n", net.num_vertices());
}

void embedded() {
    // [embedded]
    const ascn::data::dataset& d = ascn::data::embedded_dataset(); // parsed once, on first use
    const ascn::network& net = d.network;                          // read-only
    ascn::network mine = ascn::data::embedded_network();           // a copy you can change

    const ascn::city* c = d.find_city("Kota Cebu");   // id, name or alias: cebu-city
    const ascn::city* hn = d.find_city("HÀ NỘI");     // case, accents, spaces ignored: hanoi
    std::optional<std::string> chair = d.chair(2023); // "ID"
    std::vector<std::string> sh = d.shepherds(2023);  // {"SG", "ID"}: a hand-over year
    const ascn::data::action_plan* plan = d.plan_of("da-nang");  // vision, targets, projects
    const ascn::data::source_document* s9 = d.find_source("S9"); // key, title, where
    int completed = 0;
    for (const ascn::data::project& p : d.projects) // city, name, focus, status, partners
        if (p.city == "da-nang" && p.status == ascn::data::project_status::completed)
            ++completed;
    // [embedded]
    std::printf("%zu cities (copy: %zu); %s, %s; chair %s; shepherds %zu; plan %d; %s; "
                "%d completed in da-nang\n",
                net.num_cities(), mine.num_cities(), c->id.c_str(), hn->id.c_str(), chair->c_str(),
                sh.size(), plan != nullptr, s9->key.c_str(), completed);
}

void views() {
    const ascn::network& net = ascn::data::embedded_dataset().network;
    // [views]
    std::vector<std::string> capitals =
        ascn::cities(net) | rv::filter([](const ascn::city& c) { return c.capital; }) |
        rv::transform([](const ascn::city& c) { return c.id; }) | ranges::to<std::vector>();
    for (auto r : ascn::relationships(net, K::twinning))
        std::cout << r.from_id() << " twins with " << r.to_id() << " since " << r.value().start
                  << '\n';
    for (auto n : ascn::partners_of(net, "cebu-city"))
        std::cout << n.id() << " (" << ascn::to_string(n.relationship().kind()) << ")\n";
    auto my_cities = ranges::distance(ascn::cities_of(net, "MY")); // 7
    // [views]
    std::printf("%zu capitals, %td Malaysian cities\n", capitals.size(), my_cities);
}

void time_views() {
    const ascn::network& net = ascn::data::embedded_dataset().network;
    // [time]
    const auto y2018 = ascn::as_of(net, 2018);
    std::size_t cities = y2018.num_cities();             // 26 in the embedded ASCN (38 by 2026)
    std::size_t states = y2018.num_countries();          // 10: Timor-Leste joined ASEAN in 2025
    std::size_t links = y2018.num_relationships();       // 30, member-of included
    bool cm = y2018.contains(*net.vertex("chiang-mai")); // false: it joined in 2023
    std::size_t listed = 0;
    for (const ascn::city& c : ascn::cities(y2018)) // every view accepts a time view
        listed += c.joined <= 2018;
    ascn::network then = y2018.materialize(); // a real, independent network
    // [time]
    std::printf("2018: %zu cities, %zu countries, %zu relationships, chiang-mai %d, listed %zu, "
                "materialized %zu cities\n",
                cities, states, links, cm, listed, then.num_cities());

    // [bgl-view]
    const auto fg = y2018.graph();
    std::vector<int> comp(net.num_vertices(), -1);
    int n = boost::connected_components(
        fg, boost::make_iterator_property_map(comp.begin(), boost::get(boost::vertex_index, fg)));
    // [bgl-view]
    std::printf("2018: %d connected components\n", n);
}

void dijkstra() {
    const ascn::network& net = ascn::data::embedded_dataset().network;
    // [dijkstra]
    const auto& g = net.graph();
    auto weight = boost::make_transform_value_property_map(
        [](const ascn::network::edge_data& d) { return d.value.strength.value_or(1.0); },
        boost::get(boost::edge_bundle, g));
    std::vector<double> dist(boost::num_vertices(g));
    boost::dijkstra_shortest_paths(
        g, *net.vertex("hanoi"),
        boost::weight_map(weight).distance_map(
            boost::make_iterator_property_map(dist.begin(), boost::get(boost::vertex_index, g))));
    std::cout << dist[*net.vertex("da-nang")] << '\n';
    // [dijkstra]
}

void snapshots() {
    const ascn::network& net = ascn::data::embedded_dataset().network;
    // [snapshot]
    const ascn::snapshot hops(net); // ascn::unit_cost: every relationship costs 1
    auto by_strength = [](const ascn::relationship& r) -> std::optional<double> {
        if (r.kind == K::member_of)
            return std::nullopt; // nullopt leaves the relationship out
        return r.strength.value_or(1.0);
    };
    const ascn::snapshot s(ascn::as_of(net, 2024), by_strength);

    if (auto src = s.from_network(*net.vertex("da-nang"))) { // nullopt if the view left it out
        const auto tree = ascn::shortest_paths(s, *src);     // Dijkstra
        for (std::uint32_t v = 0; v < s.num_vertices(); ++v)
            if (tree.reachable(v))
                std::cout << net[s.to_network(v)].id() << ": " << tree.distance[v] << '\n';
    }
    // [snapshot]
    std::printf("hops: %u vertices\n", static_cast<unsigned>(hops.num_vertices()));
}

void mentors() {
    // [mentors]
    const ascn::data::dataset& d = ascn::data::embedded_dataset();
    ascn::learning_model model;
    model.focus = ascn::focus_area::environment; // knowledge about Quality Environment
    const ascn::snapshot lg(d.network, model);   // cities, partners, countries
    const auto learner = *lg.find("makassar");
    const auto s = ascn::strengths(lg, ascn::data::focus_records_of(d), *model.focus);
    ascn::mentor_options o;
    o.affinity = ascn::city_affinity(d.network, lg);
    for (const ascn::mentor& m : ascn::mentors(lg, learner, s.strength, s.evidence, o))
        std::printf("%s %.4f\n", lg.id(m.city).c_str(), m.score); // banyuwangi 0.0209, ...
    // [mentors]
}

// [custom-types]
struct my_city {
    std::string id;
    std::string country;
    int joined = 2018;
};
struct my_country {
    std::string id;
    int joined = 1967;
};
struct my_partner {
    std::string id;
    ascn::partner_kind kind = ascn::partner_kind::company;
};
struct my_link {
    ascn::relation_kind kind = ascn::relation_kind::peer_learning;
    int start = 2018;
};
using my_network = ascn::basic_network<my_city, my_country, my_partner, my_link>;
// [custom-types]

void custom() {
    // [custom-network]
    my_network net;
    net.add_country({"XX", 1990});
    net.add_city({"a", "XX", 2018});
    net.add_city({"b", "XX", 2019});
    net.add_relationship("a", "b", my_link{}); // 3 relationships: 2 member-of + 1
    // [custom-network]
    std::printf("my_network: %zu relationships\n", net.num_relationships());
}

void errors() {
    ascn::network net = ascn::data::embedded_network();
    // [errors]
    try {
        net.add_relationship("jica", "da-nang", {K::peer_learning, 2019});
    } catch (const ascn::error& e) {
        std::cout << e.what() << '\n';
        if (e.code() == ascn::errc::invalid_endpoint)
            std::cout << "code " << ascn::to_string(e.code()) << '\n';
    }
    // [errors]
}

void files() {
    const auto dir = std::filesystem::temp_directory_path() / "ascn-example-guide";
    std::filesystem::create_directories(dir);
    std::filesystem::current_path(dir);
    {
        std::ofstream seed("ascn.json");
        ascn::io::write_json(ascn::data::embedded_dataset().network, seed);
    }
    // [files]
    ascn::network net;
    ascn::io::read_json(ascn::io::read_file("ascn.json"), net, "ascn.json"); // name in errors
    std::ofstream out("copy.json");
    ascn::io::write_json(net, out); // indent 1; write_json(net, out, -1): one line

    const ascn::io::csv_pair pair = ascn::io::to_csv(net); // .nodes, .relationships
    ascn::io::write_file("nodes.csv", pair.nodes);
    ascn::io::write_file("relationships.csv", pair.relationships);
    ascn::io::read_csv(ascn::io::read_file("nodes.csv"), ascn::io::read_file("relationships.csv"),
                       net, "nodes.csv", "relationships.csv");
    // [files]
    std::printf("read back: %zu cities, %zu relationships\n", net.num_cities(),
                net.num_relationships());
    std::filesystem::current_path(std::filesystem::temp_directory_path());
    std::filesystem::remove_all(dir);
}
} // namespace

int main() {
    build_and_remove();
    embedded();
    views();
    time_views();
    dijkstra();
    snapshots();
    mentors();
    custom();
    errors();
    files();
}
