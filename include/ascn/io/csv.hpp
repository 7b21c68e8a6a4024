// SPDX-License-Identifier: MIT
/// \file
/// A network as a pair of CSV files: `nodes.csv` (one row per city, country or partner) and
/// `relationships.csv` (one row per relationship). Read and write; the layout is specified in
/// docs/formats.md. Uses the library's own RFC 4180 reader (detail/csv.hpp), which the
/// embedded dataset needs anyway, so this header adds no dependency.
#ifndef ASCN_IO_CSV_HPP
#define ASCN_IO_CSV_HPP

#include "ascn/detail/csv.hpp"
#include "ascn/io/common.hpp"
#include "ascn/progress.hpp"

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ascn::io {

/// The two CSV texts of a network.
struct csv_pair {
    std::string nodes;         ///< the text of nodes.csv
    std::string relationships; ///< the text of relationships.csv
};

/// Column names of `nodes.csv`.
inline const std::vector<std::string>& csv_node_columns() {
    static const std::vector<std::string> columns = {
        "id",           "kind",         "name",    "country",     "joined",          "lat",
        "lon",          "population",   "capital", "roles",       "roles_editorial", "aliases",
        "civic",        "health",       "safety",  "environment", "infrastructure",  "industry",
        "partner_kind", "home_country", "source"};
    return columns;
}
/// Column names of `relationships.csv`.
inline const std::vector<std::string>& csv_relationship_columns() {
    static const std::vector<std::string> columns = {"from",  "to",       "kind",   "start", "end",
                                                     "focus", "strength", "source", "note"};
    return columns;
}

namespace detail {
/// Shortest text that reads back as the same double.
inline std::string exact(double v) {
    char buf[64];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
    (void)ec;
    return std::string(buf, p);
}
inline std::string csv_field(std::string_view s) {
    if (s.find_first_of(",\"\n\r") == std::string_view::npos)
        return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}
inline void csv_row(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i != 0)
            out += ',';
        out += csv_field(fields[i]);
    }
    out += '\n';
}
inline std::string list_field(const std::vector<std::string>& items, std::string_view id,
                              std::string_view field) {
    for (const auto& i : items)
        if (i.find(';') != std::string::npos || i.empty())
            throw value_error("list items written to CSV must be non-empty and contain no ';'",
                              {std::string(id), std::string(field), i, {}, 0, 0});
    return join_list(items);
}
} // namespace detail

/// The CSV pair of a network; relationships in edge order, member-of included.
[[nodiscard]] inline csv_pair to_csv(const network& net) {
    csv_pair out;
    detail::csv_row(out.nodes, csv_node_columns());
    const auto& g = net.graph();
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
        const auto& d = g[v];
        std::vector<std::string> f(csv_node_columns().size());
        f[0] = std::string(d.id());
        f[1] = std::string(to_string(d.kind()));
        if (const city* c = d.city()) {
            f[2] = c->name;
            f[3] = c->country;
            f[4] = std::to_string(c->joined);
            if (c->location) {
                f[5] = detail::exact(c->location->lat);
                f[6] = detail::exact(c->location->lon);
            }
            if (c->population)
                f[7] = std::to_string(*c->population);
            f[8] = c->capital ? "true" : "false";
            f[9] = to_string(c->roles);
            f[10] = c->roles_editorial ? "true" : "false";
            f[11] = detail::list_field(c->aliases, c->id, "aliases");
            for (std::size_t a = 0; a < focus_area_count; ++a)
                f[12 + a] = detail::exact(c->profile.projects[a]);
            f[20] = c->source;
        } else if (const country* k = d.country()) {
            f[2] = k->name;
            f[4] = to_string(k->joined);
            f[20] = k->source;
        } else if (const partner* p = d.partner()) {
            f[2] = p->name;
            f[18] = std::string(to_string(p->kind));
            f[19] = p->home_country;
            f[20] = p->source;
        }
        detail::csv_row(out.nodes, f);
    }
    detail::csv_row(out.relationships, csv_relationship_columns());
    for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
        const relationship& r = g[*ei].value;
        detail::csv_row(out.relationships,
                        {std::string(g[net.from(*ei)].id()), std::string(g[net.to(*ei)].id()),
                         std::string(to_string(r.kind)), std::to_string(r.start),
                         r.end ? std::to_string(*r.end) : std::string(), to_string(r.focus),
                         r.strength ? detail::exact(*r.strength) : std::string(), r.source,
                         r.note});
    }
    return out;
}

