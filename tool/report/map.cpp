// SPDX-License-Identifier: MIT
#include "map.hpp"

#include "page.hpp"

#include <report_assets.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numbers>
#include <optional>
#include <set>
#include <sstream>

namespace ascn_tool {
namespace {

struct point {
    double x = 0, y = 0;
};

/// A coordinate in the SVG, one decimal (enough at 10 units per degree; deterministic).
std::string coord(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    std::string s = buf;
    return s == "-0.0" ? std::string("0.0") : s;
}

/// Equirectangular projection at the cities' middle latitude: 10 units per degree of latitude.
struct projection {
    double north = 0, west = 0, aspect = 1;
    [[nodiscard]] point operator()(double lon, double lat) const {
        return {(lon - west) * 10 * aspect, (north - lat) * 10};
    }
};

std::string year_attrs(int from, std::optional<int> to) {
    std::string out = " data-from=\"" + std::to_string(from) + "\"";
    if (to)
        out += " data-to=\"" + std::to_string(*to) + "\"";
    return out;
}

} // namespace

std::string map_figure(const nlohmann::ordered_json& network,
                       const std::map<std::string, std::string, std::less<>>& colour,
                       const std::vector<map_key>& legend, int first, int last) {
    // Cities with coordinates, and the region they span.
    double south = 90, north = -90, west = 180, east = -180;
    for (const auto& n : network["nodes"])
        if (n["kind"] == "city" && n.contains("lat")) {
            const double lat = n["lat"], lon = n["lon"];
            south = std::min(south, lat);
            north = std::max(north, lat);
            west = std::min(west, lon);
            east = std::max(east, lon);
        }
    if (south > north)
        return "<p>No city has coordinates: there is no map.</p>";
    constexpr double margin = 2; // degrees around the cities
    south -= margin;
    north += margin;
    west -= margin;
    east += margin;
    // A few cities close together still get their region around them (16 x 12 degrees).
    auto widen = [](double& low, double& high, double least) {
        const double grow = std::max(0.0, least - (high - low)) / 2;
        low -= grow;
        high += grow;
    };
    widen(west, east, 16);
    widen(south, north, 12);
    const projection proj{north, west, std::cos((south + north) / 2 * std::numbers::pi / 180)};
    const point corner = proj(east, south);

    std::map<std::string, point, std::less<>> at;
    std::map<std::string, std::string, std::less<>> names;
    for (const auto& n : network["nodes"]) {
        names[n["id"].get<std::string>()] = n.value("name", std::string());
        if (n["kind"] == "city" && n.contains("lat"))
            at[n["id"].get<std::string>()] = proj(n["lon"].get<double>(), n["lat"].get<double>());
    }
    // Partners near the centre of the cities they are related to; they appear in the year of
    // their first relationship.
    std::map<std::string, std::pair<point, int>, std::less<>> sum;
    std::map<std::string, int, std::less<>> partner_from;
    std::vector<std::string> partner_order;
    std::set<std::string, std::less<>> partner_ids;
    for (const auto& n : network["nodes"])
        if (n["kind"] == "partner") {
            partner_order.push_back(n["id"]);
            partner_ids.insert(n["id"].get<std::string>());
        }
    for (const auto& l : network["links"]) {
        const std::string s = l["source"], t = l["target"];
        for (const auto& [city, other] : {std::pair{s, t}, std::pair{t, s}}) {
            const auto c = at.find(city);
            if (c == at.end() || !partner_ids.contains(other))
                continue;
            auto& [p, k] = sum[other];
            p.x += c->second.x;
            p.y += c->second.y;
            ++k;
            const int start = l["start"];
            const auto f = partner_from.find(other);
            if (f == partner_from.end() || start < f->second)
                partner_from[other] = start;
        }
    }
    std::map<std::string, int, std::less<>> placed; // partners placed around each centre so far
    std::map<std::string, point, std::less<>> partner_at;
    for (const auto& id : partner_order) {
        const auto s = sum.find(id);
        if (s == sum.end())
            continue;
        point p{s->second.first.x / s->second.second, s->second.first.y / s->second.second};
        // Beside the centre, on a circle, so partners of the same cities do not hide each other.
        const std::string key = coord(p.x) + "," + coord(p.y);
        const int n = placed[key]++;
        const double angle = n * 2.4; // golden-angle-like steps
        const double r = 6 + 2.5 * (n / 6);
        p.x += r * std::cos(angle);
        p.y += r * std::sin(angle);
        partner_at[id] = p;
    }

    std::ostringstream svg;
    // Past this many cities the labels would cover the map: they show when zoomed in.
    constexpr std::size_t labelled = 150;
    svg << "<svg id=\"network-map\" class=\"" << (at.size() > labelled ? "map dense" : "map")
        << "\" viewBox=\"0 0 " << coord(corner.x) << ' ' << coord(corner.y)
        << "\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-labelledby=\"map-title\" "
           "data-first=\""
        << first << "\" data-last=\"" << last
        << "\">\n<title id=\"map-title\">Map of the network: cities at their coordinates, "
           "coloured by profile cluster</title>\n";
    // The sea reaches past the viewBox: the box around it shows more of the region.
    svg << "<rect class=\"sea\" x=\"-2000\" y=\"-2000\" width=\"" << coord(corner.x + 4000)
        << "\" height=\"" << coord(corner.y + 4000) << "\"/>\n<g class=\"land\">\n";
    const auto outline = nlohmann::json::parse(ascn_tool::assets::sea_outline_json);
    for (const auto& c : outline["countries"]) {
        svg << "<path d=\"";
        for (const auto& ring : c["rings"]) {
            for (std::size_t i = 0; i + 1 < ring.size(); i += 2) {
                const auto p = proj(ring[i].get<double>(), ring[i + 1].get<double>());
                svg << (i == 0 ? "M" : "L") << coord(p.x) << ' ' << coord(p.y);
            }
            svg << 'Z';
        }
        svg << "\"><title>" << html_escape(c["name"].get<std::string>()) << "</title></path>\n";
    }
    svg << "</g>\n<g class=\"links\">\n";
    auto where = [&](const std::string& id) -> const point* {
        if (const auto c = at.find(id); c != at.end())
            return &c->second;
        if (const auto p = partner_at.find(id); p != partner_at.end())
            return &p->second;
        return nullptr;
    };
    for (const auto& l : network["links"]) {
        const std::string s = l["source"], t = l["target"];
        const point *a = where(s), *b = where(t);
        if (!a || !b)
            continue;
        std::optional<int> end;
        if (l.contains("end"))
            end = l["end"].get<int>();
        svg << "<line x1=\"" << coord(a->x) << "\" y1=\"" << coord(a->y) << "\" x2=\""
            << coord(b->x) << "\" y2=\"" << coord(b->y) << "\" class=\"k-"
            << html_escape(l["kind"].get<std::string>())
            << (partner_at.contains(s) || partner_at.contains(t) ? " to-partner" : "")
            << "\" data-a=\"" << html_escape(s) << "\" data-b=\"" << html_escape(t) << "\""
            << year_attrs(l["start"], end) << "/>\n";
    }
    svg << "</g>\n<g class=\"partners\">\n";
    for (const auto& [id, p] : partner_at)
        svg << "<circle class=\"partner\" cx=\"" << coord(p.x) << "\" cy=\"" << coord(p.y)
            << "\" r=\"2\" data-id=\"" << html_escape(id) << "\""
            << year_attrs(partner_from[id], std::nullopt) << "><title>"
            << html_escape(names[id].empty() ? id : names[id] + " (" + id + ")")
            << "</title></circle>\n";
    svg << "</g>\n<g class=\"route\"></g>\n<g class=\"cities\">\n";
    std::ostringstream labels;
    for (const auto& n : network["nodes"]) {
        if (n["kind"] != "city" || !n.contains("lat"))
            continue;
        const std::string id = n["id"];
        const std::string name = n.value("name", std::string());
        const auto p = at[id];
        const auto c = colour.find(id);
        const std::string fill = c == colour.end() ? std::string("#555") : c->second;
        const std::string years = year_attrs(n.value("joined", first), std::nullopt);
        svg << "<circle class=\"city\" cx=\"" << coord(p.x) << "\" cy=\"" << coord(p.y)
            << "\" r=\"3\" fill=\"" << html_escape(fill) << "\" data-id=\"" << html_escape(id)
            << "\"" << years << "><title>" << html_escape(name.empty() ? id : name)
            << "</title></circle>\n";
        labels << "<text x=\"" << coord(p.x) << "\" y=\"" << coord(p.y)
               << "\" dx=\"0.6em\" dy=\"0.35em\" data-id=\"" << html_escape(id) << "\"" << years
               << ">" << html_escape(name.empty() ? id : name) << "</text>\n";
    }
    svg << "</g>\n<g class=\"labels\">\n" << labels.str() << "</g>\n</svg>\n";

    std::ostringstream out;
    out << "<figure class=\"map-figure\">\n<div class=\"map-tools js-only\">"
        << "<label>Year <input type=\"range\" id=\"year\" min=\"" << first << "\" max=\"" << last
        << "\" value=\"" << last << "\" step=\"1\"></label> <output id=\"year-counts\" "
        << "for=\"year\"></output> <span class=\"zoom\"><button type=\"button\" "
           "data-zoom=\"in\" title=\"Zoom in\">+</button><button type=\"button\" "
           "data-zoom=\"out\" title=\"Zoom out\">−</button><button type=\"button\" "
           "data-zoom=\"reset\">Fit</button></span> <label><input type=\"checkbox\" "
           "id=\"show-partners\" checked> partners</label></div>\n<div class=\"map-box\">\n"
        << svg.str() << "<details class=\"legend\" open><summary>Legend</summary><ul>\n";
    for (const auto& k : legend)
        out << "<li><span class=\"swatch\" style=\"background:" << html_escape(k.colour)
            << "\"></span>" << html_escape(k.label) << "</li>\n";
    out << "<li><span class=\"swatch partner\"></span>partner (beside its cities)</li>\n"
        << "<li><span class=\"swatch line\"></span>relationship</li>\n"
        << "<li><span class=\"swatch route\"></span>peer-learning path</li>\n</ul></details>\n"
        << "</div>\n<figcaption>Cities at their coordinates, coloured by profile cluster; "
           "partners beside the cities they work with; coastlines and borders from Natural "
           "Earth (public domain).<span class=\"js-only\"> Drag to pan, scroll or use + and − to "
           "zoom, click a city for its profile.</span></figcaption>\n</figure>";
    return out.str();
}

} // namespace ascn_tool
