// SPDX-License-Identifier: MIT
/// \file
/// GraphML writer for `ascn::network`: every attribute a scalar declared with its type
/// (years `int`, coordinates and profile `double`, lists joined with `;`), readable by Gephi,
/// yEd, igraph (`Graph.Read_GraphML`, vertices found by id: `g.vs.find(name="da-nang")`) and
/// NetworkX (`networkx.read_graphml`). Layout in docs/formats.md.
#ifndef ASCN_IO_GRAPHML_HPP
#define ASCN_IO_GRAPHML_HPP

#include "ascn/io/common.hpp"
#include "ascn/io/csv.hpp"
#include "ascn/io/orientation.hpp"
#include "ascn/io/table.hpp"

#include <array>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ascn::io {

/// Writes `net` as GraphML (undirected, parallel edges allowed). A node's id and its `name` are
/// the ascn id (igraph keys vertices by `name`), `label` the display name (as Gephi shows it).
/// XML 1.0 cannot hold control characters other than tab, line feed and carriage return: they
/// are written as spaces. Throws `value_error` if an alias is empty or contains ';' (the list
/// separator). Each side table in `tables` is a graph attribute of its name holding its CSV
/// text (key id `g_<name>`; docs/formats.md section 1.8); throws `value_error` for a table
/// `validate` rejects or two tables of one name.
inline void write_graphml(const network& net, std::ostream& out,
                          std::span<const side_table> tables = {}) {
    std::vector<std::string> table_texts;
    for (const auto& t : tables) {
        for (std::size_t i = 0; i < table_texts.size(); ++i)
            if (tables[i].name == t.name)
                throw value_error("two side tables are named \"" + t.name + "\"", {.id = t.name});
        table_texts.push_back(to_csv(t));
    }
    struct key {
        const char* id;
        const char* domain;
        const char* type;
    };
    static constexpr std::array<key, 30> keys = {{
        {"kind", "node", "string"},         {"name", "node", "string"},
        {"label", "node", "string"},        {"country", "node", "string"},
        {"joined", "node", "int"},          {"joined_date", "node", "string"},
        {"lat", "node", "double"},          {"lon", "node", "double"},
        {"population", "node", "long"},     {"capital", "node", "boolean"},
        {"roles", "node", "string"},        {"roles_editorial", "node", "boolean"},
        {"aliases", "node", "string"},      {"civic", "node", "double"},
        {"health", "node", "double"},       {"safety", "node", "double"},
        {"environment", "node", "double"},  {"infrastructure", "node", "double"},
        {"industry", "node", "double"},     {"partner_kind", "node", "string"},
        {"home_country", "node", "string"}, {"ref", "node", "string"},
        {"e_kind", "edge", "string"},       {"from", "edge", "string"},
        {"start", "edge", "int"},           {"end", "edge", "int"},
        {"focus", "edge", "string"},        {"strength", "edge", "double"},
        {"e_ref", "edge", "string"},        {"note", "edge", "string"},
    }};
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const auto& k : keys) {
        std::string_view name = k.id;
        if (name.starts_with("e_"))
            name.remove_prefix(2);
        out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << name
            << "\" attr.type=\"" << k.type << "\"/>\n";
    }
    for (const auto& t : tables)
        out << "  <key id=\"g_" << t.name << "\" for=\"graph\" attr.name=\"" << t.name
            << "\" attr.type=\"string\"/>\n";
    out << "  <graph id=\"ascn\" edgedefault=\"undirected\">\n";
    for (std::size_t i = 0; i < tables.size(); ++i)
        out << "    <data key=\"g_" << tables[i].name << "\">" << xml_escape(table_texts[i])
            << "</data>\n";
    auto data = [&](std::string_view key, std::string_view value) {
        out << "      <data key=\"" << key << "\">" << xml_escape(value) << "</data>\n";
    };
    const auto& g = net.graph();
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
        const auto& d = g[v];
        out << "    <node id=\"" << xml_escape(d.id()) << "\">\n";
        data("kind", to_string(d.kind()));
        data("name", d.id());
        if (const city* c = d.city()) {
            data("label", c->name);
            data("country", c->country);
            data("joined", std::to_string(c->joined));
            if (c->location) {
                data("lat", detail::exact(c->location->lat));
                data("lon", detail::exact(c->location->lon));
            }
            if (c->population)
                data("population", std::to_string(*c->population));
            data("capital", c->capital ? "true" : "false");
            data("roles", to_string(c->roles));
            data("roles_editorial", c->roles_editorial ? "true" : "false");
            data("aliases", detail::list_field(c->aliases, c->id, "aliases"));
            for (auto a : all_focus_areas)
                data(to_string(a), detail::exact(c->profile[a]));
            data("ref", c->source);
        } else if (const country* k = d.country()) {
            data("label", k->name);
            data("joined", std::to_string(k->joined.year));
            data("joined_date", to_string(k->joined));
            data("ref", k->source);
        } else if (const partner* p = d.partner()) {
            data("label", p->name);
            data("partner_kind", to_string(p->kind));
            if (!p->home_country.empty())
                data("home_country", p->home_country);
            data("ref", p->source);
        }
        out << "    </node>\n";
    }
    std::size_t n = 0;
    for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei, ++n) {
        const relationship& r = g[*ei].value;
        const auto from = g[net.from(*ei)].id(), to = g[net.to(*ei)].id();
        out << "    <edge id=\"e" << n << "\" source=\"" << xml_escape(from) << "\" target=\""
            << xml_escape(to) << "\">\n";
        data("e_kind", to_string(r.kind));
        if (detail::either_way(net, *ei))
            data("from", from);
        data("start", std::to_string(r.start));
        if (r.end)
            data("end", std::to_string(*r.end));
        data("focus", to_string(r.focus));
        if (r.strength)
            data("strength", detail::exact(*r.strength));
        data("e_ref", r.source);
        data("note", r.note);
        out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
}

} // namespace ascn::io

#endif // ASCN_IO_GRAPHML_HPP
