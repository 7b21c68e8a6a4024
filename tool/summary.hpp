// SPDX-License-Identifier: MIT
// The network in numbers, as `ascn summary` and the report show it.
#ifndef ASCN_TOOL_SUMMARY_HPP
#define ASCN_TOOL_SUMMARY_HPP

#include <ascn/model/kinds.hpp>
#include <ascn/network.hpp>

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace ascn_tool {

struct summary {
    std::size_t cities = 0, countries = 0, partners = 0, relationships = 0;
    std::array<std::size_t, ascn::relation_kind_count> by_relation{};
    std::array<std::size_t, ascn::partner_kind_count> by_partner_kind{};
    struct country_row {
        std::string id, name, joined;
        std::size_t cities = 0;
    };
    std::vector<country_row> by_country;
    std::map<int, std::size_t> cities_by_year;
    struct partner_row {
        std::string id, name, kind;
        std::size_t relationships = 0, cities = 0;
    };
    std::vector<partner_row> top_partners;
};

/// The network in numbers, with the `top` most connected partners.
summary summarise(const ascn::network& net, std::size_t top);

} // namespace ascn_tool

#endif // ASCN_TOOL_SUMMARY_HPP
