// SPDX-License-Identifier: MIT
// ascn.Graph and ascn.Network: building them (the embedded ASCN, NetworkX's adjacency or
// arrays), their light record objects, and lookups by id and alias (the files: io.cpp).
#include "common.hpp"

#include <ascn/asean/dataset.hpp>
#include <ascn/time_view.hpp>

#include <cmath>
#include <cstdio>

namespace ascn_py {

std::shared_ptr<network> make_network(ascn::network net, bool embedded, std::optional<int> year) {
    auto n = std::make_shared<network>();
    n->owned = std::make_shared<const ascn::network>(std::move(net));
    n->net = n->owned;
    n->embedded = embedded;
    n->year = year;
    n->s = ascn::snapshot(*n->owned, ascn::unit_cost{});
    n->label_by_ids();
    return n;
}

std::string network::resolve(const std::string& text) const {
    return ascn::data::resolve_id(get(), text, embedded);
}

ascn::snapshot::vertex_index network::vertex(const py::object& label) const {
    if (py::isinstance<py::str>(label)) {
        const std::string id = resolve(py::cast<std::string>(label));
        if (const auto v = s.find(id))
            return *v;
        (void)get().at(id); // unknown: an error with suggestions
    }
    return graph::vertex(label);
}

namespace {

/// A relationship with its two ends, as Python sees it.
struct relationship_view {
    std::string from, to;
    ascn::relationship r;
};

std::string date_text(const ascn::date& d) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buffer;
}

py::object record(const ascn::network& net, std::string_view id) {
    const auto& d = net.at(id);
    if (const auto* c = d.city())
        return py::cast(*c);
    if (const auto* k = d.country())
        return py::cast(*k);
    return py::cast(*d.partner());
}

std::vector<relationship_view> relationships_of(const ascn::network& net,
                                                const std::optional<std::string>& kind) {
    std::optional<ascn::relation_kind> k;
    if (kind) {
        k = ascn::parse_relation_kind(*kind);
        if (!k)
            throw ascn::value_error("not a relation kind (member-of, twinning, business-match, "
                                    "support, programme-of, participation, peer-learning)",
                                    {.field = "kind", .value = *kind});
    }
    std::vector<relationship_view> out;
    const auto& g = net.graph();
    for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei)
        if (!k || net[*ei].kind == *k)
            out.push_back({std::string(net[net.from(*ei)].id()), std::string(net[net.to(*ei)].id()),
                           net[*ei]});
    return out;
}

std::shared_ptr<graph> graph_from_arrays(std::size_t n, const py::array_t<std::uint32_t>& source,
                                         const py::array_t<std::uint32_t>& target,
                                         const py::array_t<double>& weight, py::list labels,
                                         std::string weight_name) {
    const std::size_t m = static_cast<std::size_t>(source.size());
    if (static_cast<std::size_t>(target.size()) != m ||
        static_cast<std::size_t>(weight.size()) != m)
        throw ascn::value_error("source, target and weight must have one entry per edge",
                                {.field = "edges"});
    if (py::len(labels) != n)
        throw ascn::value_error("one label per vertex is needed", {.field = "labels"});
    auto g = std::make_shared<graph>();
    const auto s = source.unchecked<1>();
    const auto t = target.unchecked<1>();
    const auto w = weight.unchecked<1>();
    {
        py::gil_scoped_release nogil;
        std::vector<ascn::arc_entry> arcs;
        arcs.reserve(2 * m);
        for (py::ssize_t e = 0; e < static_cast<py::ssize_t>(m); ++e) {
            const double c = w(e);
            if (s(e) >= n || t(e) >= n)
                throw ascn::value_error("an edge names a vertex that does not exist",
                                        {.field = "edges", .value = std::to_string(e)});
            if (!(c >= 0) || std::isinf(c))
                throw ascn::value_error("an edge's weight must be a finite number, 0 or more",
                                        {.field = weight_name, .value = std::to_string(c)});
            arcs.push_back({s(e), t(e), c, ascn::snapshot::npos});
            arcs.push_back({t(e), s(e), c, ascn::snapshot::npos});
        }
        g->s = ascn::snapshot::of_arcs(n, arcs, ascn::parallel_edges::sum);
    }
    g->labels = labels;
    g->index = py::dict();
    for (std::size_t v = 0; v < n; ++v)
        g->index[labels[v]] = v;
    if (py::len(g->index) != n)
        throw ascn::value_error("two vertices have the same label", {.field = "labels"});
    g->weight = std::move(weight_name);
    return g;
}

