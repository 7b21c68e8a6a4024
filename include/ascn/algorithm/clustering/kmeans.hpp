// SPDX-License-Identifier: MIT
/// \file
/// k-means: k-means++ seeding, restarts, Lloyd's algorithm and Hamerly's accelerated variant
/// (same answer, fewer distance computations). Iterations follow scikit-learn's Lloyd exactly
/// (tolerance on the squared centre shift scaled by the mean feature variance, a final
/// assignment step, empty clusters moved to far points), so from the same initial centres the
/// results agree with it. Deterministic: a seed gives bit-identical results for any thread
/// count. Reference: docs/reference/clustering.md.
#ifndef ASCN_ALGORITHM_CLUSTERING_KMEANS_HPP
#define ASCN_ALGORITHM_CLUSTERING_KMEANS_HPP

#include "ascn/algorithm/clustering/features.hpp"
#include "ascn/detail/parallel.hpp"
#include "ascn/progress.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numeric>
#include <random>
#include <vector>

namespace ascn {

/// Which k-means iteration to run. Both give the same result.
enum class kmeans_method : unsigned char {
    lloyd,   ///< every point against every centre, every iteration
    hamerly, ///< skips points whose bounds prove their centre unchanged (Hamerly 2010)
};

/// Options of `kmeans`.
struct kmeans_options {
    std::size_t k = 8;                ///< number of clusters, 1 <= k <= n
    std::size_t restarts = 10;        ///< k-means++ seedings tried; the lowest inertia wins
    std::size_t max_iterations = 300; ///< per run
    double tolerance = 1e-4;          ///< relative to the mean feature variance
    std::uint64_t seed = 0;           ///< all randomness comes from it
    kmeans_method method =
        kmeans_method::hamerly;  ///< assignment algorithm; results do not depend on it
    std::size_t threads = 0;     ///< 0: all cores; results do not depend on it
    bool record_history = false; ///< keep the inertia after every assignment step
    /// Told the fraction done after every iteration (of all restarts; a run that converges
    /// early jumps ahead); returning false stops `kmeans` with `cancelled_error`.
    progress_callback progress{};
};

/// The result of `kmeans`.
struct kmeans_result {
    std::vector<int> labels;      ///< cluster of each point, numbered by first member (canonical)
    point_set centres;            ///< k x d, row c is cluster c's centre
    double inertia = 0;           ///< sum of squared distances to the assigned centre
    std::size_t iterations = 0;   ///< of the winning run
    bool converged = false;       ///< the winning run stopped before max_iterations
    std::vector<std::string> ids; ///< the points' ids, when they have them
    /// Inertia with the labels of each assignment step and the centres they were assigned to
    /// (with `record_history`). Never increases.
    std::vector<double> history;
};

namespace detail {

struct kmeans_state {
    const point_set& x;
    std::size_t k, d, threads;
    static constexpr std::size_t block = 4096;

    [[nodiscard]] double sq(std::size_t i, const std::vector<double>& c, std::size_t j) const {
        double s = 0;
        const double* xi = x[i].data();
        const double* cj = c.data() + j * d;
        for (std::size_t t = 0; t < d; ++t) {
            const double u = xi[t] - cj[t];
            s += u * u;
        }
        return s;
    }

