// SPDX-License-Identifier: MIT
/// \file
/// GraphML reader for `ascn::network`: reads what `write_graphml` writes, and the same network
/// after igraph or NetworkX wrote it back (keys matched by `attr.name`, not by id; the vertex
/// id from `name`, else the node's id; numbers written as doubles accepted where integral).
/// Layout in docs/formats.md. Needs pugixml (Debian: libpugixml-dev); the core headers and
/// the other readers do not.
#ifndef ASCN_IO_GRAPHML_READER_HPP
#define ASCN_IO_GRAPHML_READER_HPP

#include "ascn/detail/text.hpp"
#include "ascn/io/common.hpp"
#include "ascn/io/orientation.hpp"
#include "ascn/progress.hpp"

#include <pugixml.hpp>

#include <charconv>
#include <cmath>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ascn::io {

namespace detail {

/// The `<data>` of one GraphML node or edge by attribute name, with errors that name the file,
/// the element's line and column, the attribute and the vertex id.
class graphml_element_reader {
public:
    graphml_element_reader(std::map<std::string, std::string> values, std::string id,
                           const std::string& file, std::size_t line, std::size_t column)
        : values_(std::move(values))
        , id_(std::move(id))
        , file_(file)
        , line_(line)
        , column_(column) {}

    [[noreturn]] void fail(std::string_view field, const std::string& what) const {
        auto it = values_.find(std::string(field));
        throw parse_error(what, {id_, std::string(field),
                                 it == values_.end() ? std::string() : it->second, file_, line_,
                                 column_});
    }
    /// The value, or nullptr if absent or empty (igraph writes "" for a missing string).
    [[nodiscard]] const std::string* find(std::string_view field) {
        seen_.emplace(field);
        auto it = values_.find(std::string(field));
        return it == values_.end() || it->second.empty() ? nullptr : &it->second;
    }
    [[nodiscard]] std::string text(std::string_view field) {
        const auto* v = find(field);
        return v ? *v : std::string();
    }
    [[nodiscard]] const std::string& require(std::string_view field) {
        const auto* v = find(field);
        if (!v)
            fail(field, "missing attribute");
        return *v;
    }
    /// An integer, also written as an integral double (igraph keeps numbers as doubles).
    [[nodiscard]] long long integer(std::string_view field) {
        const std::string& s = require(field);
        long long v = 0;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec == std::errc{} && p == s.data() + s.size())
            return v;
        double d = 0;
        auto [q, ec2] = std::from_chars(s.data(), s.data() + s.size(), d);
        if (ec2 != std::errc{} || q != s.data() + s.size() || !std::isfinite(d) ||
            d != std::floor(d) || std::fabs(d) > 9.0e15)
            fail(field, "expected an integer");
        return static_cast<long long>(d);
    }
    [[nodiscard]] int year(std::string_view field) {
        const long long y = integer(field);
        if (y < min_year || y > max_year)
            throw value_error("year " + std::to_string(y) + " is outside [" +
                                  std::to_string(min_year) + ", " + std::to_string(max_year) + "]",
                              {id_, std::string(field), std::to_string(y), file_, line_, column_},
                              errc::year_out_of_range);
        return static_cast<int>(y);
    }
    [[nodiscard]] double number(std::string_view field) {
        const std::string& s = require(field);
        double v = 0;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc{} || p != s.data() + s.size())
            fail(field, "expected a number");
        return v;
    }
    [[nodiscard]] bool boolean(std::string_view field) {
        const std::string& s = require(field);
        // XML Schema's booleans, and NetworkX's (Python's) spelling.
        if (s == "true" || s == "1" || s == "True")
            return true;
        if (s == "false" || s == "0" || s == "False")
            return false;
        fail(field, "expected true or false");
    }
    /// Fails on an attribute not read so far, but `id` and `key` (which igraph and NetworkX
    /// add), empty ones, and a city's booleans set to false on another kind of node (igraph
    /// writes every boolean attribute for every vertex).
    void no_extra_fields() const {
        for (const auto& [name, value] : values_)
            if (!value.empty() && !seen_.contains(name) && name != "id" && name != "key" &&
                !((value == "false" || value == "False") &&
                  (name == "capital" || name == "roles_editorial")))
                fail(name, "unknown attribute");
    }

private:
    std::map<std::string, std::string> values_;
    std::string id_;
    const std::string& file_;
    std::size_t line_, column_;
    std::set<std::string, std::less<>> seen_;
};

} // namespace detail

