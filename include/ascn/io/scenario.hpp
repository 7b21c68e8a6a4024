// SPDX-License-Identifier: MIT
/// \file
/// A what-if scenario as a JSON file: `scenario_from_json` reads the changes `ascn whatif
/// --scenario FILE.json` makes. The layout is in docs/whatif.md: an object
/// `{"changes": [...]}`, each change an object with one key (`drop`, `drop-link`, `end`,
/// `add-city`, `add-country`, `add-partner`, `add-link`). Needs nlohmann/json.
#ifndef ASCN_IO_SCENARIO_HPP
#define ASCN_IO_SCENARIO_HPP

#include "ascn/io/json.hpp"
#include "ascn/scenario.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <utility>

namespace ascn::io {

/// Reads a scenario: `{"changes": [CHANGE, ...]}` where each CHANGE is one of
/// - `{"drop": ID}`;
/// - `{"drop-link": {"from": ID, "to": ID, "kind": KIND (optional), "start": YEAR (optional)}}`;
/// - `{"end": {"id": ID, "year": YEAR}}`;
/// - `{"add-city": CITY}`, `{"add-country": COUNTRY}`, `{"add-partner": PARTNER}`, each an
///   object with the fields of a node of the node-link JSON (docs/formats.md; either layout,
///   without `kind`), read by the same code as the network's nodes;
/// - `{"add-link": {"from": ID, "to": ID, "kind": KIND, "start": YEAR, ...}}` with the fields
///   of a link (`end`, `focus`, `strength`, `ref`, `note`), `from` its declared source.
///
/// Throws `parse_error` naming the JSON pointer of the bad field (`/changes/2/end/year`), or
/// `value_error` for a year out of range. Ids are not checked here: `ascn::apply` checks them
/// against the network. O(size of the document).
[[nodiscard]] inline scenario scenario_from_json(const nlohmann::json& doc,
                                                 const std::string& file = "<scenario>") {
    using detail::json_object_reader;
    json_object_reader top(doc, "", file);
    const auto& changes = top.require("changes");
    top.no_extra_fields();
    if (!changes.is_array())
        top.fail("changes", "expected an array");
    scenario s;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const std::string at = "/changes/" + std::to_string(i);
        json_object_reader c(changes[i], at, file);
        if (changes[i].size() != 1)
            c.fail("", "expected an object with exactly one key (drop, drop-link, end, add-city, "
                       "add-country, add-partner or add-link)");
        const std::string key = changes[i].begin().key();
        const auto& body = changes[i].begin().value();
        if (key == "drop") {
            s.changes.push_back(scenario::drop{c.string("drop")});
            continue;
        }
        if (key != "drop-link" && key != "end" && key != "add-link" && key != "add-city" &&
            key != "add-country" && key != "add-partner")
            c.fail(key, "unknown change (drop, drop-link, end, add-city, add-country, "
                        "add-partner or add-link)");
        json_object_reader b(body, at + "/" + key, file);
        if (key == "drop-link") {
            scenario::drop_link d{b.string("from"), b.string("to"), {}, {}};
            if (b.find("kind")) {
                const std::string k = b.string("kind");
                d.kind = parse_relation_kind(k);
                if (!d.kind)
                    b.fail("kind", "unknown relation kind", k);
            }
            if (b.find("start"))
                d.start = b.year("start");
            b.no_extra_fields();
            s.changes.push_back(std::move(d));
        } else if (key == "end") {
            scenario::end_links e{b.string("id"), b.year("year")};
            b.no_extra_fields();
            s.changes.push_back(std::move(e));
        } else if (key == "add-link") {
            std::string from = b.string("from"), to = b.string("to");
            auto r = detail::relationship_fields(b);
            b.no_extra_fields();
            s.changes.push_back(scenario::add_link{std::move(from), std::move(to), std::move(r)});
        } else if (key == "add-city") {
            auto x = detail::city_fields(b, at + "/add-city", file);
            b.no_extra_fields();
            s.changes.push_back(scenario::add_city{std::move(x)});
        } else if (key == "add-country") {
            auto k = detail::country_fields(b);
            b.no_extra_fields();
            s.changes.push_back(scenario::add_country{std::move(k)});
        } else { // add-partner
            auto p = detail::partner_fields(b);
            b.no_extra_fields();
            s.changes.push_back(scenario::add_partner{std::move(p)});
        }
    }
    return s;
}

} // namespace ascn::io

#endif // ASCN_IO_SCENARIO_HPP
