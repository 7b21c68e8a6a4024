# SPDX-License-Identifier: MIT
# ascn.Network: the embedded ASCN, records, lookups by id and alias, as_of, files, errors.
import json
import os

import pytest

import ascn


def same_network(a, b):
    """The same vertices, in order, and the same relationships (NetworkX may reorder them)."""
    x, y = json.loads(a.to_json()), json.loads(b.to_json())
    return x["nodes"] == y["nodes"] and sorted(map(json.dumps, x["links"])) == sorted(
        map(json.dumps, y["links"])) and {k: v for k, v in x.items() if k != "links"} == {
        k: v for k, v in y.items() if k != "links"}


def test_embedded_counts(net):
    assert (net.num_cities(), net.num_countries(), net.num_partners(),
            net.num_relationships()) == (38, 11, 87, 128)
    assert len(net) == 136 and net.embedded and net.year is None


def test_city_record(net):
    mk = net.city("makassar")
    assert (mk.name, mk.country, mk.joined, mk.population) == ("Makassar", "ID", 2018, 1770000)
    assert mk.profile == {"civic": 2.0, "health": 1.0, "safety": 0.0, "environment": 0.0,
                          "infrastructure": 0.0, "industry": 2.0}
    assert isinstance(mk.location, tuple) and len(mk.location) == 2
    assert net["makassar"] == mk and "makassar" in net and "nowhere" not in net


def test_neighbours(net):
    assert [(o, r.kind) for o, r in net.neighbours("Makassar")] == [("ID", "member-of")]
    assert len(net.neighbours("ID")) == 6
    with pytest.raises(ascn.UnknownIdError):
        net.neighbours("atlantis")


def test_lookup_by_alias_and_name(net):
    assert net.city("Kota Cebu").id == "cebu-city"
    assert net.resolve("Kota Cebu") == "cebu-city"
    assert net.country("Viet Nam").id == "VN"
    assert net.partner("jica").kind == "agency"


def test_unknown_id_error(net):
    with pytest.raises(ascn.UnknownIdError) as e:
        net.city("makasar")
    err = e.value
    assert isinstance(err, KeyError) and isinstance(err, ascn.Error)
    assert err.code == "unknown-id" and err.id == "makasar" and err.field == "id"
    assert err.suggestions == ["makassar"]
    assert str(err).startswith("ascn: unknown-id:")


def test_record_lists(net):
    countries, partners = net.countries(), net.partners()
    assert len(countries) == 11 and len(partners) == 87 and len(net.cities()) == 38
    vn = net.country("VN")
    assert vn in countries and vn.joined[:4].isdigit() and vn.name
    assert all(p.kind for p in partners)
    assert isinstance(net["VN"], ascn.Country) and isinstance(net["jica"], ascn.Partner)
    assert net.number_of_nodes() == len(net.nodes) == 136 and "jica" in net.nodes


def test_relationships_and_as_of(net):
    twinnings = net.relationships("twinning")
    assert len(twinnings) == 6
    assert ("siem-reap", "takamatsu") in {(r.source, r.target) for r in twinnings}
    pilot = net.as_of(2018)
    assert (pilot.num_cities(), pilot.num_countries(), pilot.year) == (26, 10, 2018)
    assert "makassar" in pilot
    with pytest.raises(ascn.InvalidValueError):
        net.relationships("friendship")


@pytest.mark.parametrize("fmt", ["json", "csv", "graphml"])
def test_write_read_round_trip(net, tmp_path, fmt):
    path = str(tmp_path / ("out" if fmt == "csv" else "out." + fmt))
    net.write(path)
    back = ascn.read(path)
    assert json.loads(back.to_json()) == json.loads(net.to_json())


@pytest.mark.parametrize("fmt", ["gexf", "dot"])
def test_write_other_formats(net, tmp_path, fmt):
    path = tmp_path / ("out." + fmt)
    net.write(str(path))
    assert path.stat().st_size > 1000


def test_read_errors_carry_the_place(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"nodes": [\n  {"id": "x", "kind": "city",}\n]}')
    with pytest.raises(ascn.ParseError) as e:
        ascn.read(str(bad))
    assert e.value.code == "parse-error" and e.value.file == str(bad) and e.value.line == 2
    with pytest.raises(ascn.FileError) as e:
        ascn.read(str(tmp_path / "missing.json"))
    assert isinstance(e.value, OSError) and e.value.code == "io-error"
    with pytest.raises(ascn.InvalidValueError) as e:
        net = ascn.embedded()
        net.write(str(tmp_path / "x.xlsx"))
    assert e.value.field == "format"


def test_read_progress_cancels(tmp_path, net):
    path = str(tmp_path / "n.json")
    net.write(path)
    seen = []
    assert len(ascn.read(path, progress=lambda f: seen.append(f) is None)) == 136
    assert seen and seen[-1] == 1.0
    with pytest.raises(ascn.CancelledError):
        ascn.read(path, progress=lambda f: False)