/// Reads GraphML text into `net` (see the file comment; docs/formats.md section 3). On any
/// error `net` is left untouched. Errors name `file`, the line and column of the node or edge
/// element (of the syntax error for malformed XML), the attribute as `field` and the vertex
/// id. Throws `parse_error`, or the network's own errors.
inline void read_graphml(std::string_view text, network& net, const std::string& file = "<graphml>",
                         const progress_callback& progress = {}) {
    const detail::text_positions positions(text);
    // pugixml does not check the encoding: text must be valid UTF-8, as for the other readers.
    if (const auto bad = ascn::detail::first_invalid_utf8(text); bad != text.size()) {
        const auto [line, column] = positions.at(bad);
        throw parse_error("text is not valid UTF-8", {{}, {}, {}, file, line, column});
    }
    pugi::xml_document doc;
    const auto result =
        doc.load_buffer(text.data(), text.size(),
                        pugi::parse_default | pugi::parse_ws_pcdata_single, pugi::encoding_utf8);
    if (!result) {
        const auto [line, column] = result.offset < 0
                                        ? std::pair<std::size_t, std::size_t>{0, 0}
                                        : positions.at(static_cast<std::size_t>(result.offset));
        throw parse_error(std::string("malformed XML: ") + result.description(),
                          {{}, {}, {}, file, line, column});
    }
    auto where = [&](const pugi::xml_node& n) {
        // offset_debug() is that of the element's name; the element starts at its '<'.
        const auto offset = n.offset_debug();
        if (offset < 0)
            return std::pair<std::size_t, std::size_t>{0, 0};
        return positions.at(static_cast<std::size_t>(offset > 0 ? offset - 1 : offset));
    };
    const auto root = doc.child("graphml");
    if (!root)
        throw parse_error("not GraphML: no <graphml> element", {{}, {}, {}, file, 1, 1});
    // Keys by id: (domain, attribute name).
    std::map<std::string, std::pair<std::string, std::string>> keys;
    for (auto k : root.children("key"))
        keys[k.attribute("id").value()] = {k.attribute("for").value(),
                                           k.attribute("attr.name").value()};
    const auto graph = root.child("graph");
    if (!graph) {
        const auto [line, column] = where(root);
        throw parse_error("no <graph> element", {{}, {}, {}, file, line, column});
    }
    auto values_of = [&](const pugi::xml_node& element, const char* domain) {
        std::map<std::string, std::string> values;
        for (auto d : element.children("data")) {
            auto it = keys.find(d.attribute("key").value());
            if (it == keys.end() || (it->second.first != domain && it->second.first != "all")) {
                const auto [line, column] = where(d);
                throw parse_error(std::string("data for an undeclared ") + domain + " key \"" +
                                      d.attribute("key").value() + "\"",
                                  {{}, d.attribute("key").value(), {}, file, line, column});
            }
            values[it->second.second.empty() ? it->first : it->second.second] = d.child_value();
        }
        return values;
    };

    network fresh;
    struct node_entry {
        pugi::xml_node element;
        std::string id;
        vertex_kind kind;
    };
    std::vector<node_entry> nodes;
    std::map<std::string, std::string, std::less<>> id_of; // GraphML node id -> ascn id
    for (auto n : graph.children("node")) {
        const auto [line, column] = where(n);
        auto values = values_of(n, "node");
        const std::string xml_id = n.attribute("id").value();
        auto it = values.find("name");
        const std::string id = it != values.end() && !it->second.empty() ? it->second : xml_id;
        detail::graphml_element_reader r(values, id, file, line, column);
        const auto kind = parse_vertex_kind(r.require("kind"));
        if (!kind)
            r.fail("kind", "unknown vertex kind (city, country or partner)");
        if (!id_of.emplace(xml_id, id).second)
            throw parse_error("node id \"" + xml_id + "\" is used twice",
                              {id, "id", xml_id, file, line, column});
        nodes.push_back({n, id, *kind});
    }
    auto add_all = [&](vertex_kind which) {
        for (const auto& e : nodes) {
            if (e.kind != which)
                continue;
            const auto [line, column] = where(e.element);
            detail::graphml_element_reader r(values_of(e.element, "node"), e.id, file, line,
                                             column);
            (void)r.find("kind");
            (void)r.find("name");
            try {
                if (which == vertex_kind::country) {
                    country k;
                    k.id = e.id;
                    k.name = r.text("label");
                    const auto day = parse_date(r.require("joined_date"));
                    if (!day)
                        r.fail("joined_date", "expected a date YYYY-MM-DD");
                    if (r.find("joined") && r.integer("joined") != day->year)
                        r.fail("joined", "joined must be the year of joined_date");
                    k.joined = *day;
                    k.source = r.text("ref");
                    r.no_extra_fields();
                    fresh.add_country(std::move(k));
                } else if (which == vertex_kind::city) {
                    city c;
                    c.id = e.id;
                    c.name = r.text("label");
                    c.country = r.require("country");
                    c.joined = r.year("joined");
                    const bool has_lat = r.find("lat") != nullptr,
                               has_lon = r.find("lon") != nullptr;
                    if (has_lat != has_lon)
                        r.fail(has_lat ? "lon" : "lat", "lat and lon go together");
                    if (has_lat)
                        c.location = geo_point{r.number("lat"), r.number("lon")};
                    if (r.find("population"))
                        c.population = r.integer("population");
                    c.capital = r.find("capital") ? r.boolean("capital") : false;
                    for (const auto& t : detail::split_list(r.text("roles"))) {
                        const auto role = parse_city_role(t);
                        if (!role)
                            r.fail("roles", "unknown city role \"" + t + "\"");
                        c.roles.insert(*role);
                    }
                    c.roles_editorial =
                        r.find("roles_editorial") ? r.boolean("roles_editorial") : false;
                    c.aliases = detail::split_list(r.text("aliases"));
                    for (auto a : all_focus_areas)
                        if (r.find(to_string(a)))
                            c.profile[a] = r.number(to_string(a));
                    c.source = r.text("ref");
                    r.no_extra_fields();
                    fresh.add_city(std::move(c));
                } else {
                    partner p;
                    p.id = e.id;
                    p.name = r.text("label");
                    const auto pk = parse_partner_kind(r.require("partner_kind"));
                    if (!pk)
                        r.fail("partner_kind", "unknown partner kind");
                    p.kind = *pk;
                    p.home_country = r.text("home_country");
                    p.source = r.text("ref");
                    r.no_extra_fields();
                    fresh.add_partner(std::move(p));
                }
            } catch (error& x) {
                if (x.context().file.empty())
                    x.locate(file, line, column);
                throw;
            }
        }
    };
    add_all(vertex_kind::country);
    add_all(vertex_kind::city);
    add_all(vertex_kind::partner);

    std::size_t done = 0;
    for (auto e : graph.children("edge")) {
        const auto [line, column] = where(e);
        auto end_of = [&](const char* which) {
            const std::string xml_id = e.attribute(which).value();
            auto it = id_of.find(xml_id);
            return it == id_of.end() ? xml_id : it->second;
        };
        std::string from = end_of("source"), to = end_of("target");
        detail::graphml_element_reader r(values_of(e, "edge"), from + " -> " + to, file, line,
                                         column);
        const auto kind = parse_relation_kind(r.require("kind"));
        if (!kind)
            r.fail("kind", "unknown relation kind");
        // The declared source: `from`, else the ends' kinds, else the order given (as in JSON).
        if (const auto* declared = r.find("from")) {
            if (*declared != from && *declared != to)
                r.fail("from", "from must name the source or the target");
            if (*declared == to)
                std::swap(from, to);
        } else if (const auto u = fresh.vertex(from), v = fresh.vertex(to); u && v) {
            const auto& g = fresh.graph();
            if (!allows(*kind, detail::endpoint_of(g[*u]), detail::endpoint_of(g[*v])) &&
                allows(*kind, detail::endpoint_of(g[*v]), detail::endpoint_of(g[*u])))
                std::swap(from, to);
        }
        relationship rel(*kind, r.year("start"));
        if (r.find("end"))
            rel.end = r.year("end");
        for (const auto& f : detail::split_list(r.text("focus"))) {
            const auto area = parse_focus_area(f);
            if (!area)
                r.fail("focus", "unknown focus area \"" + f + "\"");
            rel.focus.insert(*area);
        }
        if (r.find("strength"))
            rel.strength = r.number("strength");
        rel.source = r.text("ref");
        rel.note = r.text("note");
        r.no_extra_fields();
        try {
            if (*kind == relation_kind::member_of) {
                const city* c = fresh.find_city(from);
                if (!c)
                    r.fail("kind", "member-of must join a city to a country");
                if (c->country != to)
                    r.fail("kind",
                           "member-of disagrees with the city's country \"" + c->country + "\"");
                if (rel.start != c->joined || rel.end)
                    r.fail("start", "member-of must start in the year the city joined (" +
                                        std::to_string(c->joined) + ") and have no end");
            } else
                fresh.add_relationship(from, to, std::move(rel));
        } catch (error& x) {
            if (x.context().file.empty())
                x.locate(file, line, column);
            throw;
        }
        if (progress && ++done % 4096 == 0)
            ascn::detail::report_progress(progress, 0.5, 1.0, "reading GraphML");
    }
    ascn::detail::report_progress(progress, 1.0, 1.0, "reading GraphML");
    net = std::move(fresh);
}

} // namespace ascn::io

#endif // ASCN_IO_GRAPHML_READER_HPP
