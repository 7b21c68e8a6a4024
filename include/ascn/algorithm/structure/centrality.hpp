// SPDX-License-Identifier: MIT
/// \file
/// Centrality: degree, betweenness (Brandes 2001; exact or sampled, weighted or not),
/// closeness, harmonic, PageRank and eigenvector centrality, each defined exactly as
/// NetworkX 2.8 defines it for an undirected graph. The graph is any BGL graph storing each
/// undirected edge as two opposite arcs (as `ascn::snapshot` does). Parallel relationships
/// between two vertices: distance measures keep the lightest, the others add the weights;
/// self-loops are ignored. Results are indexed by vertex index. Parallel loops cut the work
/// into fixed blocks reduced in block order, so results do not depend on the thread count.
/// Reference: docs/reference/structure.md.
#ifndef ASCN_ALGORITHM_STRUCTURE_CENTRALITY_HPP
#define ASCN_ALGORITHM_STRUCTURE_CENTRALITY_HPP

#include "ascn/contracts.hpp"
#include "ascn/detail/parallel.hpp"
#include "ascn/progress.hpp"
#include "ascn/snapshot.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numeric>
#include <random>
#include <thread>
#include <utility>
#include <vector>

namespace ascn {

/// Options of `betweenness_centrality`.
struct betweenness_options {
    /// Divide by (n-1)(n-2), as NetworkX's `normalized=True` for undirected graphs; otherwise
    /// halve (each pair is met from both ends).
    bool normalized = true;
    /// Use this many source vertices drawn without replacement (0: all, exact) and scale by
    /// n / samples, like NetworkX's `k`. The draw comes from `seed`.
    std::size_t samples = 0;
    std::uint64_t seed = 0;  ///< seed of the sample of sources (used when `samples` > 0)
    std::size_t threads = 0; ///< 0: all cores; results do not depend on it
    /// Told the fraction of sources searched, from the calling thread; returning false stops
    /// the computation with `cancelled_error` (within one block of sources per thread).
    progress_callback progress{};
};

/// Options of the power iterations (`pagerank`, `eigenvector_centrality`).
struct power_iteration_options {
    double damping = 0.85; ///< PageRank's alpha; unused by eigenvector centrality
    /// Stop when the L1 change of the vector is below n * tolerance (NetworkX's rule). 0: go on
    /// until the change stops shrinking (the vector is then as exact as doubles allow; about
    /// 200 steps for PageRank at damping 0.85).
    double tolerance = 1e-6;
    std::size_t max_iterations = 100; ///< give up (with `converged` false) after this many
    std::size_t threads = 0;          ///< 0: all cores; results do not depend on it
};

/// The result of a power iteration.
struct power_iteration_result {
    std::vector<double> value;  ///< by vertex index
    std::size_t iterations = 0; ///< iterations run
    bool converged = false;     ///< false: `max_iterations` ran out (NetworkX would throw)
};

namespace detail {

inline constexpr std::size_t centrality_chunks = 16;

/// Per-source work arrays of Brandes' algorithm; only touched entries are reset. Distance,
/// path count and dependency of a vertex sit together (one cache line for the three). The
/// search records, for each settled vertex, the arcs it may be a shortest-path predecessor
/// along (its successors), so the dependency pass visits only those instead of every arc.
struct brandes_state {
    struct node {
        double dist = std::numeric_limits<double>::infinity();
        double sigma = 0;
        double delta = 0;
    };
    std::vector<node> at;
    std::vector<std::uint32_t> order; ///< vertices in order of settling
    std::vector<std::size_t> next;    ///< candidate successor arcs, grouped by settled vertex
    std::vector<std::size_t> group;   ///< order position i owns next[group[i] .. group[i+1])
    /// Dijkstra's queue: a 4-ary min-heap on distance with each vertex's place in it.
    std::vector<std::uint32_t> heap;
    std::vector<std::uint32_t> place;
    static constexpr std::uint32_t absent = static_cast<std::uint32_t>(-1);
    static constexpr std::uint32_t settled = absent - 1;

    explicit brandes_state(std::size_t n)
        : at(n)
        , place(n, absent) {}

