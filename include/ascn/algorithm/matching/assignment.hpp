// SPDX-License-Identifier: MIT
/// \file
/// Rectangular linear assignment (partners to cities, one each): the pairing of rows with
/// columns of a cost matrix that uses every row or every column (whichever side is smaller)
/// once and has the least (or greatest) total cost. Solved by shortest augmenting paths
/// (Jonker and Volgenant 1987; Crouse 2016 for rectangular problems, the method of SciPy's
/// `linear_sum_assignment`), with Jonker and Volgenant's column reduction and augmenting row
/// reduction first on square problems. Also a capacitated variant (a row may take up to c
/// columns, a column up to d rows) by min-cost flow. Reference: docs/reference/matching.md.
///
/// Assignment is not matching in a general graph. Assignment works on a *bipartite* problem
/// given as a dense matrix (every row may pair with every column unless the pair is
/// forbidden) and must pair the whole smaller side; it runs in O(n^2 m) worst case and fast
/// in practice. Boost.Graph's `maximum_weighted_matching` works on any undirected graph (odd
/// cycles allowed), pairs only vertices joined by an edge, and may leave any vertex
/// unmatched if that raises the weight (it never takes a negative weight); it is the blossom
/// algorithm, O(V^3), much slower on dense bipartite problems and, in Boost 1.74, unreliable
/// with floating-point weights. Use `linear_assignment` for "partners to cities"; use a
/// general matching only when both ends of a pair come from the same set.
#ifndef ASCN_ALGORITHM_MATCHING_ASSIGNMENT_HPP
#define ASCN_ALGORITHM_MATCHING_ASSIGNMENT_HPP

#include "ascn/contracts.hpp"
#include "ascn/detail/validate.hpp"
#include "ascn/error.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ascn {

/// Marks a row or column left without a partner.
inline constexpr std::size_t unassigned = static_cast<std::size_t>(-1);

/// Whether the total cost is to be made as small or as large as possible.
enum class objective : unsigned char {
    minimise, ///< least total cost; `+inf` marks a forbidden pair
    maximise, ///< greatest total weight; `-inf` marks a forbidden pair
};

/// A dense rows x columns matrix of doubles, row-major.
class cost_matrix {
public:
    /// The value of a forbidden pair when minimising (use `-forbidden` when maximising).
    static constexpr double forbidden = std::numeric_limits<double>::infinity();

    cost_matrix() = default;
    /// `rows` x `cols`, every entry `fill`.
    cost_matrix(std::size_t rows, std::size_t cols, double fill = 0.0)
        : rows_(rows)
        , cols_(cols)
        , values_(rows * cols, fill) {}
    /// From row-major values; `values.size()` must be `rows * cols`.
    cost_matrix(std::size_t rows, std::size_t cols, std::vector<double> values)
        : rows_(rows)
        , cols_(cols)
        , values_(std::move(values)) {
        ASCN_EXPECTS(values_.size() == rows_ * cols_);
    }

    /// Number of rows.
    [[nodiscard]] std::size_t rows() const noexcept { return rows_; }
    /// Number of columns.
    [[nodiscard]] std::size_t cols() const noexcept { return cols_; }
    /// The cost of row `i`, column `j` (unchecked).
    [[nodiscard]] double& operator()(std::size_t i, std::size_t j) noexcept {
        return values_[i * cols_ + j];
    }
    /// The cost of row `i`, column `j` (unchecked).
    [[nodiscard]] double operator()(std::size_t i, std::size_t j) const noexcept {
        return values_[i * cols_ + j];
    }
    /// All costs, row-major.
    [[nodiscard]] std::span<const double> values() const noexcept { return values_; }

private:
    std::size_t rows_ = 0, cols_ = 0;
    std::vector<double> values_;
};

/// The result of `linear_assignment`: `min(rows, cols)` pairs.
struct assignment {
    std::vector<std::size_t> column_of_row; ///< per row, its column or `unassigned`
    std::vector<std::size_t> row_of_column; ///< per column, its row or `unassigned`
    double cost = 0;                        ///< sum of the chosen entries
    /// Number of pairs.
    [[nodiscard]] std::size_t size() const noexcept {
        std::size_t n = 0;
        for (const std::size_t j : column_of_row)
            n += j != unassigned ? 1 : 0;
        return n;
    }
};