// The weight of an edge from its attribute dict: `name`'s value, 1 where missing.
double weight_of(PyObject* attributes, PyObject* name) {
    if (name == nullptr)
        return 1.0;
    PyObject* w = PyDict_Check(attributes) ? PyDict_GetItemWithError(attributes, name) : nullptr;
    if (w == nullptr) {
        if (PyErr_Occurred())
            throw py::error_already_set();
        return 1.0;
    }
    const double c = PyFloat_AsDouble(w);
    if (c == -1.0 && PyErr_Occurred()) {
        PyErr_Clear();
        throw ascn::value_error("an edge's weight must be a number",
                                {.field = py::str(name), .value = py::str(w)});
    }
    if (!(c >= 0) || std::isinf(c))
        throw ascn::value_error("an edge's weight must be a finite number, 0 or more",
                                {.field = py::str(name), .value = std::to_string(c)});
    return c;
}

// A NetworkX graph's adjacency (`G._adj`: node -> neighbour -> attributes, or -> key ->
// attributes in a multigraph) read with the C API, far faster than a Python loop over
// G.edges(). An undirected graph lists each edge from both ends, which are the two arcs; a
// directed one lists each edge once, and gets both arcs.
std::shared_ptr<graph> graph_from_adjacency(const py::dict& adj, py::list labels,
                                            const py::object& weight, bool directed,
                                            bool multigraph) {
    const std::size_t n = py::len(labels);
    auto g = std::make_shared<graph>();
    g->index = py::dict();
    for (std::size_t v = 0; v < n; ++v)
        g->index[labels[v]] = v;
    if (py::len(g->index) != n)
        throw ascn::value_error("two vertices have the same label", {.field = "labels"});
    PyObject* index = g->index.ptr();
    PyObject* name = weight.is_none() ? nullptr : weight.ptr();
    auto vertex = [index](PyObject* label) {
        PyObject* i = PyDict_GetItemWithError(index, label);
        if (i == nullptr) {
            if (PyErr_Occurred())
                throw py::error_already_set();
            throw ascn::value_error("an edge names a node that is not in the graph",
                                    {.field = "edges"});
        }
        return static_cast<std::uint32_t>(PyLong_AsUnsignedLong(i));
    };
    std::vector<ascn::arc_entry> arcs;
    {
        std::size_t entries = 0; // one arc per entry (two when directed): a first reserve
        PyObject *key, *value;
        Py_ssize_t i = 0;
        while (PyDict_Next(adj.ptr(), &i, &key, &value))
            entries += PyDict_Check(value) ? static_cast<std::size_t>(PyDict_Size(value)) : 0;
        arcs.reserve(directed ? 2 * entries : entries);
    }
    auto add = [&](std::uint32_t u, std::uint32_t v, double c) {
        arcs.push_back({u, v, c, ascn::snapshot::npos});
        if (directed)
            arcs.push_back({v, u, c, ascn::snapshot::npos});
    };
    PyObject *u_label, *neighbours;
    Py_ssize_t i = 0;
    while (PyDict_Next(adj.ptr(), &i, &u_label, &neighbours)) {
        if (!PyDict_Check(neighbours))
            throw ascn::value_error("not a NetworkX adjacency (a dict of dicts)", {.field = "G"});
        const auto u = vertex(u_label);
        PyObject *v_label, *attributes;
        Py_ssize_t j = 0;
        while (PyDict_Next(neighbours, &j, &v_label, &attributes)) {
            const auto v = vertex(v_label);
            if (!multigraph) {
                add(u, v, weight_of(attributes, name));
                continue;
            }
            PyObject *key, *edge;
            Py_ssize_t k = 0;
            while (PyDict_Next(attributes, &k, &key, &edge))
                add(u, v, weight_of(edge, name));
        }
    }
    {
        py::gil_scoped_release nogil;
        g->s = ascn::snapshot::of_arcs(n, arcs, ascn::parallel_edges::sum);
    }
    g->labels = labels;
    g->weight = weight.is_none() ? std::string() : std::string(py::str(weight));
    return g;
}

} // namespace