    void reset() {
        for (const std::uint32_t v : order) {
            at[v] = node{};
            place[v] = absent;
        }
        order.clear();
        next.clear();
        group.clear();
    }

    void sift_up(std::size_t i) {
        const std::uint32_t v = heap[i];
        const double d = at[v].dist;
        while (i > 0) {
            const std::size_t parent = (i - 1) / 4;
            if (at[heap[parent]].dist <= d)
                break;
            heap[i] = heap[parent];
            place[heap[i]] = static_cast<std::uint32_t>(i);
            i = parent;
        }
        heap[i] = v;
        place[v] = static_cast<std::uint32_t>(i);
    }

    void push(std::uint32_t v) {
        heap.push_back(v);
        sift_up(heap.size() - 1);
    }

    std::uint32_t pop() {
        const std::uint32_t top = heap.front();
        place[top] = settled;
        const std::uint32_t last = heap.back();
        heap.pop_back();
        if (heap.empty())
            return top;
        const double d = at[last].dist;
        const std::size_t n = heap.size();
        std::size_t i = 0;
        for (;;) {
            const std::size_t first = 4 * i + 1;
            if (first >= n)
                break;
            std::size_t best = first;
            const std::size_t end = std::min(first + 4, n);
            for (std::size_t c = first + 1; c < end; ++c)
                if (at[heap[c]].dist < at[heap[best]].dist)
                    best = c;
            if (at[heap[best]].dist >= d)
                break;
            heap[i] = heap[best];
            place[heap[i]] = static_cast<std::uint32_t>(i);
            i = best;
        }
        heap[i] = last;
        place[last] = static_cast<std::uint32_t>(i);
        return top;
    }

    /// Shortest-path distances and path counts from `s`: breadth-first when `!Weighted`,
    /// Dijkstra otherwise (weights must be positive for the path counts). With `Record`, the
    /// successor arcs are kept for `accumulate`.
    template <bool Weighted, bool Record>
    void search(const snapshot& a, std::uint32_t s) {
        reset();
        at[s].dist = 0;
        at[s].sigma = 1;
        if constexpr (!Weighted) {
            order.push_back(s);
            for (std::size_t head = 0; head < order.size(); ++head) {
                const std::uint32_t v = order[head];
                const double dv = at[v].dist + 1, sv = at[v].sigma;
                if constexpr (Record)
                    group.push_back(next.size());
                for (auto [e, e_end] = a.out_arcs(v); e < e_end; ++e) {
                    node& w = at[a.target(e)];
                    if (w.dist == std::numeric_limits<double>::infinity()) {
                        w.dist = dv;
                        order.push_back(a.target(e));
                    }
                    if (w.dist == dv) {
                        w.sigma += sv;
                        if constexpr (Record)
                            next.push_back(e);
                    }
                }
            }
        } else {
            // Every vertex given a finite distance is settled later, so `order` covers all
            // that reset() must clear.
            push(s);
            while (!heap.empty()) {
                const std::uint32_t v = pop();
                order.push_back(v);
                if constexpr (Record)
                    group.push_back(next.size());
                const double d = at[v].dist, sv = at[v].sigma;
                for (auto [e, e_end] = a.out_arcs(v); e < e_end; ++e) {
                    const std::uint32_t t = a.target(e);
                    node& w = at[t];
                    const double nd = d + a.cost(e);
                    if (nd < w.dist) {
                        const bool fresh = w.dist == std::numeric_limits<double>::infinity();
                        w.dist = nd;
                        w.sigma = sv;
                        if (fresh)
                            push(t);
                        else
                            sift_up(place[t]);
                    } else if (nd == w.dist && place[t] != settled)
                        w.sigma += sv;
                    else
                        continue;
                    if constexpr (Record)
                        next.push_back(e);
                }
            }
        }
        if constexpr (Record)
            group.push_back(next.size());
    }

    void search(const snapshot& a, bool weighted, std::uint32_t s) {
        if (weighted)
            search<true, false>(a, s);
        else
            search<false, false>(a, s);
    }

