// SPDX-License-Identifier: MIT
/// \file
/// Choosing k: run k-means for every k in a range and report every quality index.
#ifndef ASCN_ALGORITHM_CLUSTERING_CLUSTER_SWEEP_HPP
#define ASCN_ALGORITHM_CLUSTERING_CLUSTER_SWEEP_HPP

#include "ascn/algorithm/clustering/cluster_quality.hpp"
#include "ascn/algorithm/clustering/kmeans.hpp"

#include <cstddef>
#include <vector>

namespace ascn {

/// The indices of one k.
struct sweep_row {
    std::size_t k = 0;     ///< number of clusters
    double inertia = 0;    ///< sum of squared distances to the assigned centre (lower is better)
    double silhouette = 0; ///< higher is better
    double davies_bouldin = 0;    ///< lower is better
    double calinski_harabasz = 0; ///< higher is better
};

/// k-means (with `options`, its `k` ignored) for every k in [k_min, k_max], with every index.
/// k_min >= 2 and k_max <= n - 1 (the indices need it), else `value_error`. The silhouette is
/// exact (O(n^2 d) per k), or with `silhouette_sample` > 0 the mean over a sample of that many
/// points drawn with `options.seed` (`silhouette_sampled`).
[[nodiscard]] inline std::vector<sweep_row> sweep_k(const point_set& points, std::size_t k_min,
                                                    std::size_t k_max, kmeans_options options = {},
                                                    std::size_t silhouette_sample = 0) {
    if (k_min < 2 || k_max < k_min || k_max + 1 > points.size())
        throw value_error(
            "the k range must lie in [2, n - 1]",
            {.field = "k", .value = std::to_string(k_min) + ".." + std::to_string(k_max)});
    std::vector<sweep_row> out;
    for (std::size_t k = k_min; k <= k_max; ++k) {
        options.k = k;
        const auto r = kmeans(points, options);
        sweep_row row;
        row.k = k;
        row.inertia = r.inertia;
        // k-means can leave a cluster empty on degenerate data; indices need >= 2 labels.
        std::vector<int> used(r.labels);
        std::sort(used.begin(), used.end());
        const auto distinct =
            static_cast<std::size_t>(std::unique(used.begin(), used.end()) - used.begin());
        if (distinct >= 2 && distinct + 1 <= points.size()) {
            row.silhouette =
                silhouette_sample > 0
                    ? silhouette_sampled(points, r.labels, silhouette_sample, options.seed,
                                         metric::euclidean, options.threads)
                    : silhouette(points, r.labels, metric::euclidean, options.threads);
            row.davies_bouldin = davies_bouldin(points, r.labels);
            row.calinski_harabasz = calinski_harabasz(points, r.labels);
        }
        out.push_back(row);
    }
    return out;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_CLUSTERING_CLUSTER_SWEEP_HPP
