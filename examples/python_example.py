# SPDX-License-Identifier: MIT
# docs/python.md: the tutorial's steps in Python, from the embedded network to a peer-learning
# recommendation, then the same network in NetworkX. Run with the module on PYTHONPATH (the
# test "example: python_example.py" compares its output with python_example.expected).
import ascn

# 1. Load the embedded network
net = ascn.embedded()
print(f"{net.num_cities()} cities, {net.num_countries()} countries, "
      f"{net.num_partners()} partners, {net.num_relationships()} relationships")

# 2. Look at a city (by id, name or alias)
mk = net.city("Makassar")
print(f"{mk.name} ({mk.country}), joined {mk.joined}, population {mk.population}")
for area, projects in mk.profile.items():
    print(f"  {area:<16} {projects:g} projects")
for other, r in net.neighbours("makassar"):
    print(f"  linked to {other} by {r.kind}")

# 3. Query: the cities of a country, the twinnings
for c in net.cities():
    if c.country == "ID":
        print(f"{c.id}: {c.profile['environment']:g} Quality Environment projects")
twinnings = net.relationships("twinning")
for r in twinnings:
    print(f"twinning: {r.source} -- {r.target}")
print(f"{len(twinnings)} twinnings")

# 4. The network as it stood in a year
pilot = net.as_of(2018)
print(f"2018: {pilot.num_cities()} cities in {pilot.num_countries()} countries")
print("makassar was a pilot city:", "yes" if "makassar" in pilot else "no")

# 5. Group the cities by profile (z-scored features, k-means with a seed)
groups = ascn.kmeans(net, k=4, seed=1, scaling="z_score")
mine = groups.labels[groups.ids.index("makassar")]
mates = [i for i, g in zip(groups.ids, groups.labels) if g == mine and i != "makassar"]
print(f"makassar is in group {mine} with: {' '.join(mates)}")
x, ids, columns = ascn.city_features(net, scaling="z_score")
print(f"silhouette {ascn.silhouette(x, groups.labels):.3f} (weak structure: a lens, not a "
      "taxonomy)")

# 6. Freeze the network under the learning model
lg = net.learning_graph(focus="environment")
print(f"{len(lg)} vertices, {lg.number_of_arcs()} arcs")

# 7. Find mentors
found = net.mentors("makassar", "environment")
for m in found:
    print(f"{m.city:<14} strength {m.strength:.3f}  P(path) {m.path.probability:.4f}  "
          f"affinity {m.affinity:.3f}  score {m.score:.4f}")

# 8. Explain the recommendation
for h in found[0].path.explanation:
    print(f"{h.source} -> {h.target} (cost {h.cost:.3f}): {h.reason}")

# And in NetworkX: the same network, and the same betweenness
try:
    import networkx as nx
except ImportError:
    nx = None
if nx is not None:
    G = net.to_networkx()
    ours, theirs = net.betweenness(), nx.betweenness_centrality(nx.Graph(G))
    top = max(ours, key=ours.get)
    print(f"most between: {top} ({ours[top]:.4f}); NetworkX agrees:",
          max(abs(ours[n] - theirs[n]) for n in G) < 1e-9)
    back = ascn.from_networkx(G)
    print("back from NetworkX:", back, "same relationships:",
          sorted(map(str, back.relationships())) == sorted(map(str, net.relationships())))