void bind_network(py::module_& m) {
    py::class_<ascn::city>(m, "City", "A member city of the ASCN (a read-only copy of its record).")
        .def_readonly("id", &ascn::city::id, "Stable slug, e.g. 'da-nang'.")
        .def_readonly("name", &ascn::city::name, "Display name, e.g. 'Da Nang'.")
        .def_readonly("country", &ascn::city::country, "Country id (ISO 3166-1 alpha-2).")
        .def_readonly("joined", &ascn::city::joined, "Year the city joined the network.")
        .def_property_readonly(
            "location",
            [](const ascn::city& c) -> py::object {
                if (!c.location)
                    return py::none();
                return py::make_tuple(c.location->lat, c.location->lon);
            },
            "(latitude, longitude) in degrees, or None.")
        .def_readonly("population", &ascn::city::population, "Population, or None.")
        .def_readonly("capital", &ascn::city::capital, "National capital.")
        .def_property_readonly(
            "roles",
            [](const ascn::city& c) {
                std::vector<std::string> out;
                for (std::size_t r = 0; r < ascn::city_role_count; ++r)
                    if (c.roles.contains(static_cast<ascn::city_role>(r)))
                        out.emplace_back(ascn::to_string(static_cast<ascn::city_role>(r)));
                return out;
            },
            "Roles: 'administrative', 'commercial', 'tourism'.")
        .def_readonly("aliases", &ascn::city::aliases, "Other spellings of the name.")
        .def_property_readonly(
            "profile",
            [](const ascn::city& c) {
                py::dict out;
                for (ascn::focus_area a : ascn::all_focus_areas)
                    out[py::str(std::string(ascn::to_string(a)))] = c.profile[a];
                return out;
            },
            "Projects in each of the six focus areas, by area name.")
        .def_readonly("source", &ascn::city::source, "Source key(s).")
        .def("__repr__", [](const ascn::city& c) { return "City('" + c.id + "')"; })
        .def("__eq__", [](const ascn::city& a, const ascn::city& b) { return a == b; });
    py::class_<ascn::country>(m, "Country", "An ASEAN member state (a read-only copy).")
        .def_readonly("id", &ascn::country::id, "ISO 3166-1 alpha-2 code, e.g. 'TL'.")
        .def_readonly("name", &ascn::country::name, "Name, e.g. 'Timor-Leste'.")
        .def_property_readonly(
            "joined", [](const ascn::country& k) { return date_text(k.joined); },
            "Date it joined ASEAN, 'YYYY-MM-DD'.")
        .def_readonly("source", &ascn::country::source, "Source key(s).")
        .def("__repr__", [](const ascn::country& k) { return "Country('" + k.id + "')"; })
        .def("__eq__", [](const ascn::country& a, const ascn::country& b) { return a == b; });
    py::class_<ascn::partner>(m, "Partner", "An external partner (a read-only copy).")
        .def_readonly("id", &ascn::partner::id, "Stable slug, e.g. 'jica'.")
        .def_readonly("name", &ascn::partner::name, "Name.")
        .def_property_readonly(
            "kind", [](const ascn::partner& p) { return std::string(ascn::to_string(p.kind)); },
            "'government', 'agency', 'programme', 'multilateral', 'company', 'external-city', "
            "'asean-body' or 'academic'.")
        .def_readonly("home_country", &ascn::partner::home_country, "ISO code, or ''.")
        .def_readonly("source", &ascn::partner::source, "Source key(s).")
        .def("__repr__", [](const ascn::partner& p) { return "Partner('" + p.id + "')"; })
        .def("__eq__", [](const ascn::partner& a, const ascn::partner& b) { return a == b; });
    py::class_<relationship_view>(m, "Relationship", "A typed, dated relationship (a copy).")
        .def_readonly("source", &relationship_view::from, "Id of the vertex it goes from.")
        .def_readonly("target", &relationship_view::to, "Id of the vertex it goes to.")
        .def_property_readonly(
            "kind",
            [](const relationship_view& r) { return std::string(ascn::to_string(r.r.kind)); },
            "'member-of', 'twinning', 'business-match', 'support', 'programme-of', "
            "'participation' or 'peer-learning'.")
        .def_property_readonly(
            "start", [](const relationship_view& r) { return r.r.start; }, "First active year.")
        .def_property_readonly(
            "end", [](const relationship_view& r) { return r.r.end; }, "Last active year, or None.")
        .def_property_readonly(
            "focus",
            [](const relationship_view& r) {
                std::vector<std::string> out;
                for (ascn::focus_area a : ascn::all_focus_areas)
                    if (r.r.focus.contains(a))
                        out.emplace_back(ascn::to_string(a));
                return out;
            },
            "Focus areas it concerns.")
        .def_property_readonly(
            "strength", [](const relationship_view& r) { return r.r.strength; },
            "Strength, or None.")
        .def_property_readonly(
            "source_key", [](const relationship_view& r) { return r.r.source; }, "Source key(s).")
        .def_property_readonly(
            "note", [](const relationship_view& r) { return r.r.note; }, "What the link is.")
        .def("__repr__", [](const relationship_view& r) {
            return "Relationship('" + r.from + "' -> '" + r.to + "', " +
                   std::string(ascn::to_string(r.r.kind)) + ")";
        });

    py::class_<graph, std::shared_ptr<graph>>(
        m, "Graph",
        "A frozen undirected graph with a weight per edge: any graph (ascn.from_networkx), or a\n"
        "network under a weight (Network.weighted). The analyses take and return its node\n"
        "labels (ids, or the NetworkX nodes it came from).")
        .def_property_readonly(
            "nodes", [](const graph& g) { return g.labels; },
            "The node labels, in the order of the arrays the analyses return with as_array.")
        .def_property_readonly(
            "weight", [](const graph& g) { return g.weight; },
            "The edge attribute read as weight ('' : every edge weighs 1).")
        .def("__len__", [](const graph& g) { return g.s.num_vertices(); })
        .def(
            "__contains__",
            [](const graph& g, const py::object& label) { return g.index.contains(label); },
            py::arg("label"))
        .def(
            "number_of_nodes", [](const graph& g) { return g.s.num_vertices(); },
            "Number of vertices.")
        .def(
            "number_of_arcs", [](const graph& g) { return g.s.num_arcs(); },
            "Number of arcs (two per undirected edge; parallel edges merged).")
        .def(
            "_arcs",
            [](const graph& g) {
                const std::size_t n = g.s.num_arcs();
                py::array_t<std::uint32_t> u(static_cast<py::ssize_t>(n)),
                    v(static_cast<py::ssize_t>(n));
                py::array_t<double> w(static_cast<py::ssize_t>(n));
                auto uu = u.mutable_unchecked<1>();
                auto vv = v.mutable_unchecked<1>();
                auto ww = w.mutable_unchecked<1>();
                for (ascn::snapshot::vertex_index x = 0; x < g.s.num_vertices(); ++x) {
                    const auto [first, last] = g.s.out_arcs(x);
                    for (auto a = first; a < last; ++a) {
                        uu(a) = x;
                        vv(a) = g.s.target(a);
                        ww(a) = g.s.cost(a);
                    }
                }
                return py::make_tuple(u, v, w);
            },
            "(sources, targets, costs) of every arc, as NumPy arrays of vertex positions.")
        .def("__repr__", [](const graph& g) {
            std::string s = "<ascn.Graph: ";
            s.append(std::to_string(g.s.num_vertices())).append(" nodes, ");
            s.append(std::to_string(g.s.num_arcs())).append(" arcs, weight ");
            s.append(g.weight.empty() ? std::string("1 each") : "'" + g.weight + "'").append(">");
            return s;
        });

    py::class_<network, graph, std::shared_ptr<network>>(
        m, "Network",
        "A network of the ASCN's schema: cities, countries, partners and typed, dated\n"
        "relationships (read-only from Python). As a Graph, every relationship weighs 1.")
        .def_property_readonly(
            "embedded", [](const network& n) { return n.embedded; },
            "True for the embedded ASCN (aliases, projects and action plans are known).")
        .def_property_readonly(
            "year", [](const network& n) { return n.year; }, "The as_of year, or None.")
        .def("num_cities", [](const network& n) { return n.get().num_cities(); })
        .def("num_countries", [](const network& n) { return n.get().num_countries(); })
        .def("num_partners", [](const network& n) { return n.get().num_partners(); })
        .def("num_relationships", [](const network& n) { return n.get().num_relationships(); })
        .def(
            "resolve", [](const network& n, const std::string& text) { return n.resolve(text); },
            py::arg("text"),
            "The id `text` names: an id, an embedded city's name or alias ('Kota Cebu'), or the\n"
            "one vertex with that name ignoring case and accents; otherwise `text` itself.")
        .def(
            "city",
            [](const network& n, const std::string& id) { return n.get().city(n.resolve(id)); },
            py::arg("id"), "The city with this id, name or alias; UnknownIdError otherwise.")
        .def(
            "country",
            [](const network& n, const std::string& id) { return n.get().country(n.resolve(id)); },
            py::arg("id"), "The country with this id or name; UnknownIdError otherwise.")
        .def(
            "partner",
            [](const network& n, const std::string& id) { return n.get().partner(n.resolve(id)); },
            py::arg("id"), "The partner with this id or name; UnknownIdError otherwise.")
        .def(
            "__getitem__",
            [](const network& n, const std::string& id) { return record(n.get(), n.resolve(id)); },
            py::arg("id"), "The city, country or partner with this id, name or alias.")
        .def(
            "__contains__",
            [](const network& n, const py::object& id) {
                return py::isinstance<py::str>(id) &&
                       n.get().contains(n.resolve(py::cast<std::string>(id)));
            },
            py::arg("id"))
        .def(
            "cities",
            [](const network& n) {
                std::vector<ascn::city> out;
                for (auto [vi, ve] = boost::vertices(n.get().graph()); vi != ve; ++vi)
                    if (const auto* c = n.get()[*vi].city())
                        out.push_back(*c);
                return out;
            },
            "Every city, in network order.")
        .def(
            "countries",
            [](const network& n) {
                std::vector<ascn::country> out;
                for (auto [vi, ve] = boost::vertices(n.get().graph()); vi != ve; ++vi)
                    if (const auto* c = n.get()[*vi].country())
                        out.push_back(*c);
                return out;
            },
            "Every country, in network order.")
        .def(
            "partners",
            [](const network& n) {
                std::vector<ascn::partner> out;
                for (auto [vi, ve] = boost::vertices(n.get().graph()); vi != ve; ++vi)
                    if (const auto* c = n.get()[*vi].partner())
                        out.push_back(*c);
                return out;
            },
            "Every partner, in network order.")
        .def(
            "relationships",
            [](const network& n, const std::optional<std::string>& kind) {
                return relationships_of(n.get(), kind);
            },
            py::arg("kind") = py::none(),
            "Every relationship, or those of one kind ('twinning', ...).")
        .def(
            "as_of",
            [](const network& n, int year) {
                return make_network(ascn::as_of(n.get(), year).materialize(), n.embedded, year);
            },
            py::arg("year"),
            "The network as it stood in `year`: the vertices present and the relationships\n"
            "active then, as a network of its own.")
        .def(
            "weighted",
            [](const network& n, const std::string& weight) {
                if (weight != "strength" && weight != "hops")
                    throw ascn::value_error("a network's relationships weigh their 'strength' "
                                            "(1 where missing) or 'hops' (1 each)",
                                            {.field = "weight", .value = weight});
                auto g = std::make_shared<graph>();
                g->net = n.owned;
                g->s =
                    weight == "hops"
                        ? ascn::snapshot(n.get(), ascn::unit_cost{})
                        : ascn::snapshot(n.get(), ascn::edge_cost{[](const ascn::relationship& r) {
                                             return r.strength.value_or(1.0);
                                         }});
                g->label_by_ids();
                g->weight = weight;
                return g;
            },
            py::arg("weight") = "strength",
            "This network as a Graph whose relationships weigh their `strength` (1 where\n"
            "missing), or 'hops' (1 each); parallel relationships stay separate arcs.")
        .def("__repr__", [](const network& n) {
            return "<ascn.Network: " + std::to_string(n.get().num_cities()) + " cities, " +
                   std::to_string(n.get().num_countries()) + " countries, " +
                   std::to_string(n.get().num_partners()) + " partners, " +
                   std::to_string(n.get().num_relationships()) + " relationships" +
                   (n.year ? ", as of " + std::to_string(*n.year) : std::string()) + ">";
        });

    m.def(
        "embedded", [] { return make_network(ascn::data::embedded_network(), true, std::nullopt); },
        "The real ASEAN Smart Cities Network that ascn ships with (your own copy).");
    m.def("_graph_from_adjacency", &graph_from_adjacency, py::arg("adj"), py::arg("labels"),
          py::arg("weight"), py::arg("directed"), py::arg("multigraph"));
    m.def("_graph_from_arrays", &graph_from_arrays, py::arg("n"), py::arg("source"),
          py::arg("target"), py::arg("weight"), py::arg("labels"), py::arg("weight_name"));
}

} // namespace ascn_py
