#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Runs `ascn` on the edge lists and GraphML files of tool.json (made by make_tool_reference.py
# with NetworkX and igraph; `--no-graphml` leaves the GraphML ones out)
# and checks every answer against NetworkX's at 1e-9 relative (absolute near 0): distances,
# the centralities (degree, betweenness, closeness, harmonic, PageRank), Burt's constraint and
# effective size, components, bridges and articulation points; and `ascn assign` on a cost
# matrix against SciPy's linear_sum_assignment (the totals: ties may pick other pairs); and the
# quality indices of a given labelling (`cluster --points --labels`) against scikit-learn's.
#   check_tool_reference.py ASCN_BINARY REFERENCE_DIR [--no-graphml]
import json
import math
import os
import subprocess
import sys

ascn, folder = sys.argv[1], sys.argv[2]
ref = json.load(open(os.path.join(folder, "tool.json")))
failures = []


def run(*args):
    p = subprocess.run([ascn, *args, "--format", "json", "--quiet"], capture_output=True, text=True)
    if p.returncode != 0:
        failures.append(f"{' '.join(args)}: exit {p.returncode}: {p.stderr.strip()}")
        return None
    return json.loads(p.stdout)["result"]


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def compare(what, got, want):
    for k, w in want.items():
        g = got.get(k, "missing")
        if g == "missing" or not close(g, w):
            failures.append(f"{what}: {k}: ascn {g}, NetworkX {w}")
            return
    extra = set(got) - set(want)
    if extra:
        failures.append(f"{what}: vertices NetworkX does not have: {sorted(extra)[:5]}")


# A tool built without pugixml reads no GraphML: its cases are then left out, and said so.
graphml = "--no-graphml" not in sys.argv
left_out = 0
for case in ref["cases"]:
    if case["file"].endswith(".graphml") and not graphml:
        left_out += 1
        continue
    path = os.path.join(folder, case["file"])
    weight = ["--weight", case["weight"]] if case["weight"] else []
    want = case["answers"]
    tag = f"{case['file']} (weight {case['weight']})"
    r = run("distances", "--from", want["source"], "--input", path, *weight)
    if r is not None:
        got = {k: v for k, v in r["values"].items() if v is not None}
        compare(f"{tag} distances", got, want["distances"])
    for measure in ("degree", "betweenness", "closeness", "harmonic", "pagerank", "constraint",
                    "effective-size"):
        r = run("centrality", "--measure", measure, "--top", "0", "--input", path, *weight)
        if r is not None:
            compare(f"{tag} {measure}", r["values"], want[measure])
    r = run("weak-points", "--input", path)
    if r is not None:
        if r["components"] != want["components"]:
            failures.append(f"{tag} components: ascn {r['components']}, NetworkX {want['components']}")
        if sorted(sorted(b) for b in r["bridges"]) != want["bridges"]:
            failures.append(f"{tag} bridges differ")
        if sorted(r["articulation_points"]) != want["articulation_points"]:
            failures.append(f"{tag} articulation points differ")

# The assignment solver on a cost matrix, against SciPy's linear_sum_assignment.
costs = os.path.join(folder, "costs.csv")
for key, extra in (("least", []), ("greatest", ["--maximize"]),
                   ("least_capacity_2", ["--capacity", "2"])):
    p = subprocess.run([ascn, "assign", "--costs", costs, *extra, "--format", "json"],
                       capture_output=True, text=True)
    if p.returncode != 0:
        failures.append(f"assign {key}: exit {p.returncode}: {p.stderr.strip()}")
        continue
    got, want = json.loads(p.stdout)["result"]["total"], ref["assignment"][key]
    if not close(got, want):
        failures.append(f"assign {key}: ascn {got}, SciPy {want}")

# A labelling scored: the quality indices of a given labelling, against scikit-learn.
p = subprocess.run([ascn, "cluster", "--points", os.path.join(folder, "points.csv"), "--labels",
                    "group", "--scaling", "none", "--format", "json"], capture_output=True, text=True)
if p.returncode != 0:
    failures.append(f"cluster --labels: exit {p.returncode}: {p.stderr.strip()}")
else:
    got = json.loads(p.stdout)["result"]["indices"]
    for name, want in ref["labelling"].items():
        if not close(got[name], want):
            failures.append(f"cluster --labels {name}: ascn {got[name]}, scikit-learn {want}")

if failures:
    print("\n".join(failures))
    sys.exit(1)
if left_out:
    print(f"{left_out} GraphML cases left out: this ascn reads no GraphML (built without pugixml)")
print(f"{len(ref['cases']) - left_out} graph cases (edge lists; GraphML from NetworkX and igraph "
      f"{ref['made_with']['igraph']}) agree with NetworkX {ref['made_with']['networkx']}, "
      f"3 assignments with SciPy {ref['made_with']['scipy']}, a labelling's indices with "
      f"scikit-learn {ref['made_with']['sklearn']}, to 1e-9")
