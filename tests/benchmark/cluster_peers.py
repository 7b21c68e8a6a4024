#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Runs ascn's clustering benchmark and scikit-learn / SciPy on the same generated data, in the
# same run, and prints the times side by side with their ratios.
#   /usr/bin/python3 tests/benchmark/cluster_peers.py build/bench/tests/benchmark/cluster_benchmark
# Needs Debian's python3-sklearn, python3-scipy (and python3-threadpoolctl, which they bring).
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
import scipy
import sklearn
from scipy.cluster.hierarchy import linkage
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from threadpoolctl import threadpool_limits

exe = sys.argv[1]
SEED = 2018  # the benchmark's seed (cluster_benchmark.cpp)


def blobs(n, d=8, k=8):
    with tempfile.NamedTemporaryFile(suffix=".bin") as f:
        subprocess.run([exe, "write", str(n), str(d), str(k), str(SEED), f.name], check=True)
        return np.fromfile(f.name, dtype="<f8").reshape(n, d)


def ours(filter_):
    out = subprocess.run([exe, "--benchmark_format=json", "--benchmark_filter=" + filter_],
                         check=True, capture_output=True, text=True).stdout
    return {b["name"]: b for b in json.loads(out)["benchmarks"]}


def best_of(f, repeat=3):
    best = float("inf")
    result = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = f()
        best = min(best, time.perf_counter() - t)
    return best, result


rows = []
print(f"numpy {np.__version__}, scipy {scipy.__version__}, scikit-learn {sklearn.__version__}",
      file=sys.stderr)

# k-means, 1M x 8, k = 8, from points 0, 8, ..., 56 (one blob), 20 iterations, no tolerance.
X = blobs(1_000_000)
mine = ours("BM_kmeans_(lloyd|hamerly)/1000000/")
for threads in (1, 2):
    with threadpool_limits(limits=threads):
        secs, km = best_of(lambda: KMeans(n_clusters=8, init=X[0:64:8], n_init=1, algorithm="lloyd",
                                          max_iter=20, tol=0).fit(X))
    sk_ms = secs * 1000 / km.n_iter_
    for method in ("lloyd", "hamerly"):
        b = mine[f"BM_kmeans_{method}/1000000/{threads}/real_time"]
        ms = b["ms_per_iteration"] * 1000
        rows.append((f"k-means 1M x 8, k=8, ms per iteration, {threads} thread(s): ascn {method}",
                     ms, f"scikit-learn lloyd {sk_ms:.1f} (iterations {km.n_iter_} vs {int(b['iterations'])}, "
                     f"inertia {km.inertia_:.6e} vs {b['inertia']:.6e})", sk_ms / ms))
del X

# Ward linkage.
mine = ours("BM_ward/(10000|30000)")
for n in (10_000, 30_000):
    X = blobs(n)
    secs, _ = best_of(lambda: linkage(X, method="ward"), repeat=1)
    ms = mine[f"BM_ward/{n}/iterations:1"]["real_time"]
    rows.append((f"Ward linkage, {n} x 8, ms", ms, f"SciPy {secs * 1000:.0f}", secs * 1000 / ms))

# Silhouette.
X = blobs(20_000)
labels = np.arange(20_000) % 8
mine = ours("BM_silhouette/20000/")
for threads in (1, 2):
    with threadpool_limits(limits=threads):
        secs, _ = best_of(lambda: silhouette_score(X, labels), repeat=2)
    ms = mine[f"BM_silhouette/20000/{threads}/real_time"]["real_time"]
    rows.append((f"silhouette 20k x 8, ms, {threads} thread(s)", ms,
                 f"scikit-learn {secs * 1000:.0f}", secs * 1000 / ms))

print("| measurement | ascn | peer | peer / ascn |")
print("|---|---|---|---|")
for name, ms, peer, ratio in rows:
    print(f"| {name} | {ms:.1f} | {peer} | {ratio:.2f} |")
