// SPDX-License-Identifier: MIT
#include "support.hpp"

#include <ascn/time_view.hpp>
#include <ascn/views.hpp>

#include <catch2/catch.hpp>
#include <range/v3/algorithm/count_if.hpp>
#include <range/v3/algorithm/sort.hpp>
#include <range/v3/range/conversion.hpp>
#include <range/v3/view/take.hpp>

#include <string>
#include <vector>

namespace rv = ranges::views;
using K = ascn::relation_kind;

namespace {
template <class Rng>
std::vector<std::string> sorted_ids(Rng&& rng) {
    std::vector<std::string> out;
    for (auto&& x : rng) {
        if constexpr (requires { x.id(); })
            out.emplace_back(x.id());
        else
            out.emplace_back(x.id);
    }
    ranges::sort(out);
    return out;
}
using ids = std::vector<std::string>;
} // namespace

TEST_CASE("views: cities, countries, partners", "[views]") {
    const auto net = ascn_test::small_network();
    CHECK(sorted_ids(ascn::cities(net)) ==
          ids{"da-nang", "dili", "hanoi", "ho-chi-minh", "singapore"});
    CHECK(sorted_ids(ascn::countries(net)) == ids{"SG", "TL", "VN"});
    CHECK(sorted_ids(ascn::partners(net)) == ids{"acme", "japan", "jica", "smart-jamp"});
    CHECK(ranges::distance(ascn::all_vertices(net)) == 12);
}

TEST_CASE("views: compose with range-v3 pipelines", "[views]") {
    const auto net = ascn_test::small_network();
    auto vietnamese =
        ascn::cities(net) | rv::filter([](const ascn::city& c) { return c.country == "VN"; }) |
        rv::transform([](const ascn::city& c) { return c.id; }) | ranges::to<std::vector>();
    ranges::sort(vietnamese);
    CHECK(vietnamese == ids{"da-nang", "hanoi", "ho-chi-minh"});
    CHECK(ranges::distance(ascn::partners(net) | rv::take(2)) == 2);
}

TEST_CASE("views: relationships by kind", "[views]") {
    const auto net = ascn_test::small_network();
    CHECK(ranges::distance(ascn::relationships(net)) == 11);
    CHECK(ranges::distance(ascn::relationships(net, K::member_of)) == 5);
    std::vector<std::string> pairs;
    for (auto r : ascn::relationships(net, K::support))
        pairs.push_back(std::string(r.from_id()) + ">" + std::string(r.to_id()));
    CHECK(pairs == ids{"jica>da-nang"});
    for (auto r : ascn::relationships(net, K::business_match)) {
        CHECK(r.from_id() == "acme");
        CHECK(r.value().start == 2022);
        CHECK(net.relationship(r.handle()).start == 2022);
    }
}

TEST_CASE("views: neighbours, cities of a country, partners of a city", "[views]") {
    const auto net = ascn_test::small_network();
    CHECK(sorted_ids(ascn::neighbours(net, "da-nang")) == ids{"VN", "hanoi", "jica"});
    CHECK(sorted_ids(ascn::neighbours(net, "da-nang", K::peer_learning)) == ids{"hanoi"});
    CHECK(sorted_ids(ascn::cities_of(net, "VN")) == ids{"da-nang", "hanoi", "ho-chi-minh"});
    CHECK(sorted_ids(ascn::partners_of(net, "singapore")) == ids{"acme", "jica"});
    for (auto n : ascn::partners_of(net, "singapore"))
        CHECK((n.relationship().kind() == K::business_match ||
               n.relationship().kind() == K::twinning));
    CHECK_THROWS_AS(ascn::cities_of(net, "XX"), ascn::unknown_id_error);
    CHECK_THROWS_AS(ascn::cities_of(net, "hanoi"), ascn::unknown_id_error); // not a country
    CHECK(sorted_ids(ascn::neighbours(net, *net.find("smart-jamp"))) == ids{"hanoi", "japan"});
    CHECK(ranges::distance(ascn::neighbours(net, *net.vertex("japan"))) == 1);
}

