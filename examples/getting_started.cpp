// A program that uses ascn: one country, one city, and the member-of relationship between them.
#include <ascn/ascn.hpp>

#include <cstdio>

int main() {
    ascn::network net;
    net.add_country({"SG", "Singapore", {1967, 8, 8}, ""});
    ascn::city c;
    c.id = "singapore";
    c.name = "Singapore";
    c.country = "SG";
    net.add_city(c); // also adds the member-of relationship to SG
    std::printf("%zu cities, %zu relationships\n", net.num_cities(), net.num_relationships());
}
