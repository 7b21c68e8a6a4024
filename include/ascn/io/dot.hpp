// SPDX-License-Identifier: MIT
/// \file
/// Graphviz DOT writer for `ascn::network`, with positions from latitude and longitude (for
/// `neato -n2` or `fdp`), vertex shapes by kind and edge styles by relation kind.
#ifndef ASCN_IO_DOT_HPP
#define ASCN_IO_DOT_HPP

#include "ascn/io/common.hpp"
#include "ascn/io/csv.hpp"

#include <cmath>
#include <cstdio>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>

namespace ascn::io {

namespace detail {
inline std::string dot_quote(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + '"';
}
inline std::string_view dot_edge_style(relation_kind k) {
    switch (k) {
    case relation_kind::member_of:
        return "color=\"#bbbbbb\", style=dotted";
    case relation_kind::twinning:
        return "color=\"#1b9e77\", penwidth=2";
    case relation_kind::business_match:
        return "color=\"#d95f02\", penwidth=2";
    case relation_kind::support:
        return "color=\"#7570b3\"";
    case relation_kind::programme_of:
        return "color=\"#e7298a\", style=dashed";
    case relation_kind::participation:
        return "color=\"#66a61e\", style=dashed";
    case relation_kind::peer_learning:
        return "color=\"#e6ab02\", penwidth=2";
    }
    return "";
}
} // namespace detail

/// Options for `write_dot`.
struct dot_options {
    /// Points per degree of longitude or latitude for `pos` (equirectangular projection).
    double scale = 40.0;
    /// Include member-of edges (they draw a star around every country).
    bool member_of = false;
};

/// Writes `net` as an undirected DOT graph where every node has a pinned position `pos="x,y!"`
/// (x = lon * scale, y = lat * scale): cities at their location, countries at the mean of their
/// cities, partners near the cities they work with. Render with `neato -n2 -Tsvg`.
/// Cities without a location are left to the layout engine (then use `neato -s`).
inline void write_dot(const network& net, std::ostream& out, const dot_options& options = {}) {
    const auto& g = net.graph();
    auto pos = [&](double lat, double lon) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.2f,%.2f!", lon * options.scale, lat * options.scale);
        return std::string(buf);
    };
    // Mean location of the located cities next to v, and how many there are.
    auto neighbour_cities_centre = [&](std::size_t v) {
        double lat = 0, lon = 0;
        int n = 0;
        for (auto [ei, ee] = boost::out_edges(v, g); ei != ee; ++ei)
            if (const city* c = g[boost::target(*ei, g)].city(); c && c->location) {
                lat += c->location->lat;
                lon += c->location->lon;
                ++n;
            }
        return std::tuple(lat, lon, n);
    };
    out << "graph ascn {\n"
           "  graph [overlap=false, splines=true, outputorder=edgesfirst];\n"
           "  node [fontname=\"Helvetica\", fontsize=10];\n";
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
        const auto& d = g[v];
        out << "  " << detail::dot_quote(d.id()) << " [";
        if (const city* c = d.city()) {
            out << "label=" << detail::dot_quote(c->name.empty() ? c->id : c->name)
                << ", shape=circle, style=filled, fillcolor=\"#4e79a7\", fontcolor=white";
            if (c->location)
                out << ", pos=" << detail::dot_quote(pos(c->location->lat, c->location->lon));
        } else if (const country* k = d.country()) {
            const auto [lat, lon, n] = neighbour_cities_centre(v);
            out << "label=" << detail::dot_quote(k->name.empty() ? k->id : k->name)
                << ", shape=box, style=\"rounded,filled\", fillcolor=\"#eeeeee\"";
            out << ", pos="
                << detail::dot_quote(n > 0 ? pos(lat / n, lon / n)
                                           : pos(-20.0, 92.0 + 3.0 * static_cast<double>(v % 20)));
        } else if (const partner* p = d.partner()) {
            out << "label=" << detail::dot_quote(p->name.empty() ? p->id : p->name)
                << ", shape=diamond, style=filled, fillcolor=\"#f28e2b\", tooltip="
                << detail::dot_quote(to_string(p->kind));
            // Near the cities it works with (nudged by a fixed per-partner offset so partners
            // of the same cities do not coincide); partners with no located city in a row below
            // the map. Every node has a position, so `neato -n2` keeps them all.
            const auto [lat, lon, n] = neighbour_cities_centre(v);
            const double angle = static_cast<double>(v) * 2.399963; // golden angle
            if (n > 0)
                out << ", pos="
                    << detail::dot_quote(
                           pos(lat / n + 1.5 * std::sin(angle), lon / n + 1.5 * std::cos(angle)));
            else
                out << ", pos="
                    << detail::dot_quote(pos(-14.0 - 1.5 * static_cast<double>(v % 4),
                                             92.0 + 1.6 * static_cast<double>((v / 4) % 30)));
        }
        out << "];\n";
    }
    for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
        const relationship& r = g[*ei].value;
        if (r.kind == relation_kind::member_of && !options.member_of)
            continue;
        out << "  " << detail::dot_quote(g[net.from(*ei)].id()) << " -- "
            << detail::dot_quote(g[net.to(*ei)].id()) << " [" << detail::dot_edge_style(r.kind)
            << ", tooltip="
            << detail::dot_quote(std::string(to_string(r.kind)) + " " + std::to_string(r.start))
            << "];\n";
    }
    out << "}\n";
}

} // namespace ascn::io

#endif // ASCN_IO_DOT_HPP
