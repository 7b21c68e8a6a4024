// SPDX-License-Identifier: MIT
/// \file
/// Points for clustering: `ascn::point_set` (an n x d row-major matrix of doubles, optionally
/// with an id per row), the default mapping from a city to a feature vector, scaling, weights,
/// and the distances the clustering algorithms use. Reference: docs/reference/clustering.md.
#ifndef ASCN_ALGORITHM_CLUSTERING_FEATURES_HPP
#define ASCN_ALGORITHM_CLUSTERING_FEATURES_HPP

#include "ascn/concepts.hpp"
#include "ascn/contracts.hpp"
#include "ascn/detail/validate.hpp"
#include "ascn/error.hpp"
#include "ascn/model/city.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <functional>
#include <numeric>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ascn {

/// n points in d dimensions, row-major, with optional names (one per row) and column names.
class point_set {
public:
    point_set() = default;
    /// `rows` x `cols` zeros.
    point_set(std::size_t rows, std::size_t cols)
        : rows_(rows)
        , cols_(cols)
        , values_(rows * cols) {}
    /// From row-major values; `values.size()` must be `rows * cols`. Throws `value_error` on a
    /// NaN or infinite value (naming its row and column).
    point_set(std::size_t rows, std::size_t cols, std::vector<double> values)
        : rows_(rows)
        , cols_(cols)
        , values_(std::move(values)) {
        ASCN_EXPECTS(values_.size() == rows_ * cols_);
        check_finite();
    }

    /// Number of points (rows).
    [[nodiscard]] std::size_t size() const noexcept { return rows_; }
    /// Number of coordinates of each point (columns).
    [[nodiscard]] std::size_t dimension() const noexcept { return cols_; }
    /// True when there are no points.
    [[nodiscard]] bool empty() const noexcept { return rows_ == 0; }
    /// Row `i`, read-only.
    [[nodiscard]] std::span<const double> operator[](std::size_t i) const noexcept {
        return {values_.data() + i * cols_, cols_};
    }
    /// Row `i`, writable.
    [[nodiscard]] std::span<double> operator[](std::size_t i) noexcept {
        return {values_.data() + i * cols_, cols_};
    }
    /// All values, row-major.
    [[nodiscard]] const std::vector<double>& values() const noexcept { return values_; }

    /// Row names (city ids when made from cities); empty or one per row.
    std::vector<std::string> ids;
    /// Column names; empty or one per column.
    std::vector<std::string> columns;

    /// Throws `value_error` naming the row (and its id) and column of the first NaN or
    /// infinite value.
    void check_finite() const {
        for (std::size_t i = 0; i < rows_; ++i)
            for (std::size_t j = 0; j < cols_; ++j)
                if (!std::isfinite(values_[i * cols_ + j]))
                    throw value_error(
                        "point " + std::to_string(i) + " has a non-finite value",
                        {i < ids.size() ? ids[i] : std::to_string(i),
                         j < columns.size() ? columns[j] : "column " + std::to_string(j),
                         detail::number_text(values_[i * cols_ + j]),
                         {},
                         0,
                         0});
    }

private:
    std::size_t rows_ = 0, cols_ = 0;
    std::vector<double> values_;
};

/// How to scale each column before clustering.
enum class scaling : unsigned char {
    none,    ///< as they are
    z_score, ///< (x - mean) / standard deviation (population, ddof = 0); constant columns -> 0
    min_max, ///< (x - min) / (max - min); constant columns -> 0
};

