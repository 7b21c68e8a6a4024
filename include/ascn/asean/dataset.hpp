// SPDX-License-Identifier: MIT
/// \file
/// The real ASEAN Smart Cities Network, embedded: `ascn::data::embedded_network()` gives the
/// network (38 cities, 11 countries, partners and sourced relationships) with one call and no
/// files; `ascn::data::embedded_dataset()`, the single entry point to the rest, adds the 2018
/// action plans (vision, targets, priority projects and the support they ask for), the 2025
/// monitoring report's projects, the network's dated events, the Framework's elements, the
/// chairs, shepherds and official roles, and the sources. See docs/data-sources.md.
#ifndef ASCN_ASEAN_DATASET_HPP
#define ASCN_ASEAN_DATASET_HPP

#include "ascn/asean/embedded.hpp"
#include "ascn/asean/events.hpp"
#include "ascn/asean/framework.hpp"
#include "ascn/asean/governance.hpp"
#include "ascn/asean/plans.hpp"
#include "ascn/detail/csv.hpp"
#include "ascn/detail/text.hpp"
#include "ascn/network.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ascn::data {

/// Status of a project in the ASCN Monitoring & Evaluation Report 2025.
enum class project_status : std::uint8_t { ongoing, completed, planning };

/// The token used in files: "ongoing", "completed", "planning".
[[nodiscard]] constexpr std::string_view to_string(project_status s) noexcept {
    switch (s) {
    case project_status::ongoing:
        return "ongoing";
    case project_status::completed:
        return "completed";
    case project_status::planning:
        return "planning";
    }
    return "";
}

/// A project listed in the 2025 monitoring report.
struct project {
    std::string city;                     ///< city id
    std::string name;                     ///< project name, as in the report
    focus_area focus = focus_area::civic; ///< its primary focus area
    std::optional<project_status> status; ///< empty: "ongoing or planning", not stated
    std::vector<std::string> partners;    ///< partner ids
    std::string source;                   ///< source key(s)
};

/// A source document, by its key (S1, N20, ...).
struct source_document {
    std::string key;   ///< the key records cite, e.g. "S9"
    std::string title; ///< the document's title
    std::string where; ///< where to find it (URL or publisher)
};

/// The CSV texts of a dataset, one per file of data/ (see data/README.md). The files from
/// `events` on may be left empty: no events, Framework elements, targets, priority projects,
/// support items or officials.
struct dataset_text {
    ///@{
    /// The text of the file of that name.
    std::string_view countries, cities, partners, relationships, action_plans, projects, governance,
        sources, events, framework, action_plan_targets, action_plan_projects, action_plan_support,
        officials;
    ///@}
};

/// The embedded dataset.
struct dataset {
    ascn::network network;                    ///< countries, cities, partners and relationships
    std::vector<action_plan> action_plans;    ///< the 26 pilot cities' 2018 plans
    std::vector<project> projects;            ///< the 2025 report's projects
    std::vector<governance_term> governance;  ///< chairs by year, shepherds by term
    std::vector<official> officials;          ///< NRs and CSCOs, by title, per official list
    std::vector<event> events;                ///< the network's dated events, in date order
    std::vector<framework_element> framework; ///< the Framework's 13 elements, in its order
    std::vector<source_document> sources;     ///< the documents the source keys name