/// Reads a CSV pair into `net`. Countries are added first, then cities, then partners, then
/// relationships; member-of rows are checked against the cities' countries. On any error `net`
/// is untouched; errors name the file (`nodes_file` / `relationships_file`), line, column and
/// field. `progress` (optional) hears the fraction of rows read, and may cancel
/// (`cancelled_error`, `net` untouched).
inline void read_csv(std::string_view nodes, std::string_view relationships, network& net,
                     const std::string& nodes_file = "nodes.csv",
                     const std::string& relationships_file = "relationships.csv",
                     const progress_callback& progress = {}) {
    using ascn::detail::row_reader;
    network fresh;
    // The files are read row by row (no table of either is built): three passes over the node
    // rows, one over the relationship rows. Progress counts rows against the lines of the text.
    const auto lines = [](std::string_view t) {
        return static_cast<double>(std::count(t.begin(), t.end(), '\n'));
    };
    const double total = 3.0 * lines(nodes) + lines(relationships);
    double done = 0;
    auto tick = [&] {
        if (progress && static_cast<std::uint64_t>(++done) % 4096 == 0)
            ascn::detail::report_progress(progress, done, total, "reading CSV");
    };
    auto only_empty = [](const row_reader& r, std::initializer_list<std::string_view> cols) {
        for (auto c : cols)
            if (!r[c].empty())
                r.fail(c, "field must be empty for this kind of node");
    };
    for (auto pass : {vertex_kind::country, vertex_kind::city, vertex_kind::partner}) {
        ascn::detail::parse_csv_rows(
            nodes, nodes_file, csv_node_columns(), [&](const row_reader& r) {
                tick();
                const auto kind = parse_vertex_kind(r["kind"]);
                if (!kind)
                    r.fail("kind", "expected city, country or partner");
                if (*kind != pass)
                    return;
                ascn::detail::at_row(r, [&] {
                    if (pass == vertex_kind::country) {
                        only_empty(r, {"country", "lat", "lon", "population", "capital", "roles",
                                       "roles_editorial", "aliases", "civic", "health", "safety",
                                       "environment", "infrastructure", "industry", "partner_kind",
                                       "home_country"});
                        const auto date = parse_date(r["joined"]);
                        if (!date)
                            r.fail("joined", "expected a date YYYY-MM-DD");
                        fresh.add_country({r["id"], r["name"], *date, r["source"]});
                    } else if (pass == vertex_kind::city) {
                        only_empty(r, {"partner_kind", "home_country"});
                        city c;
                        c.id = r["id"];
                        c.name = r["name"];
                        c.country = r["country"];
                        c.joined = r.integer("joined");
                        if (!r["lat"].empty() || !r["lon"].empty())
                            c.location = geo_point{r.number("lat"), r.number("lon")};
                        if (!r["population"].empty())
                            c.population = r.integer64("population");
                        c.capital = r.boolean("capital");
                        auto roles = parse_city_roles(r["roles"]);
                        if (!roles)
                            r.fail("roles", "expected roles separated by ';'");
                        c.roles = *roles;
                        c.roles_editorial = r.boolean("roles_editorial");
                        c.aliases = r.list("aliases");
                        for (auto a : all_focus_areas)
                            c.profile[a] = r.number(to_string(a));
                        c.source = r["source"];
                        fresh.add_city(std::move(c));
                    } else {
                        only_empty(r, {"country", "joined", "lat", "lon", "population", "capital",
                                       "roles", "roles_editorial", "aliases", "civic", "health",
                                       "safety", "environment", "infrastructure", "industry"});
                        const auto pk = parse_partner_kind(r["partner_kind"]);
                        if (!pk)
                            r.fail("partner_kind", "unknown partner kind");
                        fresh.add_partner(
                            {r["id"], r["name"], *pk, r["home_country"], r["source"]});
                    }
                });
            });
    }
    ascn::detail::parse_csv_rows(
        relationships, relationships_file, csv_relationship_columns(), [&](const row_reader& r) {
            tick();
            const auto kind = parse_relation_kind(r["kind"]);
            if (!kind)
                r.fail("kind", "unknown relation kind");
            relationship rel(*kind, r.integer("start"), r.optional_integer("end"));
            rel.focus = r.focus("focus");
            if (!r["strength"].empty())
                rel.strength = r.number("strength");
            rel.source = r["source"];
            rel.note = r["note"];
            ascn::detail::at_row(r, [&] {
                if (*kind == relation_kind::member_of) {
                    const city* c = fresh.find_city(r["from"]);
                    if (!c)
                        r.fail("from", "member-of must start at a city");
                    if (c->country != r["to"])
                        r.fail("to", "member-of disagrees with the city's country \"" + c->country +
                                         "\"");
                    if (rel.start != c->joined || rel.end)
                        r.fail("start", "member-of must start in the year the city joined (" +
                                            std::to_string(c->joined) + ") and have no end");
                    return;
                }
                fresh.add_relationship(r["from"], r["to"], std::move(rel));
            });
        });
    ascn::detail::report_progress(progress, 1.0, 1.0, "reading CSV");
    net = std::move(fresh);
}

} // namespace ascn::io

#endif // ASCN_IO_CSV_HPP
