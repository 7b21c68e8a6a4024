// SPDX-License-Identifier: MIT
/// \file
/// GEXF writer for `ascn::network`: a dynamic graph whose cities, countries, partners and
/// relationships carry spells (start and end years), so that Gephi's timeline replays the
/// network's growth; static attributes typed as in GraphML; node positions from the
/// coordinates, so that the layout starts as a map. Layout in docs/formats.md.
#ifndef ASCN_IO_GEXF_HPP
#define ASCN_IO_GEXF_HPP

#include "ascn/io/common.hpp"
#include "ascn/io/csv.hpp"
#include "ascn/io/dot.hpp"
#include "ascn/io/orientation.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace ascn::io {

/// The GEXF versions `write_gexf` writes.
enum class gexf_version {
    v1_3,      ///< GEXF 1.3 (Gephi 0.9 and later)
    v1_2draft, ///< GEXF 1.2draft, the newest that NetworkX (`read_gexf`, 2.8 and 3.x) reads
};

/// Options of `write_gexf`.
struct gexf_options {
    gexf_version version = gexf_version::v1_3; ///< the namespace and version written
    /// Units per degree of longitude or latitude for `viz:position` (as in `dot_options`).
    double scale = 40.0;
};

namespace detail {

/// The years a vertex is part of the network, as a GEXF spell: a city from the year it joined;
/// a country from the year its first city joined (from the year of its own day without
/// cities); a partner from its first relationship's start, through the last one's end if all
/// have ended. Empty for a partner without relationships (present throughout).
template <class Network>
std::pair<std::optional<int>, std::optional<int>> spell_of(const Network& net, std::size_t v) {
    const auto& g = net.graph();
    if (const city* c = g[v].city())
        return {c->joined, std::nullopt};
    std::optional<int> start, end;
    bool open = false;
    for (auto [ei, ee] = boost::out_edges(v, g); ei != ee; ++ei) {
        const relationship& r = g[*ei].value;
        start = start ? std::min(*start, r.start) : r.start;
        if (!r.end)
            open = true;
        else
            end = end ? std::max(*end, *r.end) : *r.end;
    }
    if (const country* k = g[v].country())
        return {start ? *start : k->joined.year, std::nullopt};
    return {start, open ? std::nullopt : end};
}

} // namespace detail

