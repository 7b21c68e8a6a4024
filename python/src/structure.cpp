// SPDX-License-Identifier: MIT
// The structure analyses as methods of ascn.Graph (and so of ascn.Network): centralities,
// communities, brokerage, weak points. Each runs without the GIL.
#include "common.hpp"
#include "method.hpp"

#include <ascn/algorithm/structure.hpp>

namespace ascn_py {

namespace {

/// A partition as Python sees it.
struct partition {
    py::object membership;
    std::size_t count = 0;
    double modularity = 0;
    std::size_t levels = 0;
    py::list communities;
};

partition partition_of(const graph& g, const ascn::community_result& r, bool as_array) {
    partition p;
    p.membership = by_vertex(g, r.community, as_array);
    p.count = r.count;
    p.modularity = r.modularity;
    p.levels = r.levels;
    std::vector<py::list> groups(r.count);
    for (std::size_t v = 0; v < r.community.size(); ++v)
        groups[r.community[v]].append(g.labels[v]);
    for (auto& c : groups)
        p.communities.append(c);
    return p;
}

/// Weak points as Python sees them.
struct weak_points {
    py::list articulation_points, bridges;
    py::object component;
    std::size_t components = 0, biconnected_components = 0;
};

std::vector<double> values_of(ascn::power_iteration_result r, const char* what) {
    if (!r.converged)
        throw ascn::value_error(std::string(what) + " did not converge within max_iter iterations "
                                                    "(raise max_iter or tol)",
                                {.field = "max_iter", .value = std::to_string(r.iterations)});
    return std::move(r.value);
}

ascn::community_options community_options(double resolution, std::uint64_t seed,
                                          std::size_t max_levels) {
    if (!(resolution > 0) || std::isinf(resolution))
        throw ascn::value_error("the resolution must be a finite number above 0",
                                {.field = "resolution", .value = std::to_string(resolution)});
    ascn::community_options o;
    o.resolution = resolution;
    o.seed = seed;
    o.max_levels = max_levels;
    return o;
}

} // namespace

void bind_structure(py::module_& m) {
    py::class_<partition>(m, "Partition", "Communities found by louvain or leiden.")
        .def_readonly("membership", &partition::membership,
                      "Community of each vertex: {label: community} or an array in node order.")
        .def_readonly("count", &partition::count, "Number of communities.")
        .def_readonly("modularity", &partition::modularity, "Modularity at the resolution used.")
        .def_readonly("levels", &partition::levels, "Aggregation levels or iterations run.")
        .def_readonly("communities", &partition::communities,
                      "The communities as lists of labels, numbered by first member.")
        .def("__repr__", [](const partition& p) {
            return "<ascn.Partition: " + std::to_string(p.count) + " communities, modularity " +
                   std::to_string(p.modularity) + ">";
        });
    py::class_<weak_points>(m, "WeakPoints", "Articulation points, bridges and components.")
        .def_readonly("articulation_points", &weak_points::articulation_points,
                      "Vertices whose removal disconnects the graph.")
        .def_readonly("bridges", &weak_points::bridges,
                      "Edges (u, v) whose removal disconnects their ends.")
        .def_readonly("component", &weak_points::component,
                      "Connected component of each vertex, numbered by smallest vertex.")
        .def_readonly("components", &weak_points::components, "Number of components.")
        .def_readonly("biconnected_components", &weak_points::biconnected_components,
                      "Number of blocks (a bridge is a block of one edge).");

    using ascn::snapshot;
    method(
        m, "Graph", "betweenness",
        [](const graph& g, bool normalized, std::size_t k, std::uint64_t seed, std::size_t threads,
           const py::object& progress, bool as_array) {
            ascn::betweenness_options o;
            o.normalized = normalized;
            o.samples = k;
            o.seed = seed;
            o.threads = threads;
            if (k > g.s.num_vertices())
                throw ascn::value_error("k must be at most the number of vertices",
                                        {.field = "k", .value = std::to_string(k)});
            const auto v = without_gil(progress, [&](const ascn::progress_callback& cb) {
                o.progress = cb;
                return ascn::betweenness_centrality(g.s, o);
            });
            return by_vertex(g, v, as_array);
        },
        py::arg("normalized") = true, py::arg("k") = 0, py::arg("seed") = 0, py::arg("threads") = 0,
        py::arg("progress") = py::none(), py::arg("as_array") = false,
        "Betweenness centrality, edge weights as lengths (as networkx.betweenness_centrality\n"
        "with weight=). k > 0 samples k source vertices (drawn from `seed`) and scales by n/k.\n"
        "`progress(fraction)` is called from this thread; returning False cancels\n"
        "(CancelledError), raising stops the work and re-raises. Runs without the GIL.\n"
        "Returns {label: value}, or an array in node order with as_array=True.");
    method(
        m, "Graph", "closeness",
        [](const graph& g, std::size_t threads, bool as_array) {
            const auto v = without_gil(py::none(), [&](const ascn::progress_callback&) {
                return ascn::closeness_centrality(g.s, threads);
            });
            return by_vertex(g, v, as_array);
        },
        py::arg("threads") = 0, py::arg("as_array") = false,
        "Closeness centrality, weights as lengths (networkx.closeness_centrality, Wasserman-Faust\n"
        "scaling for disconnected graphs).");
    method(
        m, "Graph", "harmonic",
        [](const graph& g, std::size_t threads, bool as_array) {
            const auto v = without_gil(py::none(), [&](const ascn::progress_callback&) {
                return ascn::harmonic_centrality(g.s, threads);
            });
            return by_vertex(g, v, as_array);
        },
        py::arg("threads") = 0, py::arg("as_array") = false,
        "Harmonic centrality, weights as lengths (networkx.harmonic_centrality).");
    method(
        m, "Graph", "degree",
        [](const graph& g, bool normalized, bool as_array) {
            return by_vertex(g, ascn::degree_centrality(g.s, normalized), as_array);
        },
        py::arg("normalized") = false, py::arg("as_array") = false,
        "Weighted degree (strength); normalized divides by n - 1.");
    method(
        m, "Graph", "pagerank",
        [](const graph& g, double alpha, double tol, std::size_t max_iter, std::size_t threads,
           bool as_array) {
            ascn::power_iteration_options o;
            o.damping = alpha;
            o.tolerance = tol;
            o.max_iterations = max_iter;
            o.threads = threads;
            auto v = without_gil(py::none(), [&](const ascn::progress_callback&) {
                return values_of(ascn::pagerank(g.s, o), "pagerank");
            });
            return by_vertex(g, v, as_array);
        },
        py::arg("alpha") = 0.85, py::arg("tol") = 1e-6, py::arg("max_iter") = 100,
        py::arg("threads") = 0, py::arg("as_array") = false,
        "PageRank, weights as strengths (networkx.pagerank; tol=0 iterates to the limit).\n"
        "InvalidValueError if it does not converge within max_iter.");
    method(
        m, "Graph", "eigenvector",
        [](const graph& g, double tol, std::size_t max_iter, std::size_t threads, bool as_array) {
            ascn::power_iteration_options o;
            o.tolerance = tol;
            o.max_iterations = max_iter;
            o.threads = threads;
            auto v = without_gil(py::none(), [&](const ascn::progress_callback&) {
                return values_of(ascn::eigenvector_centrality(g.s, o), "eigenvector centrality");
            });
            return by_vertex(g, v, as_array);
        },
        py::arg("tol") = 1e-6, py::arg("max_iter") = 100, py::arg("threads") = 0,
        py::arg("as_array") = false,
        "Eigenvector centrality, weights as strengths (networkx.eigenvector_centrality).");
    method(
        m, "Graph", "louvain",
        [](const graph& g, double resolution, std::uint64_t seed, std::size_t max_levels,
           bool as_array) {
            const auto o = community_options(resolution, seed, max_levels);
            const auto r = without_gil(
                py::none(), [&](const ascn::progress_callback&) { return ascn::louvain(g.s, o); });
            return partition_of(g, r, as_array);
        },
        py::arg("resolution") = 1.0, py::arg("seed") = 0, py::arg("max_levels") = 64,
        py::arg("as_array") = false,
        "Louvain communities, weights as strengths (reproducible for a seed).");
    method(
        m, "Graph", "leiden",
        [](const graph& g, double resolution, std::uint64_t seed, std::size_t max_levels,
           bool as_array) {
            const auto o = community_options(resolution, seed, max_levels);
            const auto r = without_gil(
                py::none(), [&](const ascn::progress_callback&) { return ascn::leiden(g.s, o); });
            return partition_of(g, r, as_array);
        },
        py::arg("resolution") = 1.0, py::arg("seed") = 0, py::arg("max_levels") = 64,
        py::arg("as_array") = false, "Leiden communities (well-connected), weights as strengths.");
    method(
        m, "Graph", "modularity",
        [](const graph& g, const py::object& membership, double resolution) {
            const auto values = vertex_values(g, membership, -1);
            std::vector<std::uint32_t> c(values.size());
            for (std::size_t v = 0; v < c.size(); ++v) {
                if (!(values[v] >= 0) || values[v] != std::floor(values[v]) ||
                    values[v] >= static_cast<double>(c.size()))
                    throw ascn::value_error("every vertex needs a community number in [0, n)",
                                            {.id = py::str(g.labels[v]), .field = "membership"});
                c[v] = static_cast<std::uint32_t>(values[v]);
            }
            return ascn::modularity(g.s, c, resolution);
        },
        py::arg("membership"), py::arg("resolution") = 1.0,
        "Newman's modularity of a partition ({label: community} or a sequence in node order),\n"
        "as networkx.community.modularity.");
    method(
        m, "Graph", "constraint",
        [](const graph& g, bool as_array) {
            return by_vertex(g, ascn::burt_constraint(g.s), as_array);
        },
        py::arg("as_array") = false,
        "Burt's constraint (networkx.constraint); NaN for an isolated vertex.");
    method(
        m, "Graph", "effective_size",
        [](const graph& g, bool as_array) {
            return by_vertex(g, ascn::effective_size(g.s), as_array);
        },
        py::arg("as_array") = false,
        "Burt's effective size (networkx.effective_size); NaN for an isolated vertex.");
    method(
        m, "Graph", "weak_points",
        [](const graph& g, bool as_array) {
            const auto r = ascn::weak_points(g.s);
            weak_points w;
            for (auto v : r.articulation_points)
                w.articulation_points.append(g.labels[v]);
            for (const auto& b : r.bridges)
                w.bridges.append(py::make_tuple(g.labels[b.u], g.labels[b.v]));
            w.component = by_vertex(g, r.component, as_array);
            w.components = r.components;
            w.biconnected_components = r.biconnected_components;
            return w;
        },
        py::arg("as_array") = false,
        "Articulation points, bridges and connected components (parallel edges are never\n"
        "bridges).");
}

} // namespace ascn_py
