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
#include "ascn/io/orientation.hpp"
#include "ascn/io/table.hpp"
#include "ascn/progress.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <istream>
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

/// The node-link JSON document of a network (vertices in vertex order, relationships in edge
/// order, member-of included so that other tools see them), with each side table in `tables`
/// as a graph attribute of its name (docs/formats.md section 1.8). Throws `value_error` if
/// `layout` is flat and an alias is empty or contains ';' (the list separator), or for a table
/// `validate` rejects, two tables of one name or a table named `name`, `format` or `version`.
[[nodiscard]] inline nlohmann::ordered_json to_json(const network& net,
                                                    json_layout layout = json_layout::nested,
                                                    std::span<const side_table> tables = {}) {
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
    json nodes = json::array();
    const auto& g = net.graph();
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
        const auto& d = g[v];
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
        nodes.push_back(std::move(n));
    }
    json links = json::array();
    for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
        const relationship& r = g[*ei].value;
        json l;
        const auto u = net.from(*ei), v = net.to(*ei);
        l["source"] = std::string(g[u].id());
        l["target"] = std::string(g[v].id());
        // Undirected tools may swap source and target; where the ends' kinds would allow the
        // swapped link too, `from` keeps the declared source.
        if (detail::either_way(net, *ei))
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
        links.push_back(std::move(l));
    }
    doc["nodes"] = std::move(nodes);
    doc["links"] = std::move(links);
    return doc;
}

/// Writes `net` as node-link JSON (indented by `indent` spaces; -1 for one line), nested or
/// flat (see `json_layout`), with `tables` as graph attributes (see `to_json`).
inline void write_json(const network& net, std::ostream& out, int indent = 1,
                       json_layout layout = json_layout::nested,
                       std::span<const side_table> tables = {}) {
    // Invalid UTF-8 (possible only in networks built in code; the readers reject it) is
    // written as U+FFFD rather than throwing.
    out << to_json(net, layout, tables)
               .dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
        << '\n';
}

namespace detail {

/// A JSON value as an error message shows it: a scalar as JSON writes it, cut after 80 bytes
/// (at a character's start), an array or object by its size: never the whole of a value that
/// may be large or nested a million deep (dumping it would recurse that deep).
inline std::string shown(const nlohmann::json& v) {
    if (v.is_array())
        return "an array of " + std::to_string(v.size()) + (v.size() == 1 ? " item" : " items");
    if (v.is_object())
        return "an object of " + std::to_string(v.size()) +
               (v.size() == 1 ? " member" : " members");
    std::string text = v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (text.size() > 80) {
        std::size_t cut = 80;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut;
        text = text.substr(0, cut) + "...";
    }
    return text;
}

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
        seen_.insert(std::string(field));
        auto it = object_.find(std::string(field));
        return it == object_.end() || it->is_null() ? nullptr : &*it;
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
            if (!seen_.contains(it.key()))
                fail(it.key(), "unknown field");
    }

private:
    const nlohmann::json& object_;
    std::string path_;
    const std::string& file_;
    std::set<std::string> seen_;
};

// The records of a node or link object, its fields read and checked, shared by the network's
// reader and the scenario's (ascn/io/scenario.hpp). The caller reads `id` and `kind` as it
// needs and checks for extra fields.

