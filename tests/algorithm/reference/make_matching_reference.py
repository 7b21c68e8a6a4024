#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Makes matching.json: reference results from SciPy and NetworkX for the matching tests.
# Run with Debian's Python (python3-scipy, python3-networkx):
#   /usr/bin/python3 tests/algorithm/reference/make_matching_reference.py > tests/algorithm/reference/matching.json
# The tests read the JSON; they never run Python. Versions used are recorded in the file.
# Infinite costs are written as the strings "inf" and "-inf" (JSON has no infinity).
import json
import sys

import networkx as nx
import numpy as np
import scipy
from scipy.optimize import linear_sum_assignment


def cell(x):
    if np.isposinf(x):
        return "inf"
    if np.isneginf(x):
        return "-inf"
    return float(x)


out = {"made_with": {"python": sys.version.split()[0], "numpy": np.__version__,
                     "scipy": scipy.__version__, "networkx": nx.__version__}}

rng = np.random.default_rng(20261128)
cases = []


def add(name, c, maximize=False):
    c = np.asarray(c, dtype=float)
    case = {"name": name, "rows": c.shape[0], "cols": c.shape[1], "maximise": maximize,
            "cost": [cell(x) for x in c.ravel()]}
    try:
        r, k = linear_sum_assignment(c, maximize=maximize)
        case["feasible"] = True
        case["total"] = float(c[r, k].sum())
        case["pairs"] = len(r)
    except ValueError as e:
        case["feasible"] = False
        case["error"] = str(e)
    cases.append(case)


add("square-5-int", rng.integers(0, 20, (5, 5)))
add("square-8-int", rng.integers(0, 100, (8, 8)))
add("square-50-uniform", rng.random((50, 50)))
add("square-100-uniform", rng.random((100, 100)))
add("square-40-negative", rng.normal(size=(40, 40)) * 1000)
add("wide-4x7", rng.integers(0, 30, (4, 7)))
add("tall-7x4", rng.integers(0, 30, (7, 4)))
add("wide-30x60-uniform", rng.random((30, 60)))
add("tall-60x30-uniform", rng.random((60, 30)))
add("wide-20x100-negative", rng.normal(size=(20, 100)))
add("ties-all-equal-6", np.full((6, 6), 3.0))
add("ties-small-integers-12", rng.integers(1, 4, (12, 12)))
add("ties-wide-small-integers-9x15", rng.integers(1, 3, (9, 15)))
f = rng.integers(0, 50, (8, 8)).astype(float)
f[rng.random((8, 8)) < 0.4] = np.inf
f[np.arange(8), np.arange(8)] = rng.integers(0, 50, 8)  # keeps it feasible
add("forbidden-8", f)
f = rng.random((10, 16))
f[rng.random((10, 16)) < 0.6] = np.inf
f[np.arange(10), np.arange(10) + 3] = rng.random(10)
add("forbidden-wide-10x16", f)
add("forbidden-tall-16x10", f.T.copy())
f = rng.random((60, 60))
f[rng.random((60, 60)) < 0.9] = np.inf
f[np.arange(60), (np.arange(60) * 7) % 60] = rng.random(60)
add("forbidden-sparse-60", f)
add("maximise-6", rng.integers(0, 10, (6, 6)), maximize=True)
add("maximise-wide-5x9", rng.random((5, 9)), maximize=True)
add("maximise-tall-9x5", rng.random((9, 5)), maximize=True)
f = rng.random((7, 7))
f[rng.random((7, 7)) < 0.4] = -np.inf
f[np.arange(7), np.arange(7)] = rng.random(7)
add("maximise-forbidden-7", f, maximize=True)
add("single-1x1", [[4.5]])
add("row-1x5", [[3.0, 1.0, 2.0, 1.0, 9.0]])
add("column-5x1", [[3.0], [1.0], [2.0], [0.5], [9.0]])
f = np.array([[1.0, np.inf, np.inf], [2.0, np.inf, np.inf], [3.0, 4.0, 5.0]])
add("infeasible-two-rows-one-column", f)
add("infeasible-row-all-forbidden", np.array([[1.0, 2.0], [np.inf, np.inf]]))
add("infeasible-wide-row-all-forbidden", np.array([[1.0, 2.0, 3.0], [np.inf, np.inf, np.inf]]))
out["assignment"] = cases

# Link prediction on small graphs: every non-adjacent pair (and some adjacent ones).
graphs = []
for name, g in [("karate", nx.karate_club_graph()),
                ("florentine", nx.convert_node_labels_to_integers(nx.florentine_families_graph())),
                ("gnp-40", nx.gnp_random_graph(40, 0.12, seed=7))]:
    g = nx.Graph(g)
    n = g.number_of_nodes()
    pairs = [(u, v) for u in range(n) for v in range(u + 1, n)]
    cn = [len(list(nx.common_neighbors(g, u, v))) for u, v in pairs]
    jac = [s for _, _, s in nx.jaccard_coefficient(g, pairs)]
    aa = [s for _, _, s in nx.adamic_adar_index(g, pairs)]
    ra = [s for _, _, s in nx.resource_allocation_index(g, pairs)]
    graphs.append({"name": name, "n": n, "edges": [[int(u), int(v)] for u, v in g.edges()],
                   "pairs": [[u, v] for u, v in pairs], "common_neighbours": cn,
                   "jaccard": jac, "adamic_adar": aa, "resource_allocation": ra})
out["link_prediction"] = graphs

json.dump(out, sys.stdout, indent=None, separators=(",", ":"))
print()
