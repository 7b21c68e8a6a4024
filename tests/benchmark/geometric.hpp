// SPDX-License-Identifier: MIT
// A seeded random geometric graph: n points in the unit square, an edge between two points
// closer than r, r chosen so that about m edges are expected; weight = Euclidean distance.
#ifndef ASCN_BENCHMARK_GEOMETRIC_HPP
#define ASCN_BENCHMARK_GEOMETRIC_HPP

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numbers>
#include <random>
#include <vector>

namespace ascn_bench {

struct weighted_edge {
    std::uint32_t a, b;
    double w;
};

inline std::vector<weighted_edge> random_geometric(std::size_t n, std::size_t m,
                                                   std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<double> x(n), y(n);
    for (std::size_t i = 0; i < n; ++i) {
        x[i] = u(rng);
        y[i] = u(rng);
    }
    const double r =
        std::sqrt(2.0 * static_cast<double>(m) /
                  (std::numbers::pi * static_cast<double>(n) * static_cast<double>(n - 1)));
    const auto cells = static_cast<std::size_t>(std::max(1.0, std::floor(1.0 / r)));
    auto cell_of = [&](double c) {
        return std::min(cells - 1, static_cast<std::size_t>(c * static_cast<double>(cells)));
    };
    std::vector<std::vector<std::uint32_t>> grid(cells * cells);
    for (std::size_t i = 0; i < n; ++i)
        grid[cell_of(y[i]) * cells + cell_of(x[i])].push_back(static_cast<std::uint32_t>(i));
    std::vector<weighted_edge> edges;
    edges.reserve(m + m / 10);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t cx = cell_of(x[i]), cy = cell_of(y[i]);
        for (std::size_t gy = cy == 0 ? 0 : cy - 1; gy <= std::min(cells - 1, cy + 1); ++gy)
            for (std::size_t gx = cx == 0 ? 0 : cx - 1; gx <= std::min(cells - 1, cx + 1); ++gx)
                for (std::uint32_t j : grid[gy * cells + gx]) {
                    if (j <= i)
                        continue;
                    const double d = std::hypot(x[i] - x[j], y[i] - y[j]);
                    if (d < r)
                        edges.push_back({static_cast<std::uint32_t>(i), j, d});
                }
    }
    return edges;
}

} // namespace ascn_bench

#endif // ASCN_BENCHMARK_GEOMETRIC_HPP
