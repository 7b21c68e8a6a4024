// SPDX-License-Identifier: MIT
/// \file
/// Agglomerative hierarchical clustering with single, complete, average and Ward linkage,
/// returning the whole merge tree in SciPy's linkage-matrix form, and flat clusters cut from it
/// by count or by height. Reference: docs/reference/clustering.md.
///
/// - Ward runs the nearest-neighbour chain on centroids and sizes: O(n^2 d) time and O(n d)
///   memory, no distance matrix, so hundreds of thousands of points fit in memory.
/// - Single linkage is Prim's minimum spanning tree on the fly: O(n^2 d) time, O(n) memory.
/// - Complete and average linkage run the nearest-neighbour chain on a condensed distance
///   matrix with Lance–Williams updates: O(n^2) time and memory.
///
/// Merges are sorted by height (stably) and numbered as SciPy does (`scipy.cluster.hierarchy.
/// linkage`), so heights agree with SciPy and, where no two heights tie, so do the merges.
#ifndef ASCN_ALGORITHM_CLUSTERING_HIERARCHICAL_HPP
#define ASCN_ALGORITHM_CLUSTERING_HIERARCHICAL_HPP

#include "ascn/algorithm/clustering/features.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numeric>
#include <vector>

namespace ascn {

/// How the distance between two clusters is measured.
enum class linkage : unsigned char {
    single,   ///< closest pair of points
    complete, ///< farthest pair of points
    average,  ///< mean over all pairs (UPGMA)
    ward,     ///< increase in within-cluster variance (Euclidean only)
};

/// One merge: clusters `a` < `b` (0..n-1 are the points, n + i the cluster made by merge i),
/// the height at which they merge, and the new cluster's size. A row of SciPy's linkage matrix.
struct merge_step {
    ///@{
    /// The two clusters merged, `a` < `b`.
    std::size_t a = 0, b = 0;
    ///@}
    double height = 0;    ///< distance between them when merged
    std::size_t size = 0; ///< points in the new cluster
};

/// The merge tree of n points: n - 1 merges in order of height.
struct dendrogram {
    std::size_t leaves = 0;         ///< number of points
    std::vector<merge_step> merges; ///< the n - 1 merges, by increasing height
    std::vector<std::string> ids;   ///< the points' ids, when they have them

