// SPDX-License-Identifier: MIT
/// \file
/// Communities: modularity of a partition (weighted, with a resolution), Louvain (Blondel et
/// al. 2008) and Leiden (Traag, Waltman & van Eck 2019). Seeded and deterministic. The graph is
/// any BGL graph storing each undirected edge as two opposite arcs (as `ascn::snapshot` does);
/// parallel relationships are merged by adding their weights, self-loops are ignored.
/// Reference: docs/reference/structure.md.
#ifndef ASCN_ALGORITHM_STRUCTURE_COMMUNITY_HPP
#define ASCN_ALGORITHM_STRUCTURE_COMMUNITY_HPP

#include "ascn/contracts.hpp"
#include "ascn/detail/parallel.hpp"
#include "ascn/snapshot.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <numeric>
#include <random>
#include <unordered_map>
#include <vector>

namespace ascn {

/// Options of `louvain` and `leiden`.
struct community_options {
    double resolution = 1.0;     ///< gamma: larger gives more, smaller communities; > 0
    std::uint64_t seed = 0;      ///< the order in which vertices are visited comes from it
    std::size_t max_levels = 64; ///< aggregation levels (Louvain) or iterations (Leiden)
    /// Louvain: a level that raises modularity by less than this ends the run (as NetworkX's
    /// `threshold`).
    double tolerance = 1e-7;
};

/// A partition and its modularity.
struct community_result {
    std::vector<std::uint32_t> community; ///< of each vertex, numbered by first member from 0
    std::size_t count = 0;                ///< number of communities
    double modularity = 0;                ///< of `community`, at the resolution asked for
    std::size_t levels = 0;               ///< aggregation levels or iterations run
};

namespace detail {

/// Numbers the labels of `c` 0, 1, ... by first appearance; returns how many there are.
inline std::uint32_t canonical_labels(std::vector<std::uint32_t>& c) {
    std::vector<std::uint32_t> map(c.size() + 1, static_cast<std::uint32_t>(-1));
    std::uint32_t next = 0;
    for (auto& x : c) {
        if (x >= map.size())
            map.resize(static_cast<std::size_t>(x) + 1, static_cast<std::uint32_t>(-1));
        if (map[x] == static_cast<std::uint32_t>(-1))
            map[x] = next++;
        x = map[x];
    }
    return next;
}

/// Newman's modularity with resolution `gamma`, as NetworkX's `community.modularity`:
/// sum over communities of L_c / m - gamma (d_c / 2m)^2. Zero for a graph without edges.
inline double modularity(const snapshot& a, const std::vector<std::uint32_t>& community,
                         double gamma) {
    const std::size_t n = a.num_vertices();
    std::uint32_t k = 0;
    for (std::size_t v = 0; v < n; ++v)
        k = std::max(k, community[v] + 1);
    std::vector<double> inside(k, 0.0), total(k, 0.0);
    double two_m = 0;
    for (std::size_t u = 0; u < n; ++u)
        for (auto [e, e_end] = a.out_arcs(u); e < e_end; ++e) {
            two_m += a.cost(e);
            total[community[u]] += a.cost(e);
            if (community[a.target(e)] == community[u])
                inside[community[u]] += a.cost(e);
        }
    if (two_m <= 0)
        return 0;
    double q = 0;
    for (std::uint32_t c = 0; c < k; ++c)
        q += inside[c] / two_m - gamma * (total[c] / two_m) * (total[c] / two_m);
    return q;
}

/// One level of the multi-level methods: a graph without self-loops (a snapshot's out-arcs)
/// plus each node's strength in the original graph (internal weight included).
struct level_graph {
    snapshot adj;
    std::vector<double> k;
};

/// The graph of communities: node c stands for the vertices with `comm[v] == c` (dense labels).
/// Arcs between communities add up; each row keeps the order its arcs first appear in.
inline level_graph aggregate(const level_graph& g, const std::vector<std::uint32_t>& comm,
                             std::uint32_t count) {
    const std::size_t n = g.adj.num_vertices();
    std::vector<std::size_t> start(static_cast<std::size_t>(count) + 1, 0);
    for (std::size_t v = 0; v < n; ++v)
        ++start[comm[v] + 1];
    for (std::uint32_t c = 0; c < count; ++c)
        start[c + 1] += start[c];
    std::vector<std::uint32_t> members(n);
    {
        std::vector<std::size_t> fill(start.begin(), start.end() - 1);
        for (std::size_t v = 0; v < n; ++v)
            members[fill[comm[v]]++] = static_cast<std::uint32_t>(v);
    }
    level_graph h;
    h.k.assign(count, 0.0);
    std::vector<arc_entry> arcs;
    arcs.reserve(g.adj.num_arcs());
    for (std::uint32_t c = 0; c < count; ++c)
        for (std::size_t i = start[c]; i < start[c + 1]; ++i) {
            const std::uint32_t u = members[i];
            h.k[c] += g.k[u];
            for (auto [e, e_end] = g.adj.out_arcs(u); e < e_end; ++e)
                arcs.push_back({c, comm[g.adj.target(e)], g.adj.cost(e), snapshot::npos});
        }
    h.adj = snapshot::of_arcs(count, arcs, parallel_edges::sum);
    return h;
}

/// A random permutation of 0 .. n-1 from `rng` (Fisher-Yates with `uniform01`, identical on
/// every platform).
inline std::vector<std::uint32_t> shuffled(std::size_t n, std::mt19937_64& rng) {
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    for (std::size_t i = n; i > 1; --i) {
        auto j = static_cast<std::size_t>(uniform01(rng) * static_cast<double>(i));
        if (j >= i)
            j = i - 1;
        std::swap(order[i - 1], order[j]);
    }
    return order;
}

/// Moves single nodes between communities to increase modularity.
class node_mover {
public:
    node_mover(const level_graph& g, std::vector<std::uint32_t>& comm, double gamma, double two_m)
        : g_(g)
        , comm_(comm)
        , gamma_(gamma)
        , two_m_(two_m)
        , tot_(g.adj.num_vertices(), 0.0)
        , w_to_(g.adj.num_vertices(), 0.0)
        , seen_(g.adj.num_vertices(), 0) {
        for (std::size_t v = 0; v < g.adj.num_vertices(); ++v)
            tot_[comm[v]] += g.k[v];
    }

