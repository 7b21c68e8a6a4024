#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Runs ascn's assignment benchmark and SciPy's linear_sum_assignment on the same matrices (the
# benchmark writes them), in the same run, and prints the times side by side with their ratios.
#   /usr/bin/python3 tests/benchmark/assignment_peers.py build/bench/tests/benchmark/assignment_benchmark
# Needs Debian's python3-scipy.
import json
import subprocess
import sys
import tempfile
import time

import numpy as np
import scipy
from scipy.optimize import linear_sum_assignment

exe = sys.argv[1]
SEED = 2026  # the benchmark's seed (assignment_benchmark.cpp)
SIZES = [(100, 100), (1000, 1000), (2000, 2000), (500, 2000), (2000, 500)]


def matrix(rows, cols, levels=None):
    with tempfile.NamedTemporaryFile(suffix=".bin") as f:
        extra = [] if levels is None else [str(levels)]
        subprocess.run([exe, "write", str(rows), str(cols), str(SEED), f.name] + extra, check=True)
        return np.fromfile(f.name, dtype="<f8").reshape(rows, cols)


def best_of(f, repeat):
    best = float("inf")
    result = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = f()
        best = min(best, time.perf_counter() - t)
    return best, result


print(f"numpy {np.__version__}, scipy {scipy.__version__}", file=sys.stderr)
# Both sides report their best time: SciPy the best of 3 to 5 calls, ascn the best of 5
# Google Benchmark repetitions (each itself a mean over its iterations).
out = subprocess.run([exe, "--benchmark_format=json", "--benchmark_filter=BM_linear_assignment",
                      "--benchmark_repetitions=5"],
                     check=True, capture_output=True, text=True).stdout
mine = {}
for b in json.loads(out)["benchmarks"]:
    if b.get("run_type") == "iteration" and (b["run_name"] not in mine
                                             or b["real_time"] < mine[b["run_name"]]["real_time"]):
        mine[b["run_name"]] = b

print("| dense uniform costs | ascn ms | SciPy ms | SciPy / ascn | same total |")
print("|---|---|---|---|---|")
cases = [(f"{r} x {c}", r, c, None, f"BM_linear_assignment/{r}/{c}/real_time") for r, c in SIZES]
cases += [(f"{n} x {n}, integers 0..99 (ties)", n, n, 100, f"BM_linear_assignment_ties/{n}/real_time")
          for n in (1000, 2000)]
for label, rows, cols, levels, name in cases:
    c = matrix(rows, cols, levels)
    secs, (r, k) = best_of(lambda: linear_sum_assignment(c), 5 if rows * cols <= 10**6 else 3)
    b = mine[name]
    total = float(c[r, k].sum())
    same = abs(total - b["cost"]) <= 1e-9 * max(1.0, abs(total))
    print(f"| {label} | {b['real_time']:.2f} | {secs * 1000:.2f} | "
          f"{secs * 1000 / b['real_time']:.2f} | {'yes' if same else 'NO'} |")
