// SPDX-License-Identifier: MIT
/// \file
/// JSON in NetworkX's node-link form: read and write `ascn::network`.
///
/// `networkx.node_link_graph(json.load(f))` loads a written file as a `MultiGraph`; the exact
/// layout is in docs/formats.md. Needs nlohmann/json (Debian: nlohmann-json3-dev); the core
/// headers do not.
#ifndef ASCN_IO_JSON_HPP
#define ASCN_IO_JSON_HPP

#include "ascn/io/common.hpp"
#include "ascn/io/csv.hpp"
#include "ascn/io/json_items.hpp"
#include "ascn/io/json_sax.hpp"
#include "ascn/io/orientation.hpp"
#include "ascn/io/table.hpp"
#include "ascn/progress.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <istream>
#include <limits>
#include <ostream>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace ascn::io {

/// How `to_json` writes the attributes that are not scalars.
enum class json_layout {
    /// Lists as arrays, the profile as an object, a country's `joined` as its day: what Python
    /// code reads most directly.
    nested,
    /// Every attribute a scalar, as in GraphML (docs/formats.md section 1.7): lists joined with
    /// `;`, one number per focus area, a country's `joined` a year and its day in
    /// `joined_date`. NetworkX can write a graph loaded from it as GraphML or GEXF.
    flat,
};

namespace detail {
/// A side table as a graph attribute of node-link JSON: an array of objects, one per row, each
/// cell typed by its column and empty cells left out (nested), or the table's CSV text (flat).
inline nlohmann::ordered_json table_json(const side_table& t, json_layout layout) {
    using json = nlohmann::ordered_json;
    if (layout == json_layout::flat)
        return to_csv(t);
    validate(t);
    json rows = json::array();
    for (const auto& row : t.rows) {
        json r = json::object();
        for (std::size_t c = 0; c < row.size(); ++c) {
            const auto& cell = row[c];
            if (cell.empty())
                continue;
            const auto& name = t.columns[c].name;
            switch (t.columns[c].type) {
            case column_type::text:
                r[name] = cell;
                break;
            case column_type::integer:
                r[name] = std::stoll(cell); // validated
                break;
            case column_type::boolean:
                r[name] = cell == "true";
                break;
            case column_type::list:
                r[name] = split_list(cell);
                break;
            }
        }
        rows.push_back(std::move(r));
    }
    return rows;
}
} // namespace detail

namespace detail {
/// The top of a node-link document: `directed`, `multigraph` and `graph` (with the side
/// tables).
inline nlohmann::ordered_json json_head(json_layout layout, std::span<const side_table> tables) {
    using json = nlohmann::ordered_json;
    const bool flat = layout == json_layout::flat;
    json doc;
    doc["directed"] = false;
    doc["multigraph"] = true;
    doc["graph"] = {{"name", "ascn"},
                    {"format", flat ? "ascn-node-link-flat" : "ascn-node-link"},
                    {"version", 1}};
    for (const auto& t : tables) {
        if (doc["graph"].contains(t.name))
            throw value_error("a side table cannot be named \"" + t.name +
                                  "\": the graph attribute is taken",
                              {.id = t.name});
        doc["graph"][t.name] = detail::table_json(t, layout);
    }
    return doc;
}

/// Vertex `v` as a node object.
inline nlohmann::ordered_json node_json(const network& net, std::size_t v, bool flat) {
    using json = nlohmann::ordered_json;
    const auto& d = net.graph()[v];
    json n;
    n["id"] = std::string(d.id());
    n["kind"] = std::string(to_string(d.kind()));
    if (const city* c = d.city()) {
        n["name"] = c->name;
        n["country"] = c->country;
        n["joined"] = c->joined;
        if (c->location) {
            n["lat"] = c->location->lat;
            n["lon"] = c->location->lon;
        }
        if (c->population)
            n["population"] = *c->population;
        n["capital"] = c->capital;
        if (flat)
            n["roles"] = to_string(c->roles);
        else
            n["roles"] = detail::split_list(to_string(c->roles));
        n["roles_editorial"] = c->roles_editorial;
        if (flat)
            n["aliases"] = detail::list_field(c->aliases, c->id, "aliases");
        else
            n["aliases"] = c->aliases;
        json profile = json::object();
        for (auto a : all_focus_areas)
            profile[std::string(to_string(a))] = c->profile[a];
        if (flat)
            n.update(profile);
        else
            n["profile"] = profile;
        n["ref"] = c->source;
    } else if (const country* k = d.country()) {
        n["name"] = k->name;
        if (flat) {
            n["joined"] = k->joined.year;
            n["joined_date"] = to_string(k->joined);
        } else
            n["joined"] = to_string(k->joined);
        n["ref"] = k->source;
    } else if (const partner* p = d.partner()) {
        n["name"] = p->name;
        n["partner_kind"] = std::string(to_string(p->kind));
        if (!p->home_country.empty())
            n["home_country"] = p->home_country;
        n["ref"] = p->source;
    }
    return n;
}

/// Edge `e` as a link object.
inline nlohmann::ordered_json link_json(const network& net, network::edge_descriptor e, bool flat) {
    using json = nlohmann::ordered_json;
    const auto& g = net.graph();
    const relationship& r = g[e].value;
    json l;
    const auto u = net.from(e), v = net.to(e);
    l["source"] = std::string(g[u].id());
    l["target"] = std::string(g[v].id());
    // Undirected tools may swap source and target; where the ends' kinds would allow the
    // swapped link too, `from` keeps the declared source.
    if (detail::either_way(net, e))
        l["from"] = std::string(g[u].id());
    l["kind"] = std::string(to_string(r.kind));
    l["start"] = r.start;
    if (r.end)
        l["end"] = *r.end;
    if (flat)
        l["focus"] = to_string(r.focus);
    else
        l["focus"] = detail::split_list(to_string(r.focus));
    if (r.strength)
        l["strength"] = *r.strength;
    l["ref"] = r.source;
    l["note"] = r.note;
    return l;
}
} // namespace detail

