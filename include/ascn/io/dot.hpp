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
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>

namespace ascn::io {

namespace detail {

/// The summed latitude and longitude of the located cities next to `v`, and how many there are
/// (divide for their centre).
template <class Graph>
std::tuple<double, double, int> cities_around(const Graph& g, std::size_t v) {
    double lat = 0, lon = 0;
    int n = 0;
    for (auto [ei, ee] = boost::out_edges(v, g); ei != ee; ++ei)
        if (const city* c = g[boost::target(*ei, g)].city(); c && c->location) {
            lat += c->location->lat;
            lon += c->location->lon;
            ++n;
        }
    return {lat, lon, n};
}

/// Where the map writers put vertex `v` (docs/formats.md section 4): a city at its location
/// (nowhere without one), a country at the centre of its located cities, a partner 1.5 degrees
/// from the centre of the located cities it works with, in a direction fixed by `v` (the
/// golden angle) so that partners of the same cities do not coincide; countries and partners
/// with no located city in rows below the map.
template <class Graph>
std::optional<geo_point> map_place(const Graph& g, std::size_t v) {
    if (const city* c = g[v].city())
        return c->location;
    const auto [lat, lon, n] = cities_around(g, v);
    if (g[v].country())
        return n > 0 ? geo_point{lat / n, lon / n}
                     : geo_point{-20.0, 92.0 + 3.0 * static_cast<double>(v % 20)};
    const double angle = static_cast<double>(v) * 2.399963; // golden angle
    return n > 0 ? geo_point{lat / n + 1.5 * std::sin(angle), lon / n + 1.5 * std::cos(angle)}
                 : geo_point{-14.0 - 1.5 * static_cast<double>(v % 4),
                             92.0 + 1.6 * static_cast<double>((v / 4) % 30)};
}
/// A quoted label or attribute value: Graphviz reads escapes in labels, so a backslash is
/// doubled, a quote escaped, a line feed `\n`; other control characters (a NUL, which would
/// end the file for Graphviz) become spaces.
inline std::string dot_quote(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) ? ' ' : c;
    }
    return out + '"';
}
/// A quoted node id. Graphviz's lexer unescapes only `\"` in an id and keeps a `\\` pair as
/// two backslashes, so backslashes are written as they are; only a run of them just before a
/// quote (the closing one, or an escaped one) that is odd gets one more, or it would escape
/// the quote (that id then reads with a backslash more, the one case with no exact spelling).
/// Control characters (a NUL ends the file for Graphviz) become spaces.
inline std::string dot_id(std::string_view s) {
    std::string out = "\"";
    const auto even_run = [&] {
        std::size_t k = 0;
        for (auto it = out.rbegin(); it != out.rend() && *it == '\\'; ++it)
            ++k;
        if (k % 2 == 1)
            out += '\\';
    };
    for (const char c : s) {
        if (c == '"') {
            even_run();
            out += "\\\"";
        } else
            out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) ? ' ' : c;
    }
    even_run();
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
    out << "graph ascn {\n"
           "  graph [overlap=false, splines=true, outputorder=edgesfirst];\n"
           "  node [fontname=\"Helvetica\", fontsize=10];\n";
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
        const auto& d = g[v];
        out << "  " << detail::dot_id(d.id()) << " [";
        if (const city* c = d.city()) {
            out << "label=" << detail::dot_quote(c->name.empty() ? c->id : c->name)
                << ", shape=circle, style=filled, fillcolor=\"#4e79a7\", fontcolor=white";
        } else if (const country* k = d.country()) {
            out << "label=" << detail::dot_quote(k->name.empty() ? k->id : k->name)
                << ", shape=box, style=\"rounded,filled\", fillcolor=\"#eeeeee\"";
        } else if (const partner* p = d.partner()) {
            out << "label=" << detail::dot_quote(p->name.empty() ? p->id : p->name)
                << ", shape=diamond, style=filled, fillcolor=\"#f28e2b\", tooltip="
                << detail::dot_quote(to_string(p->kind));
        }
        // Every country and partner has a position, so `neato -n2` keeps them all.
        if (const auto at = detail::map_place(g, v))
            out << ", pos=" << detail::dot_quote(pos(at->lat, at->lon));
        out << "];\n";
    }
    for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
        const relationship& r = g[*ei].value;
        if (r.kind == relation_kind::member_of && !options.member_of)
            continue;
        out << "  " << detail::dot_id(g[net.from(*ei)].id()) << " -- "
            << detail::dot_id(g[net.to(*ei)].id()) << " [" << detail::dot_edge_style(r.kind)
            << ", tooltip="
            << detail::dot_quote(std::string(to_string(r.kind)) + " " + std::to_string(r.start))
            << "];\n";
    }
    out << "}\n";
}

/// A legend entry of a map: a colour and what it means.
struct legend_entry {
    std::string label;  ///< the text shown next to the colour
    std::string colour; ///< any Graphviz colour, e.g. "#1f77b4"
};

/// Options for `write_map_dot`.
struct map_options {
    /// Points per degree of longitude or latitude (equirectangular projection).
    double scale = 55.0;
    /// Fill colour of each city, by id; empty function or empty result: a neutral blue.
    std::function<std::string(std::string_view city_id)> city_colour;
    /// Legend entries, drawn as a box in the lower left corner of the map.
    std::vector<legend_entry> legend;
    std::string title; ///< the graph's label, shown above the map
};

