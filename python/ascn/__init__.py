# SPDX-License-Identifier: MIT
"""ascn: the ASEAN Smart Cities Network as a graph, from Python.

The C++ library ``ascn`` through pybind11. Start with the network it ships with::

    import ascn
    net = ascn.embedded()             # 38 cities, 11 countries, 87 partners
    net.city("Kota Cebu")             # a City, by id, name or alias
    net.betweenness()                 # {id: value}; as_array=True for a NumPy array
    net.mentors("makassar", "environment")[0].path.explanation
    G = net.to_networkx()             # and back: ascn.from_networkx(G)

Any NetworkX graph becomes an :class:`ascn.Graph` with :func:`from_networkx`; the analyses
(centralities, communities, brokerage, weak points, paths) are methods of both. Clustering,
quality indices and the linear assignment take NumPy arrays (or a Network: its cities).
Errors are :class:`ascn.Error` subclasses (see :mod:`ascn.errors`). Long computations
release the GIL and take a ``progress`` callback that may cancel. The tutorial in Python is
docs/python.md.
"""

from . import errors
from ._ascn import (  # noqa: F401  (re-exported)
    City,
    Clustering,
    Country,
    Graph,
    Hop,
    Mentor,
    Network,
    Partner,
    Partition,
    Path,
    PeerRecommendation,
    Recommendation,
    Relationship,
    WeakPoints,
    __version__,
    calinski_harabasz,
    city_features,
    davies_bouldin,
    dbscan,
    embedded,
    hierarchical,
    kmeans,
    kmedoids,
    linear_assignment,
    read,
    silhouette,
)
from .errors import (  # noqa: F401
    CancelledError,
    DuplicateIdError,
    EndpointError,
    Error,
    FileError,
    InUseError,
    InvalidValueError,
    ParseError,
    StaleHandleError,
    UnknownIdError,
)
from . import _ascn

__all__ = [
    "City", "Clustering", "Country", "Graph", "Hop", "Mentor", "Network", "Partner",
    "Partition", "Path", "PeerRecommendation", "Recommendation", "Relationship", "WeakPoints",
    "calinski_harabasz", "city_features", "davies_bouldin", "dbscan", "embedded",
    "from_networkx", "hierarchical", "kmeans", "kmedoids", "linear_assignment", "read",
    "silhouette", "errors", "Error", "CancelledError", "DuplicateIdError", "EndpointError",
    "FileError", "InUseError", "InvalidValueError", "ParseError", "StaleHandleError",
    "UnknownIdError",
]


def _node_link_graph(data):
    import networkx as nx

    try:
        return nx.node_link_graph(data, edges="links")  # NetworkX 3.4 and later
    except TypeError:
        return nx.node_link_graph(data)


def _network_to_networkx(self):
    """This network as a NetworkX ``MultiGraph``: nodes keyed by id with every attribute
    (``kind``, ``name``, ``country``, ...), one edge per relationship (``kind``, ``start``,
    ...), as ``ascn export --format json`` reads in NetworkX. ``ascn.from_networkx`` reads it
    back as the same network."""
    import json

    return _node_link_graph(json.loads(self.to_json()))


def _graph_to_networkx(self):
    """This graph as a NetworkX ``Graph`` on its node labels, each edge weighing its
    (merged) weight under the graph's weight attribute (``weight`` when it has none)."""
    import networkx as nx

    u, v, w = self._arcs()
    G = nx.Graph()
    labels = self.nodes
    G.add_nodes_from(labels)
    key = self.weight or "weight"
    G.add_weighted_edges_from(
        ((labels[a], labels[b], c) for a, b, c in zip(u.tolist(), v.tolist(), w.tolist()) if a < b),
        weight=key)
    return G


def _to_igraph(self):
    """This graph as an undirected ``igraph.Graph`` (needs python-igraph): vertex attribute
    ``name`` holds the node labels, edge attribute ``weight`` the weights; a Network keeps every
    attribute (through NetworkX)."""
    import igraph as ig

    if isinstance(self, Network):
        return ig.Graph.from_networkx(self.to_networkx())
    u, v, w = self._arcs()
    keep = u < v
    g = ig.Graph(n=len(self), edges=list(zip(u[keep].tolist(), v[keep].tolist())))
    g.vs["name"] = list(self.nodes)
    g.es["weight"] = w[keep].tolist()
    return g


def from_networkx(G, weight=None, schema="auto"):
    """A NetworkX graph as an ascn graph.

    With ``schema="auto"`` a graph whose nodes carry the ASCN's ``kind`` attribute (what
    :meth:`Network.to_networkx` makes) is read as a :class:`Network`, through the node-link JSON
    reader, which checks it like a file; any other graph becomes a :class:`Graph`: its nodes
    (any hashable objects) are the labels the analyses return, each edge is undirected and
    weighs its attribute ``weight`` (1 where missing, or for every edge when ``weight`` is
    None); parallel edges (a MultiGraph, or both directions of a DiGraph) add up. ``schema``
    may force ``"ascn"`` or ``"plain"``.
    """
    import json

    import numpy as np

    if schema not in ("auto", "ascn", "plain"):
        raise InvalidValueError("schema is 'auto', 'ascn' or 'plain'", code="invalid-value",
                                field="schema", value=str(schema))
    if schema == "ascn" or (schema == "auto" and G.number_of_nodes() > 0 and all(
            "kind" in d for _, d in G.nodes(data=True))):
        import networkx as nx

        try:
            data = nx.node_link_data(G, edges="links")
        except TypeError:
            data = nx.node_link_data(G)
        return _ascn._network_from_json(json.dumps(data))
    labels = list(G.nodes())
    adj = getattr(G, "_adj", None)
    if type(adj) is dict:  # NetworkX's own storage: read in C++
        return _ascn._graph_from_adjacency(adj, labels, weight, G.is_directed(),
                                           G.is_multigraph())
    index = {n: i for i, n in enumerate(labels)}
    m = G.number_of_edges()
    src = np.empty(m, dtype=np.uint32)
    dst = np.empty(m, dtype=np.uint32)
    if weight is None:
        w = np.ones(m)
        for i, (a, b) in enumerate(G.edges()):
            src[i] = index[a]
            dst[i] = index[b]
    else:
        w = np.empty(m)
        for i, (a, b, c) in enumerate(G.edges(data=weight, default=1.0)):
            src[i] = index[a]
            dst[i] = index[b]
            w[i] = c
    return _ascn._graph_from_arrays(len(labels), src, dst, w, labels, weight or "")


def _neighbours(self, id):
    """The vertices related to ``id`` (an id, name or alias), each with the relationship
    that joins them: a list of ``(id, Relationship)``, in the network's order of
    relationships. UnknownIdError for an unknown id."""
    v = self[id].id
    return [(r.target if r.source == v else r.source, r) for r in self.relationships()
            if v in (r.source, r.target)]


Network.neighbours = _neighbours
Network.to_networkx = _network_to_networkx
Graph.to_networkx = _graph_to_networkx
Graph.to_igraph = _to_igraph