/// Writes `net` as GEXF (1.3 by default): an undirected dynamic graph, `timeformat="integer"`
/// (years), each node and edge with one spell as its `start` and `end` attributes
/// (`detail::spell_of`; a relationship from its start through its end, inclusive). Node ids are the
/// ascn ids, labels the display names; static attributes as in GraphML (lists joined with `;`),
/// positions as in `write_dot`. Throws `value_error` if an alias is empty or contains ';'.
inline void write_gexf(const network& net, std::ostream& out, const gexf_options& options = {}) {
    struct attribute {
        const char* id;
        const char* type;
    };
    static constexpr std::array<attribute, 20> node_attributes = {{
        {"kind", "string"},         {"country", "string"},
        {"joined", "integer"},      {"joined_date", "string"},
        {"lat", "double"},          {"lon", "double"},
        {"population", "long"},     {"capital", "boolean"},
        {"roles", "string"},        {"roles_editorial", "boolean"},
        {"aliases", "string"},      {"civic", "double"},
        {"health", "double"},       {"safety", "double"},
        {"environment", "double"},  {"infrastructure", "double"},
        {"industry", "double"},     {"partner_kind", "string"},
        {"home_country", "string"}, {"ref", "string"},
    }};
    static constexpr std::array<attribute, 6> edge_attributes = {{
        {"kind", "string"},
        {"from", "string"},
        {"focus", "string"},
        {"strength", "double"},
        {"ref", "string"},
        {"note", "string"},
    }};
    const bool v13 = options.version == gexf_version::v1_3;
    const std::string ns = v13 ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft";
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"" << ns << "\" xmlns:viz=\""
        << ns << "/viz\" "
        << "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"" << ns
        << ' ' << ns << "/gexf.xsd\" version=\"" << (v13 ? "1.3" : "1.2") << "\">\n"
        << "  <meta>\n    <creator>ascn</creator>\n  </meta>\n"
        << "  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"integer\""
        << (v13 ? " timerepresentation=\"interval\"" : "") << ">\n";
    auto declare = [&](const char* for_class, const auto& attributes) {
        out << "    <attributes class=\"" << for_class << "\" mode=\"static\">\n";
        for (const auto& a : attributes)
            out << "      <attribute id=\"" << a.id << "\" title=\"" << a.id << "\" type=\""
                << a.type << "\"/>\n";
        out << "    </attributes>\n";
    };
    declare("node", node_attributes);
    declare("edge", edge_attributes);
    std::string values;
    auto value = [&](std::string_view key, std::string_view v) {
        values += "          <attvalue for=\"";
        values += key;
        values += "\" value=\"";
        values += xml_escape(v);
        values += "\"/>\n";
    };
    // A lifetime is one spell, written as GEXF's `start` and `end` attributes of the element
    // (NetworkX 2.8's reader fails on a <spell> without an end).
    auto spell = [](std::optional<int> start, std::optional<int> end) {
        std::string out;
        if (start)
            out += " start=\"" + std::to_string(*start) + '"';
        if (end)
            out += " end=\"" + std::to_string(*end) + '"';
        return out;
    };
    auto number = [](double v) { return detail::exact(v); };
    const auto& g = net.graph();
    out << "    <nodes>\n";
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
        const auto& d = g[v];
        values.clear();
        value("kind", to_string(d.kind()));
        std::string_view label;
        if (const city* c = d.city()) {
            label = c->name;
            value("country", c->country);
            value("joined", std::to_string(c->joined));
            if (c->location) {
                value("lat", number(c->location->lat));
                value("lon", number(c->location->lon));
            }
            if (c->population)
                value("population", std::to_string(*c->population));
            value("capital", c->capital ? "true" : "false");
            value("roles", to_string(c->roles));
            value("roles_editorial", c->roles_editorial ? "true" : "false");
            value("aliases", detail::list_field(c->aliases, c->id, "aliases"));
            for (auto a : all_focus_areas)
                value(to_string(a), number(c->profile[a]));
            value("ref", c->source);
        } else if (const country* k = d.country()) {
            label = k->name;
            value("joined", std::to_string(k->joined.year));
            value("joined_date", to_string(k->joined));
            value("ref", k->source);
        } else if (const partner* p = d.partner()) {
            label = p->name;
            value("partner_kind", to_string(p->kind));
            if (!p->home_country.empty())
                value("home_country", p->home_country);
            value("ref", p->source);
        }
        const auto [start, end] = detail::spell_of(net, v);
        out << "      <node id=\"" << xml_escape(d.id()) << "\" label=\"" << xml_escape(label)
            << '"' << spell(start, end) << ">\n        <attvalues>\n"
            << values << "        </attvalues>\n";
        if (const auto at = detail::map_place(g, v)) {
            char buf[96];
            std::snprintf(buf, sizeof buf, "x=\"%.2f\" y=\"%.2f\" z=\"0.0\"",
                          at->lon * options.scale, at->lat * options.scale);
            out << "        <viz:position " << buf << "/>\n";
        }
        out << "      </node>\n";
    }
    out << "    </nodes>\n    <edges>\n";
    std::size_t n = 0;
    for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei, ++n) {
        const relationship& r = g[*ei].value;
        const auto from = g[net.from(*ei)].id(), to = g[net.to(*ei)].id();
        values.clear();
        value("kind", to_string(r.kind));
        if (detail::either_way(net, *ei))
            value("from", from);
        value("focus", to_string(r.focus));
        if (r.strength)
            value("strength", number(*r.strength));
        value("ref", r.source);
        value("note", r.note);
        out << "      <edge id=\"e" << n << "\" source=\"" << xml_escape(from) << "\" target=\""
            << xml_escape(to) << "\" label=\"" << to_string(r.kind) << '"' << spell(r.start, r.end)
            << ">\n        <attvalues>\n"
            << values << "        </attvalues>\n";
        out << "      </edge>\n";
    }
    out << "    </edges>\n  </graph>\n</gexf>\n";
}

} // namespace ascn::io

#endif // ASCN_IO_GEXF_HPP
