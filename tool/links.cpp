// SPDX-License-Identifier: MIT
#include "links.hpp"

#include "command.hpp"
#include "output.hpp"

#include <ascn/io/common.hpp>
#include <ascn/io/orientation.hpp>

#include <cstdint>
#include <utility>

namespace ascn_tool {

std::vector<std::string> split(const std::string& text, char sep) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (true) {
        const auto cut = text.find(sep, at);
        out.push_back(text.substr(at, cut == std::string::npos ? std::string::npos : cut - at));
        if (cut == std::string::npos)
            return out;
        at = cut + 1;
    }
}

int year_of(const std::string& text, const std::string& option) {
    const auto check = count_in(static_cast<std::uint64_t>(ascn::min_year),
                                static_cast<std::uint64_t>(ascn::max_year));
    if (!check(text).empty())
        throw usage_error(option + ": \"" + text + "\" is not a year from " +
                          std::to_string(ascn::min_year) + " to " + std::to_string(ascn::max_year));
    return std::stoi(text);
}

ascn::relation_kind kind_of(const std::string& text, const std::string& option) {
    if (const auto k = ascn::parse_relation_kind(text); k && *k != ascn::relation_kind::member_of)
        return *k;
    std::vector<std::string> kinds;
    for (std::size_t i = 1; i < ascn::relation_kind_count; ++i)
        kinds.emplace_back(ascn::to_string(static_cast<ascn::relation_kind>(i)));
    throw usage_error(option + ": unknown relation kind \"" + text + "\"" +
                      did_you_mean(text, kinds));
}

link_text parse_link(const input& in, const std::string& text, const std::string& option,
                     bool year_required) {
    const auto f = split(text, ',');
    if (f.size() < (year_required ? 4u : 3u) || f.size() > 4 || f[0].empty() || f[1].empty())
        throw usage_error(option + " takes \"FROM,TO,KIND" + (year_required ? ",YEAR" : "[,YEAR]") +
                          "\", got \"" + text + "\"");
    link_text out{in.resolve(f[0]), in.resolve(f[1]), kind_of(f[2], option), std::nullopt};
    if (f.size() == 4)
        out.year = year_of(f[3], option);
    const ascn::network& net = in.network();
    const auto u = net.vertex(out.from), v = net.vertex(out.to);
    if (u && v) {
        const auto a = ascn::io::detail::endpoint_of(net.graph()[*u]),
                   b = ascn::io::detail::endpoint_of(net.graph()[*v]);
        if (!ascn::allows(out.kind, a, b) && ascn::allows(out.kind, b, a))
            std::swap(out.from, out.to);
    }
    return out;
}

} // namespace ascn_tool