    /// Adds the dependencies of source `s` (after `search<Weighted, true>`) to `out`:
    /// delta(v) = sigma(v) * sum over successors w of (1 + delta(w)) / sigma(w).
    template <bool Weighted>
    void accumulate(const snapshot& a, std::uint32_t s, double* out) {
        for (std::size_t i = order.size(); i-- > 0;) {
            const std::uint32_t v = order[i];
            node& nv = at[v];
            double sum = 0;
            for (std::size_t k = group[i]; k < group[i + 1]; ++k) {
                const std::size_t e = next[k];
                const node& w = at[a.target(e)];
                if constexpr (Weighted)
                    if (nv.dist + a.cost(e) != w.dist)
                        continue; // w was reached by a shorter path later
                sum += (1 + w.delta) / w.sigma;
            }
            nv.delta = nv.sigma * sum;
            if (v != s)
                out[v] += nv.delta;
        }
    }
};

/// The source vertices: all, or `samples` of them drawn with `seed`.
inline std::vector<std::uint32_t> sources(std::size_t n, std::size_t samples, std::uint64_t seed) {
    std::vector<std::uint32_t> all(n);
    std::iota(all.begin(), all.end(), 0u);
    if (samples == 0 || samples >= n)
        return all;
    std::mt19937_64 rng(seed);
    for (std::size_t i = 0; i < samples; ++i) {
        auto j = i + static_cast<std::size_t>(uniform01(rng) * static_cast<double>(n - i));
        if (j >= n)
            j = n - 1;
        std::swap(all[i], all[j]);
    }
    all.resize(samples);
    return all;
}

inline std::vector<double> betweenness(const snapshot& a, bool weighted,
                                       const betweenness_options& o) {
    const std::size_t n = a.num_vertices();
    const auto src = sources(n, o.samples, o.seed);
    const std::size_t chunk =
        std::max<std::size_t>(1, (src.size() + centrality_chunks - 1) / centrality_chunks);
    const std::size_t chunks = (src.size() + chunk - 1) / chunk;
    std::vector<std::vector<double>> partial(chunks);
    std::atomic<std::size_t> done{0};
    const auto caller = std::this_thread::get_id();
    parallel_blocks(src.size(), chunk, o.threads,
                    [&](std::size_t b, std::size_t begin, std::size_t end) {
                        partial[b].assign(n, 0.0);
                        brandes_state st(n);
                        for (std::size_t i = begin; i < end; ++i) {
                            if (weighted) {
                                st.search<true, true>(a, src[i]);
                                st.accumulate<true>(a, src[i], partial[b].data());
                            } else {
                                st.search<false, true>(a, src[i]);
                                st.accumulate<false>(a, src[i], partial[b].data());
                            }
                            const auto finished = ++done;
                            if (o.progress && std::this_thread::get_id() == caller)
                                report_progress(o.progress, static_cast<double>(finished),
                                                static_cast<double>(src.size()), "betweenness");
                        }
                        st.reset();
                    });
    report_progress(o.progress, 1.0, 1.0, "betweenness");
    std::vector<double> bc(n, 0.0);
    for (const auto& p : partial)
        for (std::size_t v = 0; v < n; ++v)
            bc[v] += p[v];
    double scale = 1;
    if (o.normalized)
        scale = n > 2 ? 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2)) : 1.0;
    else
        scale = 0.5;
    if (!src.empty() && src.size() < n && (!o.normalized || n > 2))
        scale *= static_cast<double>(n) / static_cast<double>(src.size());
    if (scale != 1)
        for (auto& x : bc)
            x *= scale;
    return bc;
}

/// Calls `f(v, state)` after a shortest-path search from every vertex v, in parallel blocks.
template <class F>
void for_each_source(const snapshot& a, bool weighted, std::size_t threads, F f) {
    const std::size_t n = a.num_vertices();
    const std::size_t chunk =
        std::max<std::size_t>(1, (n + centrality_chunks - 1) / centrality_chunks);
    parallel_blocks(n, chunk, threads, [&](std::size_t, std::size_t begin, std::size_t end) {
        brandes_state st(n);
        for (std::size_t s = begin; s < end; ++s) {
            st.search(a, weighted, static_cast<std::uint32_t>(s));
            f(s, st);
        }
    });
}

