// SPDX-License-Identifier: MIT
/// \file
/// The real ASEAN Smart Cities Network, embedded: `ascn::data::embedded_network()` gives the
/// network (38 cities, 11 countries, partners and sourced relationships) with one call and no
/// files; `ascn::data::embedded_dataset()` adds the 2018 action plans, the 2025 monitoring
/// report's projects, the chairs and shepherds, and the sources. See docs/data-sources.md.
#ifndef ASCN_ASEAN_DATASET_HPP
#define ASCN_ASEAN_DATASET_HPP

#include "ascn/asean/embedded.hpp"
#include "ascn/detail/csv.hpp"
#include "ascn/detail/text.hpp"
#include "ascn/network.hpp"

#include <algorithm>
#include <array>
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

/// A pilot city's 2018 Smart City Action Plan: chosen focus areas and two priority projects.
struct action_plan {
    std::string city;                    ///< city id
    focus_set focus;                     ///< the focus areas the plan chose
    std::array<std::string, 2> projects; ///< its two priority projects
    std::string source;                  ///< source key(s)
};

/// A project listed in the 2025 monitoring report.
struct project {
    std::string city;                     ///< city id
    std::string name;                     ///< project name, as in the report
    focus_area focus = focus_area::civic; ///< its primary focus area
    std::optional<project_status> status; ///< empty: "ongoing or planning", not stated
    std::vector<std::string> partners;    ///< partner ids
    std::string source;                   ///< source key(s)
};

/// Who chairs the network (the ASEAN Chair country, one year) or shepherds it (a term).
enum class governance_role : std::uint8_t { chair, shepherd };

/// A chair year or a shepherd term; `to` is empty while a term is open.
struct governance_term {
    governance_role role = governance_role::chair; ///< chair or shepherd
    std::string country;                           ///< country id
    int from = 2018;                               ///< first year of the term
    std::optional<int> to;                         ///< last year, when known
    std::string source;                            ///< source key(s)
};

/// A source document, by its key (S1, N20, ...).
struct source_document {
    std::string key;   ///< the key records cite, e.g. "S9"
    std::string title; ///< the document's title
    std::string where; ///< where to find it (URL or publisher)
};

/// The CSV texts of a dataset, one per file of data/ (see data/README.md).
struct dataset_text {
    ///@{
    /// The text of the file of that name.
    std::string_view countries, cities, partners, relationships, action_plans, projects, governance,
        sources;
    ///@}
};

/// The embedded dataset.
struct dataset {
    ascn::network network;                   ///< countries, cities, partners and relationships
    std::vector<action_plan> action_plans;   ///< the 26 pilot cities' 2018 plans
    std::vector<project> projects;           ///< the 2025 report's projects
    std::vector<governance_term> governance; ///< chairs by year, shepherds by term
    std::vector<source_document> sources;    ///< the documents the source keys name

    /// The city with this id, name or alias (English, local or Indonesian spelling), compared
    /// without regard to case, accents, spaces or punctuation ("Hà Nội", "ha noi", "Kota Cebu").
    [[nodiscard]] const city* find_city(std::string_view text) const {
        if (const city* c = network.find_city(text))
            return c;
        auto it = aliases_.find(detail::fold_name(text));
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
            throw unknown_id_error("project names a city that is not in cities.csv",
                                   {p.city, "city", p.city, "projects.csv", 0, 0});

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
                throw unknown_id_error("project names a partner that is not in partners.csv",
                                       {id, "partners", id, "projects.csv", 0, 0});

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

    const auto plans = parse_csv(text.action_plans, "action_plans.csv",
                                 {"city", "focus_areas", "project_1", "project_2", "source"});
    ascn::detail::for_rows(plans, [&](const ascn::detail::row_reader& r) {
        if (!net.find_city(r["city"]))
            r.fail("city", "unknown city");
        out.action_plans.push_back(
            {r["city"], r.focus("focus_areas"), {r["project_1"], r["project_2"]}, r["source"]});
    });

    const auto governance =
        parse_csv(text.governance, "governance.csv", {"role", "country", "from", "to", "source"});
    ascn::detail::for_rows(governance, [&](const ascn::detail::row_reader& r) {
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
        t.source = r["source"];
        out.governance.push_back(std::move(t));
    });

    const auto sources = parse_csv(text.sources, "sources.csv", {"key", "title", "where"});
    ascn::detail::for_rows(sources, [&](const ascn::detail::row_reader& r) {
        out.sources.push_back({r["key"], r["title"], r["where"]});
    });
    return out;
}

/// The embedded dataset, parsed on first use (thread-safe) and kept for the program's life.
[[nodiscard]] inline const dataset& embedded_dataset() {
    static const dataset d =
        parse_dataset({embedded::countries_csv, embedded::cities_csv, embedded::partners_csv,
                       embedded::relationships_csv, embedded::action_plans_csv,
                       embedded::projects_csv, embedded::governance_csv, embedded::sources_csv});
    return d;
}

/// A copy of the embedded network, yours to change.
[[nodiscard]] inline ascn::network embedded_network() {
    return embedded_dataset().network;
}

} // namespace ascn::data

#endif // ASCN_ASEAN_DATASET_HPP
