# SPDX-License-Identifier: MIT
# docs/howto/run-analyses.md: the ASCN in igraph (GraphML) and for Gephi (GEXF), and back.
import csv
import io
import os
import subprocess
import tempfile
import xml.etree.ElementTree as ET

import igraph

ascn = os.environ.get("ASCN", "ascn")  # the tool, e.g. build/release/tool/ascn


def run(*args):
    return subprocess.run([ascn, *args], capture_output=True, text=True, check=True).stdout


with tempfile.TemporaryDirectory() as tmp:
    # igraph: vertices are found by their ascn id, the side tables are graph attributes.
    path = os.path.join(tmp, "ascn.graphml")
    run("export", "--format", "graphml", "--output", path)
    g = igraph.Graph.Read_GraphML(path)
    v = g.vs.find(name="da-nang")
    print(g.vcount(), "vertices,", g.ecount(), "edges; da-nang is", v["label"], "of", v["country"])
    cities = g.vs.select(kind_eq="city")
    print(len(cities), "cities; components:", len(g.connected_components()))
    meetings = [e for e in csv.DictReader(io.StringIO(g["events"])) if e["kind"] == "annual-meeting"]
    print("annual meetings:", len(meetings), "from", meetings[0]["date"], "to", meetings[-1]["date"])

    # And back: what igraph writes, ascn reads as the same network.
    back = os.path.join(tmp, "from-igraph.graphml")
    g.write_graphml(back)
    print("read back by ascn:", run("summary", "--input", back).splitlines()[0].split(": ")[1])

    # Gephi: the GEXF's spells are what its timeline plays; count the cities of some years.
    gexf = os.path.join(tmp, "ascn.gexf")
    run("export", "--format", "gexf", "--output", gexf)
    ns = {"g": "http://gexf.net/1.3"}
    starts = [int(n.get("start")) for n in ET.parse(gexf).getroot().iterfind(".//g:node", ns)
              if n.find("g:attvalues/g:attvalue[@for='kind'][@value='city']", ns) is not None]
    print("cities on Gephi's timeline:",
          ", ".join(f"{sum(s <= y for s in starts)} in {y}" for y in (2018, 2024, 2025, 2026)))
