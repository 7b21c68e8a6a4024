#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes a seeded synthetic network as node-link JSON for timing `ascn report --input` at scale
(docs/performance.md): N cities at random places in South-East Asia in 10 countries, one partner
per 20 cities with 3 partner ties per city (preferential), 2 peer ties per city, mostly within a
country, start years 2018..2026, random profiles. The same file for the same N and seed.

Usage: report_network.py N [SEED] > network.json
"""
import json
import random
import sys


def main():
    n = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    areas = ["civic", "health", "safety", "environment", "infrastructure", "industry"]
    nodes, links = [], []
    countries = 10
    for k in range(countries):
        nodes.append({"id": f"K{k}", "kind": "country", "name": f"Country {k}",
                      "joined": "1967-08-08", "ref": ""})
    for i in range(n):
        joined = 2018 if i < n // 4 else rng.randint(2018, 2026)
        nodes.append({"id": f"c{i}", "kind": "city", "name": f"City {i}",
                      "country": f"K{i % countries}", "joined": joined,
                      "lat": round(rng.uniform(-9, 22), 4), "lon": round(rng.uniform(95, 126), 4),
                      "population": int(10 ** rng.uniform(4, 7)), "capital": i < countries,
                      "roles": [], "roles_editorial": False, "aliases": [],
                      "profile": {a: float(int(rng.expovariate(1 / 1.5))) for a in areas},
                      "ref": ""})
        links.append({"source": f"c{i}", "target": f"K{i % countries}", "kind": "member-of",
                      "start": joined, "focus": [], "ref": "", "note": ""})
    partners = max(2, n // 20)
    kinds = ["agency", "programme", "company", "government"]
    for j in range(partners):
        nodes.append({"id": f"p{j}", "kind": "partner", "name": f"Partner {j}",
                      "partner_kind": kinds[j % 4], "ref": ""})
    ties = [1] * partners
    for i in range(n):
        start = nodes[countries + i]["joined"]
        for _ in range(3):
            j = (rng.choices(range(partners), weights=ties)[0] if rng.random() < 0.8
                 else rng.randrange(partners))
            ties[j] += 1
            # Support from agencies and governments, business matches with companies,
            # participation in programmes; each in the direction its kind requires.
            kind = {"company": "business-match", "programme": "participation"}.get(
                kinds[j % 4], "support")
            ends = (f"c{i}", f"p{j}") if kind == "participation" else (f"p{j}", f"c{i}")
            focus = [rng.choice(areas)] if rng.random() < 0.6 else []
            links.append({"source": ends[0], "target": ends[1], "kind": kind,
                          "start": rng.randint(start, 2026), "focus": focus, "ref": "",
                          "note": ""})
        for _ in range(2):
            if rng.random() < 0.7:
                o = rng.randrange(n // countries) * countries + i % countries
            else:
                o = rng.randrange(n)
            if o >= n or o == i:
                continue
            links.append({"source": f"c{i}", "target": f"c{o}", "kind": "peer-learning",
                          "start": rng.randint(max(start, nodes[countries + o]["joined"]), 2026),
                          "focus": [], "ref": "", "note": ""})
    json.dump({"directed": False, "multigraph": True,
               "graph": {"name": "ascn", "format": "ascn-node-link", "version": 1},
               "nodes": nodes, "links": links}, sys.stdout)


if __name__ == "__main__":
    main()