    /// Lloyd E-step: nearest centre of every point (ties: lowest index). Returns whether any
    /// label changed; `cost` gets the sum of squared distances (block order).
    bool assign(const std::vector<double>& c, std::vector<int>& labels, double* cost) const {
        const std::size_t n = x.size();
        const std::size_t blocks = (n + block - 1) / block;
        std::vector<double> part(blocks, 0.0);
        std::vector<char> changed(blocks, 0);
        // Centres transposed (d x k): the inner loop runs over centres with independent
        // accumulators, which compilers vectorise without reassociating any sum (each
        // distance still adds its d terms in order, so results are exactly those of sq()).
        std::vector<double> ct(d * k);
        for (std::size_t j = 0; j < k; ++j)
            for (std::size_t t = 0; t < d; ++t)
                ct[t * k + j] = c[j * d + t];
        parallel_blocks(n, block, threads, [&](std::size_t b, std::size_t begin, std::size_t end) {
            std::vector<double> acc(k);
            double s = 0;
            for (std::size_t i = begin; i < end; ++i) {
                const double* xi = x[i].data();
                std::fill(acc.begin(), acc.end(), 0.0);
                for (std::size_t t = 0; t < d; ++t) {
                    const double xt = xi[t];
                    const double* row = ct.data() + t * k;
                    double* a = acc.data();
                    for (std::size_t j = 0; j < k; ++j) {
                        const double u = xt - row[j];
                        a[j] += u * u;
                    }
                }
                double best = acc[0];
                int arg = 0;
                for (std::size_t j = 1; j < k; ++j)
                    if (acc[j] < best) {
                        best = acc[j];
                        arg = static_cast<int>(j);
                    }
                if (labels[i] != arg) {
                    labels[i] = arg;
                    changed[b] = 1;
                }
                s += best;
            }
            part[b] = s;
        });
        if (cost) {
            *cost = 0;
            for (double v : part)
                *cost += v;
        }
        return std::find(changed.begin(), changed.end(), 1) != changed.end();
    }

    /// M-step: centres as means of their points, with scikit-learn's relocation of empty
    /// clusters to the points farthest from their centre. Returns the new centres and the sum
    /// over clusters of their squared shift.
    std::vector<double> update(const std::vector<double>& old, const std::vector<int>& labels,
                               double& shift) const {
        const std::size_t n = x.size();
        const std::size_t blocks = (n + block - 1) / block;
        std::vector<double> sums(blocks * k * d, 0.0);
        std::vector<std::size_t> counts(blocks * k, 0);
        parallel_blocks(n, block, threads, [&](std::size_t b, std::size_t begin, std::size_t end) {
            double* s = sums.data() + b * k * d;
            std::size_t* cnt = counts.data() + b * k;
            for (std::size_t i = begin; i < end; ++i) {
                const auto l = static_cast<std::size_t>(labels[i]);
                ++cnt[l];
                const double* xi = x[i].data();
                for (std::size_t t = 0; t < d; ++t)
                    s[l * d + t] += xi[t];
            }
        });
        std::vector<double> c(k * d, 0.0);
        std::vector<double> weight(k, 0.0);
        for (std::size_t b = 0; b < blocks; ++b)
            for (std::size_t j = 0; j < k; ++j) {
                weight[j] += static_cast<double>(counts[b * k + j]);
                for (std::size_t t = 0; t < d; ++t)
                    c[j * d + t] += sums[(b * k + j) * d + t];
            }
        std::vector<std::size_t> empty;
        for (std::size_t j = 0; j < k; ++j)
            if (weight[j] == 0)
                empty.push_back(j);
        if (!empty.empty()) {
            std::vector<std::size_t> order(n);
            std::iota(order.begin(), order.end(), std::size_t{0});
            std::vector<double> dist(n);
            for (std::size_t i = 0; i < n; ++i)
                dist[i] = sq(i, old, static_cast<std::size_t>(labels[i]));
            std::stable_sort(order.begin(), order.end(),
                             [&](std::size_t a, std::size_t b) { return dist[a] > dist[b]; });
            for (std::size_t e = 0; e < empty.size() && e < n; ++e) {
                const std::size_t far = order[e], to = empty[e];
                const auto from = static_cast<std::size_t>(labels[far]);
                for (std::size_t t = 0; t < d; ++t) {
                    c[from * d + t] -= x[far][t];
                    c[to * d + t] = x[far][t];
                }
                weight[to] = 1;
                weight[from] -= 1;
            }
        }
        shift = 0;
        for (std::size_t j = 0; j < k; ++j) {
            for (std::size_t t = 0; t < d; ++t) {
                if (weight[j] > 0)
                    c[j * d + t] /= weight[j];
                const double u = c[j * d + t] - old[j * d + t];
                shift += u * u;
            }
        }
        return c;
    }

