// SPDX-License-Identifier: MIT
/// \file
/// DBSCAN: density-based clusters and noise, as scikit-learn's `DBSCAN` (a point's
/// neighbourhood includes itself and every point at distance <= eps; a core point has at least
/// `min_points` neighbours; border points join the first cluster that reaches them in index
/// order). Reference: docs/reference/clustering.md.
#ifndef ASCN_ALGORITHM_CLUSTERING_DBSCAN_HPP
#define ASCN_ALGORITHM_CLUSTERING_DBSCAN_HPP

#include "ascn/algorithm/clustering/features.hpp"
#include "ascn/detail/parallel.hpp"

#include <cmath>
#include <cstddef>
#include <vector>

namespace ascn {

/// The result of `dbscan`.
struct dbscan_result {
    std::vector<int> labels;      ///< cluster of each point (numbered by first member), -1 = noise
    std::vector<char> core;       ///< 1 for core points
    std::size_t clusters = 0;     ///< number of clusters
    std::vector<std::string> ids; ///< the points' ids, when they have them
};

/// DBSCAN with radius `eps` (> 0) and `min_points` (>= 1, the point itself included).
/// Throws `value_error` for a bad parameter or a non-finite value. O(n^2 d) time (all pairs,
/// in parallel, results independent of `threads`), O(n + neighbour pairs) memory.
[[nodiscard]] inline dbscan_result dbscan(const point_set& p, double eps, std::size_t min_points,
                                          metric m = metric::euclidean, std::size_t threads = 0) {
    if (!std::isfinite(eps) || eps <= 0)
        throw value_error("eps must be a positive number",
                          {.field = "eps", .value = detail::number_text(eps)});
    if (min_points == 0)
        throw value_error("min_points must be at least 1", {.field = "min_points", .value = "0"});
    p.check_finite();
    const std::size_t n = p.size();
    std::vector<std::vector<std::size_t>> near(n);
    detail::parallel_blocks(n, 256, threads, [&](std::size_t, std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
            for (std::size_t j = 0; j < n; ++j)
                if (distance(p[i], p[j], m) <= eps)
                    near[i].push_back(j);
    });
    dbscan_result r;
    r.core.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        r.core[i] = near[i].size() >= min_points ? 1 : 0;
    r.labels.assign(n, -1);
    int label = 0;
    std::vector<std::size_t> stack;
    for (std::size_t start = 0; start < n; ++start) {
        if (r.labels[start] != -1 || !r.core[start])
            continue;
        std::size_t i = start;
        for (;;) {
            if (r.labels[i] == -1) {
                r.labels[i] = label;
                if (r.core[i])
                    for (std::size_t v : near[i])
                        if (r.labels[v] == -1)
                            stack.push_back(v);
            }
            if (stack.empty())
                break;
            i = stack.back();
            stack.pop_back();
        }
        ++label;
    }
    r.clusters = static_cast<std::size_t>(label);
    detail::canonical_labels(r.labels);
    r.ids = p.ids;
    return r;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_CLUSTERING_DBSCAN_HPP
