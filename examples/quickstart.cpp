// SPDX-License-Identifier: MIT
// Build a small network, query it with range-v3, and find how far a city is from the others.
#include <ascn/algorithm/paths/shortest_paths.hpp>
#include <ascn/network.hpp>
#include <ascn/views.hpp>

#include <cstdio>

int main() {
    using K = ascn::relation_kind;
    ascn::network net;
    net.add_country({"VN", "Viet Nam", {1995, 7, 28}, "S1"});
    net.add_country({"ID", "Indonesia", {1967, 8, 8}, "S1"});
    for (auto [id, country] : {std::pair{"da-nang", "VN"}, {"hanoi", "VN"}, {"makassar", "ID"}}) {
        ascn::city c;
        c.id = id;
        c.country = country;
        net.add_city(c);
    }
    net.add_partner({"jica", "JICA", ascn::partner_kind::agency, "JP", "S9"});
    net.add_relationship("jica", "da-nang", {K::support, 2019});
    net.add_relationship("jica", "makassar", {K::support, 2020});
    net.add_relationship("da-nang", "hanoi", {K::peer_learning, 2019});

    for (const ascn::city& c : ascn::cities_of(net, "VN"))
        std::printf("%s is in Viet Nam\n", c.id.c_str());
    const ascn::snapshot frozen(net); // every relationship costs 1
    const auto tree = ascn::shortest_paths(frozen, *frozen.from_network(*net.vertex("makassar")));
    for (const ascn::city& c : ascn::cities(net))
        std::printf("makassar -> %s: %g hops\n", c.id.c_str(),
                    tree.distance[*frozen.from_network(*net.vertex(c.id))]);
}
