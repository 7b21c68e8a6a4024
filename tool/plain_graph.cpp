// SPDX-License-Identifier: MIT
#include "plain_graph.hpp"

#include <ascn/error.hpp>
#include <ascn/io/json.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>

namespace ascn_tool {

namespace {

constexpr double missing = std::numeric_limits<double>::quiet_NaN();

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Ids to vertex numbers, looked up by string_view without a copy.
struct id_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
        return std::hash<std::string_view>{}(s);
    }
};

class vertex_table {
public:
    explicit vertex_table(plain_graph& g)
        : g_(g) {}
    std::uint32_t operator()(std::string_view id) {
        if (auto it = index_.find(id); it != index_.end())
            return it->second;
        const auto v = static_cast<std::uint32_t>(g_.ids.size());
        g_.ids.emplace_back(id);
        index_.emplace(g_.ids.back(), v);
        return v;
    }

private:
    plain_graph& g_;
    std::unordered_map<std::string, std::uint32_t, id_hash, std::equal_to<>> index_;
};

// Adds an edge (self-loops counted and left out); returns false for a self-loop.
bool add_edge(plain_graph& g, std::uint32_t u, std::uint32_t v) {
    if (u == v) {
        ++g.self_loops;
        return false;
    }
    g.edges.emplace_back(u, v);
    return true;
}

// Throws for the first pair given twice; `where(e)` describes edge e's place in the file.
template <class Where>
void reject_duplicates(const plain_graph& g, Where where) {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keys(g.edges.size());
    for (std::uint32_t e = 0; e < g.edges.size(); ++e) {
        const auto [u, v] = g.edges[e];
        keys[e] = {(std::uint64_t{std::min(u, v)} << 32) | std::max(u, v), e};
    }
    std::sort(keys.begin(), keys.end());
    for (std::size_t i = 1; i < keys.size(); ++i)
        if (keys[i].first == keys[i - 1].first) {
            const auto [u, v] = g.edges[keys[i].second];
            throw ascn::parse_error("the edge " + g.ids[u] + " - " + g.ids[v] +
                                        " is given twice (" + where(keys[i - 1].second, false) +
                                        " and " + where(keys[i].second, true) +
                                        "); a plain graph has one edge per pair: merge them first",
                                    where.context(keys[i].second));
        }
}

std::optional<double> number(std::string_view s) {
    // from_chars takes no leading '+', which some writers print.
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    double x = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), x);
    if (s.empty() || end != s.data() + s.size() ||
        (ec != std::errc() && ec != std::errc::result_out_of_range))
        return std::nullopt;
    if (ec == std::errc::result_out_of_range) // underflow: a denormal or 0 is the value meant
        return std::abs(x) < 1 ? 0.0 : std::numeric_limits<double>::infinity();
    return x;
}

} // namespace

bool is_edge_list(std::string_view path) {
    const auto dot = path.rfind('.');
    if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos)
        return false;
    const std::string ext = lower(path.substr(dot + 1));
    return ext == "csv" || ext == "tsv" || ext == "txt" || ext == "edges" || ext == "edgelist" ||
           ext == "el";
}

