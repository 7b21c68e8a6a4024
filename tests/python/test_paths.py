# SPDX-License-Identifier: MIT
# Paths (best, k best, widest, stepping stones, distances), mentors and recommendations.
import itertools

import pytest

import ascn
from conftest import TOL

nx = pytest.importorskip("networkx")


def test_best_path_and_distances(weighted):
    G, g = weighted
    for s, t in [(0, 40), (3, 77), (10, 11)]:
        p = g.best_path(s, t)
        assert p.nodes[0] == s and p.nodes[-1] == t
        assert p.cost == pytest.approx(nx.dijkstra_path_length(G, s, t, weight="w"), abs=TOL)
        assert p.hops == len(p.nodes) - 1 == len(p.explanation)
    theirs = nx.single_source_dijkstra_path_length(G, 5, weight="w")
    ours = g.distances(5)
    for n in G:
        assert ours[n] == pytest.approx(theirs[n], abs=TOL)


def test_best_path_constraints(weighted):
    G, g = weighted
    p = g.best_path(0, 40)
    middle = p.nodes[1]
    q = g.best_path(0, 40, avoid=[middle])
    assert middle not in q.nodes
    H = G.copy()
    H.remove_node(middle)
    assert q.cost == pytest.approx(nx.dijkstra_path_length(H, 0, 40, weight="w"), abs=TOL)
    r = g.best_path(0, 40, max_hops=1)
    assert r is None or r.hops <= 1


def test_k_best_paths_on_the_network(net):
    G = nx.Graph(net.to_networkx())
    ours = net.k_best_paths("johor-bahru", "da-nang", 4)
    theirs = list(itertools.islice(nx.shortest_simple_paths(G, "johor-bahru", "da-nang"), 4))
    assert [p.cost for p in ours] == [len(p) - 1 for p in theirs]
    assert len({tuple(p.nodes) for p in ours}) == 4


def test_k_best_paths_needs_reverse_arcs(weighted):
    _, g = weighted
    with pytest.raises(ascn.InvalidValueError):
        g.k_best_paths(0, 1, 2)


def test_widest_path(weighted):
    G, g = weighted
    p = g.widest_path(0, 40)
    bottleneck = max(G[u][v]["w"] for u, v in zip(p.nodes, p.nodes[1:]))
    # the minimax path's bottleneck is the largest edge on the minimum spanning tree's path
    T = nx.minimum_spanning_tree(G, weight="w")
    tree_path = nx.shortest_path(T, 0, 40)
    assert bottleneck == pytest.approx(
        max(G[u][v]["w"] for u, v in zip(tree_path, tree_path[1:])), abs=TOL)


def test_stepping_stone_path(net):
    lg = net.learning_graph("environment")
    level = {c.id: c.profile["environment"] for c in net.cities()}
    p = lg.stepping_stone_path("banyuwangi", "makassar", level)
    assert p.nodes == ["banyuwangi", "ID", "makassar"]
    for source in ["mandalay", "johor-bahru", "kota-kinabalu"]:
        for step in [None, 1.0]:
            p = lg.stepping_stone_path(source, "makassar", level, max_step=step)
            if source == "mandalay" and step is not None:
                assert p is None  # 3 projects down to 0 cannot go one at a time here
                continue
            cities = [level[v] for v in p.nodes if v in level]
            assert cities == sorted(cities, reverse=True)  # the level never rises
            if step is not None:
                assert all(a - b <= step for a, b in zip(cities, cities[1:]))
    # the other way, up from a city that knows nothing: no such path
    assert lg.stepping_stone_path("makassar", "mandalay", level) is None


def test_learning_graph_explains(net):
    lg = net.learning_graph("environment")
    assert len(lg) == 137 and lg.number_of_arcs() == 332  # the tutorial's numbers
    p = lg.best_path("banyuwangi", "makassar")
    assert p.nodes == ["banyuwangi", "ID", "makassar"]
    assert p.explanation[1].reason.startswith("same country, p 0.35")
    assert p.probability == pytest.approx(0.21, abs=1e-12)


def test_mentors_the_tutorial(net):
    found = net.mentors("Makassar", "environment")
    assert [m.city for m in found] == ["banyuwangi", "mandalay", "johor-bahru", "da-nang",
                                       "kota-kinabalu"]
    assert round(found[0].score, 4) == 0.0209 and round(found[0].affinity, 3) == 0.789
    assert found[0].path.nodes == ["banyuwangi", "ID", "makassar"]
    with pytest.raises(ascn.InvalidValueError):
        net.mentors("makassar", "weather")
    with pytest.raises(ascn.InvalidValueError):
        net.mentors("ID", "environment")


def test_recommendations_have_reasons(net):
    recs = net.recommend("twinning", n=5)
    assert 0 < len(recs) <= 5
    assert all(r.reasons for r in recs)
    assert recs == sorted(recs, key=lambda r: -r.score) or all(
        a.score >= b.score for a, b in zip(recs, recs[1:]))
    mine = net.recommend("twinning", n=2, city="Makassar")
    assert [r.city for r in mine] == ["makassar", "makassar"]
    peers = net.recommend_peers(n=3, city="makassar")
    assert all(p.city == "makassar" and p.reasons for p in peers)
    G = net.to_networkx()
    with pytest.raises(ascn.InvalidValueError):
        ascn.from_networkx(G).recommend()  # not the embedded network: no action plans
