#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Makes paths.json: reference results from NetworkX for the peer-learning path tests
# (tests/algorithm/peer_learning_test.cpp). Run with Debian's Python (python3-networkx):
#   /usr/bin/python3 tests/algorithm/reference/make_paths_reference.py > tests/algorithm/reference/paths.json
# Each graph is undirected and weighted; for every (source, target) query the file holds the
# costs of the first k loopless paths from nx.shortest_simple_paths, the Dijkstra distance,
# and the widest-path bottleneck (minimum over paths of the largest edge weight, by a
# minimum spanning tree, which contains a minimax path between every pair).
# The tests read the JSON; they never run Python.
import itertools
import json
import random
import sys

import networkx as nx


def graph_case(name, g, queries, k):
    cases = []
    mst = nx.minimum_spanning_tree(g, weight="weight")
    for s, t in queries:
        costs = []
        for path in itertools.islice(nx.shortest_simple_paths(g, s, t, weight="weight"), k):
            costs.append(sum(g[u][v]["weight"] for u, v in zip(path, path[1:])))
        tree_path = nx.shortest_path(mst, s, t)
        widest = max(g[u][v]["weight"] for u, v in zip(tree_path, tree_path[1:]))
        cases.append({"from": s, "to": t, "k": k, "costs": costs,
                      "dijkstra": nx.dijkstra_path_length(g, s, t, weight="weight"),
                      "bottleneck": widest})
    return {"name": name, "n": g.number_of_nodes(),
            "edges": [[u, v, g[u][v]["weight"]] for u, v in g.edges()], "queries": cases}


out = {"made_with": {"python": sys.version.split()[0], "networkx": nx.__version__}}
graphs = []

# Random weighted graphs of increasing size (connected: a random tree plus extra edges).
for name, n, extra, seed in [("random-12", 12, 18, 1), ("random-40", 40, 80, 2),
                             ("random-150", 150, 400, 3)]:
    rng = random.Random(seed)
    g = nx.Graph()
    g.add_nodes_from(range(n))
    for v in range(1, n):
        g.add_edge(v, rng.randrange(v), weight=round(rng.uniform(0.1, 3.0), 6))
    while g.number_of_edges() < n - 1 + extra:
        u, v = rng.sample(range(n), 2)
        if not g.has_edge(u, v):
            g.add_edge(u, v, weight=round(rng.uniform(0.1, 3.0), 6))
    queries = [(0, n - 1), (1, n // 2), (n // 3, 2)]
    graphs.append(graph_case(name, g, queries, 10))

# Many ties: a 5 x 5 grid with unit weights.
g = nx.grid_2d_graph(5, 5)
g = nx.convert_node_labels_to_integers(g, ordering="sorted")
nx.set_edge_attributes(g, 1.0, "weight")
graphs.append(graph_case("grid-5x5-unit", g, [(0, 24), (2, 22)], 12))

out["graphs"] = graphs
json.dump(out, sys.stdout, indent=1)
sys.stdout.write("\n")
