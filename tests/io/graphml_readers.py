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
import csv
import io
import json
import pathlib
import subprocess
import sys

from roundtrip import differences

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

    def same_network(tool, rewritten):
        """`ascn` reads the tool's rewrite of the embedded ASCN as the same network."""
        done = subprocess.run([ascn, "export", "--format", "json", "--input", str(rewritten)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            problems.append(f"{tool}'s rewrite does not read back: {done.stderr.strip()}")
            return
        differ, unmatched = differences(network, json.loads(done.stdout))
        expect(f"{tool}'s rewrite: nodes that differ", differ[:3], [])
        expect(f"{tool}'s rewrite: links not in both", unmatched, 0)
        if not differ and not unmatched:
            checked.append(f"{tool}'s GraphML rewrite of the embedded ASCN reads back as the "
                           "same network")

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
        # The side tables (docs/formats.md section 1.8) are graph attributes holding CSV text.
        for name in ("events", "governance", "officials", "sources"):
            rows = list(csv.DictReader(io.StringIO(g[name])))
            expect(f"igraph: rows of the graph attribute {name}", len(rows),
                   len(network["graph"][name]))
        # The embedded network there and back through igraph: the same network.
        rewritten = work / "ascn-igraph.graphml"
        g.write_graphml(str(rewritten))
        same_network("igraph", rewritten)
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
        launch = [r for r in csv.DictReader(io.StringIO(G.graph["events"])) if r["id"] == "launch"]
        expect("NetworkX: the launch in the graph attribute events",
               [(r["date"], len(r["cities_admitted"].split(";"))) for r in launch],
               [("2018-04-28", 26)])
        # docs/formats.md section 1.8 quotes this line.
        meetings = [r for r in csv.DictReader(io.StringIO(G.graph["events"]))
                    if r["kind"] == "annual-meeting"]
        expect("NetworkX: the annual meetings, as docs/formats.md section 1.8 shows them",
               f"{len(meetings)} {meetings[0]['date']} {meetings[0]['host']} "
               f"{meetings[-1]['date']} {meetings[-1]['host']}", "8 2018-07-08 SG 2025-09-09 MY")
        rewritten = work / "ascn-networkx.graphml"
        nx.write_graphml(G, str(rewritten))
        same_network("NetworkX", rewritten)
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