namespace detail {

/// The pair (i, j) as text, in the caller's orientation.
inline error_context assignment_place(std::size_t i, std::size_t j, double v) {
    return {{}, "cost[" + std::to_string(i) + "][" + std::to_string(j) + "]", number_text(v), {}, 0,
            0};
}

/// Shortest augmenting path solver for an n x m problem with n <= m, costs finite or +inf,
/// row-major with stride m, dual prices v on the columns (row prices are implicit). Its buffers
/// are allocated once, in the constructor, and reused by every augmentation.
class lap_solver {
public:
    lap_solver(const double* c, std::size_t n, std::size_t m)
        : c_(c)
        , n_(n)
        , m_(m)
        , v_(m, 0.0)
        , d_(m)
        , row_(n, unassigned)
        , col_(m, unassigned)
        , pred_(m)
        , list_(m) {}

    /// Square and all finite: Jonker-Volgenant's initialisation assigns most rows cheaply.
    /// Returns the rows still free.
    std::vector<std::size_t> initialise_square() {
        const std::size_t n = n_;
        // Column reduction, by rows so the matrix is read in order: v[j] = min_i c[i][j].
        std::vector<std::size_t> argmin(n, 0);
        const double inf = std::numeric_limits<double>::infinity();
        std::fill(v_.begin(), v_.end(), inf);
        for (std::size_t i = 0; i < n; ++i) {
            const double* r = c_ + i * m_;
            for (std::size_t j = 0; j < n; ++j)
                if (r[j] < v_[j]) {
                    v_[j] = r[j];
                    argmin[j] = i;
                }
        }
        std::vector<std::size_t> matches(n, 0);
        for (std::size_t j = n; j-- > 0;) {
            const std::size_t i = argmin[j];
            if (++matches[i] == 1) {
                row_[i] = j;
                col_[j] = i;
            }
        }
        // Reduction transfer: a row with one column gives that column its slack.
        std::vector<std::size_t> free;
        for (std::size_t i = 0; i < n; ++i) {
            if (matches[i] == 0) {
                free.push_back(i);
                continue;
            }
            if (matches[i] != 1)
                continue;
            const std::size_t j1 = row_[i];
            const double* r = c_ + i * m_;
            double low = inf;
            for (std::size_t j = 0; j < n; ++j)
                if (j != j1 && r[j] - v_[j] < low)
                    low = r[j] - v_[j];
            if (low < inf)
                v_[j1] -= low;
        }
        // Augmenting row reduction, twice, with a step budget so that floating-point
        // absorption can never make it loop.
        std::size_t budget = 8 * n + 64;
        for (int pass = 0; pass < 2 && !free.empty(); ++pass) {
            std::vector<std::size_t> next;
            std::size_t k = 0;
            while (k < free.size() && budget > 0) {
                --budget;
                const std::size_t i = free[k++];
                const double* r = c_ + i * m_;
                double u1 = r[0] - v_[0], u2 = inf;
                std::size_t j1 = 0, j2 = unassigned;
                for (std::size_t j = 1; j < n; ++j) {
                    const double h = r[j] - v_[j];
                    if (h < u2) {
                        if (h >= u1) {
                            u2 = h;
                            j2 = j;
                        } else {
                            u2 = u1;
                            u1 = h;
                            j2 = j1;
                            j1 = j;
                        }
                    }
                }
                std::size_t i0 = col_[j1];
                const bool lower = u1 < u2 && u2 < inf;
                if (lower)
                    v_[j1] -= u2 - u1;
                else if (i0 != unassigned && j2 != unassigned) {
                    j1 = j2;
                    i0 = col_[j2];
                }
                if (i0 != unassigned)
                    row_[i0] = unassigned;
                row_[i] = j1;
                col_[j1] = i;
                if (i0 != unassigned) {
                    if (lower)
                        free[--k] = i0;
                    else
                        next.push_back(i0);
                }
            }
            free = std::move(next);
        }
        free.clear();
        for (std::size_t i = 0; i < n; ++i)
            if (row_[i] == unassigned)
                free.push_back(i);
        return free;
    }

