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

namespace detail {

inline relationship link_from_json(json_object_reader& l) {
    const std::string kind_text = l.string("kind");
    const auto kind = parse_relation_kind(kind_text);
    if (!kind)
        l.fail("kind", "unknown relation kind", kind_text);
    relationship r(*kind, l.year("start"));
    if (l.find("end"))
        r.end = l.year("end");
    if (l.find("focus"))
        for (const auto& f : l.list("focus")) {
            const auto area = parse_focus_area(f);
            if (!area)
                l.fail("focus", "unknown focus area", f);
            r.focus.insert(*area);
        }
    if (l.find("strength"))
        r.strength = l.number("strength");
    r.source = l.optional_string("ref");
    r.note = l.optional_string("note");
    return r;
}

} // namespace detail

/// Reads a scenario: `{"changes": [CHANGE, ...]}` where each CHANGE is one of
/// - `{"drop": ID}`;
/// - `{"drop-link": {"from": ID, "to": ID, "kind": KIND (optional), "start": YEAR (optional)}}`;
/// - `{"end": {"id": ID, "year": YEAR}}`;
/// - `{"add-city": CITY}`, `{"add-country": COUNTRY}`, `{"add-partner": PARTNER}`, each an
///   object with the fields of a node of the node-link JSON (docs/formats.md; the nested
///   layout, without `kind`);
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
            auto r = detail::link_from_json(b);
            b.no_extra_fields();
            s.changes.push_back(scenario::add_link{std::move(from), std::move(to), std::move(r)});
        } else if (key == "add-city") {
            city x;
            x.id = b.string("id");
            x.name = b.string("name");
            x.country = b.string("country");
            x.joined = b.year("joined");
            const bool has_lat = b.find("lat") != nullptr, has_lon = b.find("lon") != nullptr;
            if (has_lat != has_lon)
                b.fail(has_lat ? "lon" : "lat", "lat and lon go together");
            if (has_lat)
                x.location = geo_point{b.number("lat"), b.number("lon")};
            x.population = b.optional_integer("population");
            x.capital = b.find("capital") ? b.boolean("capital") : false;
            if (b.find("roles"))
                for (const auto& r : b.list("roles")) {
                    const auto role = parse_city_role(r);
                    if (!role)
                        b.fail("roles", "unknown city role", r);
                    x.roles.insert(*role);
                }
            if (b.find("aliases"))
                x.aliases = b.list("aliases");
            if (const auto* p = b.find("profile")) {
                json_object_reader pr(*p, at + "/add-city/profile", file);
                for (const auto a : all_focus_areas)
                    if (pr.find(to_string(a)))
                        x.profile[a] = pr.number(to_string(a));
                pr.no_extra_fields();
            }
            x.source = b.optional_string("ref");
            b.no_extra_fields();
            s.changes.push_back(scenario::add_city{std::move(x)});
        } else if (key == "add-country") {
            country k;
            k.id = b.string("id");
            k.name = b.string("name");
            const std::string joined = b.string("joined");
            const auto day = parse_date(joined);
            if (!day)
                b.fail("joined", "expected a date YYYY-MM-DD", joined);
            k.joined = *day;
            k.source = b.optional_string("ref");
            b.no_extra_fields();
            s.changes.push_back(scenario::add_country{std::move(k)});
        } else { // add-partner
            partner p;
            p.id = b.string("id");
            p.name = b.string("name");
            const std::string pk = b.string("partner_kind");
            const auto kind = parse_partner_kind(pk);
            if (!kind)
                b.fail("partner_kind", "unknown partner kind", pk);
            p.kind = *kind;
            p.home_country = b.optional_string("home_country");
            p.source = b.optional_string("ref");
            b.no_extra_fields();
            s.changes.push_back(scenario::add_partner{std::move(p)});
        }
    }
    return s;
}

} // namespace ascn::io

#endif // ASCN_IO_SCENARIO_HPP