    /// Moves `v` to the community with the largest modularity gain (ties: the first met;
    /// staying wins unless beaten). Returns true if `v` changed community.
    bool move(std::uint32_t v) {
        const std::uint32_t old = comm_[v];
        const double kv = g_.k[v];
        touched_.clear();
        touched_.push_back(old);
        seen_[old] = 1;
        for (auto [e, e_end] = g_.adj.out_arcs(v); e < e_end; ++e) {
            const std::uint32_t c = comm_[g_.adj.target(e)];
            if (!seen_[c]) {
                seen_[c] = 1;
                touched_.push_back(c);
            }
            w_to_[c] += g_.adj.cost(e);
        }
        tot_[old] -= kv;
        const double scale = gamma_ * kv / two_m_;
        std::uint32_t best = old;
        const double stay = w_to_[old] - scale * tot_[old];
        double best_gain = stay;
        const double eps = 1e-13 * std::max(1.0, kv);
        for (const std::uint32_t c : touched_) {
            if (c == old)
                continue;
            const double gain = w_to_[c] - scale * tot_[c];
            if (gain > best_gain + eps) {
                best_gain = gain;
                best = c;
            }
        }
        for (const std::uint32_t c : touched_) {
            w_to_[c] = 0;
            seen_[c] = 0;
        }
        tot_[best] += kv;
        comm_[v] = best;
        if (best != old)
            gained_ += 2 * (best_gain - stay) / two_m_;
        return best != old;
    }