inline std::vector<double> closeness(const snapshot& a, bool weighted, std::size_t threads) {
    const std::size_t n = a.num_vertices();
    std::vector<double> c(n, 0.0);
    for_each_source(a, weighted, threads, [&](std::size_t s, const brandes_state& st) {
        double total = 0;
        for (const std::uint32_t v : st.order)
            total += st.at[v].dist;
        const auto reached = static_cast<double>(st.order.size() - 1);
        if (total > 0 && n > 1)
            c[s] = reached / total * (reached / static_cast<double>(n - 1));
    });
    return c;
}

inline std::vector<double> harmonic(const snapshot& a, bool weighted, std::size_t threads) {
    std::vector<double> c(a.num_vertices(), 0.0);
    for_each_source(a, weighted, threads, [&](std::size_t s, const brandes_state& st) {
        double total = 0;
        for (const std::uint32_t v : st.order)
            if (st.at[v].dist > 0)
                total += 1 / st.at[v].dist;
        c[s] = total;
    });
    return c;
}

/// One step x' = step(x) computed per vertex in fixed blocks; returns the L1 change.
template <class Step>
double power_step(std::size_t n, std::size_t threads, std::vector<double>& next, Step step,
                  const std::vector<double>& last) {
    constexpr std::size_t block = 8192;
    std::vector<double> change((n + block - 1) / block, 0.0);
    parallel_blocks(n, block, threads, [&](std::size_t b, std::size_t begin, std::size_t end) {
        double d = 0;
        for (std::size_t v = begin; v < end; ++v) {
            next[v] = step(v);
            d += std::abs(next[v] - last[v]);
        }
        change[b] = d;
    });
    double total = 0;
    for (const double d : change)
        total += d;
    return total;
}

/// When a power iteration stops: its L1 change below n * tolerance, or, with a tolerance of 0,
/// no smaller than the smallest so far for three steps running (rounding has taken over).
struct power_stop {
    double best = std::numeric_limits<double>::infinity();
    int stalled = 0;
    bool done(double err, std::size_t n, double tolerance) {
        if (tolerance > 0)
            return err < static_cast<double>(n) * tolerance;
        if (err == 0)
            return true;
        if (err < best) {
            best = err;
            stalled = 0;
            return false;
        }
        return ++stalled >= 3;
    }
};

inline power_iteration_result pagerank(const snapshot& a, const power_iteration_options& o) {
    const std::size_t n = a.num_vertices();
    power_iteration_result r;
    power_stop stop;
    if (n == 0) {
        r.converged = true;
        return r;
    }
    const double inv_n = 1.0 / static_cast<double>(n);
    std::vector<double> out(n), x(n, inv_n), next(n), share(n);
    for (std::size_t v = 0; v < n; ++v)
        out[v] = a.strength(v);
    for (r.iterations = 1; r.iterations <= o.max_iterations; ++r.iterations) {
        double dangling = 0;
        for (std::size_t v = 0; v < n; ++v) {
            if (out[v] == 0)
                dangling += x[v];
            share[v] = out[v] == 0 ? 0 : x[v] / out[v];
        }
        const double base = o.damping * dangling * inv_n + (1 - o.damping) * inv_n;
        const double err = power_step(
            n, o.threads, next,
            [&](std::size_t v) {
                double s = 0;
                for (auto [e, e_end] = a.out_arcs(v); e < e_end; ++e)
                    s += share[a.target(e)] * a.cost(e);
                return o.damping * s + base;
            },
            x);
        x.swap(next);
        if (stop.done(err, n, o.tolerance)) {
            r.converged = true;
            break;
        }
    }
    r.iterations = std::min(r.iterations, o.max_iterations);
    r.value = std::move(x);
    return r;
}

