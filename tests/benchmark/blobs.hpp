// SPDX-License-Identifier: MIT
// Seeded Gaussian blobs: k centres uniform in [-10, 10]^d, points N(centre, 1).
#ifndef ASCN_BENCHMARK_BLOBS_HPP
#define ASCN_BENCHMARK_BLOBS_HPP

#include <ascn/algorithm/clustering/features.hpp>

#include <cstdint>
#include <random>

namespace ascn_bench {

inline ascn::point_set blobs(std::size_t n, std::size_t d, std::size_t k, std::uint64_t seed) {
    std::mt19937_64 g(seed);
    std::uniform_real_distribution<double> u(-10.0, 10.0);
    std::normal_distribution<double> z(0.0, 1.0);
    std::vector<double> centres(k * d);
    for (auto& c : centres)
        c = u(g);
    ascn::point_set p(n, d);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t c = i % k;
        for (std::size_t j = 0; j < d; ++j)
            p[i][j] = centres[c * d + j] + z(g);
    }
    return p;
}

} // namespace ascn_bench

#endif // ASCN_BENCHMARK_BLOBS_HPP
