// SPDX-License-Identifier: MIT
/// \file
/// Brokerage: Burt's constraint and effective size (Burt 1992), exactly as NetworkX 2.8's
/// `nx.constraint` and `nx.effective_size` on an undirected graph, and which vertices of a
/// snapshot span several member states. The graph is any BGL graph storing each undirected
/// edge as two opposite arcs (as `ascn::snapshot` does); parallel relationships add their
/// weights (a stronger tie), self-loops are ignored. Reference: docs/reference/structure.md.
#ifndef ASCN_ALGORITHM_STRUCTURE_BROKERAGE_HPP
#define ASCN_ALGORITHM_STRUCTURE_BROKERAGE_HPP

#include "ascn/model/kinds.hpp"
#include "ascn/snapshot.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace ascn {

namespace detail {

/// Marks the neighbours of `v` with their share p_vj = w_vj / sum_k w_vk in `share`.
inline void mark_shares(const snapshot& a, std::size_t v, std::vector<double>& share,
                        std::vector<unsigned char>& mark) {
    const double total = a.strength(v);
    for (auto [e, e_end] = a.out_arcs(v); e < e_end; ++e) {
        share[a.target(e)] = total == 0 ? 0 : a.cost(e) / total;
        mark[a.target(e)] = 1;
    }
}

inline void unmark(const snapshot& a, std::size_t v, std::vector<double>& x,
                   std::vector<unsigned char>& mark) {
    for (auto [e, e_end] = a.out_arcs(v); e < e_end; ++e) {
        x[a.target(e)] = 0;
        mark[a.target(e)] = 0;
    }
}

inline std::vector<double> constraint(const snapshot& a) {
    const std::size_t n = a.num_vertices();
    std::vector<double> c(n, std::numeric_limits<double>::quiet_NaN());
    std::vector<double> share(n, 0.0), indirect(n, 0.0);
    std::vector<unsigned char> mark(n, 0);
    for (std::size_t v = 0; v < n; ++v) {
        if (a.out_arcs(v).first == a.out_arcs(v).second)
            continue;
        mark_shares(a, v, share, mark);
        // indirect[j] = sum over neighbours q of v of p_vq p_qj.
        for (auto [e, e_end] = a.out_arcs(v); e < e_end; ++e) {
            const std::uint32_t q = a.target(e);
            const double sq = a.strength(q);
            if (sq == 0)
                continue;
            for (auto [f, f_end] = a.out_arcs(q); f < f_end; ++f)
                if (mark[a.target(f)])
                    indirect[a.target(f)] += share[q] * (a.cost(f) / sq);
        }
        double total = 0;
        for (auto [e, e_end] = a.out_arcs(v); e < e_end; ++e) {
            const std::uint32_t j = a.target(e);
            const double x = share[j] + indirect[j];
            total += x * x;
        }
        c[v] = total;
        for (auto [e, e_end] = a.out_arcs(v); e < e_end; ++e)
            indirect[a.target(e)] = 0;
        unmark(a, v, share, mark);
    }
    return c;
}

inline std::vector<double> effective_size(const snapshot& a) {
    const std::size_t n = a.num_vertices();
    std::vector<double> s(n, std::numeric_limits<double>::quiet_NaN());
    std::vector<double> share(n, 0.0), strongest(n, 0.0);
    std::vector<unsigned char> mark(n, 0);
    for (std::size_t u = 0; u < n; ++u)
        for (auto [e, e_end] = a.out_arcs(u); e < e_end; ++e)
            strongest[u] = std::max(strongest[u], a.cost(e));
    for (std::size_t v = 0; v < n; ++v) {
        if (a.out_arcs(v).first == a.out_arcs(v).second)
            continue;
        mark_shares(a, v, share, mark);
        double total = 0;
        for (auto [e, e_end] = a.out_arcs(v); e < e_end; ++e) {
            const std::uint32_t u = a.target(e);
            // Redundancy of u: sum over v's other contacts w of p_vw m_uw, m_uw = w_uw / max_k
            // w_uk.
            double r = 0;
            if (strongest[u] > 0)
                for (auto [f, f_end] = a.out_arcs(u); f < f_end; ++f)
                    if (mark[a.target(f)])
                        r += share[a.target(f)] * (a.cost(f) / strongest[u]);
            total += 1 - r;
        }
        s[v] = total;
        unmark(a, v, share, mark);
    }
    return s;
}

} // namespace detail