/// The node-link JSON document of a network (vertices in vertex order, relationships in edge
/// order, member-of included so that other tools see them), with each side table in `tables`
/// as a graph attribute of its name (docs/formats.md section 1.8). Throws `value_error` if
/// `layout` is flat and an alias is empty or contains ';' (the list separator), or for a table
/// `validate` rejects, two tables of one name or a table named `name`, `format` or `version`.
/// `write_json` writes the same document without building it.
[[nodiscard]] inline nlohmann::ordered_json to_json(const network& net,
                                                    json_layout layout = json_layout::nested,
                                                    std::span<const side_table> tables = {}) {
    using json = nlohmann::ordered_json;
    const bool flat = layout == json_layout::flat;
    json doc = detail::json_head(layout, tables);
    json nodes = json::array();
    const auto& g = net.graph();
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v)
        nodes.push_back(detail::node_json(net, v, flat));
    json links = json::array();
    for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei)
        links.push_back(detail::link_json(net, *ei, flat));
    doc["nodes"] = std::move(nodes);
    doc["links"] = std::move(links);
    return doc;
}

namespace detail {
/// `value` as `dump(indent)` writes it at nesting `level`: every line after the first
/// indented by `level` more steps (JSON text has no raw line break inside a string).
inline void dump_at(std::ostream& out, const nlohmann::ordered_json& value, int indent, int level) {
    const std::string text =
        value.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    if (indent < 0) {
        out << text;
        return;
    }
    const std::string pad(static_cast<std::size_t>(indent * level), ' ');
    std::size_t from = 0;
    for (std::size_t at = text.find('\n'); at != std::string::npos;
         from = at + 1, at = text.find('\n', from))
        out.write(text.data() + from, static_cast<std::streamsize>(at + 1 - from)) << pad;
    out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}
} // namespace detail