TEST_CASE("time view: what had joined and what was active", "[views][time]") {
    const auto net = ascn_test::small_network();

    const auto y2018 = ascn::as_of(net, 2018);
    CHECK(y2018.year() == 2018);
    CHECK(y2018.num_cities() == 4);    // dili joins in 2026
    CHECK(y2018.num_countries() == 2); // TL joins ASEAN in 2025
    CHECK(sorted_ids(ascn::cities(y2018)) == ids{"da-nang", "hanoi", "ho-chi-minh", "singapore"});
    // Only jica acts in 2018 (twinning with singapore).
    CHECK(sorted_ids(ascn::partners(y2018)) == ids{"jica"});
    CHECK(ranges::distance(ascn::relationships(y2018)) == 4 + 1);

    const auto y2020 = ascn::as_of(net, 2020);
    // support 2019..2021 active; participation 2020 brings smart-jamp, and programme-of japan.
    CHECK(sorted_ids(ascn::partners(y2020)) == ids{"japan", "jica", "smart-jamp"});
    CHECK(sorted_ids(ascn::neighbours(y2020, "da-nang")) == ids{"VN", "hanoi", "jica"});

    const auto y2022 = ascn::as_of(net, 2022);
    // support ended in 2021
    CHECK(sorted_ids(ascn::neighbours(y2022, "da-nang")) == ids{"VN", "hanoi"});
    CHECK(sorted_ids(ascn::partners(y2022)) == ids{"acme", "japan", "jica", "smart-jamp"});

    const auto y2026 = ascn::as_of(net, 2026);
    CHECK(y2026.num_cities() == 5);
    CHECK(y2026.num_countries() == 3);
    CHECK(sorted_ids(ascn::cities_of(y2026, "TL")) == ids{"dili"});
    CHECK(sorted_ids(ascn::cities_of(ascn::as_of(net, 2025), "TL")).empty());
    CHECK(static_cast<std::ptrdiff_t>(y2026.num_relationships()) ==
          ranges::distance(ascn::relationships(y2026)));
    // A temporary time view is safe to pipe: views share the view's state.
    CHECK(ranges::distance(ascn::cities(ascn::as_of(net, 2026))) == 5);
}

TEST_CASE("time view: partners reached through chains of programmes", "[views][time]") {
    // city -participation- programme -programme-of- agency -programme-of- ministry: all three
    // partners act in the year, whatever order the relationships were added in.
    for (bool reversed : {false, true}) {
        ascn::network net;
        net.add_country({"XX", "X", {1990, 1, 1}, ""});
        net.add_city(ascn_test::make_city("c", "XX"));
        net.add_partner({"prog", "P", ascn::partner_kind::programme, "", ""});
        net.add_partner({"sub", "S", ascn::partner_kind::programme, "", ""});
        net.add_partner({"ministry", "M", ascn::partner_kind::government, "", ""});
        net.add_partner({"idle", "I", ascn::partner_kind::government, "", ""});
        if (reversed) {
            net.add_relationship("sub", "ministry", ascn_test::rel(K::programme_of, 2020));
            net.add_relationship("prog", "sub", ascn_test::rel(K::programme_of, 2020));
            net.add_relationship("c", "prog", ascn_test::rel(K::participation, 2020));
        } else {
            net.add_relationship("c", "prog", ascn_test::rel(K::participation, 2020));
            net.add_relationship("prog", "sub", ascn_test::rel(K::programme_of, 2020));
            net.add_relationship("sub", "ministry", ascn_test::rel(K::programme_of, 2020));
        }
        CHECK(sorted_ids(ascn::partners(ascn::as_of(net, 2020))) == ids{"ministry", "prog", "sub"});
        CHECK(ascn::as_of(net, 2019).num_partners() == 0);
    }
}
