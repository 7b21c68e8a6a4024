# SPDX-License-Identifier: MIT
# The Python module's performance (docs/performance.md, "The Python module"), in one run:
#  1. calling overhead on the embedded ASCN: each analysis timed from Python and, through
#     python_reference, the same library call timed in C++;
#  2. a 100k-vertex graph built in NetworkX: conversion (ascn.from_networkx) plus sampled
#     betweenness, PageRank and Louvain, against the C++ calls on the same graph, and against
#     NetworkX and igraph on the same graph.
# Usage: PYTHONPATH=BUILD/python python3 tests/benchmark/python_peers.py BUILD/tests/benchmark/python_reference
import os
import random
import subprocess
import sys
import tempfile
import time

import numpy as np
import networkx as nx

import ascn

reference = sys.argv[1]
N, M, K, SEED = 100_000, 500_000, 20, 1


def best(f, calls, repeats=5):
    t = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for _ in range(calls):
            f()
        t.append((time.perf_counter() - t0) / calls)
    return min(t)


def cpp(*args):
    out = subprocess.run([reference, *map(str, args)], capture_output=True, text=True,
                         check=True).stdout
    return {k: float(v) for k, v in (line.split() for line in out.splitlines())}


# --- 1. calling overhead on the embedded network -------------------------------------------
net = ascn.embedded()
calls = {
    "betweenness": (lambda: net.betweenness(threads=1), 200),
    "closeness": (lambda: net.closeness(threads=1), 200),
    "degree": (lambda: net.degree(), 2000),
    "pagerank": (lambda: net.pagerank(threads=1), 500),
    "louvain": (lambda: net.louvain(), 500),
    "weak_points": (lambda: net.weak_points(), 500),
    "best_path": (lambda: net.best_path("johor-bahru", "da-nang"), 2000),
    "k_best_paths": (lambda: net.k_best_paths("johor-bahru", "da-nang", 3), 500),
    "distances": (lambda: net.distances("johor-bahru"), 2000),
}
ref = cpp("embedded")
print("embedded ASCN (136 vertices): microseconds per call")
print(f"{'analysis':<14} {'python':>9} {'as_array':>9} {'C++':>9} {'overhead':>9}")
for name, (f, n) in calls.items():
    py = best(f, n)
    arr = ""
    if name in ("betweenness", "closeness", "degree", "pagerank", "distances"):
        g = {"betweenness": lambda: net.betweenness(threads=1, as_array=True),
             "closeness": lambda: net.closeness(threads=1, as_array=True),
             "degree": lambda: net.degree(as_array=True),
             "pagerank": lambda: net.pagerank(threads=1, as_array=True),
             "distances": lambda: net.distances("johor-bahru", as_array=True)}[name]
        arr = f"{best(g, n) * 1e6:9.1f}"
    print(f"{name:<14} {py * 1e6:9.1f} {arr:>9} {ref[name] * 1e6:9.1f} "
          f"{(py - ref[name]) * 1e6:9.1f}")

# --- 2. a 100k-vertex graph from NetworkX ----------------------------------------------------
t0 = time.perf_counter()
G = nx.gnm_random_graph(N, M, seed=SEED)
rng = random.Random(SEED)
for u, v, d in G.edges(data=True):
    d["w"] = rng.uniform(1.0, 2.0)
print(f"\nG(n={N}, m={M}), weights uniform in [1, 2] (made in {time.perf_counter() - t0:.1f} s); "
      f"betweenness sampled from {K} sources; one thread everywhere")

t0 = time.perf_counter()
g = ascn.from_networkx(G, weight="w")
convert = time.perf_counter() - t0


def timed(f):
    t0 = time.perf_counter()
    f()
    return time.perf_counter() - t0


ours = {
    "betweenness": timed(lambda: g.betweenness(k=K, seed=SEED, threads=1, as_array=True)),
    "pagerank": min(timed(lambda: g.pagerank(threads=1, as_array=True)) for _ in range(3)),
    "louvain": timed(lambda: g.louvain(seed=SEED, as_array=True)),
}

u, v, w = [], [], []
index = {n: i for i, n in enumerate(G.nodes())}
for a, b, c in G.edges(data="w"):
    u.append(index[a])
    v.append(index[b])
    w.append(c)
with tempfile.NamedTemporaryFile(suffix=".bin", delete=False) as f:
    f.write(np.array([N, len(u)], dtype=np.uint64).tobytes())
    f.write(np.array(u, dtype=np.uint32).tobytes())
    f.write(np.array(v, dtype=np.uint32).tobytes())
    f.write(np.array(w, dtype=np.float64).tobytes())
try:
    c = cpp(f.name, K, SEED)
finally:
    os.unlink(f.name)

theirs_nx = {
    "betweenness": timed(lambda: nx.betweenness_centrality(G, k=K, weight="w", seed=SEED)),
    "pagerank": timed(lambda: nx.pagerank(G, weight="w")),
    "louvain": timed(lambda: nx.community.louvain_communities(G, weight="w", seed=SEED)),
}
try:
    import igraph as ig

    t0 = time.perf_counter()
    h = ig.Graph(n=N, edges=list(zip(u, v)), edge_attrs={"weight": w})
    ig_convert = time.perf_counter() - t0
    theirs_ig = {
        "pagerank": min(timed(lambda: h.pagerank(weights="weight")) for _ in range(3)),
        "louvain": timed(lambda: h.community_multilevel(weights="weight")),
    }
except ImportError:
    ig_convert, theirs_ig = None, {}

print(f"conversion: ascn.from_networkx {convert:.3f} s (C++ snapshot build alone "
      f"{c['build']:.3f} s)" + (f"; igraph.Graph from the edge list {ig_convert:.3f} s"
                                if ig_convert is not None else ""))
print(f"{'analysis':<12} {'C++':>8} {'python':>8} {'+conv':>8} {'ratio':>6} {'ratio*':>6} "
      f"{'NetworkX':>9} {'x':>6} {'igraph':>8} {'x':>6}")
for name in ours:
    total = convert + ours[name]
    ratio = total / c[name]
    ratio_build = total / (c[name] + c["build"])
    igt = theirs_ig.get(name)
    print(f"{name:<12} {c[name]:8.3f} {ours[name]:8.3f} {total:8.3f} {ratio:6.2f} "
          f"{ratio_build:6.2f} {theirs_nx[name]:9.3f} {theirs_nx[name] / total:6.1f} "
          + (f"{igt:8.3f} {igt / total:6.2f}" if igt is not None else f"{'-':>8} {'-':>6}"))
print("ratio: (conversion + Python call) / C++ call; ratio*: the same over C++ build + call; "
      "x: the peer's time over ours with conversion")
