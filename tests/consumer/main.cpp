// SPDX-License-Identifier: MIT
// A consumer of the installed (or vendored) library: the umbrella header, strict warnings.
#include <ascn/ascn.hpp>

#include <cstdio>

int main() {
    ascn::network net;
    net.add_country({"SG", "Singapore", {1967, 8, 8}, ""});
    ascn::city c;
    c.id = "singapore";
    c.name = "Singapore";
    c.country = "SG";
    net.add_city(c);
    std::printf("%zu cities, %zu relationships\n", net.num_cities(), net.num_relationships());
    return net.num_relationships() == 1 ? 0 : 1;
}