/// Burt's constraint of every vertex, as NetworkX's `nx.constraint(G, weight)`:
/// c(v) = sum over neighbours j of (p_vj + sum over neighbours q of p_vq p_qj)^2 with
/// p_ij = w_ij / sum_k w_ik. NaN for a vertex without relationships. Low constraint: a broker
/// whose contacts are not tied to each other. O(sum over v of the degrees of v's neighbours).
template <SymmetricGraph Graph, ArcWeightMap<Graph> WeightMap>
[[nodiscard]] std::vector<double> burt_constraint(const Graph& g, WeightMap w) {
    return detail::constraint(snapshot::of_graph(g, w, parallel_edges::sum));
}

/// Burt's effective size of every vertex, as NetworkX's `nx.effective_size(G, weight)`:
/// sum over neighbours u of (1 - sum over neighbours w of p_vw m_uw) with
/// m_uw = w_uw / max_k w_uk; with `unit_cost{}` this is Borgatti's n - 2t/n (t ties among
/// the n contacts). NaN for a vertex without relationships. Same complexity as constraint.
template <SymmetricGraph Graph, ArcWeightMap<Graph> WeightMap>
[[nodiscard]] std::vector<double> effective_size(const Graph& g, WeightMap w) {
    return detail::effective_size(snapshot::of_graph(g, w, parallel_edges::sum));
}

/// Burt's constraint on a snapshot, its arc costs as weights.
[[nodiscard]] inline std::vector<double> burt_constraint(const snapshot& s) {
    return detail::constraint(s.merged(parallel_edges::sum));
}

/// Burt's effective size on a snapshot, its arc costs as weights.
[[nodiscard]] inline std::vector<double> effective_size(const snapshot& s) {
    return detail::effective_size(s.merged(parallel_edges::sum));
}

/// Which member states each vertex of a snapshot reaches directly: the number of distinct
/// countries among the cities it has a relationship with (a city's country is the country
/// vertex it is a member of), counting a city's own country too. A partner or city with a
/// value of 2 or more bridges member states; country vertices get 1 (their own cities) or 0.
/// Relationships the arc policy left out of the snapshot do not count. O(V + E).
[[nodiscard]] inline std::vector<std::uint32_t> member_states_spanned(const snapshot& s) {
    using vertex_index = snapshot::vertex_index;
    const auto& g = s.graph();
    const std::size_t n = s.num_vertices();
    std::vector<vertex_index> country(n, snapshot::npos);
    for (std::size_t v = 0; v < n; ++v) {
        if (s.kind(static_cast<vertex_index>(v)) != vertex_kind::city)
            continue;
        for (auto [ei, ee] = out_edges(static_cast<vertex_index>(v), g); ei != ee; ++ei)
            if (s.kinds(ei->idx).contains(relation_kind::member_of) &&
                s.kind(target(*ei, g)) == vertex_kind::country)
                country[v] = target(*ei, g);
    }
    std::vector<std::uint32_t> spanned(n, 0);
    std::vector<std::size_t> seen_by(n, static_cast<std::size_t>(-1));
    for (std::size_t v = 0; v < n; ++v) {
        std::uint32_t count = 0;
        auto see = [&](vertex_index c) {
            if (c != snapshot::npos && seen_by[c] != v) {
                seen_by[c] = v;
                ++count;
            }
        };
        see(country[v]);
        for (auto [ei, ee] = out_edges(static_cast<vertex_index>(v), g); ei != ee; ++ei)
            see(country[target(*ei, g)]);
        spanned[v] = count;
    }
    return spanned;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_STRUCTURE_BROKERAGE_HPP
