#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The embedded ASCN through NetworkX and back, as a researcher would take it (issue 13):
`ascn export --format json`, `nx.node_link_graph`, nothing changed, `nx.node_link_data`
written back, read with `ascn export --input`: the same nodes (every attribute) and the same
links (as a multiset, with their declared source and target), although NetworkX's undirected
MultiGraph writes many links the other way round and adds a `key` to each. And with
`--flat`, NetworkX writes the graph it loaded as GraphML and GEXF, and its JSON reads back the
same.

Usage: networkx_roundtrip.py ASCN WORK_DIR
Exit code 77 (skipped) when NetworkX is missing (Debian: python3-networkx; tests/deps.sh
installs it).
"""
import json
import sys

from roundtrip import arguments_and_networkx, declared, run


def main():
    ascn, work, nx = arguments_and_networkx(__doc__)
    exported = work / "ascn.json"
    run(ascn, "export", "--format", "json", "--output", str(exported))
    original = json.loads(exported.read_text(encoding="utf-8"))

    try:
        G = nx.node_link_graph(original, edges="links")  # NetworkX 3.4 and later
    except TypeError:
        G = nx.node_link_graph(original)  # earlier versions
    written = nx.node_link_data(G)  # 3.4 and later may write "edges" instead of "links"
    through = work / "networkx.json"
    through.write_text(json.dumps(written, ensure_ascii=False), encoding="utf-8")
    links_key = "edges" if "edges" in written else "links"
    back = json.loads(run(ascn, "export", "--format", "json", "--input", str(through)))
    problems = []
    nodes = {n["id"]: n for n in original["nodes"]}
    nodes_back = {n["id"]: n for n in back["nodes"]}
    if nodes != nodes_back:
        differ = sorted(i for i in nodes.keys() | nodes_back.keys()
                        if nodes.get(i) != nodes_back.get(i))
        problems.append(f"{len(differ)} nodes differ, e.g. {differ[:3]}")
    links = sorted(declared(l) for l in original["links"])
    links_back = sorted(declared(l) for l in back["links"])
    if links != links_back:
        problems.append(f"links differ: {len(set(links) ^ set(links_back))} not in both")
    # NetworkX really did turn links round, or this test proves nothing.
    reversed_members = sum(1 for l in written[links_key]
                           if l["kind"] == "member-of" and nodes[l["source"]]["kind"] != "city")
    print(f"NetworkX {nx.__version__}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges; "
          f"{reversed_members} member-of links written country first, "
          f"{sum(1 for l in written[links_key] if 'from' in l and l['from'] != l['source'])} "
          f"links written target first with their from; under \"{links_key}\"")
    if reversed_members == 0:
        problems.append("NetworkX wrote no link the other way round: the test proves nothing")
    if not problems:
        print("ok: ascn JSON -> NetworkX -> JSON -> ascn is the same network")

    # The flat layout: NetworkX goes on to GraphML and GEXF, and its JSON reads back the same.
    flat = work / "ascn-flat.json"
    run(ascn, "export", "--format", "json", "--flat", "--output", str(flat))
    try:
        F = nx.node_link_graph(json.loads(flat.read_text(encoding="utf-8")), edges="links")
    except TypeError:
        F = nx.node_link_graph(json.loads(flat.read_text(encoding="utf-8")))
    for writer, name in ((nx.write_graphml, "networkx.graphml"), (nx.write_gexf, "networkx.gexf")):
        try:
            writer(F, str(work / name))
        except Exception as e:  # what NetworkX raises for a list or dict attribute
            problems.append(f"{writer.__name__} on the flat layout: {type(e).__name__}: {e}")
    flat_through = work / "networkx-flat.json"
    flat_through.write_text(json.dumps(nx.node_link_data(F), ensure_ascii=False),
                            encoding="utf-8")
    flat_back = json.loads(run(ascn, "export", "--format", "json", "--input", str(flat_through)))
    if {n["id"]: n for n in flat_back["nodes"]} != nodes:
        problems.append("the flat layout through NetworkX: nodes differ")
    if sorted(declared(l) for l in flat_back["links"]) != links:
        problems.append("the flat layout through NetworkX: links differ")
    if not problems:
        print("ok: flat ascn JSON -> NetworkX -> GraphML and GEXF written; -> JSON -> ascn is "
              "the same network")
    for p in problems:
        print("FAIL: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
