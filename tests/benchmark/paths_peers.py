#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Times igraph and NetworkX on the same graphs as peer_learning_benchmark, in the same run,
# and prints the ratios. Run with Debian's Python (python3-igraph, python3-networkx):
#
#   /usr/bin/python3 tests/benchmark/paths_peers.py BUILD/tests/benchmark/peer_learning_benchmark \
#       [--sizes 10000,100000,1000000] [--networkx-max 100000]
#
# The benchmark program writes the random geometric (rgg) and Barabási-Albert (ba) graphs and
# their query pairs (--dump); this script loads them into igraph and NetworkX, times
# single-source Dijkstra and Yen's k = 10 loopless paths (igraph get_k_shortest_paths,
# NetworkX shortest_simple_paths), checks that the k path costs agree with ours to 1e-9, then
# runs the C++ benchmarks and prints a table. One thread everywhere. NetworkX is skipped above
# --networkx-max vertices (it needs minutes and gigabytes at 1M).
import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time

import igraph
import networkx as nx
import numpy as np


def best_of(f, repeat):
    best = float("inf")
    result = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = f()
        best = min(best, time.perf_counter() - t)
    return best, result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("benchmark")
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--networkx-max", type=int, default=100000)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    ours_costs = {}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([args.benchmark, "--dump", tmp] + [str(n) for n in sizes], check=True)
        queries = {}
        for line in open(os.path.join(tmp, "queries.txt")):
            kind, n, a, b = line.split()
            queries[(kind, int(n))] = (int(a), int(b))
        for kind in ("rgg", "ba"):
            for n in sizes:
                raw = np.fromfile(os.path.join(tmp, f"{kind}-{n}.bin"),
                                  dtype=[("a", "<u4"), ("b", "<u4"), ("w", "<f8")])
                s, t = queries[(kind, n)]
                g = igraph.Graph(n=n, edges=np.stack([raw["a"], raw["b"]], axis=1).tolist())
                g.es["weight"] = raw["w"].tolist()
                repeat = 3 if n <= 100000 else 1
                ig_dij, _ = best_of(lambda: g.distances(source=[s], weights="weight"), repeat)
                ig_yen, paths = best_of(
                    lambda: g.get_k_shortest_paths(s, t, k=10, weights="weight", output="epath"),
                    repeat)
                ig_costs = [sum(g.es[e]["weight"] for e in p) for p in paths]
                row = {"graph": kind, "n": n, "igraph_dijkstra": ig_dij, "igraph_yen10": ig_yen,
                       "yen_costs": ig_costs}
                if n <= args.networkx_max:
                    G = nx.Graph()
                    G.add_nodes_from(range(n))
                    G.add_weighted_edges_from(zip(raw["a"].tolist(), raw["b"].tolist(),
                                                  raw["w"].tolist()))
                    row["networkx_dijkstra"], _ = best_of(
                        lambda: nx.single_source_dijkstra_path_length(G, s), 1)
                    row["networkx_yen10"], nx_paths = best_of(
                        lambda: list(itertools.islice(
                            nx.shortest_simple_paths(G, s, t, weight="weight"), 10)), 1)
                    nx_costs = [sum(G[u][v]["weight"] for u, v in zip(p, p[1:]))
                                for p in nx_paths]
                    if any(abs(x - y) > 1e-9 for x, y in zip(nx_costs, ig_costs)):
                        print(f"warning: {kind}/{n}: NetworkX and igraph k-path costs differ",
                              file=sys.stderr)
                    del G
                rows.append(row)
                print(f"peers done: {kind}/{n}", file=sys.stderr)
        filt = "(raw_dijkstra|costs_from|yen10)/(rgg|ba)/(" + "|".join(map(str, sizes)) + ")$"
        out = subprocess.run([args.benchmark, f"--benchmark_filter={filt}",
                              "--benchmark_format=json", "--benchmark_min_time=0.5"],
                             check=True, capture_output=True, text=True).stdout
    ours = {}
    for b in json.loads(out)["benchmarks"]:
        name, kind, n = b["name"].split("/")[:3]
        ours[(name, kind, int(n))] = b["real_time"] / 1000.0  # ms -> s
        if name == "yen10":
            ours[("costs", kind, int(n))] = (b.get("cost_first"), b.get("cost_last"))
    print(f"{'graph':6} {'n':>8} | {'raw BGL':>8} {'ascn':>8} {'ratio':>6} | "
          f"{'igraph':>8} {'networkx':>9} | {'yen ascn':>9} {'igraph':>8} {'networkx':>9}")
    for r in rows:
        k, n = r["graph"], r["n"]
        raw = ours.get(("raw_dijkstra", k, n), float("nan"))
        asc = ours.get(("costs_from", k, n), float("nan"))
        yen = ours.get(("yen10", k, n), float("nan"))
        nxd = r.get("networkx_dijkstra", float("nan"))
        nxy = r.get("networkx_yen10", float("nan"))
        print(f"{k:6} {n:>8} | {raw:8.4f} {asc:8.4f} {asc / raw:6.2f} | "
              f"{r['igraph_dijkstra']:8.4f} {nxd:9.3f} | {yen:9.4f} {r['igraph_yen10']:8.3f} "
              f"{nxy:9.3f}")
    print("times in seconds (best of 3 below 1M; C++: Google Benchmark mean); "
          "ratio = ascn costs_from / raw BGL CSR Dijkstra")
    for r in rows:
        mine = ours.get(("costs", r["graph"], r["n"]))
        theirs = (r["yen_costs"][0], r["yen_costs"][-1]) if r["yen_costs"] else None
        same = mine and theirs and all(abs(a - b) <= 1e-9 for a, b in zip(mine, theirs))
        print(f"{r['graph']}/{r['n']}: first and 10th path cost ascn {mine}, igraph {theirs}: "
              + ("agree" if same else "DIFFER"))


if __name__ == "__main__":
    main()
