# SPDX-License-Identifier: MIT
# Centralities, communities, brokerage and weak points, against NetworkX and igraph at 1e-9.
import math

import pytest

import ascn
from conftest import TOL, close

nx = pytest.importorskip("networkx")
np = pytest.importorskip("numpy")


def test_betweenness_weighted(weighted):
    G, g = weighted
    close(g.betweenness(), nx.betweenness_centrality(G, weight="w"))
    close(g.betweenness(normalized=False), nx.betweenness_centrality(G, weight="w",
                                                                   normalized=False))


def test_betweenness_on_the_network(net):
    G = nx.Graph(net.to_networkx())
    close(net.betweenness(), nx.betweenness_centrality(G))


def test_betweenness_as_array(weighted):
    G, g = weighted
    a = g.betweenness(as_array=True)
    assert isinstance(a, np.ndarray) and a.shape == (80,)
    d = g.betweenness()
    assert [d[n] for n in g.nodes] == pytest.approx(a.tolist(), abs=0)


def test_closeness_and_harmonic(weighted):
    G, g = weighted
    close(g.closeness(), nx.closeness_centrality(G, distance="w"))
    close(g.harmonic(), nx.harmonic_centrality(G, distance="w"))


def test_degree(weighted):
    G, g = weighted
    close(g.degree(), dict(G.degree(weight="w")))


def test_pagerank_and_eigenvector(weighted):
    G, g = weighted
    close(g.pagerank(tol=0, max_iter=1000),
          nx.pagerank(G, weight="w", tol=1e-15, max_iter=10000))
    close(g.eigenvector(tol=0, max_iter=10000),
          nx.eigenvector_centrality(G, weight="w", tol=1e-15, max_iter=10000))


def test_pagerank_against_igraph(weighted):
    ig = pytest.importorskip("igraph")
    G, g = weighted
    h = g.to_igraph()
    ours = g.pagerank(tol=0, max_iter=1000, as_array=True)
    theirs = h.pagerank(weights="weight", damping=0.85)
    assert ours.tolist() == pytest.approx(theirs, abs=1e-9)
    ours = g.betweenness(normalized=False, as_array=True)
    assert ours.tolist() == pytest.approx(h.betweenness(weights="weight"), abs=1e-9)


def test_pagerank_that_cannot_converge(weighted):
    _, g = weighted
    with pytest.raises(ascn.InvalidValueError) as e:
        g.pagerank(max_iter=1, tol=1e-15)
    assert e.value.field == "max_iter"


def test_louvain_and_modularity(weighted):
    G, g = weighted
    p = g.louvain(seed=1)
    assert p.count == len(p.communities) and sum(map(len, p.communities)) == 80
    theirs = nx.community.modularity(G, [set(c) for c in p.communities], weight="w")
    assert p.modularity == pytest.approx(theirs, abs=TOL)
    assert g.modularity(p.membership) == pytest.approx(theirs, abs=TOL)
    assert g.modularity(g.louvain(seed=1, as_array=True).membership) == pytest.approx(theirs)
    assert g.louvain(seed=1).membership == p.membership  # reproducible
    q = g.leiden(seed=1)
    assert q.modularity == pytest.approx(
        nx.community.modularity(G, [set(c) for c in q.communities], weight="w"), abs=TOL)
    with pytest.raises(ascn.InvalidValueError):
        g.louvain(resolution=0)


def test_brokerage(net):
    G = nx.Graph(net.to_networkx())
    ours, theirs = net.constraint(), nx.constraint(G)
    for n in G:
        if math.isnan(theirs[n]):
            assert math.isnan(ours[n])
        else:
            assert ours[n] == pytest.approx(theirs[n], abs=TOL)
    ours, theirs = net.effective_size(), nx.effective_size(G)
    for n in G:
        if math.isnan(theirs[n]):
            assert math.isnan(ours[n])
        else:
            assert ours[n] == pytest.approx(theirs[n], abs=TOL)


def test_weak_points(net):
    G = nx.Graph(net.to_networkx())
    w = net.weak_points()
    assert set(w.articulation_points) == set(nx.articulation_points(G))
    M = net.to_networkx()  # parallel relationships are never bridges
    multi = {frozenset((u, v)) for u, v in M.edges() if M.number_of_edges(u, v) > 1}
    assert {frozenset(b) for b in w.bridges} == {frozenset(b) for b in nx.bridges(G)} - multi
    assert w.components == nx.number_connected_components(G) == 23
    assert len(set(w.component.values())) == 23


def test_weighted_network(net):
    g = net.weighted("strength")
    assert g.weight == "strength" and len(g) == 136
    G = nx.Graph()
    G.add_nodes_from(net.to_networkx())
    for r in net.relationships():  # parallel relationships add up, as ascn merges them
        s = 1.0 if r.strength is None else r.strength
        if G.has_edge(r.source, r.target):
            G[r.source][r.target]["s"] += s
        else:
            G.add_edge(r.source, r.target, s=s)
    close(g.pagerank(tol=0, max_iter=1000), nx.pagerank(G, weight="s", tol=1e-15,
                                                        max_iter=10000))
    with pytest.raises(ascn.InvalidValueError):
        net.weighted("colour")
