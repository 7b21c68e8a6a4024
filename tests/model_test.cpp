// SPDX-License-Identifier: MIT
#include <ascn/error.hpp>
#include <ascn/focus_area.hpp>
#include <ascn/model/city.hpp>
#include <ascn/model/date.hpp>
#include <ascn/model/kinds.hpp>
#include <ascn/model/profile.hpp>

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("focus areas: tokens, names and spelling variants", "[model]") {
    for (auto a : ascn::all_focus_areas) {
        CHECK(ascn::parse_focus_area(ascn::to_string(a)) == a);
        CHECK(ascn::parse_focus_area(ascn::display_name(a)) == a);
    }
    CHECK(ascn::parse_focus_area("Civic & Social") == ascn::focus_area::civic);
    CHECK(ascn::parse_focus_area("Health & Well-Being") == ascn::focus_area::health);
    CHECK(ascn::parse_focus_area("health and well-being") == ascn::focus_area::health);
    CHECK(ascn::parse_focus_area("QUALITY ENVIRONMENT") == ascn::focus_area::environment);
    CHECK(ascn::parse_focus_area("Industry & Innovation") == ascn::focus_area::industry);
    CHECK(ascn::parse_focus_area("industry-innovation") == ascn::focus_area::industry);
    CHECK_FALSE(ascn::parse_focus_area("quality of life"));
    CHECK_FALSE(ascn::parse_focus_area(""));
}

TEST_CASE("strategic outcomes", "[model]") {
    CHECK(ascn::all_strategic_outcomes.size() == 3);
    CHECK(ascn::display_name(ascn::strategic_outcome::quality_of_life) == "High Quality of Life");
}

TEST_CASE("focus sets", "[model]") {
    ascn::focus_set s{ascn::focus_area::industry, ascn::focus_area::civic};
    CHECK(s.size() == 2);
    CHECK(s.contains(ascn::focus_area::civic));
    CHECK_FALSE(s.contains(ascn::focus_area::health));
    CHECK(ascn::to_string(s) == "civic;industry");
    CHECK(ascn::parse_focus_set("civic;industry") == s);
    CHECK(ascn::parse_focus_set("Industry & Innovation;Civic and Social") == s);
    CHECK(ascn::parse_focus_set("") == ascn::focus_set{});
    CHECK_FALSE(ascn::parse_focus_set("civic;nonsense"));
    s.erase(ascn::focus_area::civic);
    CHECK(s.size() == 1);
    CHECK(ascn::focus_set::from_mask(0xFF).size() == 6);
}

TEST_CASE("kinds: every token round-trips", "[model]") {
    for (std::size_t i = 0; i < ascn::partner_kind_count; ++i) {
        const auto k = static_cast<ascn::partner_kind>(i);
        CHECK(ascn::parse_partner_kind(ascn::to_string(k)) == k);
    }
    for (std::size_t i = 0; i < ascn::relation_kind_count; ++i) {
        const auto k = static_cast<ascn::relation_kind>(i);
        CHECK(ascn::parse_relation_kind(ascn::to_string(k)) == k);
        CHECK_FALSE(ascn::endpoint_rule(k).empty());
    }
    for (std::size_t i = 0; i < ascn::vertex_kind_count; ++i) {
        const auto k = static_cast<ascn::vertex_kind>(i);
        CHECK(ascn::parse_vertex_kind(ascn::to_string(k)) == k);
    }
    CHECK_FALSE(ascn::parse_relation_kind("Twinning"));
    CHECK(ascn::to_string(ascn::relation_kind::peer_learning) == "peer-learning");
    CHECK(ascn::to_string(ascn::partner_kind::external_city) == "external-city");
}

TEST_CASE("city roles", "[model]") {
    ascn::city_roles r{ascn::city_role::tourism, ascn::city_role::administrative};
    CHECK(ascn::to_string(r) == "administrative;tourism");
    CHECK(ascn::parse_city_roles("tourism;administrative") == r);
    CHECK_FALSE(ascn::parse_city_roles("capital"));
    CHECK(ascn::parse_city_roles("")->empty());
}

TEST_CASE("dates", "[model]") {
    CHECK(ascn::parse_date("2025-10-26") == ascn::date{2025, 10, 26});
    CHECK(ascn::to_string(ascn::date{1967, 8, 8}) == "1967-08-08");
    CHECK(ascn::parse_date("2024-02-29"));
    CHECK_FALSE(ascn::parse_date("2023-02-29"));
    CHECK_FALSE(ascn::parse_date("1900-02-29"));
    CHECK(ascn::parse_date("2000-02-29"));
    CHECK_FALSE(ascn::parse_date("2025-13-01"));
    CHECK_FALSE(ascn::parse_date("2025-1-01"));
    CHECK_FALSE(ascn::parse_date("1850-01-01"));
    CHECK(ascn::date{2018, 4, 28} < ascn::date{2018, 7, 8});
}

TEST_CASE("profiles: traits for the default profile and std::array", "[model]") {
    ascn::focus_profile p;
    p[ascn::focus_area::environment] = 3;
    p[ascn::focus_area::civic] = 1;
    using T = ascn::profile_traits<ascn::focus_profile>;
    STATIC_REQUIRE(T::size == 6);
    CHECK(T::get(p, 3) == 3.0);
    CHECK(T::name(3) == "environment");
    CHECK(p.total() == 4.0);
    using A = ascn::profile_traits<std::array<float, 3>>;
    CHECK(A::get(std::array<float, 3>{1.5f, 2, 3}, 0) == 1.5);
    CHECK(A::name(2) == "f2");
}

TEST_CASE("errors: stable codes and formatted messages", "[error]") {
    CHECK(ascn::to_string(ascn::errc::duplicate_id) == "duplicate-id");
    CHECK(static_cast<int>(ascn::errc::io_error) == 9);
    const ascn::parse_error e("expected a number",
                              {"hue", "population", "many", "cities.csv", 12, 7});
    CHECK(
        std::string(e.what()) ==
        "ascn: cities.csv:12:7: parse-error: expected a number [id \"hue\", field \"population\", "
        "value \"many\"]");
    const ascn::error& base = e;
    CHECK(base.code() == ascn::errc::parse_error);
    CHECK(base.context().line == 12);
    const ascn::unknown_id_error u("no city has id \"x\"", {}, {"a", "b", "c"});
    CHECK(std::string(u.what()) ==
          "ascn: unknown-id: no city has id \"x\"; did you mean \"a\", \"b\" or \"c\"?");
}
