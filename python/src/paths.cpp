// SPDX-License-Identifier: MIT
// Paths (best, k best, widest, stepping stones, costs from a vertex) as methods of ascn.Graph.
#include "common.hpp"
#include "method.hpp"
#include "path.hpp"

#include <ascn/algorithm/paths.hpp>

#include <cmath>

namespace ascn_py {

namespace {

py::object maybe_path(const graph& g, const std::optional<ascn::path>& p) {
    return p ? py::cast(path_of(g, *p)) : py::none();
}

ascn::path_constraints constraints(const graph& g, std::optional<std::size_t> max_hops,
                                   const std::vector<py::object>& avoid) {
    ascn::path_constraints c;
    c.max_hops = max_hops;
    for (const auto& a : avoid)
        c.avoid.push_back(g.vertex(a));
    return c;
}

} // namespace

void bind_paths(py::module_& m) {
    py::class_<hop>(m, "Hop", "One hop of a path, explained.")
        .def_readonly("source", &hop::source, "Where the hop starts.")
        .def_readonly("target", &hop::target, "Where it ends.")
        .def_readonly("kinds", &hop::kinds, "Kinds of the relationships it uses.")
        .def_readonly("cost", &hop::cost, "Its cost.")
        .def_readonly("reason", &hop::reason, "The arc policy's reason for the cost ('' if none).")
        .def("__repr__", [](const hop& h) {
            // append, not operator+ on a literal: g++ 12 at -O3 warns falsely (-Wrestrict)
            std::string s = "<ascn.Hop ";
            s.append(py::str(h.source)).append(" -> ").append(py::str(h.target));
            s.append(" cost ").append(std::to_string(h.cost)).append(">");
            return s;
        });
    py::class_<path>(m, "Path", "A path: its nodes, its cost and each hop explained.")
        .def_readonly("nodes", &path::nodes, "The nodes, first to last.")
        .def_readonly("cost", &path::cost, "Sum of the arc costs.")
        .def_property_readonly(
            "probability", [](const path& p) { return std::exp(-p.cost); },
            "exp(-cost): on a learning graph, the chance that knowledge makes the whole trip.")
        .def_property_readonly(
            "hops", [](const path& p) { return p.explanation.size(); }, "Number of arcs.")
        .def_readonly("explanation", &path::explanation, "Each hop, explained.")
        .def("__len__", [](const path& p) { return py::len(p.nodes); })
        .def("__repr__", [](const path& p) {
            std::string s = "<ascn.Path";
            for (const auto& v : p.nodes)
                s.append(" ").append(py::str(v));
            s.append(" cost ").append(std::to_string(p.cost)).append(">");
            return s;
        });

    method(
        m, "Graph", "best_path",
        [](const graph& g, const py::object& source, const py::object& target,
           std::optional<std::size_t> max_hops, const std::vector<py::object>& avoid) {
            const auto c = constraints(g, max_hops, avoid);
            const auto from = g.vertex(source), to = g.vertex(target);
            std::optional<ascn::path> p;
            {
                py::gil_scoped_release nogil;
                p = ascn::best_path(g.s, from, to, c);
            }
            return maybe_path(g, p);
        },
        py::arg("source"), py::arg("target"), py::arg("max_hops") = py::none(),
        py::arg("avoid") = std::vector<py::object>{},
        "The cheapest path from source to target (Dijkstra; with max_hops at most that many\n"
        "arcs; `avoid`: nodes it may not pass through), or None.");
    method(
        m, "Graph", "k_best_paths",
        [](const graph& g, const py::object& source, const py::object& target, std::size_t k,
           std::optional<std::size_t> max_hops, const std::vector<py::object>& avoid) {
            if (!g.s.has_reverse())
                throw ascn::value_error("k_best_paths needs a Network, a weighted network or a "
                                        "learning graph (a graph from NetworkX has no reverse "
                                        "arcs)",
                                        {.field = "graph"});
            const auto c = constraints(g, max_hops, avoid);
            const auto from = g.vertex(source), to = g.vertex(target);
            std::vector<ascn::path> found;
            {
                py::gil_scoped_release nogil;
                found = ascn::k_best_paths(g.s, from, to, k, c);
            }
            std::vector<path> out;
            for (const auto& p : found)
                out.push_back(path_of(g, p));
            return out;
        },
        py::arg("source"), py::arg("target"), py::arg("k"), py::arg("max_hops") = py::none(),
        py::arg("avoid") = std::vector<py::object>{},
        "Yen's k cheapest loopless paths, cheapest first (fewer if fewer exist).");
    method(
        m, "Graph", "widest_path",
        [](const graph& g, const py::object& source, const py::object& target,
           const std::vector<py::object>& avoid) {
            const auto c = constraints(g, std::nullopt, avoid);
            const auto from = g.vertex(source), to = g.vertex(target);
            std::optional<ascn::path> p;
            {
                py::gil_scoped_release nogil;
                p = ascn::widest_path(g.s, from, to, c);
            }
            return maybe_path(g, p);
        },
        py::arg("source"), py::arg("target"), py::arg("avoid") = std::vector<py::object>{},
        "The path whose dearest arc is cheapest (and among those the cheapest), or None.");
    method(
        m, "Graph", "stepping_stone_path",
        [](const graph& g, const py::object& source, const py::object& target,
           const py::object& level, std::optional<double> max_step,
           const std::vector<py::object>& avoid) {
            const auto c = constraints(g, std::nullopt, avoid);
            const auto from = g.vertex(source), to = g.vertex(target);
            const auto lv = vertex_values(g, level, 0.0);
            std::optional<ascn::path> p;
            {
                py::gil_scoped_release nogil;
                p = ascn::stepping_stone_path(g.s, from, to, lv, max_step, c);
            }
            return maybe_path(g, p);
        },
        py::arg("source"), py::arg("target"), py::arg("level"), py::arg("max_step") = py::none(),
        py::arg("avoid") = std::vector<py::object>{},
        "The cheapest stepping-stone path: every city on it knows at least as much as the next\n"
        "(`level`, {label: value} or a sequence in node order, missing: 0, never rises along\n"
        "the path; partners and countries carry the last city's level), and with max_step never\n"
        "drops by more than max_step in one step. None if there is none.");
    method(
        m, "Graph", "distances",
        [](const graph& g, const py::object& source, bool as_array) {
            const auto from = g.vertex(source);
            std::vector<double> cost;
            {
                py::gil_scoped_release nogil;
                cost = ascn::costs_from(g.s, from).cost;
            }
            return by_vertex(g, cost, as_array);
        },
        py::arg("source"), py::arg("as_array") = false,
        "Cost of the cheapest path from source to every node (inf where none).");
}

} // namespace ascn_py