    /// The city with this id, name or alias (English, local or Indonesian spelling), compared
    /// without regard to case, accents, spaces or punctuation ("Hà Nội", "ha noi", "Kota Cebu").
    [[nodiscard]] const city* find_city(std::string_view text) const {
        if (const city* c = network.find_city(text))
            return c;
        auto it = aliases_.find(ascn::detail::fold_name(text));
        return it == aliases_.end() ? nullptr : network.find_city(it->second);
    }
    /// The country chairing the network in `year`, if known.
    [[nodiscard]] std::optional<std::string> chair(int year) const {
        for (const auto& t : governance)
            if (t.role == governance_role::chair && t.from <= year && year <= t.to.value_or(year))
                return t.country;
        return std::nullopt;
    }
    /// The shepherd countries whose term covers `year`, each once, in term order: two in a
    /// hand-over year (2023: SG and ID), one otherwise. An open term covers every later year.
    [[nodiscard]] std::vector<std::string> shepherds(int year) const {
        std::vector<std::string> out;
        for (const auto& t : governance)
            if (t.role == governance_role::shepherd && t.from <= year && (!t.to || year <= *t.to) &&
                std::find(out.begin(), out.end(), t.country) == out.end())
                out.push_back(t.country);
        return out;
    }
    /// The source document with this key, or nullptr.
    [[nodiscard]] const source_document* find_source(std::string_view key) const {
        for (const auto& s : sources)
            if (s.key == key)
                return &s;
        return nullptr;
    }
    /// The 2018 action plan of a pilot city, or nullptr.
    [[nodiscard]] const action_plan* plan_of(std::string_view city_id) const {
        for (const auto& p : action_plans)
            if (p.city == city_id)
                return &p;
        return nullptr;
    }
    /// The chair year `year` (country, chairing office, sources), or nullptr.
    [[nodiscard]] const governance_term* chair_term(int year) const {
        for (const auto& t : governance)
            if (t.role == governance_role::chair && t.from <= year && year <= t.to.value_or(year))
                return &t;
        return nullptr;
    }
    /// The official roles of a country (its NRs and its cities' CSCOs) or of one city, from
    /// every list, or only from the lists dated in `year`; the oldest list first.
    [[nodiscard]] std::vector<const official*>
    officials_of(std::string_view country_or_city, std::optional<int> year = std::nullopt) const {
        std::vector<const official*> out;
        for (const auto& o : officials)
            if ((o.country == country_or_city || o.city == country_or_city) &&
                (!year || o.as_of.year == *year))
                out.push_back(&o);
        return out;
    }
    /// The events held (begun, running or ended) in `year`, in date order.
    [[nodiscard]] std::vector<const event*> events_in(int year) const {
        std::vector<const event*> out;
        for (const auto& e : events)
            if (e.held_in(year))
                out.push_back(&e);
        return out;
    }
    /// The events of one kind, in date order (`event_kind::annual_meeting`: the eight meetings).
    [[nodiscard]] std::vector<const event*> events_of(event_kind kind) const {
        std::vector<const event*> out;
        for (const auto& e : events)
            if (e.kind == kind)
                out.push_back(&e);
        return out;
    }
    /// The event with this id ("ascn1", "hlm2", "launch", ...), or nullptr.
    [[nodiscard]] const event* find_event(std::string_view id) const {
        for (const auto& e : events)
            if (e.id == id)
                return &e;
        return nullptr;
    }
    /// The event that admitted a city to the network, or nullptr when no source names one
    /// (data-sources.md lists those cities as open questions).
    [[nodiscard]] const event* admitted_at(std::string_view city_id) const {
        for (const auto& e : events)
            if (std::find(e.cities_admitted.begin(), e.cities_admitted.end(), city_id) !=
                e.cities_admitted.end())
                return &e;
        return nullptr;
    }
    /// The Framework's elements of one part, in its order (3 outcomes, 2 urban systems,
    /// 6 focus areas, 2 enablers).
    [[nodiscard]] std::vector<const framework_element*> framework_of(framework_part part) const {
        std::vector<const framework_element*> out;
        for (const auto& e : framework)
            if (e.part == part)
                out.push_back(&e);
        return out;
    }

private:
    friend dataset parse_dataset(const dataset_text& text);
    std::unordered_map<std::string, std::string> aliases_; // folded name -> city id
};