/// Writes `net` as a map for `neato -n2`: small city dots at their coordinates with their
/// names as external labels (Graphviz moves them off each other), member states as large grey
/// labels at the centre of their cities, each partner that works with a located city as a
/// small diamond labelled with its id beside those cities, relationships styled by kind (the
/// same styles as `write_dot`; member-of ties are left out: the country labels show them), and
/// a legend of the city colours and of the edge styles. Partners with no located city are
/// left out of the picture.
inline void write_map_dot(const network& net, std::ostream& out, const map_options& o = {}) {
    const auto& g = net.graph();
    auto pos = [&](double lat, double lon) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.1f,%.1f!", lon * o.scale, lat * o.scale);
        return detail::dot_quote(buf);
    };
    auto centre = [&](std::size_t v) { return detail::cities_around(g, v); };
    double min_lat = 90, min_lon = 180, max_lat = -90;
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v)
        if (const city* c = g[v].city(); c && c->location) {
            min_lat = std::min(min_lat, c->location->lat);
            max_lat = std::max(max_lat, c->location->lat);
            min_lon = std::min(min_lon, c->location->lon);
        }
    out << "graph ascn_map {\n"
           "  graph [splines=false, outputorder=edgesfirst, forcelabels=true, pad=0.3";
    if (!o.title.empty())
        out << ", label=" << detail::dot_quote(o.title) << ", labelloc=t, fontsize=20, "
            << "fontname=\"Helvetica-Bold\"";
    out << "];\n  node [fontname=\"Helvetica\", fontsize=11];\n";
    std::vector<char> drawn(boost::num_vertices(g), 0);
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
        const auto& d = g[v];
        if (const city* c = d.city()) {
            if (!c->location)
                continue;
            std::string fill = o.city_colour ? o.city_colour(c->id) : std::string();
            if (fill.empty())
                fill = "#4e79a7";
            out << "  " << detail::dot_id(c->id) << " [shape=circle, fixedsize=true, "
                << "width=0.16, label=\"\", style=filled, fillcolor=" << detail::dot_quote(fill)
                << ", xlabel=" << detail::dot_quote(c->name.empty() ? c->id : c->name)
                << ", pos=" << pos(c->location->lat, c->location->lon) << "];\n";
            drawn[v] = 1;
        } else if (const country* k = d.country()) {
            const auto [lat, lon, n] = centre(v);
            if (n == 0)
                continue;
            out << "  " << detail::dot_id(k->id) << " [shape=plaintext, fontsize=22, "
                << "fontcolor=\"#b0b0b0\", label=" << detail::dot_quote(k->name)
                << ", pos=" << pos(lat / n - 1.2, lon / n) << "];\n";
        } else if (const partner* p = d.partner()) {
            const auto [lat, lon, n] = centre(v);
            if (n == 0)
                continue;
            const double angle = static_cast<double>(v) * 2.399963; // golden angle
            const double r = 0.9 + 0.25 * static_cast<double>(v % 4);
            out << "  " << detail::dot_id(p->id) << " [shape=diamond, fixedsize=true, "
                << "width=0.14, height=0.14, label=\"\", style=filled, fillcolor=\"#f28e2b\", "
                << "xlabel=" << detail::dot_quote(p->id) << ", fontsize=8, fontcolor=\"#9c5a1a\", "
                << "tooltip=" << detail::dot_quote(p->name)
                << ", pos=" << pos(lat / n + r * std::sin(angle), lon / n + r * std::cos(angle))
                << "];\n";
            drawn[v] = 1;
        }
    }
    for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
        const relationship& r = g[*ei].value;
        const auto a = boost::source(*ei, g), b = boost::target(*ei, g);
        if (r.kind == relation_kind::member_of || !drawn[a] || !drawn[b])
            continue;
        out << "  " << detail::dot_id(g[a].id()) << " -- " << detail::dot_id(g[b].id()) << " ["
            << detail::dot_edge_style(r.kind) << "];\n";
    }
    // Legend: one box in the lower left, city colours then edge styles.
    const double lx = min_lon - 1.0, top = min_lat - 2.0;
    double ly = top;
    out << "  legend_title [shape=plaintext, fontsize=13, label=\"Legend\", pos="
        << pos(ly, lx + 1.5) << "];\n";
    std::size_t i = 0;
    for (const auto& e : o.legend) {
        ly -= 0.55;
        out << "  legend_c" << i << " [shape=circle, fixedsize=true, width=0.16, label=\"\", "
            << "style=filled, fillcolor=" << detail::dot_quote(e.colour)
            << ", xlabel=" << detail::dot_quote(e.label) << ", pos=" << pos(ly, lx) << "];\n";
        ++i;
    }
    for (auto k : {relation_kind::support, relation_kind::twinning, relation_kind::participation,
                   relation_kind::programme_of, relation_kind::business_match,
                   relation_kind::peer_learning}) {
        ly -= 0.55;
        const auto t = static_cast<std::size_t>(k);
        out << "  legend_a" << t << " [shape=point, width=0.01, pos=" << pos(ly, lx) << "];\n"
            << "  legend_b" << t
            << " [shape=plaintext, fontsize=10, label=" << detail::dot_quote(to_string(k))
            << ", pos=" << pos(ly, lx + 2.4) << "];\n"
            << "  legend_a" << t << " -- legend_m" << t << " [" << detail::dot_edge_style(k)
            << "];\n  legend_m" << t << " [shape=point, width=0.01, pos=" << pos(ly, lx + 1.2)
            << "];\n";
    }
    ly -= 0.55;
    out << "  legend_partner [shape=diamond, fixedsize=true, width=0.14, height=0.14, label=\"\", "
        << "style=filled, fillcolor=\"#f28e2b\", xlabel=\"partner\", pos=" << pos(ly, lx)
        << "];\n}\n";
    (void)max_lat;
}

} // namespace ascn::io

#endif // ASCN_IO_DOT_HPP