    /// Assigns free row f by a shortest augmenting path in the reduced costs c[i][j] - v[j]
    /// (Dijkstra over columns, one fused update-and-minimum pass per step, ties to a free
    /// column as in SciPy). Returns false if no free column can be reached (infeasible).
    bool augment(std::size_t f) {
        const std::size_t m = m_;
        const double inf = std::numeric_limits<double>::infinity();
        double* d = d_.data();
        const double* v = v_.data();
        std::size_t* list = list_.data();
        std::size_t* pred = pred_.data();
        const std::size_t* col = col_.data();
        double lowest = inf;
        std::size_t at = 0;
        {
            const double* r = c_ + f * m;
            for (std::size_t j = 0; j < m; ++j) {
                const double x = r[j] - v[j];
                d[j] = x;
                pred[j] = f;
                list[j] = j;
                if (x < lowest || (x == lowest && col[j] == unassigned)) {
                    lowest = x;
                    at = j;
                }
            }
        }
        // list[0, done): columns whose distance is final; the rest are still open.
        std::size_t done = 0, end = unassigned;
        double best = 0;
        for (;;) {
            if (lowest == inf)
                return false;
            best = lowest;
            const std::size_t j1 = list[at];
            list[at] = list[done];
            list[done++] = j1;
            if (col[j1] == unassigned) {
                end = j1;
                break;
            }
            const std::size_t i = col[j1];
            const double* r = c_ + i * m;
            const double h = r[j1] - v[j1] - best;
            lowest = inf;
            for (std::size_t k = done; k < m; ++k) {
                const std::size_t j = list[k];
                const double x = r[j] - v[j] - h;
                double dj = d[j];
                if (x < dj) {
                    dj = x;
                    d[j] = x;
                    pred[j] = i;
                }
                if (dj < lowest || (dj == lowest && col[j] == unassigned)) {
                    lowest = dj;
                    at = k;
                }
            }
        }
        for (std::size_t k = 0; k + 1 < done; ++k) {
            const std::size_t j = list[k];
            v_[j] += d[j] - best;
        }
        for (;;) {
            const std::size_t i = pred[end];
            col_[end] = i;
            const std::size_t next = row_[i];
            row_[i] = end;
            if (i == f)
                break;
            end = next;
        }
        return true;
    }

    [[nodiscard]] const std::vector<std::size_t>& column_of_row() const noexcept { return row_; }
    [[nodiscard]] const std::vector<std::size_t>& row_of_column() const noexcept { return col_; }

private:
    const double* c_;
    std::size_t n_, m_;
    std::vector<double> v_, d_;
    std::vector<std::size_t> row_, col_, pred_, list_;
};

/// Checks the entries, returns whether all are finite. Throws for NaN and for the infinity
/// that would be wanted rather than avoided.
inline bool check_costs(std::size_t rows, std::size_t cols, std::span<const double> c,
                        objective o) {
    bool finite = true;
    const double wrong =
        o == objective::minimise ? -cost_matrix::forbidden : cost_matrix::forbidden;
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < cols; ++j) {
            const double x = c[i * cols + j];
            if (std::isfinite(x))
                continue;
            if (std::isnan(x))
                throw value_error("the cost matrix has a NaN at row " + std::to_string(i) +
                                      ", column " + std::to_string(j),
                                  assignment_place(i, j, x));
            if (x == wrong)
                throw value_error(std::string("the cost matrix has ") + (x > 0 ? "+inf" : "-inf") +
                                      " at row " + std::to_string(i) + ", column " +
                                      std::to_string(j) +
                                      (o == objective::minimise
                                           ? " (when minimising, +inf marks a forbidden pair)"
                                           : " (when maximising, -inf marks a forbidden pair)"),
                                  assignment_place(i, j, x));
            finite = false;
        }
    return finite;
}

[[noreturn]] inline void throw_infeasible(std::string_view side, std::size_t index,
                                          std::string_view why) {
    throw value_error("no feasible assignment: " + std::string(side) + ' ' + std::to_string(index) +
                          ' ' + std::string(why),
                      {.field = std::string(side), .value = std::to_string(index)});
}

} // namespace detail