plain_graph read_edge_list(std::string_view text, const std::string& file) {
    const auto dot = file.rfind('.');
    const std::string ext = dot == std::string::npos ? std::string() : lower(file.substr(dot + 1));
    const char sep = ext == "csv" ? ',' : ext == "tsv" ? '\t' : ' '; // ' ': any whitespace

    plain_graph g;
    vertex_table vertex(g);
    std::vector<std::size_t> line_of; // by edge
    std::vector<std::string_view> fields;
    std::string unquoted; // storage for a quoted field's text
    std::vector<std::string> quoted_fields;
    bool header_seen = false, has_header = false;
    std::size_t line = 0;

    const auto fail = [&](const std::string& what, std::string field = {}) {
        throw ascn::parse_error(what, {.field = std::move(field), .file = file, .line = line});
    };
    // Splits one line into `fields` (views into the line, or into quoted_fields).
    const auto split = [&](std::string_view s) {
        fields.clear();
        quoted_fields.clear();
        if (sep == ' ') {
            std::size_t i = 0;
            while (i < s.size()) {
                while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
                    ++i;
                if (i == s.size())
                    break;
                const auto start = i;
                while (i < s.size() && s[i] != ' ' && s[i] != '\t')
                    ++i;
                fields.push_back(s.substr(start, i - start));
            }
            return;
        }
        // Views into quoted_fields must stay valid: room for every field of the line.
        if (s.find('"') != std::string_view::npos)
            quoted_fields.reserve(static_cast<std::size_t>(std::count(s.begin(), s.end(), sep)) +
                                  1);
        std::size_t i = 0;
        while (true) {
            if (i < s.size() && s[i] == '"' && sep == ',') {
                std::string q;
                ++i;
                while (true) {
                    if (i >= s.size())
                        fail("a quoted field is not closed on its line");
                    if (s[i] == '"') {
                        if (i + 1 < s.size() && s[i + 1] == '"') {
                            q += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    q += s[i++];
                }
                if (i < s.size() && s[i] != sep)
                    fail("text after a closing quote");
                quoted_fields.push_back(std::move(q));
                fields.push_back(quoted_fields.back());
            } else {
                const auto end = std::min(s.find(sep, i), s.size());
                fields.push_back(s.substr(i, end - i));
                i = end;
            }
            if (i >= s.size())
                break;
            ++i; // the separator
            if (i == s.size()) {
                fields.push_back({});
                break;
            }
        }
    };
    static const std::vector<std::pair<std::string, std::string>> header_pairs = {
        {"source", "target"}, {"from", "to"}, {"u", "v"}, {"node1", "node2"}, {"src", "dst"}};

    std::size_t pos = 0;
    while (pos < text.size()) {
        ++line;
        auto end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view s = text.substr(pos, end - pos);
        pos = end + 1;
        if (!s.empty() && s.back() == '\r')
            s.remove_suffix(1);
        if (line == 1 && s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF")
            s.remove_prefix(3); // a byte-order mark, as spreadsheet programs write
        const auto first = s.find_first_not_of(" \t");
        if (first == std::string_view::npos || s[first] == '#')
            continue;
        split(s);
        if (!header_seen) {
            header_seen = true;
            if (fields.size() >= 2) {
                const auto a = lower(fields[0]), b = lower(fields[1]);
                const bool is_header =
                    std::any_of(header_pairs.begin(), header_pairs.end(),
                                [&](const auto& p) { return p.first == a && p.second == b; });
                if (is_header) {
                    has_header = true;
                    for (std::size_t c = 2; c < fields.size(); ++c) {
                        std::string name(fields[c]);
                        if (name.empty())
                            fail("column " + std::to_string(c + 1) + " of the header has no name");
                        if (std::find(g.attributes.begin(), g.attributes.end(), name) !=
                            g.attributes.end())
                            fail("the header names " + name + " twice", name);
                        g.attributes.push_back(std::move(name));
                    }
                    g.values.resize(g.attributes.size());
                    continue;
                }
            }
        }
        if (fields.size() < 2)
            fail("an edge needs a source and a target (found " + std::to_string(fields.size()) +
                 " field" + (fields.size() == 1 ? "" : "s") + ")");
        if (fields[0].empty() || fields[1].empty())
            fail("an edge's source and target must not be empty",
                 fields[0].empty() ? "source" : "target");
        if (fields.size() - 2 > g.attributes.size()) {
            if (has_header)
                fail("the line has " + std::to_string(fields.size()) + " fields, the header " +
                     std::to_string(g.attributes.size() + 2));
            // Without a header the columns after the ids are weight, column4, column5, ...;
            // earlier lines had no value there.
            while (g.attributes.size() < fields.size() - 2) {
                g.attributes.push_back(g.attributes.empty()
                                           ? std::string("weight")
                                           : "column" + std::to_string(g.attributes.size() + 3));
                g.values.emplace_back(g.edges.size(), missing);
            }
        }
        const auto u = vertex(fields[0]), v = vertex(fields[1]);
        if (!add_edge(g, u, v))
            continue;
        line_of.push_back(line);
        for (std::size_t c = 0; c < g.attributes.size(); ++c) {
            double x = missing;
            if (c + 2 < fields.size() && !fields[c + 2].empty()) {
                const auto n = number(fields[c + 2]);
                if (!n)
                    fail("\"" + std::string(fields[c + 2]) + "\" is not a number", g.attributes[c]);
                x = *n;
            }
            g.values[c].push_back(x);
        }
    }
    struct {
        const std::vector<std::size_t>& lines;
        const std::string& file;
        std::string operator()(std::uint32_t e, bool) const {
            return "line " + std::to_string(lines[e]);
        }
        ascn::error_context context(std::uint32_t e) const {
            return {.file = file, .line = lines[e]};
        }
    } where{line_of, file};
    reject_duplicates(g, where);
    return g;
}

bool is_plain_node_link(std::string_view text) {
    return text.find("\"kind\"") == std::string_view::npos;
}

plain_graph read_plain_node_link(std::string_view text, const std::string& file) {
    // The library's parse: syntax errors at their line and column, a number too large for a
    // double an error (not an escaping nlohmann exception), a byte-order mark refused.
    nlohmann::json doc = ascn::io::detail::parse_json_text(text, file);
    const auto fail = [&](const std::string& what, const std::string& at) {
        throw ascn::parse_error(what + " at " + at, {.field = at, .file = file});
    };
    if (!doc.is_object())
        fail("expected a node-link object", "/");
    for (const char* flag : {"directed", "multigraph"})
        if (doc.contains(flag) && doc[flag].is_boolean() && doc[flag].get<bool>())
            fail(std::string("a ") + (flag[0] == 'd' ? "directed" : "multi") +
                     "graph: the graph commands read undirected simple graphs",
                 std::string("/") + flag);
    if (!doc.contains("nodes") || !doc["nodes"].is_array())
        fail("expected an array of nodes", "/nodes");
    const char* key = doc.contains("links") ? "links" : "edges";
    if (!doc.contains(key) || !doc[key].is_array())
        fail("expected an array of links (\"links\", or \"edges\" as NetworkX 3.4 writes)",
             "/links");

    plain_graph g;
    vertex_table vertex(g);
    // A node's id: a string, or a number written as JSON writes it.
    const auto id_of = [&](const nlohmann::json& j, const std::string& at) -> std::string {
        if (j.is_string())
            return j.get<std::string>();
        if (j.is_number_integer() || j.is_number_unsigned())
            return j.dump();
        fail("an id must be a string or an integer", at);
        return {};
    };
    const auto& nodes = doc["nodes"];
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const auto at = "/nodes/" + std::to_string(i);
        if (!nodes[i].is_object() || !nodes[i].contains("id"))
            fail("a node needs an id", at);
        const auto before = g.ids.size();
        vertex(id_of(nodes[i]["id"], at + "/id"));
        if (g.ids.size() == before)
            fail("the id " + g.ids[vertex(id_of(nodes[i]["id"], at))] + " is given twice",
                 at + "/id");
    }
    const auto n = g.ids.size();
    const auto& links = doc[key];
    std::vector<std::size_t> index_of; // by edge: its place in links
    for (std::size_t i = 0; i < links.size(); ++i) {
        const auto at = "/" + std::string(key) + "/" + std::to_string(i);
        const auto& l = links[i];
        if (!l.is_object() || !l.contains("source") || !l.contains("target"))
            fail("a link needs a source and a target", at);
        const auto s = id_of(l["source"], at + "/source"), t = id_of(l["target"], at + "/target");
        const auto u = vertex(s), v = vertex(t);
        if (g.ids.size() != n)
            fail("the link's " + std::string(u >= n ? "source " + s : "target " + t) +
                     " is not a node",
                 at);
        if (!add_edge(g, u, v))
            continue;
        const auto e = g.edges.size() - 1;
        index_of.push_back(i);
        for (const auto& [name, value] : l.items()) {
            if (name == "source" || name == "target" || name == "key" || !value.is_number())
                continue;
            auto it = std::find(g.attributes.begin(), g.attributes.end(), name);
            if (it == g.attributes.end()) {
                g.attributes.push_back(name);
                g.values.emplace_back(g.edges.size() - 1, missing);
                it = g.attributes.end() - 1;
            }
            auto& column = g.values[static_cast<std::size_t>(it - g.attributes.begin())];
            column.resize(e + 1, missing);
            column[e] = value.get<double>();
        }
    }
    for (auto& column : g.values)
        column.resize(g.edges.size(), missing);
    struct {
        const std::vector<std::size_t>& index;
        const std::string& file;
        const char* key;
        std::string operator()(std::uint32_t e, bool) const {
            return "/" + std::string(key) + "/" + std::to_string(index[e]);
        }
        ascn::error_context context(std::uint32_t e) const {
            return {.field = (*this)(e, true), .file = file};
        }
    } where{index_of, file, key};
    reject_duplicates(g, where);
    return g;
}

} // namespace ascn_tool

#if ASCN_TOOL_GRAPHML
#include <ascn/detail/text.hpp>
#include <ascn/io/common.hpp>

#include <pugixml.hpp>

namespace ascn_tool {

bool is_plain_graphml(std::string_view text) {
    // Keys come before the graph (GraphML's schema): look for a key named kind there.
    const auto head = text.substr(0, text.find("<graph "));
    return head.find("attr.name=\"kind\"") == std::string_view::npos &&
           head.find("attr.name='kind'") == std::string_view::npos;
}

plain_graph read_plain_graphml(std::string_view text, const std::string& file) {
    const ascn::io::detail::text_positions positions(text);
    const auto at = [&](std::ptrdiff_t offset) {
        const auto [line, column] = positions.at(offset > 0 ? static_cast<std::size_t>(offset) : 0);
        return ascn::error_context{.file = file, .line = line, .column = column};
    };
    // offset_debug() is that of an element's name; the element starts at its '<'.
    const auto where = [&](const pugi::xml_node& n) { return at(n.offset_debug() - 1); };
    if (const auto bad = ascn::detail::first_invalid_utf8(text); bad != text.size())
        throw ascn::parse_error("text is not valid UTF-8", at(static_cast<std::ptrdiff_t>(bad)));
    pugi::xml_document doc;
    const auto result =
        doc.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!result)
        throw ascn::parse_error(std::string("malformed XML: ") + result.description(),
                                at(result.offset));
    const auto root = doc.child("graphml");
    if (!root)
        throw ascn::parse_error("not GraphML: no <graphml> element", at(0));
    const auto graph = root.child("graph");
    if (!graph)
        throw ascn::parse_error("no <graph> element", where(root));
    if (std::string_view(graph.attribute("edgedefault").value()) == "directed")
        throw ascn::parse_error(
            "a directed graph (edgedefault=\"directed\"): the graph commands read undirected "
            "graphs",
            where(graph));

    plain_graph g;
    // Edge keys with numbers, in the order declared, become the attributes (a key's <default>
    // fills the edges without its data); a node key "name" (igraph writes vertex names so)
    // gives the vertices' ids.
    std::vector<std::string> numeric_keys;
    std::vector<double> defaults;
    std::string name_key;
    for (auto k : root.children("key")) {
        const std::string_view domain = k.attribute("for").value(),
                               type = k.attribute("attr.type").value();
        std::string name = k.attribute("attr.name").value();
        if (name.empty())
            name = k.attribute("id").value();
        if ((domain == "node" || domain == "all") && name == "name")
            name_key = k.attribute("id").value();
        if ((domain == "edge" || domain == "all") &&
            (type == "int" || type == "long" || type == "float" || type == "double")) {
            double fallback = missing;
            if (const auto d = k.child("default")) {
                const auto x = number(d.child_value());
                if (!x)
                    throw ascn::parse_error("the default \"" + std::string(d.child_value()) +
                                                "\" of key " + name + " is not a number",
                                            where(d));
                fallback = *x;
            }
            numeric_keys.emplace_back(k.attribute("id").value());
            defaults.push_back(fallback);
            g.attributes.push_back(name);
            g.values.emplace_back();
        }
    }

    vertex_table vertex(g);
    std::unordered_map<std::string, std::uint32_t> of_xml_id; // GraphML id -> vertex
    for (auto n : graph.children("node")) {
        std::string id = n.attribute("id").value();
        if (id.empty())
            throw ascn::parse_error("a node needs an id", where(n));
        if (n.child("graph"))
            throw ascn::parse_error("node " + id +
                                        " holds a nested graph, which a plain graph "
                                        "cannot: flatten it first",
                                    where(n));
        std::string key = id;
        if (!name_key.empty()) {
            for (auto d : n.children("data"))
                if (name_key == d.attribute("key").value())
                    key = d.child_value();
            if (key.empty())
                throw ascn::parse_error("node " + id + " has an empty name", where(n));
        }
        const auto before = g.ids.size();
        const auto v = vertex(key);
        if (g.ids.size() == before) {
            auto ctx = where(n);
            ctx.id = key;
            throw ascn::parse_error("the id " + key + " is given twice", ctx);
        }
        if (!of_xml_id.emplace(id, v).second)
            throw ascn::parse_error("the node id " + id + " is given twice", where(n));
    }
    if (graph.child("hyperedge"))
        throw ascn::parse_error("a hyperedge: a plain graph has edges of two ends",
                                where(graph.child("hyperedge")));
    std::vector<std::pair<std::size_t, std::size_t>> place; // by edge: its line and column
    for (auto e : graph.children("edge")) {
        const auto end = [&](const char* which) {
            const std::string id = e.attribute(which).value();
            const auto it = of_xml_id.find(id);
            if (it == of_xml_id.end()) {
                auto ctx = where(e);
                ctx.field = which;
                ctx.value = id;
                throw ascn::parse_error(
                    "the edge's " + std::string(which) + " " + id + " is not a node", ctx);
            }
            return it->second;
        };
        if (std::string_view(e.attribute("directed").value()) == "true")
            throw ascn::parse_error("a directed edge: the graph commands read undirected graphs",
                                    where(e));
        const auto u = end("source"), v = end("target");
        if (!add_edge(g, u, v))
            continue;
        const auto ctx = where(e);
        place.emplace_back(ctx.line, ctx.column);
        const auto index = g.edges.size() - 1;
        for (std::size_t a = 0; a < numeric_keys.size(); ++a)
            g.values[a].push_back(defaults[a]);
        for (auto d : e.children("data")) {
            const auto it =
                std::find(numeric_keys.begin(), numeric_keys.end(), d.attribute("key").value());
            if (it == numeric_keys.end())
                continue; // not a number: left out, as node-link's text attributes
            const auto a = static_cast<std::size_t>(it - numeric_keys.begin());
            const std::string_view value = d.child_value();
            if (value.empty())
                continue;
            const auto x = number(value);
            if (!x) {
                auto c = where(d);
                c.field = g.attributes[a];
                c.value = std::string(value);
                throw ascn::parse_error("\"" + std::string(value) + "\" is not a number", c);
            }
            g.values[a][index] = *x;
        }
    }
    struct {
        const std::vector<std::pair<std::size_t, std::size_t>>& place;
        const std::string& file;
        std::string operator()(std::uint32_t e, bool) const {
            return "line " + std::to_string(place[e].first);
        }
        ascn::error_context context(std::uint32_t e) const {
            return {.file = file, .line = place[e].first, .column = place[e].second};
        }
    } located{place, file};
    reject_duplicates(g, located);
    return g;
}

} // namespace ascn_tool
#endif