inline power_iteration_result eigenvector(const snapshot& a, const power_iteration_options& o) {
    const std::size_t n = a.num_vertices();
    power_iteration_result r;
    power_stop stop;
    if (n == 0) {
        r.converged = true;
        return r;
    }
    std::vector<double> x(n, 1.0 / static_cast<double>(n)), next(n), raw(n);
    for (r.iterations = 1; r.iterations <= o.max_iterations; ++r.iterations) {
        double sq = 0;
        for (std::size_t v = 0; v < n; ++v) {
            double s = x[v];
            for (auto [e, e_end] = a.out_arcs(v); e < e_end; ++e)
                s += x[a.target(e)] * a.cost(e);
            raw[v] = s;
            sq += s * s;
        }
        double norm = std::sqrt(sq);
        if (norm == 0)
            norm = 1;
        const double err = power_step(
            n, o.threads, next, [&](std::size_t v) { return raw[v] / norm; }, x);
        x.swap(next);
        if (stop.done(err, n, o.tolerance)) {
            r.converged = true;
            break;
        }
    }
    r.iterations = std::min(r.iterations, o.max_iterations);
    r.value = std::move(x);
    return r;
}

} // namespace detail

/// Weighted degree (strength) of every vertex: the summed weight of its relationships, as
/// NetworkX's `G.degree(weight=...)`; with `unit_cost{}`, the number of relationships.
/// With `normalized`, divided by n - 1 (NetworkX's `degree_centrality` when unweighted). O(V+E).
template <SymmetricGraph Graph, ArcWeightMap<Graph> WeightMap>
[[nodiscard]] std::vector<double> degree_centrality(const Graph& g, WeightMap w,
                                                    bool normalized = false) {
    const auto a = snapshot::of_graph(g, w, parallel_edges::sum);
    const std::size_t n = a.num_vertices();
    std::vector<double> d(n);
    for (std::size_t v = 0; v < n; ++v)
        d[v] = a.strength(v);
    if (normalized && n > 1)
        for (auto& x : d)
            x /= static_cast<double>(n - 1);
    return d;
}

/// Betweenness centrality by Brandes' algorithm with arc weights `w` as lengths (positive),
/// as NetworkX's `betweenness_centrality(G, normalized, weight)` on an undirected graph:
/// equal-length paths tie exactly as in NetworkX (same sums compared with ==). Sources run in
/// parallel in fixed blocks. Complexity: O(V E + V^2 log V) exact; O(k (E + V log V)) sampled.
template <SymmetricGraph Graph, ArcWeightMap<Graph> WeightMap>
[[nodiscard]] std::vector<double> betweenness_centrality(const Graph& g, WeightMap w,
                                                         const betweenness_options& o = {}) {
    return detail::betweenness(snapshot::of_graph(g, w, parallel_edges::min), true, o);
}

/// Unweighted betweenness (breadth-first searches; every relationship is one hop). O(V E).
template <SymmetricGraph Graph>
[[nodiscard]] std::vector<double> betweenness_centrality(const Graph& g,
                                                         const betweenness_options& o = {}) {
    return detail::betweenness(snapshot::of_graph(g, unit_cost{}, parallel_edges::min), false, o);
}

/// Betweenness on a snapshot, its arc costs as lengths.
[[nodiscard]] inline std::vector<double> betweenness_centrality(const snapshot& s,
                                                                const betweenness_options& o = {}) {
    return detail::betweenness(s.merged(parallel_edges::min), true, o);
}

/// Closeness centrality with arc weights as lengths, as NetworkX's
/// `closeness_centrality(G, distance, wf_improved=True)`: (r - 1) / (sum of distances to the
/// r - 1 reachable vertices), times (r - 1) / (n - 1) (Wasserman and Faust's scaling for
/// disconnected graphs); 0 for a vertex that reaches nothing. O(V (E + V log V)).
template <SymmetricGraph Graph, ArcWeightMap<Graph> WeightMap>
[[nodiscard]] std::vector<double> closeness_centrality(const Graph& g, WeightMap w,
                                                       std::size_t threads = 0) {
    return detail::closeness(snapshot::of_graph(g, w, parallel_edges::min), true, threads);
}

/// Unweighted closeness centrality (hop counts). O(V E).
template <SymmetricGraph Graph>
[[nodiscard]] std::vector<double> closeness_centrality(const Graph& g, std::size_t threads = 0) {
    return detail::closeness(snapshot::of_graph(g, unit_cost{}, parallel_edges::min), false,
                             threads);
}