    /// Modularity gained by all moves so far.
    [[nodiscard]] double gained() const noexcept { return gained_; }

private:
    const level_graph& g_;
    std::vector<std::uint32_t>& comm_;
    double gamma_, two_m_;
    std::vector<double> tot_, w_to_;
    std::vector<unsigned char> seen_;
    std::vector<std::uint32_t> touched_;
    double gained_ = 0;
};

/// Fast local moving (Traag et al. 2019): vertices wait in a queue, seeded random order
/// first; each is moved to its best community, and when it moves, its neighbours outside its
/// new community join the queue again; ends when the queue is empty. Unlike repeated full
/// passes it revisits only vertices next to a move, which is much faster on graphs with weak
/// structure, where full passes keep finding small gains for dozens of passes. Returns true
/// if anything moved.
inline bool local_moving(const level_graph& g, const std::vector<std::uint32_t>& comm,
                         node_mover& mover, std::mt19937_64& rng) {
    const std::size_t size = g.adj.num_vertices();
    std::deque<std::uint32_t> queue;
    std::vector<unsigned char> queued(size, 1);
    for (const std::uint32_t v : shuffled(size, rng))
        queue.push_back(v);
    bool moved = false;
    while (!queue.empty()) {
        const std::uint32_t v = queue.front();
        queue.pop_front();
        queued[v] = 0;
        if (!mover.move(v))
            continue;
        moved = true;
        for (auto [e, e_end] = g.adj.out_arcs(v); e < e_end; ++e) {
            const std::uint32_t t = g.adj.target(e);
            if (!queued[t] && comm[t] != comm[v]) {
                queued[t] = 1;
                queue.push_back(t);
            }
        }
    }
    return moved;
}

inline level_graph first_level(const snapshot& a) {
    level_graph g{a, std::vector<double>(a.num_vertices(), 0.0)};
    for (std::size_t v = 0; v < a.num_vertices(); ++v)
        g.k[v] = a.strength(v);
    return g;
}

inline double total_strength(const level_graph& g) {
    double s = 0;
    for (const double x : g.k)
        s += x;
    return s;
}

inline void finish(community_result& r, const snapshot& a, double gamma) {
    r.count = canonical_labels(r.community);
    r.modularity = modularity(a, r.community, gamma);
}

inline community_result louvain(const snapshot& a, const community_options& o) {
    ASCN_EXPECTS(o.resolution > 0);
    const std::size_t n = a.num_vertices();
    community_result r;
    r.community.resize(n);
    std::iota(r.community.begin(), r.community.end(), 0u);
    level_graph g = first_level(a);
    const double two_m = total_strength(g);
    std::mt19937_64 rng(o.seed);
    for (std::size_t level = 0; level < o.max_levels && two_m > 0; ++level) {
        const std::size_t size = g.adj.num_vertices();
        std::vector<std::uint32_t> comm(size);
        std::iota(comm.begin(), comm.end(), 0u);
        node_mover mover(g, comm, o.resolution, two_m);
        const bool improved = local_moving(g, comm, mover, rng);
        if (!improved)
            break;
        const std::uint32_t count = canonical_labels(comm);
        for (auto& c : r.community)
            c = comm[c];
        ++r.levels;
        if (mover.gained() < o.tolerance)
            break;
        g = aggregate(g, comm, count);
    }
    finish(r, a, o.resolution);
    return r;
}

/// Splits every community that is not connected in `a` into its connected parts. Never lowers
/// modularity (no edge joins the parts, so only the penalty term changes, and it shrinks).
inline void split_disconnected(const snapshot& a, std::vector<std::uint32_t>& community) {
    const std::size_t n = a.num_vertices();
    std::vector<std::uint32_t> part(n, static_cast<std::uint32_t>(-1));
    std::vector<std::uint32_t> stack;
    std::uint32_t next = 0;
    for (std::size_t s = 0; s < n; ++s) {
        if (part[s] != static_cast<std::uint32_t>(-1))
            continue;
        part[s] = next;
        stack.push_back(static_cast<std::uint32_t>(s));
        while (!stack.empty()) {
            const std::uint32_t u = stack.back();
            stack.pop_back();
            for (auto [e, e_end] = a.out_arcs(u); e < e_end; ++e) {
                const std::uint32_t v = a.target(e);
                if (part[v] == static_cast<std::uint32_t>(-1) && community[v] == community[u]) {
                    part[v] = next;
                    stack.push_back(v);
                }
            }
        }
        ++next;
    }
    community = std::move(part);
}

/// Leiden's refinement of `comm` (dense labels): within each community, vertices start alone
/// and each well-connected singleton joins the well-connected sub-community of its community
/// with the largest non-negative gain (the greedy limit, theta -> 0, of the randomised merge).
/// Every sub-community is connected: it grows only by vertices with an edge into it.
inline std::vector<std::uint32_t> refine(const level_graph& g,
                                         const std::vector<std::uint32_t>& comm,
                                         const std::vector<double>& ctot, double gamma,
                                         double two_m, std::mt19937_64& rng) {
    const std::size_t n = g.adj.num_vertices();
    std::vector<std::uint32_t> refined(n);
    std::iota(refined.begin(), refined.end(), 0u);
    std::vector<double> rtot(g.k), rext(n, 0.0), w_to(n, 0.0);
    std::vector<std::uint32_t> rsize(n, 1), touched;
    std::vector<unsigned char> seen(n, 0);
    for (std::size_t v = 0; v < n; ++v)
        for (auto [e, e_end] = g.adj.out_arcs(v); e < e_end; ++e)
            if (comm[g.adj.target(e)] == comm[v])
                rext[v] += g.adj.cost(e);
    for (const std::uint32_t v : shuffled(n, rng)) {
        if (rsize[refined[v]] != 1)
            continue;
        const std::uint32_t c = comm[v];
        const double kv = g.k[v];
        if (rext[v] < gamma * kv * (ctot[c] - kv) / two_m)
            continue;
        touched.clear();
        for (auto [e, e_end] = g.adj.out_arcs(v); e < e_end; ++e) {
            const std::uint32_t t = g.adj.target(e);
            if (comm[t] != c)
                continue;
            const std::uint32_t s = refined[t];
            if (!seen[s]) {
                seen[s] = 1;
                touched.push_back(s);
            }
            w_to[s] += g.adj.cost(e);
        }
        std::uint32_t best = refined[v];
        double best_gain = 0;
        for (const std::uint32_t s : touched) {
            if (s == refined[v] || rext[s] < gamma * rtot[s] * (ctot[c] - rtot[s]) / two_m)
                continue;
            const double gain = w_to[s] - gamma * rtot[s] * kv / two_m;
            if (gain >= best_gain && (best == refined[v] || gain > best_gain)) {
                best_gain = gain;
                best = s;
            }
        }
        if (best != refined[v]) {
            const std::uint32_t own = refined[v];
            rext[best] += rext[own] - 2 * w_to[best];
            rtot[best] += rtot[own];
            rsize[best] += 1;
            rsize[own] = 0;
            refined[v] = best;
        }
        for (const std::uint32_t s : touched) {
            w_to[s] = 0;
            seen[s] = 0;
        }
    }
    return refined;
}

inline community_result leiden(const snapshot& a, const community_options& o) {
    ASCN_EXPECTS(o.resolution > 0);
    const std::size_t n = a.num_vertices();
    community_result r;
    r.community.resize(n);
    std::iota(r.community.begin(), r.community.end(), 0u); // vertex -> node of this level
    level_graph g = first_level(a);
    const double two_m = total_strength(g);
    std::mt19937_64 rng(o.seed);
    std::vector<std::uint32_t> comm(n); // node -> community
    std::iota(comm.begin(), comm.end(), 0u);
    for (std::size_t level = 0; level < o.max_levels && two_m > 0; ++level) {
        const std::size_t size = g.adj.num_vertices();
        node_mover mover(g, comm, o.resolution, two_m);
        local_moving(g, comm, mover, rng);
        ++r.levels;
        const std::uint32_t count = canonical_labels(comm);
        if (count == size)
            break;
        std::vector<double> ctot(count, 0.0);
        for (std::size_t v = 0; v < size; ++v)
            ctot[comm[v]] += g.k[v];
        auto refined = refine(g, comm, ctot, o.resolution, two_m, rng);
        const std::uint32_t parts = canonical_labels(refined);
        std::vector<std::uint32_t> next(parts);
        for (std::size_t v = 0; v < size; ++v)
            next[refined[v]] = comm[v];
        for (auto& c : r.community)
            c = refined[c];
        g = aggregate(g, refined, parts);
        comm = std::move(next);
    }
    for (auto& c : r.community)
        c = comm[c];
    split_disconnected(a, r.community);
    finish(r, a, o.resolution);
    return r;
}

} // namespace detail

/// Modularity of `community` (a label per vertex index) on `g` with arc weights `w`, as
/// NetworkX's `community.modularity(G, communities, weight, resolution)`:
/// Q = sum_c [ L_c / m - resolution * (d_c / 2m)^2 ] where m is the total edge weight (each
/// undirected edge counted once although stored as two arcs), L_c the weight inside c and d_c
/// the summed strength of c. Parallel relationships add up. Returns 0 for a graph without
/// edges. Labels may be any numbers. Preconditions: `community.size() == num_vertices(g)`;
/// weights finite and non-negative (as for every function here). O(V + E).
template <SymmetricGraph Graph, ArcWeightMap<Graph> WeightMap>
[[nodiscard]] double modularity(const Graph& g, WeightMap w,
                                const std::vector<std::uint32_t>& community,
                                double resolution = 1.0) {
    ASCN_EXPECTS(community.size() == num_vertices(g));
    auto labels = community; // any label values: renumber them densely
    std::unordered_map<std::uint32_t, std::uint32_t> dense;
    for (auto& c : labels)
        c = dense.emplace(c, static_cast<std::uint32_t>(dense.size())).first->second;
    return detail::modularity(snapshot::of_graph(g, w, parallel_edges::sum), labels, resolution);
}

/// Modularity of a partition of a snapshot's vertices, its arc costs as weights.
[[nodiscard]] inline double modularity(const snapshot& s,
                                       const std::vector<std::uint32_t>& community,
                                       double resolution = 1.0) {
    ASCN_EXPECTS(community.size() == s.num_vertices());
    auto labels = community; // any label values: renumber them densely
    std::unordered_map<std::uint32_t, std::uint32_t> dense;
    for (auto& c : labels)
        c = dense.emplace(c, static_cast<std::uint32_t>(dense.size())).first->second;
    return detail::modularity(s.merged(parallel_edges::sum), labels, resolution);
}

/// Louvain community detection (Blondel et al. 2008): local moving of single vertices to the
/// neighbouring community with the largest modularity gain (fast local moving: a queue seeded
/// in random order, a moved vertex's neighbours queued again), then aggregation of the
/// communities into vertices, level after level until a level moves nothing or gains less
/// than `o.tolerance`. Deterministic for a seed. Returns the partition and its modularity
/// (computed afresh on `g`, so it equals `modularity(g, w, partition)`). Communities may be
/// disconnected (use `leiden` to rule that out). Precondition: `o.resolution > 0`.
/// Complexity: O(E) per sweep of the queue, few sweeps and levels in practice.
template <SymmetricGraph Graph, ArcWeightMap<Graph> WeightMap>
[[nodiscard]] community_result louvain(const Graph& g, WeightMap w,
                                       const community_options& o = {}) {
    return detail::louvain(snapshot::of_graph(g, w, parallel_edges::sum), o);
}

/// Louvain on a snapshot, its arc costs as weights.
[[nodiscard]] inline community_result louvain(const snapshot& s, const community_options& o = {}) {
    return detail::louvain(s.merged(parallel_edges::sum), o);
}

/// Leiden community detection: fast local moving (a queue of vertices to revisit), refinement
/// of each community into well-connected sub-communities (the greedy variant: each singleton
/// joins the sub-community with the largest non-negative gain), aggregation of the refined
/// partition with the unrefined one as the starting point, repeated until every community is
/// one aggregate vertex. Every returned community is connected (guaranteed: a community that
/// is not is split into its connected parts, which cannot lower modularity). Deterministic for
/// a seed. Precondition: `o.resolution > 0`.
template <SymmetricGraph Graph, ArcWeightMap<Graph> WeightMap>
[[nodiscard]] community_result leiden(const Graph& g, WeightMap w,
                                      const community_options& o = {}) {
    return detail::leiden(snapshot::of_graph(g, w, parallel_edges::sum), o);
}

/// Leiden on a snapshot, its arc costs as weights.
[[nodiscard]] inline community_result leiden(const snapshot& s, const community_options& o = {}) {
    return detail::leiden(s.merged(parallel_edges::sum), o);
}

} // namespace ascn

#endif // ASCN_ALGORITHM_STRUCTURE_COMMUNITY_HPP
