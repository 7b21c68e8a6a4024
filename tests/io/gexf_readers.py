#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The embedded ASCN as GEXF (issue 13): `ascn export --format gexf` (1.3) is well-formed XML
with one node per vertex, one edge per relationship and a start year on each; NetworkX, whose
`read_gexf` knows GEXF up to 1.2draft in 2.8 (1.3 too in 3.6), loads `--gexf-version 1.2draft` with the same nodes
and edges, the spells (Da Nang from 2018, 26 cities in 2018) and typed attributes.

Usage: gexf_readers.py ASCN WORK_DIR
Exit code 77 (skipped) when NetworkX is missing (Debian: python3-networkx).
"""
import json
import sys
import xml.etree.ElementTree as ET

from roundtrip import arguments_and_networkx, run


def main():
    ascn, work, nx = arguments_and_networkx(__doc__)
    network = json.loads(run(ascn, "export", "--format", "json"))
    want = (len(network["nodes"]), len(network["links"]))
    problems = []

    def expect(what, got, wanted):
        if got != wanted:
            problems.append(f"{what}: got {got!r}, expected {wanted!r}")

    v13 = work / "ascn.gexf"
    run(ascn, "export", "--format", "gexf", "--output", str(v13))
    ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
    root = ET.parse(v13).getroot()
    nodes = root.findall("g:graph/g:nodes/g:node", ns)
    edges = root.findall("g:graph/g:edges/g:edge", ns)
    expect("GEXF 1.3: nodes and edges", (len(nodes), len(edges)), want)
    expect("GEXF 1.3: edges with a start", sum(1 for e in edges if e.get("start")), len(edges))
    expect("GEXF 1.3: nodes with a position",
           sum(1 for n in nodes if n.find("viz:position", ns) is not None),
           len(nodes))  # every node: countries and partners are placed as in DOT

    # NetworkX reads GEXF 1.3 too from some 3.x version on (3.6.1 does, 2.8.8 does not).
    if "1.3" in getattr(nx.readwrite.gexf.GEXF, "versions", {}):
        G13 = nx.read_gexf(str(v13))
        expect("NetworkX: GEXF 1.3 nodes and edges", (G13.number_of_nodes(), G13.number_of_edges()),
               want)
        expect("NetworkX: GEXF 1.3 da-nang from", G13.nodes["da-nang"]["start"], 2018)
        print(f"NetworkX {nx.__version__} reads GEXF 1.3 too")

    v12 = work / "ascn-1.2draft.gexf"
    run(ascn, "export", "--format", "gexf", "--gexf-version", "1.2draft", "--output", str(v12))
    G = nx.read_gexf(str(v12))
    expect("NetworkX: nodes and edges", (G.number_of_nodes(), G.number_of_edges()), want)
    n = G.nodes["da-nang"]
    expect("NetworkX: da-nang", (n["label"], n["joined"], n["lat"], n["start"], n.get("end")),
           ("Da Nang", 2018, 16.0544, 2018, None))
    expect("NetworkX: VN", (G.nodes["VN"]["joined"], G.nodes["VN"]["joined_date"]),
           (1995, "1995-07-28"))
    expect("NetworkX: a start year on every edge",
           sum(1 for *_, d in G.edges(data=True) if isinstance(d.get("start"), int)), want[1])
    expect("NetworkX: the cities of 2018",
           sum(1 for _, d in G.nodes(data=True) if d["kind"] == "city" and d["start"] <= 2018), 26)
    print(f"GEXF 1.3: {len(nodes)} nodes, {len(edges)} edges; NetworkX {nx.__version__} "
          f"reads 1.2draft: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges; "
          f"da-nang from {n['start']}")
    for p in problems:
        print("FAIL: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
