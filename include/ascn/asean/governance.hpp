// SPDX-License-Identifier: MIT
/// \file
/// How the ASCN is governed, by year: the chair (one country a year, with the office that
/// chaired where the sources name it) and the shepherd terms (data/governance.csv), and per
/// country the official roles of the Terms of Reference, the National Representative and each
/// city's Chief Smart City Officer, as the official lists give them (data/officials.csv). No
/// personal names: people appear only by title. See docs/data-sources.md.
#ifndef ASCN_ASEAN_GOVERNANCE_HPP
#define ASCN_ASEAN_GOVERNANCE_HPP

#include "ascn/detail/csv.hpp"
#include "ascn/model/date.hpp"
#include "ascn/network.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ascn::data {

/// Who chairs the network (the ASEAN Chair country, one year) or shepherds it (a term).
enum class governance_role : std::uint8_t { chair, shepherd };

/// A chair year or a shepherd term; `to` is empty while a term is open.
struct governance_term {
    governance_role role = governance_role::chair; ///< chair or shepherd
    std::string country;                           ///< country id
    int from = 2018;                               ///< first year of the term
    std::optional<int> to;                         ///< last year, when known
    std::string office; ///< the chairing office or title, where the sources name it
    std::string source; ///< source key(s)
};

/// An official role of the ASCN Terms of Reference (S6 ¶4, ¶16-17).
enum class official_role : std::uint8_t {
    national_representative = 0,           ///< a member state's National Representative (NR)
    national_representative_alternate = 1, ///< an alternate NR
    csco = 2,                              ///< a city's Chief Smart City Officer
    csco_alternate = 3,                    ///< an alternate CSCO
};

/// The token used in data/officials.csv: "national-representative",
/// "national-representative-alternate", "csco", "csco-alternate".
[[nodiscard]] constexpr std::string_view to_string(official_role r) noexcept {
    constexpr std::array<std::string_view, 4> tokens = {
        "national-representative", "national-representative-alternate", "csco", "csco-alternate"};
    return tokens[static_cast<std::size_t>(r)];
}

/// Parses a token of `to_string(official_role)`; `std::nullopt` for anything else.
[[nodiscard]] constexpr std::optional<official_role> parse_official_role(std::string_view s) {
    for (std::uint8_t i = 0; i < 4; ++i)
        if (to_string(static_cast<official_role>(i)) == s)
            return static_cast<official_role>(i);
    return std::nullopt;
}

/// An official role held in a country or city, as an official list of a given date gives it:
/// the 2018 action plans (S4, CSCOs only) or the list of 31 Jan 2026 (S10). By title only.
struct official {
    std::string country;                      ///< country id
    std::string city;                         ///< city id of a CSCO, empty for an NR
    official_role role = official_role::csco; ///< the role
    ascn::date as_of;                         ///< the date of the list
    std::string title;                        ///< the post, e.g. "Vice Governor"
    std::string organisation;                 ///< its agency or office, or empty
    std::string source;                       ///< source key(s)
    /// True for a National Representative or an alternate.
    [[nodiscard]] bool national() const noexcept {
        return role == official_role::national_representative ||
               role == official_role::national_representative_alternate;
    }
};

namespace detail {

/// Parses data/governance.csv into `out`; every country must be a country of `net`.
inline void parse_governance(std::string_view text, const ascn::network& net,
                             std::vector<governance_term>& out) {
    const auto table = ascn::detail::parse_csv(
        text, "governance.csv", {"role", "country", "from", "to", "office", "source"});
    ascn::detail::for_rows(table, [&](const ascn::detail::row_reader& r) {
        governance_term t;
        if (r["role"] == "chair")
            t.role = governance_role::chair;
        else if (r["role"] == "shepherd")
            t.role = governance_role::shepherd;
        else
            r.fail("role", "expected chair or shepherd");
        t.country = r["country"];
        if (!net.find_country(t.country))
            r.fail("country", "unknown country");
        t.from = r.integer("from");
        t.to = r.optional_integer("to");
        t.office = r["office"];
        t.source = r["source"];
        out.push_back(std::move(t));
    });
}

/// Parses data/officials.csv into `out`: a known country; for a CSCO a city of that country,
/// for an NR no city; a date, not before the previous row's; a title and sources. Empty
/// `text`: no officials.
inline void parse_officials(std::string_view text, const ascn::network& net,
                            std::vector<official>& out) {
    if (text.empty())
        return;
    const auto table = ascn::detail::parse_csv(
        text, "officials.csv",
        {"country", "city", "role", "as_of", "title", "organisation", "source"});
    ascn::detail::for_rows(table, [&](const ascn::detail::row_reader& r) {
        official o;
        o.country = r["country"];
        if (!net.find_country(o.country))
            r.fail("country", "unknown country");
        auto role = parse_official_role(r["role"]);
        if (!role)
            r.fail("role", "unknown official role");
        o.role = *role;
        o.city = r["city"];
        if (o.national() != o.city.empty())
            r.fail("city",
                   o.national() ? "a National Representative has no city" : "a CSCO needs a city");
        if (!o.city.empty()) {
            const city* c = net.find_city(o.city);
            if (!c || c->country != o.country)
                r.fail("city", "expected a city of " + o.country);
        }
        auto as_of = parse_date(r["as_of"]);
        if (!as_of)
            r.fail("as_of", "expected a date YYYY-MM-DD");
        o.as_of = *as_of;
        if (!out.empty() && o.as_of < out.back().as_of)
            r.fail("as_of", "officials must be listed by the date of their list");
        o.title = r["title"];
        if (o.title.empty())
            r.fail("title", "expected a title");
        o.organisation = r["organisation"];
        o.source = r["source"];
        if (o.source.empty())
            r.fail("source", "expected source keys");
        out.push_back(std::move(o));
    });
}

} // namespace detail

} // namespace ascn::data

#endif // ASCN_ASEAN_GOVERNANCE_HPP