/// Rectangular linear assignment, as SciPy's `linear_sum_assignment`: pairs every row with a
/// distinct column (or, if there are more rows than columns, every column with a distinct
/// row) so that the total of the chosen entries is least (`objective::minimise`) or greatest
/// (`objective::maximise`). A forbidden pair is `+inf` when minimising and `-inf` when
/// maximising. Ties are broken arbitrarily; the total is the same for every optimum.
///
/// Throws `value_error` (`invalid-value`) for a NaN or an infinity of the wrong sign (naming
/// the row and column), and when no assignment avoids the forbidden pairs (naming a row or
/// column that cannot be served). O(n^2 m) worst case for n = min(rows, cols), m = max;
/// O(n m) memory (a transposed or negated copy when needed).
[[nodiscard]] inline assignment linear_assignment(std::size_t rows, std::size_t cols,
                                                  std::span<const double> row_major,
                                                  objective o = objective::minimise) {
    ASCN_EXPECTS(row_major.size() == rows * cols);
    assignment out;
    out.column_of_row.assign(rows, unassigned);
    out.row_of_column.assign(cols, unassigned);
    if (rows == 0 || cols == 0)
        return out;
    const bool finite = detail::check_costs(rows, cols, row_major, o);
    const bool transpose = rows > cols;
    const std::size_t n = transpose ? cols : rows, m = transpose ? rows : cols;
    // The solver wants n <= m and minimisation: copy only when it must.
    std::vector<double> copy;
    const double* c = row_major.data();
    if (transpose || o == objective::maximise) {
        copy.resize(n * m);
        const double sign = o == objective::maximise ? -1.0 : 1.0;
        if (transpose) {
            for (std::size_t i = 0; i < rows; ++i)
                for (std::size_t j = 0; j < cols; ++j)
                    copy[j * m + i] = sign * row_major[i * cols + j];
        } else {
            for (std::size_t k = 0; k < n * m; ++k)
                copy[k] = sign * row_major[k];
        }
        c = copy.data();
    }
    const std::string_view side = transpose ? "column" : "row";
    const std::string_view other = transpose ? "row" : "column";
    const double inf = cost_matrix::forbidden;
    // A line with every pair forbidden can never be served: say which.
    if (!finite) {
        for (std::size_t i = 0; i < n; ++i) {
            const double* r = c + i * m;
            bool any = false;
            for (std::size_t j = 0; j < m && !any; ++j)
                any = r[j] < inf;
            if (!any)
                detail::throw_infeasible(side, i, "has every pair forbidden");
        }
        if (n == m)
            for (std::size_t j = 0; j < m; ++j) {
                bool any = false;
                for (std::size_t i = 0; i < n && !any; ++i)
                    any = c[i * m + j] < inf;
                if (!any)
                    detail::throw_infeasible(other, j, "has every pair forbidden");
            }
    }
    detail::lap_solver solver(c, n, m);
    std::vector<std::size_t> free;
    if (finite && n == m)
        free = solver.initialise_square();
    else
        for (std::size_t i = 0; i < n; ++i)
            free.push_back(i);
    for (const std::size_t i : free)
        if (!solver.augment(i))
            detail::throw_infeasible(side, i,
                                     "cannot be served: every " + std::string(other) +
                                         " it may take is needed elsewhere");
    const auto& x = solver.column_of_row();
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t r = transpose ? x[i] : i, k = transpose ? i : x[i];
        out.column_of_row[r] = k;
        out.row_of_column[k] = r;
    }
    for (std::size_t i = 0; i < rows; ++i)
        if (out.column_of_row[i] != unassigned)
            out.cost += row_major[i * cols + out.column_of_row[i]];
    return out;
}

/// `linear_assignment` on a `cost_matrix`.
[[nodiscard]] inline assignment linear_assignment(const cost_matrix& c,
                                                  objective o = objective::minimise) {
    return linear_assignment(c.rows(), c.cols(), c.values(), o);
}

/// The result of `capacitated_assignment`.
struct capacitated_assignment_result {
    /// The chosen (row, column) pairs, sorted; no pair appears twice.
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    double cost = 0; ///< sum of the chosen entries
};

