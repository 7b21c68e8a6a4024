#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Makes clustering.json: reference results from scikit-learn and SciPy for the clustering tests.
# Run with Debian's Python (python3-sklearn, python3-scipy):
#   /usr/bin/python3 tests/algorithm/reference/make_clustering_reference.py > tests/algorithm/reference/clustering.json
# The tests read the JSON; they never run Python. Versions used are recorded in the file.
import json
import sys

import numpy as np
import scipy
import sklearn
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.cluster import DBSCAN, KMeans
from sklearn.datasets import make_blobs, make_moons
from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score, silhouette_samples, silhouette_score


def arr(a):
    return [float(x) for x in np.asarray(a, dtype=float).ravel()]


out = {"made_with": {"python": sys.version.split()[0], "numpy": np.__version__,
                     "scipy": scipy.__version__, "sklearn": sklearn.__version__}}

# k-means from given initial centres (scikit-learn's Lloyd, one run).
kmeans_cases = []
for name, n, d, k, std, seed in [("blobs-60x3-k4", 60, 3, 4, 1.0, 7),
                                 ("overlap-300x2-k5", 300, 2, 5, 2.5, 11),
                                 ("blobs-2000x8-k8", 2000, 8, 8, 3.0, 3)]:
    X, _ = make_blobs(n_samples=n, n_features=d, centers=k, cluster_std=std, random_state=seed)
    init = X[:k].copy()
    km = KMeans(n_clusters=k, init=init, n_init=1, algorithm="lloyd", tol=1e-4, max_iter=300).fit(X)
    kmeans_cases.append({"name": name, "n": n, "d": d, "k": k, "points": arr(X), "init": arr(init),
                         "centres": arr(km.cluster_centers_), "labels": [int(x) for x in km.labels_],
                         "inertia": float(km.inertia_), "iterations": int(km.n_iter_)})
out["kmeans"] = kmeans_cases

# Hierarchical clustering: SciPy's linkage matrices and fcluster cuts.
rng = np.random.default_rng(2018)
H = rng.normal(size=(40, 4))
hier = {"n": 40, "d": 4, "points": arr(H), "linkages": {}}
for method in ["single", "complete", "average", "ward"]:
    Z = linkage(H, method=method, metric="euclidean")
    cuts = {str(k): [int(x) for x in fcluster(Z, k, criterion="maxclust")] for k in (2, 3, 5)}
    hier["linkages"][method] = {"Z": arr(Z), "cuts": cuts}
out["hierarchical"] = hier

# Cluster quality on labelled data (k-means labels and an arbitrary labelling).
Q, _ = make_blobs(n_samples=150, n_features=5, centers=3, cluster_std=1.5, random_state=5)
labels_a = KMeans(n_clusters=3, n_init=10, random_state=0).fit(Q).labels_
labels_b = np.arange(150) % 4
quality = {"n": 150, "d": 5, "points": arr(Q), "cases": []}
for lab in (labels_a, labels_b):
    quality["cases"].append({"labels": [int(x) for x in lab],
                             "silhouette": float(silhouette_score(Q, lab)),
                             "silhouette_samples": arr(silhouette_samples(Q, lab)),
                             "davies_bouldin": float(davies_bouldin_score(Q, lab)),
                             "calinski_harabasz": float(calinski_harabasz_score(Q, lab))})
out["quality"] = quality

# DBSCAN.
M, _ = make_moons(n_samples=200, noise=0.08, random_state=4)
db = DBSCAN(eps=0.15, min_samples=5).fit(M)
out["dbscan"] = {"n": 200, "d": 2, "eps": 0.15, "min_samples": 5, "points": arr(M),
                 "labels": [int(x) for x in db.labels_],
                 "core": sorted(int(i) for i in db.core_sample_indices_)}

json.dump(out, sys.stdout, indent=None, separators=(",", ":"))
print()
