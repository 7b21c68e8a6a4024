// SPDX-License-Identifier: MIT
// docs/howto/load-your-data.md: read your own network from a CSV pair and from node-link JSON,
// handle bad input, and analyse the result like the embedded ASCN.
#include <ascn/algorithm/paths/shortest_paths.hpp>
#include <ascn/io/csv.hpp>
#include <ascn/io/json.hpp>
#include <ascn/network.hpp>
#include <ascn/time_view.hpp>
#include <ascn/views.hpp>

#include <cstdio>
#include <filesystem>
#include <string>

int main() {
    // The sample files are in examples/howto-data/; the build passes that folder.
    std::filesystem::current_path(ASCN_HOWTO_DATA_DIR);

    // [csv]
    ascn::network net;
    ascn::io::read_csv(ascn::io::read_file("nodes.csv"), ascn::io::read_file("relationships.csv"),
                       net, "nodes.csv", "relationships.csv"); // the names are used in errors
    std::printf("CSV: %zu cities, %zu countries, %zu partner, %zu relationships\n",
                net.num_cities(), net.num_countries(), net.num_partners(), net.num_relationships());
    // [csv]

    // [json]
    ascn::network from_json;
    ascn::io::read_json(ascn::io::read_file("network.json"), from_json, "network.json");
    std::printf("JSON: %zu cities, %zu relationships\n", from_json.num_cities(),
                from_json.num_relationships());
    // [json]

    // [round-trip]
    const ascn::io::csv_pair written = ascn::io::to_csv(from_json);
    std::printf("written back as the same CSV: %s\n",
                written.nodes == ascn::io::read_file("nodes.csv") &&
                        written.relationships == ascn::io::read_file("relationships.csv")
                    ? "yes"
                    : "no");
    // [round-trip]

    // [errors]
    ascn::network bad;
    const std::string nodes =
        "id,kind,name,country,joined,lat,lon,population,capital,roles,roles_editorial,aliases,"
        "civic,health,safety,environment,infrastructure,industry,partner_kind,home_country,"
        "source\n"
        "north,country,Northland,,1990-01-01,,,,,,,,,,,,,,,,\n"
        "harbour,city,Harbour City,north,2018,,,,false,,false,,two,0,0,0,0,0,,,\n";
    try {
        ascn::io::read_csv(nodes, "from,to,kind,start,end,focus,strength,source,note\n", bad);
    } catch (const ascn::error& e) { // ascn::parse_error here; every data error is an ascn::error
        std::printf("%s\n", e.what());
        std::printf("code %s, line %zu, field %s\n", std::string(ascn::to_string(e.code())).c_str(),
                    e.context().line, e.context().field.c_str());
    }
    std::printf("the network is untouched: %zu vertices\n", bad.num_vertices());
    // [errors]

    // [analyse]
    for (const ascn::city& c : ascn::cities_of(net, "north"))
        std::printf("%s: %g environment projects\n", c.name.c_str(),
                    c.profile[ascn::focus_area::environment]);
    std::printf("in 2021: %zu cities\n", ascn::as_of(net, 2021).num_cities());
    const ascn::snapshot hops(net);
    const auto tree = ascn::shortest_paths(hops, *hops.from_network(*net.vertex("hills")));
    const auto delta = *hops.from_network(*net.vertex("delta"));
    std::printf("hills -> harbour: %g hops; delta reachable: %s\n",
                tree.distance[*hops.from_network(*net.vertex("harbour"))],
                tree.reachable(delta) ? "yes" : "no");
    // [analyse]
}