/// Scales `points` column by column, in place. Matches scikit-learn's `StandardScaler` and
/// `MinMaxScaler` (constant columns become 0).
inline void scale(point_set& points, scaling how) {
    if (how == scaling::none || points.empty())
        return;
    const std::size_t n = points.size(), d = points.dimension();
    for (std::size_t j = 0; j < d; ++j) {
        if (how == scaling::z_score) {
            double mean = 0;
            for (std::size_t i = 0; i < n; ++i)
                mean += points[i][j];
            mean /= static_cast<double>(n);
            double var = 0;
            for (std::size_t i = 0; i < n; ++i)
                var += (points[i][j] - mean) * (points[i][j] - mean);
            const double sd = std::sqrt(var / static_cast<double>(n));
            for (std::size_t i = 0; i < n; ++i)
                points[i][j] = sd > 0 ? (points[i][j] - mean) / sd : 0.0;
        } else {
            double lo = points[0][j], hi = points[0][j];
            for (std::size_t i = 1; i < n; ++i) {
                lo = std::min(lo, points[i][j]);
                hi = std::max(hi, points[i][j]);
            }
            for (std::size_t i = 0; i < n; ++i)
                points[i][j] = hi > lo ? (points[i][j] - lo) / (hi - lo) : 0.0;
        }
    }
}

/// Multiplies column j by `weights[j]` (after scaling: a weight of 2 doubles that feature's say
/// in Euclidean distances). Throws `value_error` on a weight that is negative or not finite.
inline void weigh(point_set& points, const std::vector<double>& weights) {
    ASCN_EXPECTS(weights.size() == points.dimension());
    for (std::size_t j = 0; j < weights.size(); ++j)
        if (!std::isfinite(weights[j]) || weights[j] < 0)
            throw value_error("feature weights must be finite and non-negative",
                              {{},
                               j < points.columns.size() ? points.columns[j] : std::to_string(j),
                               detail::number_text(weights[j]),
                               {},
                               0,
                               0});
    for (std::size_t i = 0; i < points.size(); ++i)
        for (std::size_t j = 0; j < weights.size(); ++j)
            points[i][j] *= weights[j];
}

/// What to do with a city whose population is unknown.
enum class missing_values : unsigned char {
    reject,        ///< throw `value_error` naming the city
    impute_median, ///< use the median of the known values (0 if none is known)
};

/// The default features of a city (see docs/reference/clustering.md):
/// the six project counts per focus area (`profile`), log(1 + population), and the three role
/// flags (administrative, commercial, tourism as 0/1): ten columns.
struct city_features {
    missing_values missing =
        missing_values::impute_median; ///< what to do about an unknown population

    /// Column names, in order.
    [[nodiscard]] std::vector<std::string> columns() const {
        std::vector<std::string> out;
        for (auto a : all_focus_areas)
            out.emplace_back(to_string(a));
        out.emplace_back("log_population");
        for (std::size_t r = 0; r < city_role_count; ++r)
            out.emplace_back(to_string(static_cast<city_role>(r)));
        return out;
    }

    /// The points of a range of cities, one row per city in range order, ids set. (Taken by
    /// forwarding reference: range-v3 filter views are not const-iterable.)
    template <class Range>
    [[nodiscard]] point_set operator()(Range&& cities) const {
        std::vector<const city*> list;
        for (const city& c : cities)
            list.push_back(&c);
        const auto cols = columns();
        point_set out(list.size(), cols.size());
        out.columns = cols;
        std::vector<double> known;
        for (const city* c : list)
            if (c->population)
                known.push_back(std::log1p(static_cast<double>(*c->population)));
        double median = 0;
        if (!known.empty()) {
            std::sort(known.begin(), known.end());
            const std::size_t m = known.size() / 2;
            median = known.size() % 2 ? known[m] : (known[m - 1] + known[m]) / 2;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            const city& c = *list[i];
            out.ids.push_back(c.id);
            auto row = out[i];
            for (std::size_t a = 0; a < focus_area_count; ++a)
                row[a] = c.profile.projects[a];
            if (c.population)
                row[6] = std::log1p(static_cast<double>(*c.population));
            else if (missing == missing_values::reject)
                throw value_error("population is unknown (choose missing_values::impute_median "
                                  "to use the median)",
                                  {.id = c.id, .field = "population"});
            else
                row[6] = median;
            for (std::size_t r = 0; r < city_role_count; ++r)
                row[7 + r] = c.roles.contains(static_cast<city_role>(r)) ? 1.0 : 0.0;
        }
        out.check_finite();
        return out;
    }
};