/// Writes `net` as node-link JSON (indented by `indent` spaces; -1 for one line), nested or
/// flat (see `json_layout`), with `tables` as graph attributes (see `to_json`): the text of
/// `to_json(net, layout, tables).dump(indent)`, written one node and one link at a time (the
/// document is never held whole, so writing a million vertices costs no more memory than
/// one). Invalid UTF-8 (possible only in networks built in code; the readers reject it) is
/// written as U+FFFD rather than throwing.
inline void write_json(const network& net, std::ostream& out, int indent = 1,
                       json_layout layout = json_layout::nested,
                       std::span<const side_table> tables = {}) {
    using json = nlohmann::ordered_json;
    const bool flat = layout == json_layout::flat, pretty = indent >= 0;
    const std::string newline = pretty ? "\n" : "",
                      pad1(pretty ? static_cast<std::size_t>(indent) : 0, ' '),
                      pad2(pretty ? 2 * static_cast<std::size_t>(indent) : 0, ' '),
                      colon = pretty ? ": " : ":";
    const json head = detail::json_head(layout, tables);
    out << '{' << newline;
    for (const auto& [key, value] : head.items()) {
        out << pad1 << json(key).dump() << colon;
        detail::dump_at(out, value, indent, 1);
        out << ',' << newline;
    }
    // The two lists, item by item, laid out as dump() lays out an array at nesting 1.
    auto list = [&](const char* key, std::size_t count, auto&& item) {
        out << pad1 << '"' << key << '"' << colon;
        if (count == 0) {
            out << "[]";
            return;
        }
        out << '[' << newline;
        for (std::size_t i = 0; i < count; ++i) {
            if (i > 0)
                out << ',' << newline;
            out << pad2;
            detail::dump_at(out, item(), indent, 2);
        }
        out << newline << pad1 << ']';
    };
    const auto& g = net.graph();
    std::size_t v = 0;
    list("nodes", boost::num_vertices(g), [&] { return detail::node_json(net, v++, flat); });
    out << ',' << newline;
    auto e = boost::edges(g).first; // not a structured binding: clang 14 cannot capture one
    list("links", boost::num_edges(g), [&] { return detail::link_json(net, *e++, flat); });
    out << newline << "}\n";
}

namespace detail {

/// Reads typed fields from one JSON object, reporting errors with the file and a JSON pointer.
class json_object_reader {
public:
    json_object_reader(const nlohmann::json& object, std::string path, const std::string& file)
        : object_(object)
        , path_(std::move(path))
        , file_(file) {
        if (!object_.is_object())
            fail("", "expected an object");
    }

    [[noreturn]] void fail(std::string_view field, const std::string& what,
                           std::string value = {}) const {
        std::string id;
        if (auto it = object_.find("id");
            object_.is_object() && it != object_.end() && it->is_string())
            id = it->get<std::string>();
        const std::string where = path_ + (field.empty() ? "" : "/") + std::string(field);
        throw parse_error(what + " at " + (where.empty() ? std::string("the top level") : where),
                          {id, std::string(field), std::move(value), file_, 0, 0});
    }