def test_networkx_round_trip(net):
    nx = pytest.importorskip("networkx")
    G = net.to_networkx()
    assert isinstance(G, nx.MultiGraph)
    assert (G.number_of_nodes(), G.number_of_edges()) == (136, 128)
    assert G.nodes["makassar"]["kind"] == "city" and G.nodes["makassar"]["country"] == "ID"
    back = ascn.from_networkx(G)
    assert isinstance(back, ascn.Network)
    assert same_network(back, net)
    # a change made in NetworkX comes back
    G.nodes["makassar"]["population"] = 1800000
    assert ascn.from_networkx(G).city("makassar").population == 1800000


def test_plain_networkx_graph_round_trip():
    nx = pytest.importorskip("networkx")
    G = nx.karate_club_graph()
    g = ascn.from_networkx(G, weight="weight")
    assert isinstance(g, ascn.Graph) and not isinstance(g, ascn.Network)
    assert g.nodes == list(G.nodes()) and g.weight == "weight"
    assert repr(g) == "<ascn.Graph: 34 nodes, 156 arcs, weight 'weight'>"
    H = g.to_networkx()
    assert set(map(frozenset, H.edges())) == set(map(frozenset, G.edges()))
    for u, v, d in G.edges(data=True):
        assert H[u][v]["weight"] == d["weight"]
    with pytest.raises(ascn.InvalidValueError):
        ascn.from_networkx(nx.Graph([(1, 2, {"w": -1.0})]), weight="w")


def test_to_igraph(net):
    ig = pytest.importorskip("igraph")
    g = net.to_igraph()
    assert isinstance(g, ig.Graph) and g.vcount() == 136 and g.ecount() == 128
    nx = pytest.importorskip("networkx")
    h = ascn.from_networkx(nx.path_graph(4)).to_igraph()
    assert h.vcount() == 4 and h.ecount() == 3 and h.vs["name"] == [0, 1, 2, 3]


def test_help_has_docstrings():
    assert "Betweenness" in ascn.Graph.betweenness.__doc__
    assert "alias" in ascn.Network.city.__doc__
    assert ascn.__doc__ and ascn.from_networkx.__doc__


def test_type_hints_list_the_api():
    hints = os.path.join(os.path.dirname(ascn.__file__), "_ascn.pyi")
    text = open(hints, encoding="utf-8").read()
    import ast

    tree = ast.parse(text)
    declared = {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    declared |= {n.target.id for n in ast.walk(tree)
                 if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}
    # every public function, class, method and attribute of the module has its type hints
    for name in dir(ascn._ascn):
        if name.startswith("__"):
            continue
        assert name in declared, name
        obj = getattr(ascn._ascn, name)
        if isinstance(obj, type):
            for member in vars(obj):
                if not member.startswith("_"):
                    assert member in declared, f"{name}.{member}"


def test_from_networkx_kinds_of_graph():
    nx = pytest.importorskip("networkx")
    M = nx.MultiGraph()
    M.add_edge("a", "b", w=1.0)
    M.add_edge("a", "b", w=2.0)  # parallel edges add up
    M.add_edge("b", "c")  # no w: 1
    M.add_edge("c", "c", w=5.0)  # self-loops are left out
    assert ascn.from_networkx(M, weight="w").degree() == {"a": 3.0, "b": 4.0, "c": 1.0}
    D = nx.DiGraph([(1, 2, {"w": 2.0}), (3, 2, {"w": 0.5})])  # directed edges: undirected ones
    assert ascn.from_networkx(D, weight="w").degree() == {1: 2.0, 2: 2.5, 3: 0.5}
    assert ascn.from_networkx(D).degree() == {1: 1.0, 2: 2.0, 3: 1.0}
    with pytest.raises(ascn.InvalidValueError) as e:
        ascn.from_networkx(nx.Graph([(1, 2, {"w": "heavy"})]), weight="w")
    assert e.value.field == "w"


def test_from_arrays_matches_from_adjacency():
    nx = pytest.importorskip("networkx")
    np = pytest.importorskip("numpy")
    G = nx.les_miserables_graph()
    labels = list(G)
    index = {n: i for i, n in enumerate(labels)}
    edges = list(G.edges(data="weight"))
    g = ascn._ascn._graph_from_arrays(
        len(labels), np.array([index[u] for u, _, _ in edges], dtype=np.uint32),
        np.array([index[v] for _, v, _ in edges], dtype=np.uint32),
        np.array([w for _, _, w in edges], dtype=float), labels, "weight")
    h = ascn.from_networkx(G, weight="weight")
    assert g.nodes == h.nodes
    # the same graph, its arcs in another order: equal up to rounding
    assert g.betweenness(as_array=True).tolist() == pytest.approx(
        h.betweenness(as_array=True).tolist(), abs=1e-12)
