// SPDX-License-Identifier: MIT
// docs/howto/own-city-type.md: a network of your own city, country, partner and link types.
#include <ascn/algorithm/paths.hpp>
#include <ascn/algorithm/paths/shortest_paths.hpp>
#include <ascn/asean/learning_model.hpp>
#include <ascn/concepts.hpp>
#include <ascn/network.hpp>
#include <ascn/snapshot.hpp>
#include <ascn/time_view.hpp>
#include <ascn/views.hpp>

#include <boost/graph/connected_components.hpp>

#include <array>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace {
// [types]
struct district { // a city: an id, its country's id and the year it joined
    std::string id;
    std::string country;
    int joined = 2020;
    ascn::geo_point location;                    // optional member: makes it a LocatedCity
    std::array<double, 3> profile{};             // optional: a ProfiledCity (any numbers)
    std::optional<std::int64_t> population = {}; // optional: read when present
};
struct region { // a country: an id; `joined` is read by time views
    std::string id;
    int joined = 2000;
};
struct utility { // a partner: an id and a kind
    std::string id;
    ascn::partner_kind kind = ascn::partner_kind::company;
};
struct link { // a relationship: a kind and a start year; `end` and `strength` are optional
    ascn::relation_kind kind = ascn::relation_kind::peer_learning;
    int start = 2020;
    std::optional<int> end = {};
    std::optional<double> strength = {};
};
using district_network = ascn::basic_network<district, region, utility, link>;

static_assert(ascn::LocatedCity<district> && ascn::ProfiledCity<district>);
static_assert(ascn::Country<region> && ascn::Partner<utility> && ascn::Relationship<link>);
// [types]
} // namespace

int main() {
    using K = ascn::relation_kind;
    // [build]
    district_network net;
    net.add_country({"north", 2000});
    net.add_country({"south", 2005});
    net.add_city({"harbour", "north", 2020, {1.29, 103.85}, {3, 0, 1}, 2'500'000});
    net.add_city({"hills", "north", 2021, {1.35, 103.80}, {0, 2, 0}, 400'000});
    net.add_city({"delta", "south", 2023, {1.20, 103.90}, {1, 1, 2}, std::nullopt});
    net.add_partner({"water-co", ascn::partner_kind::company});
    net.add_relationship("harbour", "hills", {K::peer_learning, 2021, std::nullopt, 2.0});
    net.add_relationship("water-co", "delta", {K::business_match, 2023, 2025, std::nullopt});
    std::printf("%zu cities, %zu relationships (member-of included)\n", net.num_cities(),
                net.num_relationships());
    // [build]

    // [views]
    for (const district& d : ascn::cities_of(net, "north"))
        std::printf("%s joined %d, profile[0] %g\n", d.id.c_str(), d.joined, d.profile[0]);
    std::printf("in 2021: %zu cities\n", ascn::as_of(net, 2021).num_cities());
    std::vector<int> component(net.num_vertices());
    std::printf("%d connected components\n",
                boost::connected_components(net.graph(), component.data()));
    // [views]

    // [paths]
    const ascn::snapshot hops(net); // every relationship costs 1
    const auto tree = ascn::shortest_paths(hops, *hops.from_network(*net.vertex("harbour")));
    std::printf("harbour -> hills: %g hops\n",
                tree.distance[*hops.from_network(*net.vertex("hills"))]);

    const ascn::snapshot lg(net, ascn::learning_model{}); // the default cost model
    if (auto p = ascn::best_path(lg, *lg.find("harbour"), *lg.find("hills")))
        std::printf("knowledge reaches hills from harbour with p %.3f in %zu hops\n",
                    p->probability(), p->hops());
    // [paths]
}