    [[nodiscard]] double tolerance(double relative) const {
        const std::size_t n = x.size();
        double total = 0;
        for (std::size_t t = 0; t < d; ++t) {
            double mean = 0;
            for (std::size_t i = 0; i < n; ++i)
                mean += x[i][t];
            mean /= static_cast<double>(n);
            double var = 0;
            for (std::size_t i = 0; i < n; ++i)
                var += (x[i][t] - mean) * (x[i][t] - mean);
            total += var / static_cast<double>(n);
        }
        return d == 0 ? 0.0 : total / static_cast<double>(d) * relative;
    }

    [[nodiscard]] double cost(const std::vector<double>& c, const std::vector<int>& labels) const {
        const std::size_t n = x.size();
        const std::size_t blocks = (n + block - 1) / block;
        std::vector<double> part(blocks, 0.0);
        parallel_blocks(n, block, threads, [&](std::size_t b, std::size_t begin, std::size_t end) {
            double s = 0;
            for (std::size_t i = begin; i < end; ++i)
                s += sq(i, c, static_cast<std::size_t>(labels[i]));
            part[b] = s;
        });
        double total = 0;
        for (double v : part)
            total += v;
        return total;
    }
};

/// Hamerly's bounds: upper bound on the distance to the assigned centre, lower bound on the
/// distance to every other centre.
struct hamerly_bounds {
    std::vector<double> upper, lower;
};

/// E-step with Hamerly's bounds. `moved[j]`: how far centre j moved since the bounds were
/// last valid (empty on the first call, which computes everything).
inline bool hamerly_assign(const kmeans_state& s, const std::vector<double>& c,
                           const std::vector<double>& moved, std::vector<int>& labels,
                           hamerly_bounds& hb) {
    const std::size_t n = s.x.size(), k = s.k, d = s.d;
    // Half the distance from each centre to its nearest other centre.
    std::vector<double> half(k, std::numeric_limits<double>::infinity());
    for (std::size_t a = 0; a < k; ++a)
        for (std::size_t b = 0; b < k; ++b)
            if (a != b) {
                double t = 0;
                for (std::size_t u = 0; u < d; ++u)
                    t += (c[a * d + u] - c[b * d + u]) * (c[a * d + u] - c[b * d + u]);
                half[a] = std::min(half[a], 0.5 * std::sqrt(t));
            }
    std::size_t far1 = 0;
    double max1 = 0, max2 = 0;
    for (std::size_t j = 0; j < moved.size(); ++j) {
        if (moved[j] > max1) {
            max2 = max1;
            max1 = moved[j];
            far1 = j;
        } else if (moved[j] > max2)
            max2 = moved[j];
    }
    const bool first = moved.empty();
    const std::size_t blocks = (n + kmeans_state::block - 1) / kmeans_state::block;
    std::vector<char> changed(blocks, 0);
    parallel_blocks(n, kmeans_state::block, s.threads,
                    [&](std::size_t b, std::size_t begin, std::size_t end) {
                        for (std::size_t i = begin; i < end; ++i) {
                            auto a = static_cast<std::size_t>(labels[i]);
                            if (!first) {
                                hb.upper[i] += moved[a];
                                hb.lower[i] -= a == far1 ? max2 : max1;
                                const double m = std::max(half[a], hb.lower[i]);
                                if (hb.upper[i] <= m)
                                    continue;
                                hb.upper[i] = std::sqrt(s.sq(i, c, a));
                                if (hb.upper[i] <= m)
                                    continue;
                            }
                            double best = std::numeric_limits<double>::infinity(), second = best;
                            int arg = 0;
                            for (std::size_t j = 0; j < k; ++j) {
                                const double dj = s.sq(i, c, j);
                                if (dj < best) {
                                    second = best;
                                    best = dj;
                                    arg = static_cast<int>(j);
                                } else if (dj < second)
                                    second = dj;
                            }
                            if (labels[i] != arg) {
                                labels[i] = arg;
                                changed[b] = 1;
                            }
                            hb.upper[i] = std::sqrt(best);
                            hb.lower[i] = std::sqrt(second);
                        }
                    });
    return std::find(changed.begin(), changed.end(), 1) != changed.end();
}

/// One run from the given centres (k x d, row-major).
inline kmeans_result kmeans_run(const point_set& x, std::vector<double> centres,
                                const kmeans_options& o) {
    const std::size_t n = x.size(), d = x.dimension(), k = o.k;
    kmeans_state s{x, k, d, o.threads};
    const double tol = s.tolerance(o.tolerance);
    kmeans_result r;
    std::vector<int> labels(n, -1), previous(n, -1);
    hamerly_bounds hb;
    std::vector<double> moved;
    if (o.method == kmeans_method::hamerly) {
        hb.upper.assign(n, 0.0);
        hb.lower.assign(n, 0.0);
    }
    bool strict = false;
    std::size_t it = 0;
    for (; it < o.max_iterations; ++it) {
        detail::report_progress(o.progress, static_cast<double>(it),
                                static_cast<double>(o.max_iterations), "k-means");
        if (o.method == kmeans_method::hamerly)
            hamerly_assign(s, centres, moved, labels, hb);
        else
            s.assign(centres, labels, nullptr);
        if (o.record_history)
            r.history.push_back(s.cost(centres, labels));
        double shift = 0;
        auto next = s.update(centres, labels, shift);
        if (o.method == kmeans_method::hamerly) {
            moved.assign(k, 0.0);
            for (std::size_t j = 0; j < k; ++j) {
                double t = 0;
                for (std::size_t u = 0; u < d; ++u)
                    t += (next[j * d + u] - centres[j * d + u]) *
                         (next[j * d + u] - centres[j * d + u]);
                moved[j] = std::sqrt(t);
            }
        }
        centres = std::move(next);
        if (labels == previous) {
            strict = true;
            break;
        }
        if (shift <= tol)
            break;
        previous = labels;
    }
    r.iterations = std::min(it + 1, o.max_iterations);
    r.converged = it < o.max_iterations;
    if (!strict) { // labels for the final centres
        if (o.method == kmeans_method::hamerly)
            hamerly_assign(s, centres, moved, labels, hb);
        else
            s.assign(centres, labels, nullptr);
    }
    r.inertia = s.cost(centres, labels);
    r.labels = std::move(labels);
    r.centres = point_set(k, d, std::move(centres));
    return r;
}

/// Puts clusters in canonical order (by first member) and permutes the centres to match.
inline void canonical_order(kmeans_result& r) {
    const std::size_t k = r.centres.size(), d = r.centres.dimension();
    std::vector<int> map(k, -1);
    int next = 0;
    for (int l : r.labels)
        if (map[static_cast<std::size_t>(l)] < 0)
            map[static_cast<std::size_t>(l)] = next++;
    for (auto& m : map) // clusters left empty go last, in their order
        if (m < 0)
            m = next++;
    point_set c(k, d);
    for (std::size_t j = 0; j < k; ++j)
        for (std::size_t t = 0; t < d; ++t)
            c[static_cast<std::size_t>(map[j])][t] = r.centres[j][t];
    for (auto& l : r.labels)
        l = map[static_cast<std::size_t>(l)];
    c.columns = r.centres.columns;
    r.centres = std::move(c);
}

inline void check_kmeans(const point_set& x, const kmeans_options& o) {
    if (o.k == 0 || o.k > x.size())
        throw value_error("k must be in [1, number of points]",
                          {.field = "k", .value = std::to_string(o.k)});
    if (!std::isfinite(o.tolerance) || o.tolerance < 0)
        throw value_error("tolerance must be finite and non-negative",
                          {.field = "tolerance", .value = detail::number_text(o.tolerance)});
    x.check_finite();
}

} // namespace detail

/// k-means++ seeding ("greedy", as scikit-learn: 2 + ln k candidates per step, the one that
/// lowers the potential most is kept). Returns the indices of the chosen points.
template <class URBG>
[[nodiscard]] std::vector<std::size_t> kmeans_plus_plus(const point_set& x, std::size_t k,
                                                        URBG& g) {
    const std::size_t n = x.size();
    ASCN_EXPECTS(k >= 1 && k <= n);
    std::vector<std::size_t> chosen;
    chosen.push_back(static_cast<std::size_t>(detail::uniform01(g) * static_cast<double>(n)));
    std::vector<double> closest(n);
    for (std::size_t i = 0; i < n; ++i)
        closest[i] = distance(x[i], x[chosen[0]], metric::squared_euclidean);
    const std::size_t trials = 2 + static_cast<std::size_t>(std::log(static_cast<double>(k)));
    std::vector<double> cumulative(n), candidate(n);
    while (chosen.size() < k) {
        double potential = 0;
        for (std::size_t i = 0; i < n; ++i) {
            potential += closest[i];
            cumulative[i] = potential;
        }
        std::size_t best_index = 0;
        double best_potential = std::numeric_limits<double>::infinity();
        std::vector<double> best_closest;
        for (std::size_t t = 0; t < trials; ++t) {
            const double r = detail::uniform01(g) * potential;
            auto at = static_cast<std::size_t>(
                std::upper_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin());
            at = std::min(at, n - 1);
            double pot = 0;
            for (std::size_t i = 0; i < n; ++i) {
                candidate[i] =
                    std::min(closest[i], distance(x[i], x[at], metric::squared_euclidean));
                pot += candidate[i];
            }
            if (pot < best_potential) {
                best_potential = pot;
                best_index = at;
                best_closest = candidate;
            }
        }
        chosen.push_back(best_index);
        closest = std::move(best_closest);
    }
    return chosen;
}

/// k-means with `o.restarts` k-means++ seedings; the run with the lowest inertia wins (the
/// first on ties). Throws `value_error` for k outside [1, n] or a non-finite value.
/// O(restarts * iterations * n * k * d) time for Lloyd (Hamerly skips most of the n * k
/// distances once clusters settle), O(n + k d) memory.
[[nodiscard]] inline kmeans_result kmeans(const point_set& x, const kmeans_options& o) {
    detail::check_kmeans(x, o);
    const std::size_t d = x.dimension();
    kmeans_result best;
    best.inertia = std::numeric_limits<double>::infinity();
    for (std::size_t r = 0; r < std::max<std::size_t>(1, o.restarts); ++r) {
        std::seed_seq seq{static_cast<std::uint32_t>(o.seed),
                          static_cast<std::uint32_t>(o.seed >> 32), static_cast<std::uint32_t>(r)};
        std::mt19937_64 g(seq);
        const auto picks = kmeans_plus_plus(x, o.k, g);
        std::vector<double> centres(o.k * d);
        for (std::size_t j = 0; j < o.k; ++j)
            for (std::size_t t = 0; t < d; ++t)
                centres[j * d + t] = x[picks[j]][t];
        auto run = [&] {
            if (!o.progress)
                return detail::kmeans_run(x, std::move(centres), o);
            kmeans_options ro = o;
            const double runs = static_cast<double>(std::max<std::size_t>(1, o.restarts));
            ro.progress = [&o, r, runs](double f) {
                return o.progress((static_cast<double>(r) + f) / runs);
            };
            return detail::kmeans_run(x, std::move(centres), ro);
        }();
        if (run.inertia < best.inertia)
            best = std::move(run);
    }
    detail::canonical_order(best);
    best.centres.columns = x.columns;
    best.ids = x.ids;
    return best;
}

/// One k-means run from given initial centres (k x d): what scikit-learn's
/// `KMeans(init=centres, n_init=1)` computes. `o.k` is taken from `initial`; `o.restarts` and
/// `o.seed` are not used.
[[nodiscard]] inline kmeans_result kmeans(const point_set& x, const point_set& initial,
                                          kmeans_options o) {
    o.k = initial.size();
    detail::check_kmeans(x, o);
    if (initial.dimension() != x.dimension())
        throw value_error("initial centres must have the points' dimension",
                          {.field = "initial", .value = std::to_string(initial.dimension())});
    initial.check_finite();
    auto r = detail::kmeans_run(x, initial.values(), o);
    detail::canonical_order(r);
    r.centres.columns = x.columns;
    r.ids = x.ids;
    return r;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_CLUSTERING_KMEANS_HPP