/// Capacitated assignment (a partner serves up to `row_capacity[i]` cities, a city takes up
/// to `column_capacity[j]` partners, each pair at most once): as many pairs as the
/// capacities and the forbidden pairs allow, and among those the least (or greatest) total.
/// It never fails for want of a feasible assignment: with tight capacities or many forbidden
/// pairs it simply returns fewer pairs. Forbidden pairs and errors as in `linear_assignment`;
/// also throws `value_error` for a capacity of zero (naming the row or column) or a
/// capacity list of the wrong length. Min-cost flow by successive shortest paths with
/// potentials (Dijkstra on the dense residual graph): O(F (r + c)^2 + F r c) for F pairs,
/// O(r c) memory. With all capacities 1 the total equals `linear_assignment`'s.
[[nodiscard]] inline capacitated_assignment_result
capacitated_assignment(const cost_matrix& costs, std::span<const std::size_t> row_capacity,
                       std::span<const std::size_t> column_capacity,
                       objective o = objective::minimise) {
    const std::size_t r = costs.rows(), k = costs.cols();
    if (row_capacity.size() != r)
        throw value_error("one capacity per row is needed",
                          {.field = "row_capacity", .value = std::to_string(row_capacity.size())});
    if (column_capacity.size() != k)
        throw value_error(
            "one capacity per column is needed",
            {.field = "column_capacity", .value = std::to_string(column_capacity.size())});
    for (std::size_t i = 0; i < r; ++i)
        if (row_capacity[i] == 0)
            throw value_error("row " + std::to_string(i) + " has a capacity of zero",
                              {.field = "row_capacity[" + std::to_string(i) + "]", .value = "0"});
    for (std::size_t j = 0; j < k; ++j)
        if (column_capacity[j] == 0)
            throw value_error(
                "column " + std::to_string(j) + " has a capacity of zero",
                {.field = "column_capacity[" + std::to_string(j) + "]", .value = "0"});
    capacitated_assignment_result out;
    if (r == 0 || k == 0)
        return out;
    static_cast<void>(detail::check_costs(r, k, costs.values(), o));
    const double inf = cost_matrix::forbidden;
    const double sign = o == objective::maximise ? -1.0 : 1.0;
    std::vector<double> c(r * k);
    for (std::size_t x = 0; x < r * k; ++x)
        c[x] = sign * costs.values()[x];
    // Nodes: rows 0..r-1, columns r..r+k-1, sink r+k. The source is implicit: every row with
    // spare capacity starts at distance 0.
    const std::size_t nodes = r + k + 1, sink = r + k;
    std::vector<char> used(r * k, 0);
    std::vector<std::size_t> row_load(r, 0), col_load(k, 0);
    std::vector<double> pot(nodes, 0.0), dist(nodes);
    pot[sink] = inf;
    std::vector<std::size_t> pred(nodes);
    std::vector<char> done(nodes);
    // Initial potentials: shortest distances in the empty flow (rows 0, columns their least
    // entry, the sink the least of those), so every reduced cost starts non-negative.
    for (std::size_t j = 0; j < k; ++j) {
        double low = inf;
        for (std::size_t i = 0; i < r; ++i)
            low = std::min(low, c[i * k + j]);
        pot[r + j] = low < inf ? low : 0.0;
        if (low < inf)
            pot[sink] = std::min(pot[sink], low);
    }
    if (pot[sink] == inf)
        return out;
    for (;;) {
        std::fill(dist.begin(), dist.end(), inf);
        std::fill(done.begin(), done.end(), 0);
        for (std::size_t i = 0; i < r; ++i)
            if (row_load[i] < row_capacity[i]) {
                dist[i] = 0;
                pred[i] = unassigned;
            }
        for (;;) {
            std::size_t u = unassigned;
            double best = inf;
            for (std::size_t x = 0; x < nodes; ++x)
                if (!done[x] && dist[x] < best) {
                    best = dist[x];
                    u = x;
                }
            if (u == unassigned || u == sink)
                break;
            done[u] = 1;
            auto relax = [&](std::size_t to, double cost) {
                const double nd = dist[u] + cost + pot[u] - pot[to];
                if (nd < dist[to]) {
                    dist[to] = nd;
                    pred[to] = u;
                }
            };
            if (u < r) {
                const double* row = c.data() + u * k;
                for (std::size_t j = 0; j < k; ++j)
                    if (!used[u * k + j] && row[j] < inf && !done[r + j])
                        relax(r + j, row[j]);
            } else {
                const std::size_t j = u - r;
                for (std::size_t i = 0; i < r; ++i)
                    if (used[i * k + j] && !done[i])
                        relax(i, -c[i * k + j]);
                if (col_load[j] < column_capacity[j])
                    relax(sink, 0.0);
            }
        }
        if (!(dist[sink] < inf))
            break;
        const double reach = dist[sink];
        for (std::size_t x = 0; x < nodes; ++x)
            pot[x] += std::min(dist[x], reach);
        // Walk back from the sink, flipping the pairs on the path.
        std::size_t v = pred[sink];
        ++col_load[v - r];
        for (;;) {
            const std::size_t u = pred[v];
            if (u == unassigned) {
                ++row_load[v];
                break;
            }
            if (u < r)
                used[u * k + (v - r)] = 1;
            else
                used[v * k + (u - r)] = 0;
            v = u;
        }
    }
    for (std::size_t i = 0; i < r; ++i)
        for (std::size_t j = 0; j < k; ++j)
            if (used[i * k + j]) {
                out.pairs.emplace_back(i, j);
                out.cost += costs(i, j);
            }
    return out;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_MATCHING_ASSIGNMENT_HPP
