// SPDX-License-Identifier: MIT
/// \file
/// k-medoids by PAM (Kaufman & Rousseeuw): greedy BUILD, then SWAP until no exchange of a
/// medoid for a non-medoid lowers the total distance. Works with any distance, since only
/// distances between points are used. Reference: docs/reference/clustering.md.
#ifndef ASCN_ALGORITHM_CLUSTERING_KMEDOIDS_HPP
#define ASCN_ALGORITHM_CLUSTERING_KMEDOIDS_HPP

#include "ascn/algorithm/clustering/features.hpp"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

namespace ascn {

/// The result of `kmedoids`.
struct kmedoids_result {
    std::vector<int> labels;          ///< cluster of each point, numbered by first member
    std::vector<std::size_t> medoids; ///< the medoid (a point index) of each cluster
    double cost = 0;                  ///< sum of each point's distance to its medoid
    std::size_t swaps = 0;            ///< SWAP steps taken
    std::vector<std::string> ids;     ///< the points' ids, when they have them
};

/// PAM on `points` with distance `m`, k in [1, n] (`value_error` otherwise). Deterministic (ties
/// go to the lowest index). O(n^2) memory for the distance matrix; O(k n^2) time per SWAP step.
[[nodiscard]] inline kmedoids_result kmedoids(const point_set& points, std::size_t k,
                                              metric m = metric::euclidean,
                                              std::size_t max_swaps = 1000) {
    points.check_finite();
    const std::size_t n = points.size();
    if (k == 0 || k > n)
        throw value_error("k must be in [1, number of points]",
                          {.field = "k", .value = std::to_string(k)});
    const auto dm = pairwise_distances(points, m);
    auto dist = [&](std::size_t i, std::size_t j) {
        return i == j ? 0.0 : dm[detail::condensed_index(n, i, j)];
    };
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<std::size_t> medoids;
    std::vector<double> nearest(n, inf); // D: distance to the nearest medoid
    std::vector<char> is_medoid(n, 0);
    // BUILD
    while (medoids.size() < k) {
        std::size_t best = n;
        double best_gain = -inf;
        for (std::size_t c = 0; c < n; ++c) {
            if (is_medoid[c])
                continue;
            double gain = 0;
            for (std::size_t j = 0; j < n; ++j)
                gain += medoids.empty() ? -dist(c, j) : std::max(0.0, nearest[j] - dist(c, j));
            if (gain > best_gain) {
                best_gain = gain;
                best = c;
            }
        }
        medoids.push_back(best);
        is_medoid[best] = 1;
        for (std::size_t j = 0; j < n; ++j)
            nearest[j] = std::min(nearest[j], dist(best, j));
    }
    // SWAP
    kmedoids_result r;
    auto assign = [&](std::vector<std::size_t>& which, std::vector<double>& d1,
                      std::vector<double>& d2) {
        which.assign(n, 0);
        d1.assign(n, inf);
        d2.assign(n, inf);
        for (std::size_t j = 0; j < n; ++j)
            for (std::size_t mi = 0; mi < medoids.size(); ++mi) {
                const double dj = dist(medoids[mi], j);
                if (dj < d1[j]) {
                    d2[j] = d1[j];
                    d1[j] = dj;
                    which[j] = mi;
                } else if (dj < d2[j])
                    d2[j] = dj;
            }
    };
    std::vector<std::size_t> which;
    std::vector<double> d1, d2;
    for (; r.swaps < max_swaps; ++r.swaps) {
        assign(which, d1, d2);
        double best_delta = 0;
        std::size_t best_m = k, best_o = n;
        for (std::size_t mi = 0; mi < k; ++mi)
            for (std::size_t o = 0; o < n; ++o) {
                if (is_medoid[o])
                    continue;
                double delta = 0;
                for (std::size_t j = 0; j < n; ++j) {
                    const double dj = dist(o, j);
                    if (which[j] == mi)
                        delta += std::min(d2[j], dj) - d1[j];
                    else
                        delta += std::min(0.0, dj - d1[j]);
                }
                if (delta < best_delta - 1e-12 * (1.0 + std::abs(best_delta))) {
                    best_delta = delta;
                    best_m = mi;
                    best_o = o;
                }
            }
        if (best_o == n)
            break;
        is_medoid[medoids[best_m]] = 0;
        is_medoid[best_o] = 1;
        medoids[best_m] = best_o;
    }
    assign(which, d1, d2);
    r.labels.resize(n);
    for (std::size_t j = 0; j < n; ++j) {
        r.labels[j] = static_cast<int>(which[j]);
        r.cost += d1[j];
    }
    // Canonical order, medoids permuted to match.
    std::vector<int> map(k, -1);
    int next = 0;
    for (int l : r.labels)
        if (map[static_cast<std::size_t>(l)] < 0)
            map[static_cast<std::size_t>(l)] = next++;
    r.medoids.assign(k, 0);
    for (std::size_t mi = 0; mi < k; ++mi)
        r.medoids[static_cast<std::size_t>(map[mi] < 0 ? next++ : map[mi])] = medoids[mi];
    for (auto& l : r.labels)
        l = map[static_cast<std::size_t>(l)];
    r.ids = points.ids;
    return r;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_CLUSTERING_KMEDOIDS_HPP