/// A country's fields: `name`, and its day in `joined` (nested) or its year in `joined` and
/// its day in `joined_date` (flat), and `ref`.
inline country country_fields(json_object_reader& n) {
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
inline city city_fields(json_object_reader& n, const std::string& path, const std::string& file) {
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
        json_object_reader pr(*p, path + "/profile", file);
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
inline partner partner_fields(json_object_reader& n) {
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
inline relationship relationship_fields(json_object_reader& l) {
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

} // namespace detail

/// Builds a network from a node-link JSON document (as written by `write_json`, or by NetworkX
/// from a graph loaded from one). Vertices are added countries first, then cities, then
/// partners, so files need no particular order. The edges may be under `links` or `edges`, and a
/// link may list either end first: the ends' kinds say which is the declared source (a
/// support link goes from the partner to the city), or `from` where both orientations are
/// allowed. Member-of links are checked against each city's country and otherwise ignored (the
/// network makes them). Throws `parse_error` (with a JSON pointer to the field) or the network's
/// own errors.
[[nodiscard]] inline network network_from_json(const nlohmann::json& doc,
                                               const std::string& file = "<json>",
                                               const progress_callback& progress = {}) {
    using detail::json_object_reader;
    json_object_reader top(doc, "", file);
    if (top.find("directed")) // either value is accepted: ascn networks are undirected
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
    const std::string links_key = has_edges ? "edges" : "links";
    const auto& links = top.require(links_key);
    if (!nodes.is_array())
        top.fail("nodes", "expected an array");
    if (!links.is_array())
        top.fail(links_key, "expected an array");
    top.no_extra_fields();

    network net;
    // Progress: three passes over the nodes, one over the links.
    const double total =
        3.0 * static_cast<double>(nodes.size()) + static_cast<double>(links.size());
    double done = 0;
    auto tick = [&] {
        if (progress && static_cast<std::uint64_t>(++done) % 4096 == 0)
            ascn::detail::report_progress(progress, done, total, "reading JSON");
    };
    auto add_all = [&](vertex_kind which) {
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            tick();
            json_object_reader n(nodes[i], "/nodes/" + std::to_string(i), file);
            const std::string kind_text = n.string("kind");
            const auto kind = parse_vertex_kind(kind_text);
            if (!kind)
                n.fail("kind", "unknown vertex kind (city, country or partner)", kind_text);
            if (*kind != which)
                continue;
            try {
                if (which == vertex_kind::country) {
                    auto k = country_fields(n);
                    n.no_extra_fields();
                    net.add_country(std::move(k));
                } else if (which == vertex_kind::city) {
                    auto c = city_fields(n, "/nodes/" + std::to_string(i), file);
                    n.no_extra_fields();
                    net.add_city(std::move(c));
                } else {
                    auto p = partner_fields(n);
                    n.no_extra_fields();
                    net.add_partner(std::move(p));
                }
            } catch (error& e) {
                if (e.context().file.empty())
                    e.locate(file, 0, 0);
                throw;
            }
        }
    };
    add_all(vertex_kind::country);
    add_all(vertex_kind::city);
    add_all(vertex_kind::partner);

    for (std::size_t i = 0; i < links.size(); ++i) {
        tick();
        json_object_reader l(links[i], "/" + links_key + "/" + std::to_string(i), file);
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
        } else {
            const auto u = net.vertex(from), v = net.vertex(to);
            if (u && v) {
                const auto a = detail::endpoint_of(net.graph()[*u]),
                           b = detail::endpoint_of(net.graph()[*v]);
                if (!allows(*kind, a, b) && allows(*kind, b, a))
                    std::swap(from, to);
            }
        }
        relationship r = relationship_fields(l);
        if (l.find("key"))
            (void)l.require("key"); // NetworkX multigraph keys carry no meaning here
        l.no_extra_fields();
        try {
            if (*kind == relation_kind::member_of) {
                const city* c = net.find_city(from);
                if (!c)
                    l.fail("source", "member-of must join a city to a country", from);
                if (c->country != to)
                    l.fail(from == source ? "target" : "source",
                           "member-of disagrees with the city's country \"" + c->country + "\"",
                           to);
                if (r.start != c->joined || r.end)
                    l.fail("start", "member-of must start in the year the city joined (" +
                                        std::to_string(c->joined) + ") and have no end");
                continue;
            }
            net.add_relationship(from, to, std::move(r));
        } catch (error& e) {
            if (e.context().file.empty())
                e.locate(file, 0, 0);
            throw;
        }
    }
    return net;
}

namespace detail {
/// nlohmann's own document builder, behind a SAX handler that also finds a key given twice in
/// one object (the builder would keep the last value silently): it tracks where it is, as a
/// JSON pointer, and the keys of each open object (a short list searched in place, a hash set
/// past 16 keys, so that no object costs quadratic time). nlohmann's callback parser would do
/// the same 25 times slower; this costs a fraction over a plain parse.
class checked_document_builder {
public:
    using json = nlohmann::json;
    checked_document_builder(json& doc, const std::string& file)
        : dom_(doc)
        , file_(&file) {}

    bool null() { return value(), dom_.null(); }
    bool boolean(bool v) { return value(), dom_.boolean(v); }
    bool number_integer(json::number_integer_t v) { return value(), dom_.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return value(), dom_.number_unsigned(v); }
    bool number_float(json::number_float_t v, const json::string_t& s) {
        return value(), dom_.number_float(v, s);
    }
    bool string(json::string_t& v) { return value(), dom_.string(v); }
    bool binary(json::binary_t& v) { return value(), dom_.binary(v); }
    bool start_object(std::size_t n) {
        open(true);
        return dom_.start_object(n);
    }
    bool key(json::string_t& k) {
        check(k);
        return dom_.key(k);
    }
    bool end_object() {
        --depth_;
        value();
        return dom_.end_object();
    }
    bool start_array(std::size_t n) {
        open(false);
        return dom_.start_array(n);
    }
    bool end_array() {
        --depth_;
        value();
        return dom_.end_array();
    }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string& token, const Exception& e) {
        return dom_.parse_error(position, token, e); // throws e, as a plain parse does
    }

private:
    struct frame {
        bool object = false;
        std::vector<std::string> few;         // the keys so far, while there are few
        std::unordered_set<std::string> many; // then all of them
        std::string key;                      // the current key (objects)
        std::size_t index = 0;                // the current item (arrays)
    };
    // Frames are kept when closed and reused, with their lists' capacity: no allocation per
    // object once the first few are read.
    void open(bool object) {
        if (depth_ == open_.size())
            open_.emplace_back();
        auto& f = open_[depth_++];
        f.object = object;
        f.few.clear();
        if (!f.many.empty())
            f.many.clear();
        f.key.clear();
        f.index = 0;
    }
    void value() noexcept { // a value ended: the next item of an array
        if (depth_ > 0 && !open_[depth_ - 1].object)
            ++open_[depth_ - 1].index;
    }
    void check(const std::string& k) {
        auto& f = open_[depth_ - 1];
        bool seen;
        if (f.many.empty() && f.few.size() < 16) {
            seen = std::find(f.few.begin(), f.few.end(), k) != f.few.end();
            if (!seen)
                f.few.push_back(k);
        } else {
            if (f.many.empty())
                f.many.insert(f.few.begin(), f.few.end());
            seen = !f.many.insert(k).second;
        }
        if (seen) {
            std::string what = "key \"";
            what.append(k).append("\" is given twice in the object at ");
            if (depth_ == 1)
                what.append("the top level");
            for (std::size_t i = 0; i + 1 < depth_; ++i)
                what.append(1, '/').append(open_[i].object ? open_[i].key
                                                           : std::to_string(open_[i].index));
            what.append(" (JSON readers disagree on which one counts: keep one)");
            throw ascn::parse_error(what, {.field = k, .file = *file_});
        }
        f.key = k;
    }
    nlohmann::detail::json_sax_dom_parser<json> dom_;
    const std::string* file_;
    std::vector<frame> open_; // open_[0, depth_) are the open objects and arrays, outermost first
    std::size_t depth_ = 0;
};

/// Parses JSON text, or throws `parse_error` naming `file` (with the line and column of a
/// syntax error; a byte-order mark, a number too large for a double and a key given twice in
/// one object are errors too).
inline nlohmann::json parse_json_text(std::string_view text, const std::string& file) {
    if (text.starts_with("\xEF\xBB\xBF"))
        throw parse_error("file starts with a UTF-8 byte-order mark; save it without one",
                          {{}, {}, {}, file, 1, 1});
    nlohmann::json doc;
    try {
        checked_document_builder builder(doc, file);
        nlohmann::json::sax_parse(text.begin(), text.end(), &builder);
    } catch (const nlohmann::json::parse_error& e) {
        const auto [line, column] = detail::text_positions(text).at(e.byte == 0 ? 0 : e.byte - 1);
        std::string what = e.what();
        if (auto at = what.find("; last read"); at != std::string::npos)
            what = what.substr(0, at);
        if (auto at = what.find("] "); at != std::string::npos)
            what = what.substr(at + 2);
        throw parse_error("malformed JSON: " + what, {{}, {}, {}, file, line, column});
    } catch (const nlohmann::json::exception& e) {
        // For example a number too large for a double (out_of_range 406); no position is kept.
        std::string what = e.what();
        if (auto at = what.find("] "); at != std::string::npos)
            what = what.substr(at + 2);
        throw parse_error("malformed JSON: " + what, {{}, {}, {}, file, 0, 0});
    }
    return doc;
}
} // namespace detail

/// Reads node-link JSON text into `net`. On any error `net` is left untouched (the network is
/// built aside and swapped in). `file` names the input in error messages. Syntax errors carry
/// line and column; errors found by the reader name a JSON pointer (e.g. `/nodes/3/joined`) in
/// the message and the field; errors from the network name the id and field. `progress`
/// (optional) hears the fraction of nodes and links read, and may cancel (`cancelled_error`,
/// `net` untouched).
inline void read_json(std::string_view text, network& net, const std::string& file = "<json>",
                      const progress_callback& progress = {}) {
    const nlohmann::json doc = detail::parse_json_text(text, file);
    network fresh = network_from_json(doc, file, progress);
    ascn::detail::report_progress(progress, 1.0, 1.0, "reading JSON");
    net = std::move(fresh);
}

} // namespace ascn::io

#endif // ASCN_IO_JSON_HPP
