// SPDX-License-Identifier: MIT
/// \file
/// Cheapest-path costs on a snapshot: from one vertex to every other (`costs_from`), from every
/// vertex to one (`costs_to`), and between every pair of a list of vertices (`all_pairs_costs`).
/// Reference: docs/reference/peer_learning.md.
#ifndef ASCN_ALGORITHM_PATHS_COSTS_HPP
#define ASCN_ALGORITHM_PATHS_COSTS_HPP

#include "ascn/algorithm/paths/path.hpp"
#include "ascn/algorithm/paths/search.hpp"
#include "ascn/contracts.hpp"
#include "ascn/detail/parallel.hpp"
#include "ascn/progress.hpp"
#include "ascn/snapshot.hpp"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

namespace ascn {

/// Costs of the cheapest paths from `source` to every vertex, with the tree of those paths
/// (Boost.Graph's Dijkstra on the snapshot's graph). O((V + E) log V).
[[nodiscard]] inline path_tree costs_from(const snapshot& s, snapshot::vertex_index source) {
    detail::search search(s);
    search.run(source, {});
    return search.tree();
}

/// Costs of the cheapest paths from every vertex to `target` (Dijkstra on the reverse graph):
/// where a learner can learn from, in one search. O((V + E) log V).
[[nodiscard]] inline path_tree costs_to(const snapshot& s, snapshot::vertex_index target) {
    detail::search search(s);
    search.run(target, {.backward = true});
    return search.tree();
}

/// Costs of the cheapest paths between every pair of `vertices`: row i, column j holds the
/// cost from `vertices[i]` to `vertices[j]` (infinity where none), row-major. One Dijkstra per
/// row on `threads` threads (0: all cores); the result does not depend on the thread count.
/// `progress` (optional) hears the fraction of rows done, from the calling thread; returning
/// false stops the work with `cancelled_error`. O(k (E + V log V)) for k vertices.
[[nodiscard]] inline std::vector<double>
all_pairs_costs(const snapshot& s, const std::vector<snapshot::vertex_index>& vertices,
                std::size_t threads = 1, const progress_callback& progress = {}) {
    const std::size_t k = vertices.size();
    for (auto v : vertices)
        ASCN_EXPECTS(v < s.num_vertices());
    std::vector<double> out(k * k, std::numeric_limits<double>::infinity());
    // Rows go in batches; progress is reported between batches, on this thread.
    const std::size_t batch = std::max<std::size_t>(1, 16 * detail::thread_count(threads));
    for (std::size_t first = 0; first < k; first += batch) {
        detail::report_progress(progress, static_cast<double>(first), static_cast<double>(k),
                                "all-pairs costs");
        const std::size_t last = std::min(k, first + batch);
        detail::parallel_blocks(last - first, 1, threads,
                                [&](std::size_t, std::size_t begin, std::size_t end) {
                                    detail::search search(s);
                                    for (std::size_t i = first + begin; i < first + end; ++i) {
                                        search.run(vertices[i], {});
                                        for (std::size_t j = 0; j < k; ++j)
                                            out[i * k + j] = search.cost(vertices[j]);
                                    }
                                });
    }
    detail::report_progress(progress, 1.0, 1.0, "all-pairs costs");
    return out;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_PATHS_COSTS_HPP
