// SPDX-License-Identifier: MIT
// Clustering (k-means, k-medoids, hierarchical, DBSCAN), the quality indices and the linear
// assignment, on NumPy arrays or on a network's cities. Each runs without the GIL.
#include "common.hpp"

#include <ascn/algorithm/clustering.hpp>
#include <ascn/algorithm/matching/assignment.hpp>
#include <ascn/views.hpp>

#include <cmath>

namespace ascn_py {

namespace {

using row_major = py::array_t<double, py::array::c_style | py::array::forcecast>;

ascn::scaling scaling_of(const std::string& s) {
    if (s == "none")
        return ascn::scaling::none;
    if (s == "z_score" || s == "z-score")
        return ascn::scaling::z_score;
    if (s == "min_max" || s == "min-max")
        return ascn::scaling::min_max;
    throw ascn::value_error("scaling is 'none', 'z_score' or 'min_max'",
                            {.field = "scaling", .value = s});
}

ascn::metric metric_of(const std::string& s) {
    if (s == "euclidean")
        return ascn::metric::euclidean;
    if (s == "sqeuclidean" || s == "squared_euclidean")
        return ascn::metric::squared_euclidean;
    if (s == "manhattan" || s == "cityblock")
        return ascn::metric::manhattan;
    if (s == "cosine")
        return ascn::metric::cosine;
    if (s == "jaccard")
        return ascn::metric::jaccard;
    throw ascn::value_error("metric is 'euclidean', 'sqeuclidean', 'manhattan', 'cosine' or "
                            "'jaccard'",
                            {.field = "metric", .value = s});
}

/// A point set from a 2-D array (rows are points) or a Network (its cities' features).
ascn::point_set points_of(const py::object& points, const std::string& scaling) {
    ascn::point_set p;
    if (py::isinstance<network>(points)) {
        const auto& n = py::cast<const network&>(points);
        p = ascn::city_features{}(ascn::cities(n.get()));
    } else {
        const auto a = row_major::ensure(points);
        if (!a || a.ndim() != 2)
            throw ascn::value_error("points are a 2-D array (one row per point) or a Network",
                                    {.field = "points"});
        const auto rows = static_cast<std::size_t>(a.shape(0)),
                   cols = static_cast<std::size_t>(a.shape(1));
        p = ascn::point_set(rows, cols, std::vector<double>(a.data(), a.data() + rows * cols));
    }
    ascn::scale(p, scaling_of(scaling));
    return p;
}

py::array_t<double> array_of(const ascn::point_set& p) {
    py::array_t<double> out(
        {static_cast<py::ssize_t>(p.size()), static_cast<py::ssize_t>(p.dimension())});
    std::copy(p.values().begin(), p.values().end(), out.mutable_data());
    return out;
}

std::vector<int> labels_of(const py::object& labels, std::size_t n) {
    const auto a = py::array_t<int, py::array::c_style | py::array::forcecast>::ensure(labels);
    if (!a || a.ndim() != 1 || static_cast<std::size_t>(a.shape(0)) != n)
        throw ascn::value_error("one label per point is needed", {.field = "labels"});
    return {a.data(), a.data() + n};
}

/// A clustering result as Python sees it.
struct clustering {
    py::array_t<int> labels;
    py::object centres = py::none();
    py::object medoids = py::none();
    py::object core = py::none();
    double inertia = 0;
    std::size_t iterations = 0, clusters = 0;
    bool converged = true;
    std::vector<std::string> ids;
};

py::array_t<int> int_array(const std::vector<int>& v) {
    return py::array_t<int>(static_cast<py::ssize_t>(v.size()), v.data());
}

void check_k(std::size_t k, std::size_t n) {
    if (k < 1 || k > n)
        throw ascn::value_error("k must be between 1 and the number of points (" +
                                    std::to_string(n) + ")",
                                {.field = "k", .value = std::to_string(k)});
}

} // namespace

void bind_clustering(py::module_& m) {
    py::class_<clustering>(m, "Clustering", "The result of a clustering.")
        .def_readonly("labels", &clustering::labels,
                      "Cluster of each point (numbered by first member; -1: DBSCAN's noise).")
        .def_readonly("centres", &clustering::centres, "k-means: the k x d centres.")
        .def_readonly("medoids", &clustering::medoids, "k-medoids: the medoid point of each.")
        .def_readonly("core", &clustering::core, "DBSCAN: True for core points.")
        .def_readonly("inertia", &clustering::inertia,
                      "k-means: sum of squared distances; k-medoids: sum of distances.")
        .def_readonly("iterations", &clustering::iterations, "Iterations (or swaps) run.")
        .def_readonly("converged", &clustering::converged, "Stopped before the limit.")
        .def_readonly("clusters", &clustering::clusters, "Number of clusters.")
        .def_readonly("ids", &clustering::ids, "The points' ids (cities), when they have them.");

    m.def(
        "city_features",
        [](const network& n, const std::string& scaling) {
            const auto p = points_of(py::cast(n), scaling);
            return py::make_tuple(array_of(p), p.ids, ascn::city_features{}.columns());
        },
        py::arg("network"), py::arg("scaling") = "none",
        "The network's cities as points: (array n x 10, city ids, column names): six project\n"
        "counts, log population, three role flags; scaled 'none', 'z_score' or 'min_max'.");
    m.def(
        "kmeans",
        [](const py::object& points, std::size_t k, std::uint64_t seed, std::size_t restarts,
           std::size_t max_iter, double tol, const py::object& init, const std::string& scaling,
           std::size_t threads, const py::object& progress) {
            const auto p = points_of(points, scaling);
            ascn::kmeans_options o;
            o.k = k;
            o.seed = seed;
            o.restarts = restarts;
            o.max_iterations = max_iter;
            o.tolerance = tol;
            o.threads = threads;
            std::optional<ascn::point_set> initial;
            if (!init.is_none()) {
                initial = points_of(init, "none");
                if (initial->dimension() != p.dimension())
                    throw ascn::value_error("init needs as many columns as the points",
                                            {.field = "init"});
                check_k(initial->size(), p.size());
            } else
                check_k(k, p.size());
            const auto r = without_gil(progress, [&](const ascn::progress_callback& cb) {
                o.progress = cb;
                return initial ? ascn::kmeans(p, *initial, o) : ascn::kmeans(p, o);
            });
            clustering c;
            c.labels = int_array(r.labels);
            c.centres = array_of(r.centres);
            c.inertia = r.inertia;
            c.iterations = r.iterations;
            c.converged = r.converged;
            c.clusters = r.centres.size();
            c.ids = r.ids;
            return c;
        },
        py::arg("points"), py::arg("k") = 8, py::arg("seed") = 0, py::arg("restarts") = 10,
        py::arg("max_iter") = 300, py::arg("tol") = 1e-4, py::arg("init") = py::none(),
        py::arg("scaling") = "none", py::arg("threads") = 0, py::arg("progress") = py::none(),
        "k-means (k-means++ seeding, best of `restarts`, reproducible for a seed; `init`: start\n"
        "from these centres once, as scikit-learn's KMeans(init=array, n_init=1)). `points`: a\n"
        "2-D array or a Network (its cities' features). `progress(fraction)` may cancel.");
    m.def(
        "kmedoids",
        [](const py::object& points, std::size_t k, const std::string& metric,
           const std::string& scaling) {
            const auto p = points_of(points, scaling);
            check_k(k, p.size());
            const auto mt = metric_of(metric);
            const auto r = without_gil(py::none(), [&](const ascn::progress_callback&) {
                return ascn::kmedoids(p, k, mt);
            });
            clustering c;
            c.labels = int_array(r.labels);
            c.medoids = py::cast(r.medoids);
            c.inertia = r.cost;
            c.iterations = r.swaps;
            c.clusters = r.medoids.size();
            c.ids = r.ids;
            return c;
        },
        py::arg("points"), py::arg("k"), py::arg("metric") = "euclidean",
        py::arg("scaling") = "none", "k-medoids (PAM), deterministic.");
    m.def(
        "dbscan",
        [](const py::object& points, double eps, std::size_t min_samples, const std::string& metric,
           const std::string& scaling) {
            const auto p = points_of(points, scaling);
            const auto mt = metric_of(metric);
            const auto r = without_gil(py::none(), [&](const ascn::progress_callback&) {
                return ascn::dbscan(p, eps, min_samples, mt);
            });
            clustering c;
            c.labels = int_array(r.labels);
            py::array_t<bool> core(static_cast<py::ssize_t>(r.core.size()));
            for (std::size_t i = 0; i < r.core.size(); ++i)
                core.mutable_at(static_cast<py::ssize_t>(i)) = r.core[i] != 0;
            c.core = core;
            c.clusters = r.clusters;
            c.ids = r.ids;
            return c;
        },
        py::arg("points"), py::arg("eps"), py::arg("min_samples") = 5,
        py::arg("metric") = "euclidean", py::arg("scaling") = "none",
        "DBSCAN (scikit-learn's eps and min_samples, the point itself counted).");
    m.def(
        "hierarchical",
        [](const py::object& points, const std::string& method, const std::string& metric,
           const std::string& scaling) {
            const auto p = points_of(points, scaling);
            ascn::linkage how;
            if (method == "single")
                how = ascn::linkage::single;
            else if (method == "complete")
                how = ascn::linkage::complete;
            else if (method == "average")
                how = ascn::linkage::average;
            else if (method == "ward")
                how = ascn::linkage::ward;
            else
                throw ascn::value_error("method is 'single', 'complete', 'average' or 'ward'",
                                        {.field = "method", .value = method});
            if (p.size() < 2)
                throw ascn::value_error("hierarchical clustering needs two points or more",
                                        {.field = "points"});
            const auto mt = metric_of(metric);
            const auto d = without_gil(py::none(), [&](const ascn::progress_callback&) {
                return ascn::hierarchical(p, how, mt);
            });
            py::array_t<double> z({static_cast<py::ssize_t>(d.merges.size()), py::ssize_t{4}});
            auto zz = z.mutable_unchecked<2>();
            for (std::size_t i = 0; i < d.merges.size(); ++i) {
                const auto& s = d.merges[i];
                const auto r = static_cast<py::ssize_t>(i);
                zz(r, 0) = static_cast<double>(s.a);
                zz(r, 1) = static_cast<double>(s.b);
                zz(r, 2) = s.height;
                zz(r, 3) = static_cast<double>(s.size);
            }
            return z;
        },
        py::arg("points"), py::arg("method") = "average", py::arg("metric") = "euclidean",
        py::arg("scaling") = "none",
        "Agglomerative clustering: the linkage matrix Z, (n-1) x 4 as scipy.cluster.hierarchy\n"
        "returns it (clusters merged, height, size); cut with scipy's fcluster or ascn.cut.");
    m.def(
        "silhouette",
        [](const py::object& points, const py::object& labels, const std::string& metric,
           const std::string& scaling, bool samples) -> py::object {
            const auto p = points_of(points, scaling);
            const auto l = labels_of(labels, p.size());
            const auto mt = metric_of(metric);
            if (samples) {
                const auto s = without_gil(py::none(), [&](const ascn::progress_callback&) {
                    return ascn::silhouette_samples(p, l, mt);
                });
                return py::array_t<double>(static_cast<py::ssize_t>(s.size()), s.data());
            }
            return py::float_(without_gil(py::none(), [&](const ascn::progress_callback&) {
                return ascn::silhouette(p, l, mt);
            }));
        },
        py::arg("points"), py::arg("labels"), py::arg("metric") = "euclidean",
        py::arg("scaling") = "none", py::arg("samples") = false,
        "Mean silhouette (sklearn.metrics.silhouette_score), or each point's with samples=True.");
    m.def(
        "davies_bouldin",
        [](const py::object& points, const py::object& labels, const std::string& scaling) {
            const auto p = points_of(points, scaling);
            return ascn::davies_bouldin(p, labels_of(labels, p.size()));
        },
        py::arg("points"), py::arg("labels"), py::arg("scaling") = "none",
        "Davies-Bouldin index (sklearn.metrics.davies_bouldin_score).");
    m.def(
        "calinski_harabasz",
        [](const py::object& points, const py::object& labels, const std::string& scaling) {
            const auto p = points_of(points, scaling);
            return ascn::calinski_harabasz(p, labels_of(labels, p.size()));
        },
        py::arg("points"), py::arg("labels"), py::arg("scaling") = "none",
        "Calinski-Harabasz index (sklearn.metrics.calinski_harabasz_score).");
    m.def(
        "linear_assignment",
        [](const py::object& cost, bool maximize) {
            const auto a = row_major::ensure(cost);
            if (!a || a.ndim() != 2)
                throw ascn::value_error("the cost matrix is a 2-D array", {.field = "cost"});
            const auto rows = static_cast<std::size_t>(a.shape(0)),
                       cols = static_cast<std::size_t>(a.shape(1));
            const std::span<const double> values(a.data(), rows * cols);
            const auto r = without_gil(py::none(), [&](const ascn::progress_callback&) {
                return ascn::linear_assignment(rows, cols, values,
                                               maximize ? ascn::objective::maximise
                                                        : ascn::objective::minimise);
            });
            std::vector<std::int64_t> row, col;
            for (std::size_t i = 0; i < rows; ++i)
                if (r.column_of_row[i] != ascn::unassigned) {
                    row.push_back(static_cast<std::int64_t>(i));
                    col.push_back(static_cast<std::int64_t>(r.column_of_row[i]));
                }
            return py::make_tuple(
                py::array_t<std::int64_t>(static_cast<py::ssize_t>(row.size()), row.data()),
                py::array_t<std::int64_t>(static_cast<py::ssize_t>(col.size()), col.data()),
                r.cost);
        },
        py::arg("cost"), py::arg("maximize") = false,
        "Optimal assignment on a cost matrix: (rows, columns, total) as\n"
        "scipy.optimize.linear_sum_assignment gives (rows, columns); +inf (-inf when\n"
        "maximizing) forbids a pair.");
}

} // namespace ascn_py
