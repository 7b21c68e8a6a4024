# SPDX-License-Identifier: MIT
# docs/howto/run-analyses.md: the ASCN in NetworkX, and the ascn tool's JSON for the rest.
import json
import os
import subprocess
import tempfile

import networkx as nx

ascn = os.environ.get("ASCN", "ascn")  # the tool, e.g. build/release/tool/ascn


def run(*args):
    return subprocess.run([ascn, *args], capture_output=True, text=True, check=True).stdout


data = json.loads(run("export", "--format", "json"))
try:
    G = nx.node_link_graph(data, edges="links")  # NetworkX 3.4 and later
except TypeError:
    G = nx.node_link_graph(data)  # earlier versions
print(type(G).__name__, G.number_of_nodes(), "nodes,", G.number_of_edges(), "edges")

cities = [n for n, d in G.nodes(data=True) if d["kind"] == "city"]
print(len(cities), "cities; components:", nx.number_connected_components(G))

partners = [n for n, d in G.nodes(data=True) if d["kind"] == "partner"]
busiest = sorted(partners, key=lambda p: (-G.degree(p), p))[:3]
print("busiest partners:", ", ".join(f"{p} ({G.degree(p)})" for p in busiest))

# And back: what NetworkX writes, ascn reads as the same network (though NetworkX writes some
# links with their ends the other way round).
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "from-networkx.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(nx.node_link_data(G), f)
    back = json.loads(run("export", "--format", "json", "--input", path))
print("read back by ascn:", len(back["nodes"]), "nodes,", len(back["links"]), "links; same nodes:",
      sorted(map(json.dumps, back["nodes"])) == sorted(map(json.dumps, data["nodes"])))

# What NetworkX does not know: the peer-learning model, from the tool's JSON.
best = json.loads(run("mentors", "--city", "makassar", "--focus", "environment",
                      "--format", "json"))["result"]["mentors"][0]
print("makassar's best mentor:", best["city"], "via", " > ".join(best["path"]["vertices"]))
