#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The embedded ASCN as GraphML in the readers researchers use (issue 13): igraph finds a
vertex by its ascn id (`g.vs.find(name="da-nang")`), and both igraph and NetworkX see every
node and edge with typed attributes (years as integers, coordinates and profile as doubles, a
country's day as a string of its own). With igraph 0.10.2 and NetworkX 2.8.8 (Debian 12), also
checks that tests/io/data/ holds their rewrites of what ascn writes now.

Usage: graphml_readers.py ASCN WORK_DIR
Exit code 77 (skipped) when neither igraph nor NetworkX is installed (Debian: python3-igraph,
python3-networkx); with one of them, that one is checked.
"""
import json
import pathlib
import subprocess
import sys

SKIP = 77


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    ascn, work = sys.argv[1], pathlib.Path(sys.argv[2])
    work.mkdir(parents=True, exist_ok=True)
    path = work / "ascn.graphml"
    done = subprocess.run([ascn, "export", "--format", "graphml", "--output", str(path)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"FAIL: ascn export: exit {done.returncode}: {done.stderr.strip()}")
    network = json.loads(subprocess.run([ascn, "export", "--format", "json"],
                                        capture_output=True, text=True, check=True).stdout)
    want = (len(network["nodes"]), len(network["links"]))
    problems, checked = [], []

    def expect(what, got, want):
        if got != want:
            problems.append(f"{what}: got {got!r}, expected {want!r}")

    try:
        import igraph
    except ImportError:
        igraph = None
    if igraph is not None:
        g = igraph.Graph.Read_GraphML(str(path))
        v = g.vs.find(name="da-nang")
        expect("igraph: label of da-nang", v["label"], "Da Nang")
        expect("igraph: joined of da-nang", v["joined"], 2018)
        expect("igraph: singapore is the city", g.vs.find(name="singapore")["kind"], "city")
        expect("igraph: SG is the country", g.vs.find(name="SG")["kind"], "country")
        expect("igraph: joined_date of VN", g.vs.find(name="VN")["joined_date"], "1995-07-28")
        expect("igraph: vertices and edges", (g.vcount(), g.ecount()), want)
        checked.append(f"igraph {igraph.__version__}: {g.vcount()} vertices, {g.ecount()} edges")
    try:
        import networkx as nx
    except ImportError:
        nx = None
    if nx is not None:
        G = nx.read_graphml(str(path), force_multigraph=True)
        n = G.nodes["da-nang"]
        expect("NetworkX: da-nang", (n["name"], n["label"], n["joined"], n["lat"], n["civic"]),
               ("da-nang", "Da Nang", 2018, 16.0544, 0.0))
        expect("NetworkX: VN", (G.nodes["VN"]["joined"], G.nodes["VN"]["joined_date"]),
               (1995, "1995-07-28"))
        expect("NetworkX: type of every start", {type(d["start"]) for *_, d in G.edges(data=True)},
               {int})
        checked.append(f"NetworkX {nx.__version__}: {G.number_of_nodes()} nodes, "
                       f"{G.number_of_edges()} edges")
        expect("NetworkX: nodes and edges", (G.number_of_nodes(), G.number_of_edges()), want)
    # The stored rewrites that tests/io/graphml_reader_test.cpp reads back (tests/io/data/) are
    # still what these readers make of what ascn writes now (with the versions they came from).
    data = pathlib.Path(__file__).resolve().parent / "data"
    howto = work / "howto.graphml"
    done = subprocess.run([ascn, "export", "--format", "graphml", "--input",
                           str(data.parent.parent.parent / "examples/howto-data/network.json"),
                           "--output", str(howto)], capture_output=True, text=True)
    if done.returncode != 0:
        problems.append(f"ascn export --input howto: {done.stderr.strip()}")
    elif igraph is not None and igraph.__version__ == "0.10.2":
        igraph.Graph.Read_GraphML(str(howto)).write_graphml(str(work / "howto-igraph.graphml"))
        expect("igraph's rewrite of howto-data is tests/io/data/howto-igraph.graphml",
               (work / "howto-igraph.graphml").read_bytes() ==
               (data / "howto-igraph.graphml").read_bytes(), True)
    if done.returncode == 0 and nx is not None and nx.__version__ == "2.8.8":
        nx.write_graphml(nx.read_graphml(str(howto), force_multigraph=True),
                         str(work / "howto-networkx.graphml"))
        expect("NetworkX's rewrite of howto-data is tests/io/data/howto-networkx.graphml",
               (work / "howto-networkx.graphml").read_bytes() ==
               (data / "howto-networkx.graphml").read_bytes(), True)
    if not checked:
        print("skipped: neither igraph nor NetworkX is installed")
        return SKIP
    for c in checked:
        print(c)
    for p in problems:
        print("FAIL: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
