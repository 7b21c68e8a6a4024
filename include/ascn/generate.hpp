// SPDX-License-Identifier: MIT
/// \file
/// `ascn::synthetic_network`: a seeded generator of city networks shaped like the ASCN
/// (countries, a scale-free partner layer, city-city ties, profiles), for tests and
/// benchmarks at any size.
#ifndef ASCN_GENERATE_HPP
#define ASCN_GENERATE_HPP

#include "ascn/detail/parallel.hpp"
#include "ascn/error.hpp"
#include "ascn/network.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace ascn {

/// Parameters of `synthetic_network`.
struct synthetic_options {
    std::size_t cities = 10'000; ///< cities `c0`, `c1`, ...
    std::size_t countries =
        10; ///< countries `K0`, `K1`, ...; city i belongs to country i mod countries
    std::size_t partners = 0;              ///< 0: one partner per 20 cities (at least 2)
    std::size_t partner_ties_per_city = 3; ///< partner relationships made per city
    std::size_t peer_ties_per_city = 2;    ///< city-city relationships made per city
    double same_country_share = 0.7;       ///< of city-city ties, the share within a country
    double preferential_share = 0.8; ///< of partner ties, the share by preferential attachment
    double tagged_share = 0.6;       ///< relationships tagged with one focus area
    std::uint64_t seed = 1;          ///< all randomness comes from it
};

/// A seeded synthetic city network, the same for a seed on every platform.
///
/// - Countries "K0".."K{c-1}"; city "c{i}" belongs to country i mod c; the first city of each
///   country is its capital. Populations are log-uniform in [10^4, 10^7); profiles count
///   projects per focus area (floor of an exponential of mean 1.5, so about 1.05 on average); roles
///   are random.
/// - Partners "p{j}" cycle through agency, programme, company and government. Each city makes
///   `partner_ties_per_city` ties to partners chosen by preferential attachment (a partner's
///   chance grows with its ties so far), so partner degrees are scale-free: support ties to
///   agencies and governments, participation in programmes, business matches with companies.
/// - Each city makes `peer_ties_per_city` peer-learning or twinning ties to other cities,
///   mostly within its own country.
/// - Every relationship starts in a year in [2018, 2026] and may carry one focus area.
///
/// Throws `value_error` if there are no cities or countries. O((V + E) expected).
[[nodiscard]] inline network synthetic_network(const synthetic_options& o) {
    if (o.cities == 0 || o.countries == 0)
        throw value_error("a synthetic network needs at least one city and one country",
                          {.field = o.cities == 0 ? "cities" : "countries", .value = "0"});
    std::seed_seq seq{static_cast<std::uint32_t>(o.seed), static_cast<std::uint32_t>(o.seed >> 32),
                      0x5c17u};
    std::mt19937_64 rng(seq);
    auto below = [&](std::size_t n) {
        return static_cast<std::size_t>(detail::uniform01(rng) * static_cast<double>(n));
    };
    auto chance = [&](double p) { return detail::uniform01(rng) < p; };

    network net;
    for (std::size_t k = 0; k < o.countries; ++k)
        net.add_country({std::string("K").append(std::to_string(k)),
                         "Country " + std::to_string(k),
                         {},
                         "synthetic"});
    for (std::size_t i = 0; i < o.cities; ++i) {
        city c;
        c.id = std::string("c").append(std::to_string(i));
        c.name = "City " + std::to_string(i);
        c.country = std::string("K").append(std::to_string(i % o.countries));
        c.joined = 2018 + static_cast<int>(below(9));
        c.capital = i < o.countries;
        c.population =
            static_cast<std::int64_t>(std::pow(10.0, 4.0 + 3.0 * detail::uniform01(rng)));
        for (std::size_t r = 0; r < city_role_count; ++r)
            if (chance(0.4))
                c.roles.insert(static_cast<city_role>(r));
        for (auto& v : c.profile.projects)
            v = std::floor(-std::log1p(-detail::uniform01(rng)) * 1.5);
        c.source = "synthetic";
        net.add_city(std::move(c));
    }
    const std::size_t np = o.partners ? o.partners : std::max<std::size_t>(2, o.cities / 20);
    constexpr partner_kind cycle[] = {partner_kind::agency, partner_kind::programme,
                                      partner_kind::company, partner_kind::government};
    for (std::size_t j = 0; j < np; ++j)
        net.add_partner({std::string("p").append(std::to_string(j)), "Partner " + std::to_string(j),
                         cycle[j % 4], "", "synthetic"});

    auto make = [&](relation_kind kind) {
        relationship r(kind, 2018 + static_cast<int>(below(9)));
        if (chance(o.tagged_share))
            r.focus.insert(static_cast<focus_area>(below(focus_area_count)));
        return r;
    };
    std::vector<std::uint32_t> ends; // one entry per partner tie: preferential attachment
    ends.reserve(o.cities * o.partner_ties_per_city);
    for (std::size_t i = 0; i < o.cities; ++i) {
        const std::string c = std::string("c").append(std::to_string(i));
        for (std::size_t t = 0; t < o.partner_ties_per_city; ++t) {
            const std::size_t j = !ends.empty() && chance(o.preferential_share)
                                      ? ends[below(ends.size())]
                                      : below(np);
            ends.push_back(static_cast<std::uint32_t>(j));
            const std::string p = std::string("p").append(std::to_string(j));
            switch (cycle[j % 4]) {
            case partner_kind::programme:
                net.add_relationship(c, p, make(relation_kind::participation));
                break;
            case partner_kind::company:
                net.add_relationship(p, c, make(relation_kind::business_match));
                break;
            default:
                net.add_relationship(p, c, make(relation_kind::support));
            }
        }
        for (std::size_t t = 0; t < o.peer_ties_per_city && o.cities > 1; ++t) {
            std::size_t other;
            const std::size_t same = (o.cities - 1 - i % o.countries) / o.countries + 1;
            if (chance(o.same_country_share) && same > 1)
                other = i % o.countries + o.countries * below(same);
            else
                other = below(o.cities);
            if (other == i)
                continue;
            net.add_relationship(
                c, std::string("c").append(std::to_string(other)),
                make(chance(0.5) ? relation_kind::peer_learning : relation_kind::twinning));
        }
    }
    return net;
}

} // namespace ascn

#endif // ASCN_GENERATE_HPP
