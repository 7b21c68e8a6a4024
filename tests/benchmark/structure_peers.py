#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Runs ascn's structure benchmark and igraph (and NetworkX at small sizes) on the same generated
# graphs, in the same run, and prints times and modularity side by side with their ratios.
#   /usr/bin/python3 tests/benchmark/structure_peers.py build/tests/benchmark/structure_benchmark [SIZES]
# SIZES: comma-separated vertex counts (default 10000,100000). Needs Debian's python3-igraph and
# python3-networkx. One thread everywhere (igraph and NetworkX are single-threaded here).
import json
import subprocess
import sys
import tempfile
import time

import igraph
import networkx as nx

exe = sys.argv[1]
sizes = [int(x) for x in (sys.argv[2] if len(sys.argv) > 2 else "10000,100000").split(",")]
KINDS = {"ba": 0, "geo": 1}  # the benchmark's second argument


def load(kind, n):
    with tempfile.NamedTemporaryFile(suffix=".txt") as f:
        subprocess.run([exe, "write", kind, str(n), f.name], check=True)
        edges, weights = [], []
        with open(f.name) as lines:
            for line in lines:
                u, v, w = line.split()
                edges.append((int(u), int(v)))
                weights.append(float(w))
    return edges, weights


def ours(filter_):
    out = subprocess.run([exe, "--benchmark_format=json", "--benchmark_filter=" + filter_,
                          "--benchmark_min_time=0.5"],
                         check=True, capture_output=True, text=True).stdout
    return {b["name"]: b for b in json.loads(out)["benchmarks"]}


def best_of(f, repeat=3):
    best, result = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        result = f()
        best = min(best, time.perf_counter() - t)
    return best, result


print(f"igraph {igraph.__version__}, networkx {nx.__version__}; times in seconds, one thread")
print(f"{'graph':<14}{'algorithm':<12}{'ascn':>10}{'igraph':>10}{'ratio':>8}"
      f"{'Q ascn':>10}{'Q igraph':>10}{'networkx':>10}")
for kind, arg in KINDS.items():
    for n in sizes:
        edges, weights = load(kind, n)
        g = igraph.Graph(n=n, edges=edges)
        w = weights if kind == "geo" else None
        if w is not None:
            g.es["weight"] = w
        repeat = 3 if n <= 100000 else 1
        mine = ours(f"(louvain|leiden|pagerank)/{n}/{arg}$")
        t_ig, cl = best_of(lambda: g.community_multilevel(weights=w), repeat)
        q_ig = g.modularity(cl.membership, weights=w)
        t_nx = None
        if n <= 10000:
            G = nx.Graph()
            G.add_nodes_from(range(n))
            for (u, v), x in zip(edges, weights):
                G.add_edge(u, v, weight=x)
            t_nx, _ = best_of(lambda: nx.community.louvain_communities(
                G, weight="weight" if w else None, seed=0), 1)
        for name in ("louvain", "leiden"):
            b = mine[f"{name}/{n}/{arg}"]
            t = b["real_time"] / 1e3  # milliseconds
            q = float(b["label"].split()[1])
            nx_text = f"{t_nx:10.2f}" if t_nx is not None and name == "louvain" else f"{'':>10}"
            print(f"{kind + ' ' + str(n):<14}{name:<12}{t:10.3f}{t_ig:10.3f}{t / t_ig:8.2f}"
                  f"{q:10.4f}{q_ig:10.4f}{nx_text}")
        t_pr, pr = best_of(lambda: g.pagerank(weights=w, damping=0.85), repeat)
        with tempfile.NamedTemporaryFile(suffix=".txt") as f:
            subprocess.run([exe, "pagerank", kind, str(n), f.name], check=True)
            with open(f.name) as lines:
                l1 = sum(abs(float(x) - y) for x, y in zip(lines, pr))
        b = mine[f"pagerank/{n}/{arg}"]
        t = b["real_time"] / 1e3
        print(f"{kind + ' ' + str(n):<14}{'pagerank':<12}{t:10.3f}{t_pr:10.3f}{t / t_pr:8.2f}"
              f"   L1 distance to igraph {l1:.1e}")