    [[nodiscard]] const nlohmann::json* find(std::string_view field) {
        auto it = object_.find(std::string(field));
        if (it == object_.end())
            return nullptr;
        seen_.push_back(&it.key());
        return it->is_null() ? nullptr : &*it;
    }
    [[nodiscard]] const nlohmann::json& require(std::string_view field) {
        const auto* v = find(field);
        if (!v)
            fail(field, "missing field");
        return *v;
    }
    [[nodiscard]] std::string string(std::string_view field) {
        const auto& v = require(field);
        if (!v.is_string())
            fail(field, "expected a string", shown(v));
        return v.get<std::string>();
    }
    [[nodiscard]] std::string optional_string(std::string_view field) {
        const auto* v = find(field);
        if (!v)
            return {};
        if (!v->is_string())
            fail(field, "expected a string", shown(*v));
        return v->get<std::string>();
    }
    [[nodiscard]] long long integer(std::string_view field) {
        const auto& v = require(field);
        if (!v.is_number_integer())
            fail(field, "expected an integer", shown(v));
        if (v.is_number_unsigned() &&
            v.get<unsigned long long>() > static_cast<unsigned long long>(LLONG_MAX))
            fail(field, "integer out of range", shown(v));
        return v.get<long long>();
    }
    [[nodiscard]] std::optional<long long> optional_integer(std::string_view field) {
        if (!find(field))
            return std::nullopt;
        return integer(field);
    }
    [[nodiscard]] int year(std::string_view field) {
        const long long y = integer(field);
        if (y < min_year || y > max_year) {
            std::string id;
            if (auto it = object_.find("id"); it != object_.end() && it->is_string())
                id = it->get<std::string>();
            throw value_error(
                "year " + std::to_string(y) + " is outside [" + std::to_string(min_year) + ", " +
                    std::to_string(max_year) + "] at " + path_ + "/" + std::string(field),
                {id, std::string(field), std::to_string(y), file_, 0, 0}, errc::year_out_of_range);
        }
        return static_cast<int>(y);
    }
    [[nodiscard]] double number(std::string_view field) {
        const auto& v = require(field);
        if (!v.is_number())
            fail(field, "expected a number", shown(v));
        return v.get<double>();
    }
    [[nodiscard]] bool boolean(std::string_view field) {
        const auto& v = require(field);
        if (!v.is_boolean())
            fail(field, "expected true or false", shown(v));
        return v.get<bool>();
    }
    [[nodiscard]] std::vector<std::string> strings(std::string_view field) {
        const auto& v = require(field);
        if (!v.is_array())
            fail(field, "expected an array of strings", shown(v));
        std::vector<std::string> out;
        for (const auto& x : v) {
            if (!x.is_string())
                fail(field, "expected an array of strings", shown(v));
            out.push_back(x.get<std::string>());
        }
        return out;
    }
    /// A list: an array of strings, or (the flat layout) one string of items joined with `;`
    /// (empty items dropped).
    [[nodiscard]] std::vector<std::string> list(std::string_view field) {
        const auto& v = require(field);
        if (v.is_string())
            return split_list(v.get<std::string>());
        if (!v.is_array())
            fail(field, "expected an array of strings or a ;-separated string", shown(v));
        return strings(field);
    }
    /// Fails on any field not read so far.
    void no_extra_fields() const {
        for (auto it = object_.begin(); it != object_.end(); ++it)
            if (std::find(seen_.begin(), seen_.end(), &it.key()) == seen_.end())
                fail(it.key(), "unknown field");
    }

private:
    const nlohmann::json& object_;
    std::string path_;
    const std::string& file_;
    // The members read so far, by the address of their key in the object: no copy of a name
    // (a reader is made for every node and link of a file).
    std::vector<const std::string*> seen_;
};

// The records of a node or link object, its fields read and checked, shared by the network's
// reader and the scenario's (ascn/io/scenario.hpp). The caller reads `id` and `kind` as it
// needs and checks for extra fields.

/// A country's fields: `name`, and its day in `joined` (nested) or its year in `joined` and
/// its day in `joined_date` (flat), and `ref`.
template <class Reader>
inline country country_fields(Reader& n) {
    country k;
    k.id = n.string("id");
    k.name = n.string("name");
    const bool flat = n.find("joined_date") != nullptr;
    const std::string joined = n.string(flat ? "joined_date" : "joined");
    const auto date = parse_date(joined);
    if (!date)
        n.fail(flat ? "joined_date" : "joined", "expected a date YYYY-MM-DD", joined);
    if (flat && n.integer("joined") != date->year)
        n.fail("joined", "joined must be the year of joined_date", shown(n.require("joined")));
    k.joined = *date;
    k.source = n.optional_string("ref");
    return k;
}

/// A city's fields, the profile as an object (`path` is the node's JSON pointer, for its
/// errors) or, flat, as a number per focus area.
template <class Reader>
inline city city_fields(Reader& n, const std::string& path, const std::string& file) {
    city c;
    c.id = n.string("id");
    c.name = n.string("name");
    c.country = n.string("country");
    c.joined = n.year("joined");
    const bool has_lat = n.find("lat") != nullptr, has_lon = n.find("lon") != nullptr;
    if (has_lat != has_lon)
        n.fail(has_lat ? "lon" : "lat", "lat and lon go together");
    if (has_lat)
        c.location = geo_point{n.number("lat"), n.number("lon")};
    c.population = n.optional_integer("population");
    c.capital = n.find("capital") ? n.boolean("capital") : false;
    if (n.find("roles"))
        for (const auto& r : n.list("roles")) {
            auto role = parse_city_role(r);
            if (!role)
                n.fail("roles", "unknown city role", r);
            c.roles.insert(*role);
        }
    c.roles_editorial = n.find("roles_editorial") ? n.boolean("roles_editorial") : false;
    if (n.find("aliases"))
        c.aliases = n.list("aliases");
    if (const auto* p = n.find("profile")) {
        Reader pr(*p, path + "/profile", file);
        for (auto a : all_focus_areas)
            if (pr.find(to_string(a)))
                c.profile[a] = pr.number(to_string(a));
        pr.no_extra_fields();
        for (auto a : all_focus_areas)
            if (n.find(to_string(a)))
                n.fail(to_string(a), "the profile is given twice, as an object and as a number "
                                     "per focus area");
    } else // the flat layout: one number per focus area
        for (auto a : all_focus_areas)
            if (n.find(to_string(a)))
                c.profile[a] = n.number(to_string(a));
    c.source = n.optional_string("ref");
    return c;
}

/// A partner's fields: `name`, `partner_kind`, `home_country`, `ref`.
template <class Reader>
inline partner partner_fields(Reader& n) {
    partner p;
    p.id = n.string("id");
    p.name = n.string("name");
    const std::string pk = n.string("partner_kind");
    const auto kind = parse_partner_kind(pk);
    if (!kind)
        n.fail("partner_kind", "unknown partner kind", pk);
    p.kind = *kind;
    p.home_country = n.optional_string("home_country");
    p.source = n.optional_string("ref");
    return p;
}

/// A link's relationship: `kind`, `start`, `end`, `focus`, `strength`, `ref`, `note`.
template <class Reader>
inline relationship relationship_fields(Reader& l) {
    const std::string kind_text = l.string("kind");
    const auto kind = parse_relation_kind(kind_text);
    if (!kind)
        l.fail("kind", "unknown relation kind", kind_text);
    relationship r(*kind, l.year("start"));
    if (l.find("end"))
        r.end = l.year("end");
    if (l.find("focus"))
        for (const auto& f : l.list("focus")) {
            auto area = parse_focus_area(f);
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

/// Builds a network from the nodes and links of a node-link document, given one at a time
/// (whole documents and streamed ones alike): nodes are read into records as they come and
/// added countries first, then cities, then partners (`add_nodes`), so files need no particular
/// order; links after that. Errors name the file and the item's JSON pointer.
class node_link_assembler {
public:
    explicit node_link_assembler(const std::string& file)
        : file_(&file) {}

    /// Reads node `index` into its record (not yet into the network).
    void node(const nlohmann::json& n, std::size_t index) {
        const std::string path = "/nodes/" + std::to_string(index);
        json_object_reader r(n, path, *file_);
        node_fields(r, path);
    }
    /// The same from a reader of the node's fields, at JSON pointer `path`.
    template <class Reader>
    void node_fields(Reader& r, const std::string& path) {
        const std::string kind_text = r.string("kind");
        const auto kind = parse_vertex_kind(kind_text);
        if (!kind)
            r.fail("kind", "unknown vertex kind (city, country or partner)", kind_text);
        if (*kind == vertex_kind::country)
            countries_.push_back(country_fields(r));
        else if (*kind == vertex_kind::city)
            cities_.push_back(city_fields(r, path, *file_));
        else
            partners_.push_back(partner_fields(r));
        r.no_extra_fields();
    }

    /// Adds the nodes read so far: countries, then cities, then partners (room made for all of
    /// them first, so that the network's tables grow once).
    void add_nodes() {
        located([&] {
            net_.reserve(net_.num_vertices() + countries_.size() + cities_.size() +
                         partners_.size());
            for (auto& k : countries_)
                net_.add_country(std::move(k));
            for (auto& c : cities_)
                net_.add_city(std::move(c));
            for (auto& p : partners_)
                net_.add_partner(std::move(p));
        });
        countries_ = {};
        cities_ = {};
        partners_ = {};
    }

    /// Adds link `index` of the list `links_key` (`links` or `edges`), after `add_nodes`.
    void link(const nlohmann::json& link, std::size_t index, const std::string& links_key) {
        json_object_reader l(link, "/" + links_key + "/" + std::to_string(index), *file_);
        link_fields(l);
    }
    /// The same from a reader of the link's fields.
    template <class Reader>
    void link_fields(Reader& l) {
        const std::string source = l.string("source");
        std::string from = source, to = l.string("target");
        const std::string kind_text = l.string("kind");
        const auto kind = parse_relation_kind(kind_text);
        if (!kind)
            l.fail("kind", "unknown relation kind", kind_text);
        // Which end is the declared source: `from` if given, else the ends' kinds; only when
        // both orientations are allowed and `from` is missing does the order of the file count.
        if (l.find("from")) {
            const std::string declared = l.string("from");
            if (declared != from && declared != to)
                l.fail("from", "from must name the source or the target", declared);
            if (declared == to)
                std::swap(from, to);
        }
        auto u = net_.vertex(from), v = net_.vertex(to);
        if (!l.find("from") && u && v) {
            const auto a = endpoint_of(net_.graph()[*u]), b = endpoint_of(net_.graph()[*v]);
            if (!allows(*kind, a, b) && allows(*kind, b, a)) {
                std::swap(from, to);
                std::swap(u, v);
            }
        }
        relationship r = relationship_fields(l);
        if (l.find("key"))
            (void)l.require("key"); // NetworkX multigraph keys carry no meaning here
        l.no_extra_fields();
        if (*kind == relation_kind::member_of) {
            const city* c = net_.find_city(from);
            if (!c)
                l.fail("source", "member-of must join a city to a country", from);
            if (c->country != to)
                l.fail(from == source ? "target" : "source",
                       "member-of disagrees with the city's country \"" + c->country + "\"", to);
            if (r.start != c->joined || r.end)
                l.fail("start", "member-of must start in the year the city joined (" +
                                    std::to_string(c->joined) + ") and have no end");
            return;
        }
        located([&] {
            if (u && v) // both ends found once, for the orientation and the edge
                net_.add_relationship(net_.handle(*u), net_.handle(*v), std::move(r));
            else // the network names the missing end
                net_.add_relationship(from, to, std::move(r));
        });
    }

    [[nodiscard]] network take() { return std::move(net_); }

private:
    template <class F>
    void located(F&& f) {
        try {
            f();
        } catch (error& e) {
            if (e.context().file.empty())
                e.locate(*file_, 0, 0);
            throw;
        }
    }
    const std::string* file_;
    std::vector<country> countries_;
    std::vector<city> cities_;
    std::vector<partner> partners_;
    network net_;
};

/// The top level of a node-link document, checked: `directed` and `multigraph` booleans if
/// given (either value: ascn networks are undirected), `graph` an object, `nodes` an array, the
/// links under `links` or `edges` (not both), nothing else. Returns the links' key.
inline std::string check_top_level(const nlohmann::json& doc, const std::string& file) {
    json_object_reader top(doc, "", file);
    if (top.find("directed"))
        (void)top.boolean("directed");
    if (top.find("multigraph"))
        (void)top.boolean("multigraph");
    if (top.find("graph") && !top.require("graph").is_object())
        top.fail("graph", "expected an object");
    const auto& nodes = top.require("nodes");
    // NetworkX 2.x writes the edges under "links", 3.4 and later by default under "edges".
    const bool has_edges = top.find("edges") != nullptr;
    if (has_edges && top.find("links"))
        top.fail("edges", "links and edges both given; keep one");
    std::string links_key = has_edges ? "edges" : "links";
    const auto& links = top.require(links_key);
    if (!nodes.is_array())
        top.fail("nodes", "expected an array");
    if (!links.is_array())
        top.fail(links_key, "expected an array");
    top.no_extra_fields();
    return links_key;
}

/// The sink of `read_json`: nodes go to the assembler as each ends, and links too once every
/// node is in (a file with its links before its nodes keeps the links until the nodes are in).
class node_link_stream final : public json_item_sink {
public:
    node_link_stream(node_link_assembler& assembler, const std::string& file,
                     const progress_callback& progress, const char* const* position,
                     std::string_view text)
        : assembler_(&assembler)
        , file_(&file)
        , progress_(&progress)
        , position_(position)
        , text_(text) {}

    void item(const std::string& member, std::size_t index, nlohmann::json& array) override {
        if (member == "nodes") {
            assembler_->node(array.back(), index);
            array.get_ref<nlohmann::json::array_t&>().pop_back();
        } else if (member == "links" || member == "edges") {
            if (!links_key_.empty() && links_key_ != member)
                json_object_reader(nlohmann::json::object(), "", *file_)
                    .fail("edges", "links and edges both given; keep one");
            links_key_ = member;
            if (!nodes_added_)
                return; // kept in the document until the nodes are in
            assembler_->link(array.back(), index, member);
            array.get_ref<nlohmann::json::array_t&>().pop_back();
        } else
            return;
        if (*progress_ && (++items_ & 4095) == 0)
            ascn::detail::report_progress(*progress_,
                                          static_cast<double>(*position_ - text_.data()),
                                          static_cast<double>(text_.size()), "reading JSON");
    }
    void member_ended(const std::string& member, nlohmann::json& value) override {
        if (member == "nodes" && value.is_array()) {
            assembler_->add_nodes();
            nodes_added_ = true;
        }
    }
    [[nodiscard]] bool nodes_added() const noexcept { return nodes_added_; }

private:
    node_link_assembler* assembler_;
    const std::string* file_;
    const progress_callback* progress_;
    const char* const* position_;
    std::string_view text_;
    std::string links_key_;
    bool nodes_added_ = false;
    std::size_t items_ = 0;
};

} // namespace detail

/// Builds a network from a node-link JSON document (as written by `write_json`, or by NetworkX
/// from a graph loaded from one). Vertices are added countries first, then cities, then
/// partners, so files need no particular order. The edges may be under `links` or `edges`, and a
/// link may list either end first: the ends' kinds say which is the declared source (a
/// support link goes from the partner to the city), or `from` where both orientations are
/// allowed. Member-of links are checked against each city's country and otherwise ignored (the
/// network makes them). Throws `parse_error` (with a JSON pointer to the field) or the network's
/// own errors. `read_json` does the same from text without holding the whole document.
[[nodiscard]] inline network network_from_json(const nlohmann::json& doc,
                                               const std::string& file = "<json>",
                                               const progress_callback& progress = {}) {
    const std::string links_key = detail::check_top_level(doc, file);
    const auto& nodes = doc["nodes"];
    const auto& links = doc[links_key];
    // Progress: the nodes read, the nodes added (counted as many), the links.
    const double total =
        2.0 * static_cast<double>(nodes.size()) + static_cast<double>(links.size());
    double done = 0;
    auto tick = [&](double n = 1) {
        done += n;
        if (progress && (static_cast<std::uint64_t>(done) & 4095) == 0)
            ascn::detail::report_progress(progress, done, total, "reading JSON");
    };
    detail::node_link_assembler assembler(file);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        tick();
        assembler.node(nodes[i], i);
    }
    assembler.add_nodes();
    tick(static_cast<double>(nodes.size()));
    for (std::size_t i = 0; i < links.size(); ++i) {
        tick();
        assembler.link(links[i], i, links_key);
    }
    return assembler.take();
}

namespace detail {
/// The fast path of `read_json` (see ascn/io/json_items.hpp): the network, or `not_fast` where
/// the text needs nlohmann's parser. Errors in the items are thrown as the other path throws
/// them. `size` is the length of the text (for progress; 0 if not known).
inline network read_json_fast(node_link_scanner& scanner, std::uint64_t size,
                              const std::string& file, const progress_callback& progress) {
    node_link_assembler assembler(file);
    nlohmann::json top = nlohmann::json::object();
    bool nodes_added = false;
    std::string links_key;
    std::size_t items = 0;
    std::string path;
    scanner.scan(
        [&](std::string_view key, std::string_view value) {
            try {
                top[std::string(key)] = parse_json_text(value, file);
            } catch (const parse_error&) {
                throw not_fast{};
            }
        },
        [&](std::string_view key) {
            if (key == "nodes")
                return;
            if (!nodes_added || !links_key.empty()) // links first, or links and edges
                throw not_fast{};
            links_key = key;
        },
        [&](std::string_view key, std::size_t index, const fast_value& item) {
            path.assign(1, '/').append(key).append(1, '/').append(std::to_string(index));
            fast_object_reader r(item, path, file);
            if (key == "nodes")
                assembler.node_fields(r, path);
            else
                assembler.link_fields(r);
            if (progress && size > 0 && (++items & 4095) == 0)
                ascn::detail::report_progress(progress, static_cast<double>(scanner.offset()),
                                              static_cast<double>(size), "reading JSON");
        },
        [&](std::string_view key) {
            top[std::string(key)] = nlohmann::json::array();
            if (key == "nodes") {
                assembler.add_nodes();
                nodes_added = true;
            }
        });
    check_top_level(top, file);
    if (!nodes_added) // no nodes: check_top_level has thrown
        throw not_fast{};
    return assembler.take();
}

/// The fast path over text given whole.
inline network read_json_fast(std::string_view text, const std::string& file,
                              const progress_callback& progress) {
    node_link_scanner scanner(text);
    return read_json_fast(scanner, text.size(), file, progress);
}

/// The other path of `read_json`: nlohmann's parser, each node and link handed over as it ends.
inline network read_json_slow(std::string_view text, const std::string& file,
                              const progress_callback& progress) {
    node_link_assembler assembler(file);
    const char* position = text.data();
    node_link_stream stream(assembler, file, progress, &position, text);
    nlohmann::json doc;
    parse_json_text(text, file, doc, &stream, &position);
    // What the stream kept: the top level, and the links when they came before the nodes.
    const std::string links_key = check_top_level(doc, file);
    if (!stream.nodes_added())
        assembler.add_nodes();
    const auto& links = doc[links_key];
    for (std::size_t i = 0; i < links.size(); ++i)
        assembler.link(links[i], i, links_key);
    return assembler.take();
}

/// Bytes `read_json_file` reads at a time (its buffer holds one or two blocks).
inline constexpr std::size_t json_block_size = std::size_t{16} << 20;

/// `read_json_file` with the block size given (the tests cut files into tiny blocks).
inline network read_json_file(const std::string& path, const progress_callback& progress,
                              std::size_t block) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw io_error("cannot open file for reading", {.file = path});
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    try {
        node_link_scanner scanner(
            [&](char* to, std::size_t n) -> std::size_t {
                in.read(to, static_cast<std::streamsize>(n));
                if (in.bad())
                    throw io_error("cannot read file", {.file = path});
                return static_cast<std::size_t>(in.gcount());
            },
            block);
        return read_json_fast(scanner, ec ? 0 : size, path, progress);
    } catch (const not_fast&) {
        // Rare (see ascn/io/json_items.hpp): the whole text, for nlohmann's parser.
        in.close();
        return read_json_slow(read_file(path, std::numeric_limits<std::uintmax_t>::max()), path,
                              progress);
    }
}
} // namespace detail