    /// Flat clusters: the first n - k merges applied, so exactly k clusters (1 <= k <= n).
    /// Labels are numbered by first member.
    [[nodiscard]] std::vector<int> cut(std::size_t k) const {
        ASCN_EXPECTS(k >= 1 && k <= leaves);
        return labels_after(leaves - k);
    }
    /// Flat clusters: every merge at height <= `height` applied.
    [[nodiscard]] std::vector<int> cut_at_height(double height) const {
        std::size_t m = 0;
        while (m < merges.size() && merges[m].height <= height)
            ++m;
        return labels_after(m);
    }
    /// Leaves in the order a drawing puts them (children left to right, as SciPy's
    /// `dendrogram(...)['leaves']`).
    [[nodiscard]] std::vector<std::size_t> leaf_order() const {
        std::vector<std::size_t> out;
        if (leaves == 0)
            return out;
        if (merges.empty())
            return {0};
        std::vector<std::size_t> stack{leaves + merges.size() - 1};
        while (!stack.empty()) {
            const std::size_t c = stack.back();
            stack.pop_back();
            if (c < leaves)
                out.push_back(c);
            else {
                stack.push_back(merges[c - leaves].b);
                stack.push_back(merges[c - leaves].a);
            }
        }
        return out;
    }

private:
    [[nodiscard]] std::vector<int> labels_after(std::size_t applied) const {
        std::vector<std::size_t> parent(leaves + merges.size());
        std::iota(parent.begin(), parent.end(), std::size_t{0});
        auto find = [&](std::size_t x) {
            while (parent[x] != x)
                x = parent[x] = parent[parent[x]];
            return x;
        };
        for (std::size_t m = 0; m < applied; ++m) {
            parent[find(merges[m].a)] = leaves + m;
            parent[find(merges[m].b)] = leaves + m;
        }
        std::vector<int> labels(leaves);
        for (std::size_t i = 0; i < leaves; ++i)
            labels[i] = static_cast<int>(find(i));
        detail::canonical_labels(labels);
        return labels;
    }
};

namespace detail {

/// Sorts raw merges (point representatives, height) by height, stably, and numbers clusters
/// as SciPy's `label` does.
inline dendrogram finish_dendrogram(std::size_t n, std::vector<merge_step> raw) {
    std::stable_sort(raw.begin(), raw.end(),
                     [](const merge_step& x, const merge_step& y) { return x.height < y.height; });
    std::vector<std::size_t> parent(2 * n), size(2 * n, 1);
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    auto find = [&](std::size_t x) {
        std::size_t root = x;
        while (parent[root] != root)
            root = parent[root];
        while (parent[x] != root) {
            const std::size_t next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    };
    dendrogram out;
    out.leaves = n;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const std::size_t x = find(raw[i].a), y = find(raw[i].b);
        const std::size_t made = n + i;
        parent[x] = parent[y] = made;
        size[made] = size[x] + size[y];
        out.merges.push_back({std::min(x, y), std::max(x, y), raw[i].height, size[made]});
    }
    return out;
}

inline dendrogram single_linkage(const point_set& p, metric m) {
    const std::size_t n = p.size();
    std::vector<double> best(n, std::numeric_limits<double>::infinity());
    std::vector<std::size_t> from(n, 0);
    std::vector<char> in(n, 0);
    std::vector<merge_step> raw;
    std::size_t current = 0;
    in[0] = 1;
    for (std::size_t step = 1; step < n; ++step) {
        std::size_t next = n;
        double next_d = std::numeric_limits<double>::infinity();
        for (std::size_t j = 0; j < n; ++j) {
            if (in[j])
                continue;
            const double dj = distance(p[current], p[j], m);
            if (dj < best[j]) {
                best[j] = dj;
                from[j] = current;
            }
            if (next == n || best[j] < next_d) {
                next_d = best[j];
                next = j;
            }
        }
        in[next] = 1;
        raw.push_back({from[next], next, next_d, 0});
        current = next;
    }
    return finish_dendrogram(n, std::move(raw));
}

/// The nearest-neighbour chain over n clusters (all active at first). `dist(i, j)` compares
/// two active clusters (any monotone transform of the linkage distance), `height(x)` turns it
/// into the merge height, and `merge(x, y)` folds x into y, which keeps its index (as SciPy's
/// nn_chain does). The previous chain element wins ties, which keeps the chain from cycling.
template <class Dist, class Height, class Merge>
dendrogram nn_chain(std::size_t n, std::vector<char>& active, Dist dist, Height height,
                    Merge merge) {
    std::vector<merge_step> raw;
    std::vector<std::size_t> chain;
    for (std::size_t remaining = n; remaining > 1;) {
        if (chain.empty()) {
            std::size_t start = 0;
            while (!active[start])
                ++start;
            chain.push_back(start);
        }
        const std::size_t x = chain.back();
        const std::size_t prev = chain.size() >= 2 ? chain[chain.size() - 2] : n;
        std::size_t y = n;
        double best = std::numeric_limits<double>::infinity();
        if (prev != n) {
            y = prev;
            best = dist(x, prev);
        }
        for (std::size_t j = 0; j < n; ++j) {
            if (j == x || !active[j])
                continue;
            const double dj = dist(x, j);
            if (dj < best) {
                best = dj;
                y = j;
            }
        }
        if (y != prev) {
            chain.push_back(y);
            continue;
        }
        chain.pop_back();
        chain.pop_back();
        raw.push_back({x, y, height(best), 0});
        merge(x, y);
        active[x] = 0;
        --remaining;
    }
    return finish_dendrogram(n, std::move(raw));
}

inline dendrogram ward_linkage(const point_set& p) {
    const std::size_t n = p.size(), d = p.dimension();
    std::vector<double> centre(p.values());
    std::vector<double> size(n, 1.0);
    std::vector<char> active(n, 1);
    // Squared Ward distance between clusters i and j (the square root is monotone, so the
    // search compares squares and takes one root per merge).
    auto dist2 = [&](std::size_t i, std::size_t j) {
        double s = 0;
        const double* a = centre.data() + i * d;
        const double* b = centre.data() + j * d;
        for (std::size_t t = 0; t < d; ++t) {
            const double u = a[t] - b[t];
            s += u * u;
        }
        return 2.0 * size[i] * size[j] / (size[i] + size[j]) * s;
    };
    auto merge = [&](std::size_t x, std::size_t y) {
        const double total = size[x] + size[y];
        for (std::size_t t = 0; t < d; ++t)
            centre[y * d + t] = (size[x] * centre[x * d + t] + size[y] * centre[y * d + t]) / total;
        size[y] = total;
    };
    return nn_chain(
        n, active, dist2, [](double d2) { return std::sqrt(d2); }, merge);
}

inline dendrogram matrix_linkage(const point_set& p, linkage how, metric m) {
    const std::size_t n = p.size();
    std::vector<double> dm = pairwise_distances(p, m);
    std::vector<double> size(n, 1.0);
    std::vector<char> active(n, 1);
    auto at = [&](std::size_t i, std::size_t j) -> double& { return dm[condensed_index(n, i, j)]; };
    // Lance–Williams update for complete and average linkage.
    auto merge = [&](std::size_t x, std::size_t y) {
        for (std::size_t k = 0; k < n; ++k) {
            if (!active[k] || k == x || k == y)
                continue;
            const double dx = at(x, k), dy = at(y, k);
            at(y, k) = how == linkage::complete
                           ? std::max(dx, dy)
                           : (size[x] * dx + size[y] * dy) / (size[x] + size[y]);
        }
        size[y] += size[x];
    };
    return nn_chain(
        n, active, [&](std::size_t i, std::size_t j) { return at(i, j); },
        [](double h) { return h; }, merge);
}

} // namespace detail

/// The merge tree of `points` under `how`, with distances `m` (Ward needs Euclidean:
/// `value_error` otherwise). Throws `value_error` on a non-finite value.
[[nodiscard]] inline dendrogram hierarchical(const point_set& points, linkage how,
                                             metric m = metric::euclidean) {
    points.check_finite();
    if (how == linkage::ward && m != metric::euclidean)
        throw value_error("Ward linkage is defined for Euclidean distances only",
                          {.field = "metric"});
    dendrogram out;
    if (points.size() <= 1)
        out.leaves = points.size();
    else if (how == linkage::single)
        out = detail::single_linkage(points, m);
    else if (how == linkage::ward)
        out = detail::ward_linkage(points);
    else
        out = detail::matrix_linkage(points, how, m);
    out.ids = points.ids;
    return out;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_CLUSTERING_HIERARCHICAL_HPP
