// SPDX-License-Identifier: MIT
// Compile-only checks: which types model which concepts.
#include <ascn/concepts.hpp>
#include <ascn/fwd.hpp>
#include <ascn/network.hpp>

#include <array>
#include <optional>
#include <string>

namespace {
struct plain_city {
    std::string id;
    std::string country;
    int joined = 2018;
};
struct located_city : plain_city {
    ascn::geo_point location;
};
struct vector_city : plain_city {
    std::array<double, 4> profile{};
};
struct no_country {
    std::string id;
    int joined = 2018;
};
struct tag_partner {
    std::string id;
    ascn::partner_kind kind = ascn::partner_kind::company;
};
struct lean_link {
    ascn::relation_kind kind = ascn::relation_kind::peer_learning;
    int start = 2018;
};
struct immutable_link {
    const ascn::relation_kind kind = ascn::relation_kind::peer_learning;
    const int start = 2018;
};
struct year_country {
    std::string id;
    int joined = 1967;
};
} // namespace

static_assert(ascn::City<ascn::city>);
static_assert(ascn::LocatedCity<ascn::city>);
static_assert(ascn::ProfiledCity<ascn::city>);
static_assert(ascn::Country<ascn::country>);
static_assert(ascn::Partner<ascn::partner>);
static_assert(ascn::Relationship<ascn::relationship>);

static_assert(ascn::City<plain_city>);
static_assert(!ascn::LocatedCity<plain_city>);
static_assert(!ascn::ProfiledCity<plain_city>);
static_assert(ascn::LocatedCity<located_city>);
static_assert(ascn::ProfiledCity<vector_city>);
static_assert(ascn::ProfiledCity<ascn::basic_city<ascn::no_profile>>);
static_assert(ascn::ProfiledCity<ascn::basic_city<std::array<float, 12>>>);
static_assert(!ascn::City<no_country>);
static_assert(!ascn::City<int>);
static_assert(ascn::Partner<tag_partner>);
static_assert(!ascn::Partner<plain_city>);
static_assert(ascn::Relationship<lean_link>);
static_assert(!ascn::Relationship<immutable_link>);
static_assert(!ascn::Relationship<plain_city>);
static_assert(ascn::Profile<ascn::focus_profile>);
static_assert(ascn::Profile<std::array<int, 3>>);
static_assert(!ascn::Profile<std::array<std::string, 3>>);
static_assert(!ascn::Profile<double>);

// A network over user types instantiates, and the alias is the default one.
using lean_network = ascn::basic_network<plain_city, year_country, tag_partner, lean_link>;
static_assert(
    std::is_same_v<ascn::network, ascn::basic_network<ascn::city, ascn::country, ascn::partner,
                                                      ascn::relationship>>);
static_assert(std::is_same_v<lean_network::city_type, plain_city>);

int main() {
    lean_network net;
    net.add_country({"XX", 1990});
    net.add_city({"a", "XX", 2018});
    net.add_city({"b", "XX", 2019});
    net.add_relationship("a", "b", lean_link{});
    return net.num_relationships() == 3 ? 0 : 1;
}