/// Parses a dataset from its CSV texts. Throws `parse_error` (file, line, column, field) or
/// another `ascn::error` located at the offending row.
[[nodiscard]] inline dataset parse_dataset(const dataset_text& text) {
    using ascn::detail::parse_csv;
    dataset out;
    auto& net = out.network;

    const auto countries =
        parse_csv(text.countries, "countries.csv", {"id", "name", "asean_joined", "source"});
    ascn::detail::for_rows(countries, [&](const ascn::detail::row_reader& r) {
        auto joined = parse_date(r["asean_joined"]);
        if (!joined)
            r.fail("asean_joined", "expected a date YYYY-MM-DD");
        ascn::detail::at_row(r, [&] {
            net.add_country({r["id"], r["name"], *joined, r["source"]});
        });
    });

    // Profiles: projects per focus area, from the monitoring report.
    const auto projects = parse_csv(text.projects, "projects.csv",
                                    {"city", "project", "focus", "status", "partners", "source"});
    std::unordered_map<std::string, focus_profile> profiles;
    ascn::detail::for_rows(projects, [&](const ascn::detail::row_reader& r) {
        project p;
        p.city = r["city"];
        p.name = r["project"];
        auto f = parse_focus_area(r["focus"]);
        if (!f)
            r.fail("focus", "expected a focus area");
        p.focus = *f;
        const std::string& st = r["status"];
        if (st == "ongoing")
            p.status = project_status::ongoing;
        else if (st == "completed")
            p.status = project_status::completed;
        else if (st == "planning")
            p.status = project_status::planning;
        else if (!st.empty())
            r.fail("status", "expected ongoing, completed, planning or nothing");
        p.partners = r.list("partners");
        p.source = r["source"];
        profiles[p.city][p.focus] += 1;
        out.projects.push_back(std::move(p));
    });

    const auto cities =
        parse_csv(text.cities, "cities.csv",
                  {"id", "name", "country", "joined", "lat", "lon", "population", "population_note",
                   "capital", "roles", "roles_editorial", "aliases", "source"});
    ascn::detail::for_rows(cities, [&](const ascn::detail::row_reader& r) {
        city c;
        c.id = r["id"];
        c.name = r["name"];
        c.country = r["country"];
        c.joined = r.integer("joined");
        if (!r["lat"].empty() || !r["lon"].empty())
            c.location = geo_point{r.number("lat"), r.number("lon")};
        if (!r["population"].empty())
            c.population = r.integer("population");
        c.capital = r.boolean("capital");
        auto roles = parse_city_roles(r["roles"]);
        if (!roles)
            r.fail("roles", "expected roles separated by ';'");
        c.roles = *roles;
        c.roles_editorial = r.boolean("roles_editorial");
        c.aliases = r.list("aliases");
        c.source = r["source"];
        if (auto it = profiles.find(c.id); it != profiles.end())
            c.profile = it->second;
        for (const auto& name : c.aliases) {
            auto [it, fresh] = out.aliases_.emplace(ascn::detail::fold_name(name), c.id);
            if (!fresh && it->second != c.id)
                r.fail("aliases", "alias \"" + name + "\" also names " + it->second);
        }
        out.aliases_.emplace(ascn::detail::fold_name(c.name), c.id);
        out.aliases_.emplace(ascn::detail::fold_name(c.id), c.id);
        ascn::detail::at_row(r, [&] { net.add_city(std::move(c)); });
    });
    for (const auto& p : out.projects)
        if (!net.find_city(p.city))
            throw unknown_id_error(
                "project names a city that is not in cities.csv",
                {.id = p.city, .field = "city", .value = p.city, .file = "projects.csv"});

    const auto partners =
        parse_csv(text.partners, "partners.csv", {"id", "name", "kind", "home_country", "source"});
    ascn::detail::for_rows(partners, [&](const ascn::detail::row_reader& r) {
        auto kind = parse_partner_kind(r["kind"]);
        if (!kind)
            r.fail("kind", "unknown partner kind");
        ascn::detail::at_row(r, [&] {
            net.add_partner({r["id"], r["name"], *kind, r["home_country"], r["source"]});
        });
    });
    for (const auto& p : out.projects)
        for (const auto& id : p.partners)
            if (!net.find_partner(id))
                throw unknown_id_error(
                    "project names a partner that is not in partners.csv",
                    {.id = id, .field = "partners", .value = id, .file = "projects.csv"});

    const auto relationships =
        parse_csv(text.relationships, "relationships.csv",
                  {"from", "to", "kind", "start", "end", "focus", "strength", "source", "note"});
    ascn::detail::for_rows(relationships, [&](const ascn::detail::row_reader& r) {
        auto kind = parse_relation_kind(r["kind"]);
        if (!kind)
            r.fail("kind", "unknown relation kind");
        relationship rel(*kind, r.integer("start"), r.optional_integer("end"));
        rel.focus = r.focus("focus");
        if (!r["strength"].empty())
            rel.strength = r.number("strength");
        rel.source = r["source"];
        rel.note = r["note"];
        ascn::detail::at_row(r, [&] { net.add_relationship(r["from"], r["to"], std::move(rel)); });
    });

    detail::parse_action_plans(text.action_plans, text.action_plan_targets,
                               text.action_plan_projects, text.action_plan_support, net,
                               out.action_plans);
    detail::parse_governance(text.governance, net, out.governance);
    detail::parse_officials(text.officials, net, out.officials);
    detail::parse_events(text.events, net, out.events);
    detail::parse_framework(text.framework, out.framework);

    const auto sources = parse_csv(text.sources, "sources.csv", {"key", "title", "where"});
    ascn::detail::for_rows(sources, [&](const ascn::detail::row_reader& r) {
        out.sources.push_back({r["key"], r["title"], r["where"]});
    });
    return out;
}

