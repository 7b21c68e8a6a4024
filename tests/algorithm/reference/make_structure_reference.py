#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Makes structure.json: reference results from NetworkX and igraph for the structure tests
# (centrality, brokerage, modularity, communities, weak points, projections).
# Run with Debian's Python (python3-networkx, python3-igraph):
#   /usr/bin/python3 tests/algorithm/reference/make_structure_reference.py > tests/algorithm/reference/structure.json
# The tests read the JSON; they never run Python. Versions used are recorded in the file.
# Graphs are stored as edge lists [u, v, w] on vertices 0 .. n-1 (undirected, simple).
import json
import random
import sys

import igraph
import networkx as nx

PAGERANK_TOL = 1e-10
EIGENVECTOR_TOL = 1e-10


def values(d, n):
    return [float(d[v]) for v in range(n)]


def nan_to_none(xs):
    return [None if x != x else x for x in xs]


def graph_case(name, G, partitions):
    n = G.number_of_nodes()
    edges = [[int(u), int(v), float(d.get("weight", 1.0))] for u, v, d in G.edges(data=True)]
    c = {"name": name, "n": n, "edges": edges}
    for tag, w in (("unweighted", None), ("weighted", "weight")):
        r = {}
        r["betweenness"] = values(nx.betweenness_centrality(G, normalized=True, weight=w), n)
        r["closeness"] = values(nx.closeness_centrality(G, distance=w, wf_improved=True), n)
        if w is None:
            r["harmonic"] = values(nx.harmonic_centrality(G), n)
        else:
            r["harmonic"] = values(nx.harmonic_centrality(G, distance=w), n)
        r["pagerank"] = values(nx.pagerank(G, alpha=0.85, tol=PAGERANK_TOL, max_iter=10000,
                                           weight=w if w else None), n)
        r["eigenvector"] = values(nx.eigenvector_centrality(G, tol=EIGENVECTOR_TOL, max_iter=100000,
                                                            weight=w), n)
        r["constraint"] = nan_to_none(values(nx.constraint(G, weight=w), n))
        r["effective_size"] = nan_to_none(values(nx.effective_size(G, weight=w), n))
        r["degree"] = [float(G.degree(v, weight=w)) for v in range(n)]
        r["modularity"] = []
        for p in partitions:
            comms = {}
            for v, k in enumerate(p):
                comms.setdefault(k, set()).add(v)
            mods = {}
            for gamma in (0.5, 1.0, 2.0):
                mods[str(gamma)] = float(nx.community.modularity(G, list(comms.values()), weight=w,
                                                                 resolution=gamma))
            r["modularity"].append({"partition": p, "q": mods})
        c[tag] = r
    c["articulation_points"] = sorted(int(v) for v in nx.articulation_points(G))
    c["bridges"] = sorted(sorted([int(u), int(v)]) for u, v in nx.bridges(G))
    c["components"] = nx.number_connected_components(G)
    # igraph's multilevel (Louvain), weighted and not, one run for each of five seeds.
    ig = igraph.Graph(n=n, edges=[(u, v) for u, v, _ in edges])
    ig.es["weight"] = [w for _, _, w in edges]
    best = {}
    for tag, w in (("unweighted", None), ("weighted", "weight")):
        qs = []
        for s in range(5):
            random.seed(s)
            igraph.set_random_number_generator(random)
            cl = ig.community_multilevel(weights=w)
            qs.append(ig.modularity(cl.membership, weights=w))
        best[tag] = qs
    c["igraph_multilevel"] = best
    return c


def random_partition(n, k, seed):
    rng = random.Random(seed)
    return [rng.randrange(k) for _ in range(n)]


out = {"made_with": {"python": sys.version.split()[0], "networkx": nx.__version__,
                     "igraph": igraph.__version__,
                     "pagerank_tol": PAGERANK_TOL, "eigenvector_tol": EIGENVECTOR_TOL}}
cases = []

# Zachary's karate club, with its club labels as a partition; weights from the data set.
K = nx.karate_club_graph()
club = [0 if K.nodes[v]["club"] == "Mr. Hi" else 1 for v in range(K.number_of_nodes())]
cases.append(graph_case("karate", K, [club, random_partition(34, 4, 1)]))

# A weighted random graph (integer weights so that equal-length paths tie exactly).
R = nx.gnm_random_graph(60, 200, seed=42)
rng = random.Random(7)
for u, v in R.edges():
    R[u][v]["weight"] = float(rng.randint(1, 9))
cases.append(graph_case("gnm-60-200", R, [random_partition(60, 5, 2)]))

# A weighted random graph with real weights.
F = nx.gnm_random_graph(40, 120, seed=3)
rng = random.Random(11)
for u, v in F.edges():
    F[u][v]["weight"] = rng.uniform(0.1, 3.0)
cases.append(graph_case("gnm-40-120-real", F, [random_partition(40, 3, 3)]))

# A disconnected graph: a path with pendant trees, a cycle, a clique and an isolated vertex.
D = nx.Graph()
D.add_nodes_from(range(20))
D.add_edges_from([(0, 1), (1, 2), (2, 3), (3, 4), (2, 5), (5, 6)])
D.add_edges_from([(7, 8), (8, 9), (9, 10), (10, 7), (10, 11)])
D.add_edges_from((a, b) for a in range(12, 17) for b in range(a + 1, 17))
D.add_edges_from([(16, 17), (17, 18)])
rng = random.Random(5)
for u, v in D.edges():
    D[u][v]["weight"] = float(rng.randint(1, 4))
cases.append(graph_case("disconnected", D, [[v % 3 for v in range(20)]]))

# Planted partition: 4 groups of 32, p_in 0.3, p_out 0.02.
P = nx.planted_partition_graph(4, 32, 0.3, 0.02, seed=9)
P = nx.convert_node_labels_to_integers(P)
rng = random.Random(13)
for u, v in P.edges():
    P[u][v]["weight"] = float(rng.randint(1, 3))
cases.append(graph_case("planted-4x32", P, [[v // 32 for v in range(128)]]))

# An LFR-like graph: unequal planted groups (random_partition_graph), heavier mixing.
sizes = [10, 20, 30, 40, 50, 60]
L = nx.random_partition_graph(sizes, 0.25, 0.01, seed=21)
L = nx.convert_node_labels_to_integers(L)
groups = []
for i, s in enumerate(sizes):
    groups += [i] * s
for u, v in L.edges():
    L[u][v]["weight"] = 1.0 + (u + v) % 3
cases.append(graph_case("lfr-like-210", L, [groups]))

out["graphs"] = cases

# Bipartite projections: shared-neighbour count and Newman's collaboration weighting.
B = nx.bipartite.random_graph(25, 12, 0.2, seed=17)
top = [v for v in B if B.nodes[v]["bipartite"] == 0]
bottom = [v for v in B if B.nodes[v]["bipartite"] == 1]
count = nx.bipartite.weighted_projected_graph(B, top)
newman = nx.bipartite.collaboration_weighted_projected_graph(B, top)
out["projection"] = {
    "n": B.number_of_nodes(), "top": top, "edges": [[int(u), int(v)] for u, v in B.edges()],
    "count": sorted([min(u, v), max(u, v), float(d["weight"])] for u, v, d in count.edges(data=True)),
    "newman": sorted([min(u, v), max(u, v), float(d["weight"])] for u, v, d in newman.edges(data=True)),
}

json.dump(out, sys.stdout, separators=(",", ":"))
sys.stdout.write("\n")
