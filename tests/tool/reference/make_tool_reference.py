#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Makes the tool's reference test data: two random weighted graphs as edge lists (a CSV with a
# header and a whitespace list without one, as NetworkX's write_weighted_edgelist writes), a
# third as GraphML written by NetworkX and by igraph (python3-igraph), and
# what NetworkX answers on them, in tool.json. check_tool_reference.py runs `ascn` on the edge
# lists and compares (it needs no NetworkX). Run with Debian's Python (python3-networkx,
# python3-scipy, python3-sklearn), from the repository's root:
#   /usr/bin/python3 tests/tool/reference/make_tool_reference.py tests/tool/reference
import json
import os
import random
import sys

import networkx as nx
import numpy as np
from scipy.optimize import linear_sum_assignment
import scipy
import sklearn
from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score, silhouette_score

out = sys.argv[1]


def graph(seed, n, p):
    rng = random.Random(seed)
    G = nx.gnp_random_graph(n, p, seed=seed)
    for u, v in G.edges():
        G[u][v]["w"] = round(rng.uniform(0.5, 5.0), 3)
    # An edge list holds no isolated vertex: leave them out.
    G.remove_nodes_from(list(nx.isolates(G)))
    return nx.relabel_nodes(G, {v: f"v{v}" for v in G.nodes()})


def answers(G, weight):
    source = "v0"
    r = {"source": source}
    r["distances"] = dict(nx.single_source_dijkstra_path_length(G, source, weight=weight))
    r["betweenness"] = nx.betweenness_centrality(G, normalized=True, weight=weight)
    r["closeness"] = nx.closeness_centrality(G, distance=weight, wf_improved=True)
    r["harmonic"] = nx.harmonic_centrality(G, distance=weight)
    r["pagerank"] = nx.pagerank(G, alpha=0.85, weight=weight, tol=1e-15, max_iter=100000)
    r["degree"] = dict(G.degree(weight=weight))
    r["constraint"] = {k: (None if v != v else v) for k, v in nx.constraint(G, weight=weight).items()}
    r["effective-size"] = {k: (None if v != v else v)
                           for k, v in nx.effective_size(G, weight=weight).items()}
    r["components"] = nx.number_connected_components(G)
    r["bridges"] = sorted(sorted(e) for e in nx.bridges(G))
    r["articulation_points"] = sorted(nx.articulation_points(G))
    return r


cases = []
# A CSV with a header (weight column "w"), and a whitespace list without one (column 3 is
# "weight").
G1 = graph(7, 60, 0.08)
with open(os.path.join(out, "graph1.csv"), "w") as f:
    f.write("source,target,w\n")
    for u, v, d in G1.edges(data=True):
        f.write(f"{u},{v},{d['w']!r}\n")
cases.append({"file": "graph1.csv", "weight": "w", "answers": answers(G1, "w")})
cases.append({"file": "graph1.csv", "weight": None, "answers": answers(G1, None)})
G2 = graph(11, 120, 0.04)
nx.write_weighted_edgelist(nx.Graph((u, v, {"weight": d["w"]}) for u, v, d in G2.edges(data=True)),
                           os.path.join(out, "graph2.txt"))
# write_weighted_edgelist leaves out isolated vertices: the answers are on the graph it wrote.
H2 = nx.read_weighted_edgelist(os.path.join(out, "graph2.txt"))
cases.append({"file": "graph2.txt", "weight": "weight", "answers": answers(H2, "weight")})

# GraphML (issue 13) as NetworkX and igraph write it, with an isolated vertex (which no edge
# list holds) and the weight in a typed key "w"; igraph writes ids n0, n1, ... and the names in
# a key "name", which `ascn` takes for the vertices' ids.
import igraph
G3 = graph(13, 40, 0.1)
G3.add_node("lonely")
nx.write_graphml(G3, os.path.join(out, "graph3.graphml"))
I3 = igraph.Graph.from_networkx(G3)
I3.vs["name"] = I3.vs["_nx_name"]
del I3.vs["_nx_name"]
I3.write_graphml(os.path.join(out, "graph3-igraph.graphml"))
H3 = nx.read_graphml(os.path.join(out, "graph3.graphml"))
cases.append({"file": "graph3.graphml", "weight": "w", "answers": answers(H3, "w")})
cases.append({"file": "graph3.graphml", "weight": None, "answers": answers(H3, None)})
cases.append({"file": "graph3-igraph.graphml", "weight": "w", "answers": answers(H3, "w")})

# A cost matrix for `ascn assign` (8 rows, 12 columns, a few forbidden pairs as empty cells),
# and SciPy's optimal totals: least, greatest, and each row up to 2 columns (the rows repeated
# twice: the same optimum, as 16 >= 12 rows serve every column).
rng = random.Random(5)
C = [[round(rng.uniform(0, 10), 2) for _ in range(12)] for _ in range(8)]
for i, j in [(0, 3), (2, 7), (5, 0), (7, 11)]:
    C[i][j] = None
with open(os.path.join(out, "costs.csv"), "w") as f:
    f.write("partner," + ",".join(f"c{j}" for j in range(12)) + "\n")
    for i, row in enumerate(C):
        f.write(f"p{i}," + ",".join("" if x is None else repr(x) for x in row) + "\n")


def total(M, maximize):
    r, c = linear_sum_assignment(M, maximize=maximize)
    return float(M[r, c].sum())


lo = np.array([[np.inf if x is None else x for x in row] for row in C])
hi = np.array([[-np.inf if x is None else x for x in row] for row in C])
assignment = {"least": total(lo, False), "greatest": total(hi, True),
              "least_capacity_2": total(np.vstack([lo, lo]), False)}

# A point set for `ascn cluster --points --labels group --scaling none`: three blobs in five
# dimensions with the blob as the given labelling, and scikit-learn's indices of it.
rng = random.Random(3)
points, groups = [], []
with open(os.path.join(out, "points.csv"), "w") as f:
    f.write("id,x1,x2,x3,x4,x5,group\n")
    for c in range(3):
        for i in range(15):
            x = [round(rng.gauss(c * 3.0, 1.0), 4) for _ in range(5)]
            points.append(x)
            groups.append(c)
            f.write(f"p{c}_{i}," + ",".join(repr(v) for v in x) + f",g{c}\n")
X = np.array(points)
indices = {"silhouette": float(silhouette_score(X, groups)),
           "davies_bouldin": float(davies_bouldin_score(X, groups)),
           "calinski_harabasz": float(calinski_harabasz_score(X, groups))}

with open(os.path.join(out, "tool.json"), "w") as f:
    json.dump({"made_with": {"networkx": nx.__version__, "igraph": igraph.__version__,
                             "scipy": scipy.__version__,
                             "sklearn": sklearn.__version__},
               "cases": cases, "assignment": assignment,
               "labelling": indices}, f, indent=1, sort_keys=True)
    f.write("\n")
