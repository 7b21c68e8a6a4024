// SPDX-License-Identifier: MIT
/// \file
/// Topological scores for a link that does not exist yet: common neighbours, Jaccard,
/// Adamic-Adar and resource allocation, with NetworkX's definitions (`common_neighbors`,
/// `jaccard_coefficient`, `adamic_adar_index`, `resource_allocation_index`). They are computed
/// on the simple graph underneath: parallel edges count once and self-loops are ignored.
/// Build `neighbourhoods` once from a snapshot or any undirected Boost.Graph graph, then score
/// as many pairs as needed. Reference: docs/reference/matching.md.
#ifndef ASCN_ALGORITHM_MATCHING_LINK_PREDICTION_HPP
#define ASCN_ALGORITHM_MATCHING_LINK_PREDICTION_HPP

#include "ascn/contracts.hpp"

#include <boost/graph/graph_traits.hpp>
#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <span>
#include <utility>
#include <vector>

namespace ascn {

/// The distinct neighbours of every vertex, sorted, in one flat array (CSR).
class neighbourhoods {
public:
    neighbourhoods() = default;

    /// From a Boost.Graph graph whose vertex descriptors are indices 0 .. n-1 (`vecS`
    /// adjacency lists, CSR graphs, `ascn::snapshot::graph()`). The graph must be undirected
    /// or hold both arcs of every link (as snapshots do). O(V + E log E).
    template <class Graph>
    requires requires(const Graph& g, typename boost::graph_traits<Graph>::vertex_descriptor v) {
        num_vertices(g);
        adjacent_vertices(v, g);
    }
    explicit neighbourhoods(const Graph& g) {
        const std::size_t n = num_vertices(g);
        start_.assign(n + 1, 0);
        for (std::size_t v = 0; v < n; ++v) {
            const std::size_t first = list_.size();
            using vertex = typename boost::graph_traits<Graph>::vertex_descriptor;
            for (auto w : boost::make_iterator_range(adjacent_vertices(static_cast<vertex>(v), g)))
                if (static_cast<std::size_t>(w) != v)
                    list_.push_back(static_cast<std::size_t>(w));
            const auto b = list_.begin() + static_cast<std::ptrdiff_t>(first);
            std::sort(b, list_.end());
            list_.erase(std::unique(b, list_.end()), list_.end());
            start_[v + 1] = list_.size();
        }
    }

    /// From `n` vertices and a list of undirected links (each pair once or twice, either
    /// order; self-loops ignored). Precondition: every end is below `n`. O(n + E log E).
    neighbourhoods(std::size_t n, std::span<const std::pair<std::size_t, std::size_t>> links) {
        std::vector<std::size_t> count(n + 1, 0);
        for (const auto& [u, v] : links) {
            ASCN_EXPECTS(u < n && v < n);
            if (u != v) {
                ++count[u + 1];
                ++count[v + 1];
            }
        }
        for (std::size_t v = 0; v < n; ++v)
            count[v + 1] += count[v];
        std::vector<std::size_t> all(count[n]);
        std::vector<std::size_t> fill(count.begin(), count.end() - 1);
        for (const auto& [u, v] : links)
            if (u != v) {
                all[fill[u]++] = v;
                all[fill[v]++] = u;
            }
        start_.assign(n + 1, 0);
        for (std::size_t v = 0; v < n; ++v) {
            const auto b = all.begin() + static_cast<std::ptrdiff_t>(count[v]);
            const auto e = all.begin() + static_cast<std::ptrdiff_t>(count[v + 1]);
            std::sort(b, e);
            list_.insert(list_.end(), b, std::unique(b, e));
            start_[v + 1] = list_.size();
        }
    }

    /// Number of vertices.
    [[nodiscard]] std::size_t size() const noexcept {
        return start_.empty() ? 0 : start_.size() - 1;
    }
    /// The distinct neighbours of `v`, sorted (never `v` itself).
    [[nodiscard]] std::span<const std::size_t> of(std::size_t v) const noexcept {
        ASCN_EXPECTS(v < size());
        return {list_.data() + start_[v], start_[v + 1] - start_[v]};
    }
    /// Number of distinct neighbours of `v`.
    [[nodiscard]] std::size_t degree(std::size_t v) const noexcept {
        ASCN_EXPECTS(v < size());
        return start_[v + 1] - start_[v];
    }

    /// Calls `f(w)` for every common neighbour `w` of `u` and `v`, in increasing order.
    template <class F>
    void for_each_common(std::size_t u, std::size_t v, F&& f) const {
        const auto a = of(u), b = of(v);
        std::size_t i = 0, j = 0;
        while (i < a.size() && j < b.size()) {
            if (a[i] < b[j])
                ++i;
            else if (b[j] < a[i])
                ++j;
            else {
                f(a[i]);
                ++i;
                ++j;
            }
        }
    }

private:
    std::vector<std::size_t> start_;
    std::vector<std::size_t> list_;
};

/// All four scores of one pair.
struct link_scores {
    std::size_t common_neighbours = 0; ///< |N(u) and N(v)|
    double jaccard = 0;                ///< |N(u) and N(v)| / |N(u) or N(v)|, 0 if both are empty
    double adamic_adar = 0;            ///< sum over common neighbours w of 1 / ln deg(w)
    double resource_allocation = 0;    ///< sum over common neighbours w of 1 / deg(w)
};

/// The four scores of the pair (u, v), u != v (a common neighbour then has degree >= 2, so
/// every term is finite). Precondition: u, v < `nb.size()`, u != v. O(deg u + deg v).
[[nodiscard]] inline link_scores score_link(const neighbourhoods& nb, std::size_t u,
                                            std::size_t v) {
    ASCN_EXPECTS(u != v);
    link_scores s;
    nb.for_each_common(u, v, [&](std::size_t w) {
        const auto d = static_cast<double>(nb.degree(w));
        ++s.common_neighbours;
        s.adamic_adar += 1.0 / std::log(d);
        s.resource_allocation += 1.0 / d;
    });
    const std::size_t joint = nb.degree(u) + nb.degree(v) - s.common_neighbours;
    s.jaccard =
        joint == 0 ? 0.0 : static_cast<double>(s.common_neighbours) / static_cast<double>(joint);
    return s;
}

/// |N(u) and N(v)| (NetworkX `common_neighbors`, counted). O(deg u + deg v).
[[nodiscard]] inline std::size_t common_neighbours(const neighbourhoods& nb, std::size_t u,
                                                   std::size_t v) {
    return score_link(nb, u, v).common_neighbours;
}
/// Jaccard coefficient (NetworkX `jaccard_coefficient`). O(deg u + deg v).
[[nodiscard]] inline double jaccard(const neighbourhoods& nb, std::size_t u, std::size_t v) {
    return score_link(nb, u, v).jaccard;
}
/// Adamic-Adar index (NetworkX `adamic_adar_index`). O(deg u + deg v).
[[nodiscard]] inline double adamic_adar(const neighbourhoods& nb, std::size_t u, std::size_t v) {
    return score_link(nb, u, v).adamic_adar;
}
/// Resource allocation index (NetworkX `resource_allocation_index`). O(deg u + deg v).
[[nodiscard]] inline double resource_allocation(const neighbourhoods& nb, std::size_t u,
                                                std::size_t v) {
    return score_link(nb, u, v).resource_allocation;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_MATCHING_LINK_PREDICTION_HPP
