// SPDX-License-Identifier: MIT
/// \file
/// Quality of a clustering: silhouette (per point and mean), Davies–Bouldin,
/// Calinski–Harabasz and inertia, defined as in scikit-learn so the numbers agree with it.
/// Every label value (noise's -1 included) counts as a cluster, as in scikit-learn.
/// Reference: docs/reference/clustering.md.
#ifndef ASCN_ALGORITHM_CLUSTERING_CLUSTER_QUALITY_HPP
#define ASCN_ALGORITHM_CLUSTERING_CLUSTER_QUALITY_HPP

#include "ascn/algorithm/clustering/features.hpp"
#include "ascn/detail/parallel.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <random>
#include <vector>

namespace ascn {

namespace detail {
/// Labels mapped to 0..k-1 in order of value, and k.
inline std::pair<std::vector<std::size_t>, std::size_t>
dense_labels(const std::vector<int>& labels) {
    std::map<int, std::size_t> index;
    for (int l : labels)
        index.emplace(l, 0);
    std::size_t k = 0;
    for (auto& [l, i] : index)
        i = k++;
    std::vector<std::size_t> out(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i)
        out[i] = index[labels[i]];
    return {std::move(out), k};
}

inline void check_labels(const point_set& p, const std::vector<int>& labels, std::size_t k) {
    if (labels.size() != p.size())
        throw value_error("one label per point is needed",
                          {.field = "labels", .value = std::to_string(labels.size())});
    if (k < 2 || k > p.size() - 1)
        throw value_error("the number of clusters must be in [2, n - 1]",
                          {.field = "labels", .value = std::to_string(k)});
}

inline std::vector<double> centroids(const point_set& p, const std::vector<std::size_t>& label,
                                     std::size_t k, std::vector<std::size_t>& sizes) {
    const std::size_t d = p.dimension();
    std::vector<double> c(k * d, 0.0);
    sizes.assign(k, 0);
    for (std::size_t i = 0; i < p.size(); ++i) {
        ++sizes[label[i]];
        for (std::size_t j = 0; j < d; ++j)
            c[label[i] * d + j] += p[i][j];
    }
    for (std::size_t c_i = 0; c_i < k; ++c_i)
        for (std::size_t j = 0; j < d; ++j)
            c[c_i * d + j] /= static_cast<double>(sizes[c_i]);
    return c;
}
} // namespace detail

/// Silhouette of every point: (b - a) / max(a, b), where a is the mean distance to the other
/// members of its cluster and b the smallest mean distance to another cluster; 0 for a point
/// alone in its cluster. Needs 2 <= clusters <= n - 1 (else `value_error`).
/// O(n^2 d) time, O(n k) memory, parallel over points (results independent of `threads`).
[[nodiscard]] inline std::vector<double> silhouette_samples(const point_set& p,
                                                            const std::vector<int>& labels,
                                                            metric m = metric::euclidean,
                                                            std::size_t threads = 0) {
    const auto dense = detail::dense_labels(labels);
    const auto& label = dense.first;
    const std::size_t k = dense.second;
    detail::check_labels(p, labels, k);
    const std::size_t n = p.size();
    std::vector<std::size_t> sizes(k, 0);
    for (auto l : label)
        ++sizes[l];
    std::vector<double> s(n, 0.0);
    detail::parallel_blocks(n, 64, threads, [&](std::size_t, std::size_t begin, std::size_t end) {
        std::vector<double> sum(k);
        for (std::size_t i = begin; i < end; ++i) {
            std::fill(sum.begin(), sum.end(), 0.0);
            for (std::size_t j = 0; j < n; ++j)
                if (j != i)
                    sum[label[j]] += distance(p[i], p[j], m);
            const std::size_t own = label[i];
            if (sizes[own] <= 1) {
                s[i] = 0.0;
                continue;
            }
            const double a = sum[own] / static_cast<double>(sizes[own] - 1);
            double b = std::numeric_limits<double>::infinity();
            for (std::size_t c = 0; c < k; ++c)
                if (c != own)
                    b = std::min(b, sum[c] / static_cast<double>(sizes[c]));
            const double denom = std::max(a, b);
            s[i] = denom > 0 ? (b - a) / denom : 0.0;
        }
    });
    return s;
}

/// The mean silhouette (scikit-learn's `silhouette_score`).
[[nodiscard]] inline double silhouette(const point_set& p, const std::vector<int>& labels,
                                       metric m = metric::euclidean, std::size_t threads = 0) {
    const auto s = silhouette_samples(p, labels, m, threads);
    double total = 0;
    for (double x : s)
        total += x;
    return total / static_cast<double>(s.size());
}

/// The mean silhouette of `sample_size` points drawn without replacement with `seed`, taken
/// among the sampled points only: what scikit-learn's `silhouette_score(X, labels,
/// sample_size=s, random_state=r)` computes (its draw differs from this one, so its numbers
/// do too). For data too large for the exact O(n^2 d) mean; a sample as large as the data
/// gives `silhouette` exactly. Needs 2 <= clusters <= s - 1 in the sample (else
/// `value_error`). O(s^2 d + n).
[[nodiscard]] inline double silhouette_sampled(const point_set& p, const std::vector<int>& labels,
                                               std::size_t sample_size, std::uint64_t seed,
                                               metric m = metric::euclidean,
                                               std::size_t threads = 0) {
    if (labels.size() != p.size())
        throw value_error("one label per point is needed",
                          {.field = "labels", .value = std::to_string(labels.size())});
    const std::size_t n = p.size();
    if (sample_size >= n)
        return silhouette(p, labels, m, threads);
    // A partial Fisher-Yates shuffle by mt19937_64 (fully specified by the standard), then the
    // drawn points in their original order.
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = i;
    std::mt19937_64 rng(seed);
    for (std::size_t i = 0; i < sample_size; ++i)
        std::swap(order[i], order[i + static_cast<std::size_t>(rng() % (n - i))]);
    order.resize(sample_size);
    std::sort(order.begin(), order.end());
    const std::size_t d = p.dimension();
    std::vector<double> values;
    values.reserve(sample_size * d);
    std::vector<int> sample_labels;
    sample_labels.reserve(sample_size);
    for (auto i : order) {
        values.insert(values.end(), p[i].begin(), p[i].end());
        sample_labels.push_back(labels[i]);
    }
    return silhouette(point_set(sample_size, d, std::move(values)), sample_labels, m, threads);
}

/// Davies–Bouldin index (lower is better), Euclidean, as scikit-learn's
/// `davies_bouldin_score`. Needs 2 <= clusters <= n - 1. O(n d + k^2 d).
[[nodiscard]] inline double davies_bouldin(const point_set& p, const std::vector<int>& labels) {
    const auto dense = detail::dense_labels(labels);
    const auto& label = dense.first;
    const std::size_t k = dense.second;
    detail::check_labels(p, labels, k);
    std::vector<std::size_t> sizes;
    const auto c = detail::centroids(p, label, k, sizes);
    const std::size_t d = p.dimension();
    std::vector<double> spread(k, 0.0);
    for (std::size_t i = 0; i < p.size(); ++i)
        spread[label[i]] +=
            distance(p[i], std::span<const double>(c.data() + label[i] * d, d), metric::euclidean);
    bool all_zero = true;
    for (std::size_t a = 0; a < k; ++a) {
        spread[a] /= static_cast<double>(sizes[a]);
        all_zero = all_zero && std::abs(spread[a]) <= 1e-8;
    }
    if (all_zero)
        return 0.0;
    double total = 0;
    for (std::size_t a = 0; a < k; ++a) {
        double worst = 0;
        for (std::size_t b = 0; b < k; ++b) {
            if (a == b)
                continue;
            const double m =
                distance(std::span<const double>(c.data() + a * d, d),
                         std::span<const double>(c.data() + b * d, d), metric::euclidean);
            const double r = m == 0 ? 0.0 : (spread[a] + spread[b]) / m;
            worst = std::max(worst, r);
        }
        total += worst;
    }
    return total / static_cast<double>(k);
}

/// Calinski–Harabasz index (higher is better), as scikit-learn's `calinski_harabasz_score`:
/// between-cluster over within-cluster dispersion, times (n - k) / (k - 1); 1 when every
/// cluster is a single point value. Needs 2 <= clusters <= n - 1.
[[nodiscard]] inline double calinski_harabasz(const point_set& p, const std::vector<int>& labels) {
    const auto dense = detail::dense_labels(labels);
    const auto& label = dense.first;
    const std::size_t k = dense.second;
    detail::check_labels(p, labels, k);
    std::vector<std::size_t> sizes;
    const auto c = detail::centroids(p, label, k, sizes);
    const std::size_t n = p.size(), d = p.dimension();
    std::vector<double> mean(d, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < d; ++j)
            mean[j] += p[i][j];
    for (auto& x : mean)
        x /= static_cast<double>(n);
    double extra = 0, intra = 0;
    for (std::size_t a = 0; a < k; ++a) {
        double s = 0;
        for (std::size_t j = 0; j < d; ++j)
            s += (c[a * d + j] - mean[j]) * (c[a * d + j] - mean[j]);
        extra += static_cast<double>(sizes[a]) * s;
    }
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < d; ++j) {
            const double t = p[i][j] - c[label[i] * d + j];
            intra += t * t;
        }
    if (intra == 0)
        return 1.0;
    return extra * static_cast<double>(n - k) / (intra * static_cast<double>(k - 1));
}

/// Sum of squared Euclidean distances of points to their cluster's centroid (k-means'
/// objective). Any number of clusters.
[[nodiscard]] inline double inertia(const point_set& p, const std::vector<int>& labels) {
    if (labels.size() != p.size())
        throw value_error("one label per point is needed",
                          {.field = "labels", .value = std::to_string(labels.size())});
    const auto dense = detail::dense_labels(labels);
    const auto& label = dense.first;
    const std::size_t k = dense.second;
    std::vector<std::size_t> sizes;
    const auto c = detail::centroids(p, label, k, sizes);
    const std::size_t d = p.dimension();
    double total = 0;
    for (std::size_t i = 0; i < p.size(); ++i)
        for (std::size_t j = 0; j < d; ++j) {
            const double t = p[i][j] - c[label[i] * d + j];
            total += t * t;
        }
    return total;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_CLUSTERING_CLUSTER_QUALITY_HPP
