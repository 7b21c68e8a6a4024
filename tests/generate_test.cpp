// SPDX-License-Identifier: MIT
// The synthetic network generator: sizes, determinism by seed, and the shape it promises.
#include "support.hpp"

#include <ascn/generate.hpp>
#include <ascn/views.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

TEST_CASE("synthetic networks: sizes, seeds and shape", "[generate]") {
    ascn::synthetic_options o;
    o.cities = 2000;
    o.countries = 7;
    o.seed = 42;
    const auto a = ascn::synthetic_network(o);
    CHECK(a.num_cities() == 2000);
    CHECK(a.num_countries() == 7);
    CHECK(a.num_partners() == 100);
    // member-of + partner ties + city-city ties (a few self-picks are skipped)
    CHECK(a.num_relationships() <= 2000 * (1 + 3 + 2));
    CHECK(a.num_relationships() >= 2000 * (1 + 3 + 2) - 20);
    // The same seed gives the same network; another seed does not.
    CHECK(ascn_test::full_dump(a) == ascn_test::full_dump(ascn::synthetic_network(o)));
    o.seed = 43;
    CHECK(ascn_test::full_dump(a) != ascn_test::full_dump(ascn::synthetic_network(o)));
    // Scale-free partner layer: the busiest partner has far more ties than the median one.
    std::vector<std::size_t> degree;
    for (const auto& p : ascn::partners(a))
        degree.push_back(static_cast<std::size_t>(ranges::distance(ascn::neighbours(a, p.id))));
    std::sort(degree.begin(), degree.end());
    CHECK(degree.back() >= 5 * degree[degree.size() / 2]);
    // City-city ties mostly within a country.
    std::size_t same = 0, all = 0;
    for (auto r : ascn::relationships(a)) {
        const auto* x = a.find_city(r.from_id());
        const auto* y = a.find_city(r.to_id());
        if (!x || !y)
            continue;
        ++all;
        same += x->country == y->country;
    }
    CHECK(static_cast<double>(same) / static_cast<double>(all) > 0.6);
    o.cities = 0;
    CHECK_THROWS_AS(ascn::synthetic_network(o), ascn::value_error);
}