/// The embedded dataset's CSV texts, one per file of data/: to parse with one file replaced
/// (`text.events = my_events; parse_dataset(text)`).
[[nodiscard]] inline dataset_text embedded_dataset_text() noexcept {
    return {embedded::countries_csv,
            embedded::cities_csv,
            embedded::partners_csv,
            embedded::relationships_csv,
            embedded::action_plans_csv,
            embedded::projects_csv,
            embedded::governance_csv,
            embedded::sources_csv,
            embedded::events_csv,
            embedded::framework_csv,
            embedded::action_plan_targets_csv,
            embedded::action_plan_projects_csv,
            embedded::action_plan_support_csv,
            embedded::officials_csv};
}

/// The embedded dataset, parsed on first use (thread-safe) and kept for the program's life.
[[nodiscard]] inline const dataset& embedded_dataset() {
    static const dataset d = parse_dataset(embedded_dataset_text());
    return d;
}

/// The id `text` names in `net`: itself, when it is an id; with `embedded_aliases`, a city's
/// name or alias in the embedded ASCN ("Kota Cebu", "Singapura"); and on any network the one
/// vertex whose name it is, compared without regard to case, accents, spaces or punctuation
/// ("Thailand", "viet nam"). A name shared by several vertices (Singapore the city and the
/// country), or none, gives `text` unchanged: the caller's lookup then reports it, with
/// suggestions. O(V) when `text` is not an id. The tool's ids and the Python module's lookups.
[[nodiscard]] inline std::string resolve_id(const ascn::network& net, const std::string& text,
                                            bool embedded_aliases) {
    if (net.contains(text))
        return text;
    if (embedded_aliases)
        if (const auto* c = embedded_dataset().find_city(text); c && net.contains(c->id))
            return c->id;
    const std::string folded = ascn::detail::fold_name(text);
    std::string found;
    int matches = 0;
    for (auto [vi, ve] = boost::vertices(net.graph()); vi != ve; ++vi) {
        const auto& d = net.graph()[*vi];
        std::string_view name;
        if (const auto* c = d.city())
            name = c->name;
        else if (const auto* k = d.country())
            name = k->name;
        else if (const auto* p = d.partner())
            name = p->name;
        if (!name.empty() && ascn::detail::fold_name(name) == folded) {
            found = std::string(d.id());
            ++matches;
        }
    }
    return matches == 1 ? found : text;
}

/// A copy of the embedded network, yours to change.
[[nodiscard]] inline ascn::network embedded_network() {
    return embedded_dataset().network;
}

} // namespace ascn::data

#endif // ASCN_ASEAN_DATASET_HPP