/// Reads node-link JSON text into `net`. On any error `net` is left untouched (the network is
/// built aside and swapped in). `file` names the input in error messages. Syntax errors carry
/// line and column; errors found by the reader name a JSON pointer (e.g. `/nodes/3/joined`) in
/// the message and the field; errors from the network name the id and field. `progress`
/// (optional) hears the fraction of the text read, and may cancel (`cancelled_error`, `net`
/// untouched).
///
/// The text is read as a stream: each node and link is read as it ends and then dropped, so
/// memory is the network's and the text's, never a document's (a parsed document takes about
/// ten times its text). Text as `write_json`, NetworkX and most tools write it goes through a
/// scanner made for node-link files (ascn/io/json_items.hpp); anything else, a syntax error
/// included, is read again by nlohmann's parser, which finds and words the problem. An error
/// in a node or link is found as the reader reaches it, before any later syntax error.
inline void read_json(std::string_view text, network& net, const std::string& file = "<json>",
                      const progress_callback& progress = {}) {
    network fresh;
    try {
        fresh = detail::read_json_fast(text, file, progress);
    } catch (const detail::not_fast&) {
        fresh = detail::read_json_slow(text, file, progress);
    }
    ascn::detail::report_progress(progress, 1.0, 1.0, "reading JSON");
    net = std::move(fresh);
}

/// Reads the node-link JSON file at `path` into `net`: `read_json` of its text (the same
/// network, the same errors, `path` naming the file in them; `io_error` if it cannot be read),
/// without holding the text. The file is read 16 MiB at a time, each node and link read from
/// the block as it comes, so memory is the network's and one or two blocks' (an item larger
/// than a block grows the buffer). Only a file the fast scanner leaves to nlohmann's parser
/// (see `read_json`: a syntax error, links before nodes, deeper nesting) is then read again
/// whole. No size limit applies (the text is not held). `progress` hears the fraction of the
/// file read. On any error `net` is untouched.
inline void read_json_file(const std::string& path, network& net,
                           const progress_callback& progress = {}) {
    network fresh = detail::read_json_file(path, progress, detail::json_block_size);
    ascn::detail::report_progress(progress, 1.0, 1.0, "reading JSON");
    net = std::move(fresh);
}

} // namespace ascn::io

#endif // ASCN_IO_JSON_HPP