/// Harmonic centrality with arc weights as lengths, as NetworkX's `harmonic_centrality`: the
/// sum of 1 / d(v, u) over the vertices u reachable at a positive distance.
template <SymmetricGraph Graph, ArcWeightMap<Graph> WeightMap>
[[nodiscard]] std::vector<double> harmonic_centrality(const Graph& g, WeightMap w,
                                                      std::size_t threads = 0) {
    return detail::harmonic(snapshot::of_graph(g, w, parallel_edges::min), true, threads);
}

/// Unweighted harmonic centrality (hop counts).
template <SymmetricGraph Graph>
[[nodiscard]] std::vector<double> harmonic_centrality(const Graph& g, std::size_t threads = 0) {
    return detail::harmonic(snapshot::of_graph(g, unit_cost{}, parallel_edges::min), false,
                            threads);
}

/// PageRank by power iteration, as NetworkX's `pagerank(G, alpha, weight, tol)`: start at
/// 1/n; each step x' = alpha (x P + (dangling mass) / n) + (1 - alpha) / n with P the
/// weight-normalised transition matrix (parallel relationships add up); stop when
/// |x' - x|_1 < n * tolerance. Vertices without relationships are dangling. O(E) per step.
template <SymmetricGraph Graph, ArcWeightMap<Graph> WeightMap>
[[nodiscard]] power_iteration_result pagerank(const Graph& g, WeightMap w,
                                              const power_iteration_options& o = {}) {
    return detail::pagerank(snapshot::of_graph(g, w, parallel_edges::sum), o);
}

/// Eigenvector centrality by power iteration on A + I, as NetworkX's
/// `eigenvector_centrality(G, weight, tol)`: start at 1/n, x' = (A + I) x normalised to unit
/// Euclidean length, stop when |x' - x|_1 < n * tolerance. O(E) per step.
template <SymmetricGraph Graph, ArcWeightMap<Graph> WeightMap>
[[nodiscard]] power_iteration_result eigenvector_centrality(const Graph& g, WeightMap w,
                                                            const power_iteration_options& o = {}) {
    return detail::eigenvector(snapshot::of_graph(g, w, parallel_edges::sum), o);
}

/// The snapshot forms: the same measures on a snapshot, its arc costs read as weights (as
/// lengths for closeness and harmonic centrality).
[[nodiscard]] inline std::vector<double> degree_centrality(const snapshot& s,
                                                           bool normalized = false) {
    const auto a = s.merged(parallel_edges::sum);
    const std::size_t n = a.num_vertices();
    std::vector<double> d(n);
    for (std::size_t v = 0; v < n; ++v)
        d[v] = a.strength(static_cast<snapshot::vertex_index>(v));
    if (normalized && n > 1)
        for (auto& x : d)
            x /= static_cast<double>(n - 1);
    return d;
}

/// Closeness centrality on a snapshot, its arc costs as lengths.
[[nodiscard]] inline std::vector<double> closeness_centrality(const snapshot& s,
                                                              std::size_t threads = 0) {
    return detail::closeness(s.merged(parallel_edges::min), true, threads);
}

/// Harmonic centrality on a snapshot, its arc costs as lengths.
[[nodiscard]] inline std::vector<double> harmonic_centrality(const snapshot& s,
                                                             std::size_t threads = 0) {
    return detail::harmonic(s.merged(parallel_edges::min), true, threads);
}

/// PageRank on a snapshot, its arc costs as weights.
[[nodiscard]] inline power_iteration_result pagerank(const snapshot& s,
                                                     const power_iteration_options& o = {}) {
    return detail::pagerank(s.merged(parallel_edges::sum), o);
}

/// Eigenvector centrality on a snapshot, its arc costs as weights.
[[nodiscard]] inline power_iteration_result
eigenvector_centrality(const snapshot& s, const power_iteration_options& o = {}) {
    return detail::eigenvector(s.merged(parallel_edges::sum), o);
}

} // namespace ascn

#endif // ASCN_ALGORITHM_STRUCTURE_CENTRALITY_HPP