/// The distances between points.
enum class metric : unsigned char {
    euclidean,         ///< sqrt(sum (x - y)^2)
    squared_euclidean, ///< sum (x - y)^2
    manhattan,         ///< sum |x - y|
    cosine,            ///< 1 - x.y / (|x| |y|); 0 if both are zero, 1 if one is
    jaccard, ///< on 0/1 features (non-zero = present): 1 - |x & y| / |x | y|; 0 if both empty
};

/// The distance between two points under `m`.
[[nodiscard]] inline double distance(std::span<const double> x, std::span<const double> y,
                                     metric m) noexcept {
    const std::size_t d = x.size();
    switch (m) {
    case metric::euclidean:
    case metric::squared_euclidean: {
        double s = 0;
        for (std::size_t j = 0; j < d; ++j) {
            const double t = x[j] - y[j];
            s += t * t;
        }
        return m == metric::euclidean ? std::sqrt(s) : s;
    }
    case metric::manhattan: {
        double s = 0;
        for (std::size_t j = 0; j < d; ++j)
            s += std::abs(x[j] - y[j]);
        return s;
    }
    case metric::cosine: {
        double xy = 0, xx = 0, yy = 0;
        for (std::size_t j = 0; j < d; ++j) {
            xy += x[j] * y[j];
            xx += x[j] * x[j];
            yy += y[j] * y[j];
        }
        if (xx == 0 && yy == 0)
            return 0.0;
        if (xx == 0 || yy == 0)
            return 1.0;
        return std::max(0.0, 1.0 - xy / (std::sqrt(xx) * std::sqrt(yy)));
    }
    case metric::jaccard: {
        std::size_t both = 0, any = 0;
        for (std::size_t j = 0; j < d; ++j) {
            const bool a = x[j] != 0, b = y[j] != 0;
            both += (a && b) ? 1 : 0;
            any += (a || b) ? 1 : 0;
        }
        return any == 0 ? 0.0 : 1.0 - static_cast<double>(both) / static_cast<double>(any);
    }
    }
    return 0.0;
}

/// The condensed distance matrix (upper triangle, row by row, as SciPy's `pdist`):
/// entry for i < j at index n*i - i*(i+1)/2 + (j - i - 1).
[[nodiscard]] inline std::vector<double> pairwise_distances(const point_set& p, metric m) {
    const std::size_t n = p.size();
    std::vector<double> out(n < 2 ? 0 : n * (n - 1) / 2);
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            out[k++] = distance(p[i], p[j], m);
    return out;
}

namespace detail {
/// Index of pair (i, j), i != j, in a condensed matrix of n points.
inline std::size_t condensed_index(std::size_t n, std::size_t i, std::size_t j) noexcept {
    if (i > j)
        std::swap(i, j);
    return n * i - i * (i + 1) / 2 + (j - i - 1);
}

/// Relabels so that clusters are numbered 0, 1, ... in order of their first member; negative
/// labels (noise) stay -1.
inline void canonical_labels(std::vector<int>& labels) {
    std::vector<int> map;
    for (auto& l : labels) {
        if (l < 0) {
            l = -1;
            continue;
        }
        if (static_cast<std::size_t>(l) >= map.size())
            map.resize(static_cast<std::size_t>(l) + 1, -1);
        if (map[static_cast<std::size_t>(l)] < 0)
            map[static_cast<std::size_t>(l)] = static_cast<int>(
                std::count_if(map.begin(), map.end(), [](int x) { return x >= 0; }));
        l = map[static_cast<std::size_t>(l)];
    }
}
} // namespace detail

} // namespace ascn

#endif // ASCN_ALGORITHM_CLUSTERING_FEATURES_HPP
