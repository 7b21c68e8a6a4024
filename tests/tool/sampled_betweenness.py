#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Betweenness past 5,000 vertices (docs/cli.md, `ascn centrality`): estimated by default from
1,000 sources, reproducibly, with a standard error that says how far the estimate is from the
exact values; `--sources 0` gives the exact values.

Usage: sampled_betweenness.py ASCN_TOOL WORK_FOLDER
"""
import json
import math
import os
import random
import subprocess
import sys


def main():
    tool, folder = sys.argv[1], sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(7)
    n = 6000
    edges = set()
    while len(edges) < 3 * n:  # a sparse random graph, connected in practice
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            edges.add((min(a, b), max(a, b)))
    path = os.path.join(folder, "graph.csv")
    with open(path, "w") as f:
        f.write("source,target\n")
        for a, b in sorted(edges):
            f.write(f"v{a},v{b}\n")

    def centrality(*extra):
        out = subprocess.run([tool, "centrality", "--measure", "betweenness", "--top", "0",
                              "--format", "json", "--input", path, *extra],
                             capture_output=True, text=True, check=True).stdout
        return json.loads(out)["result"]

    failures = []

    def check(ok, what):
        if not ok:
            failures.append(what)

    sampled = centrality()
    check(sampled["sampling"] is not None and sampled["sampling"]["sources"] == 1000
          and sampled["sampling"]["seed"] == 0, f"default sampling: {sampled['sampling']}")
    check(centrality() == sampled, "the same run twice differs")
    other = centrality("--seed", "5")
    check(other["sampling"]["seed"] == 5 and other["values"] != sampled["values"],
          "--seed changes nothing")
    exact = centrality("--sources", "0")
    check(exact["sampling"] is None, "--sources 0 is not exact")
    # The reported standard error against the real one: the root mean square over the vertices
    # of (estimate - exact) is within a factor of 2 of the reported rms_error.
    real = math.sqrt(sum((sampled["values"][v] - exact["values"][v]) ** 2
                         for v in exact["values"]) / len(exact["values"]))
    reported = sampled["sampling"]["rms_error"]
    check(0.5 * reported <= real <= 2 * reported,
          f"real rms error {real:.3g} vs reported {reported:.3g}")
    biggest = max(abs(sampled["values"][v] - exact["values"][v]) for v in exact["values"])
    check(biggest <= 5 * sampled["sampling"]["max_error"],
          f"largest error {biggest:.3g} vs reported {sampled['sampling']['max_error']:.3g}")
    print(f"rms error: real {real:.3g}, reported {reported:.3g}; largest: real {biggest:.3g}, "
          f"reported {sampled['sampling']['max_error']:.3g}")
    # The same ranking at the top, mostly: the five most central by the estimate are among the
    # twenty most central exactly.
    top_exact = set(exact["ranking"][:20])
    check(all(v in top_exact for v in sampled["ranking"][:5]), "the estimate's top five")
    # Options that would do nothing are refused.
    rc = subprocess.run([tool, "centrality", "--measure", "pagerank", "--seed", "1",
                         "--input", path], capture_output=True, text=True).returncode
    check(rc == 2, f"--seed with pagerank exits {rc}, not 2")
    for f in failures:
        print("FAILED:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
