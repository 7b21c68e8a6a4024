# SPDX-License-Identifier: MIT
# Types of the C++ module ascn._ascn, for editors and type checkers (the package re-exports
# everything from `ascn`). Kept by hand; tests/python/test_network.py checks that it lists the
# API.
from typing import Any, Callable, Hashable, Mapping, Optional, Sequence, Union

import numpy as np
import numpy.typing as npt

__version__: str

Progress = Optional[Callable[[float], Optional[bool]]]
Label = Hashable
ByVertex = Union[dict[Any, float], npt.NDArray[np.float64]]
PointsLike = Union[npt.ArrayLike, "Network"]

class City:
    id: str
    name: str
    country: str
    joined: int
    location: Optional[tuple[float, float]]
    population: Optional[int]
    capital: bool
    roles: list[str]
    aliases: list[str]
    profile: dict[str, float]
    source: str

class Country:
    id: str
    name: str
    joined: str
    source: str

class Partner:
    id: str
    name: str
    kind: str
    home_country: str
    source: str

class Relationship:
    source: str
    target: str
    kind: str
    start: int
    end: Optional[int]
    focus: list[str]
    strength: Optional[float]
    source_key: str
    note: str

class Hop:
    source: Any
    target: Any
    kinds: list[str]
    cost: float
    reason: str

class Path:
    nodes: list[Any]
    cost: float
    probability: float
    hops: int
    explanation: list[Hop]
    def __len__(self) -> int: ...

class Partition:
    membership: Union[dict[Any, int], npt.NDArray[np.uint32]]
    count: int
    modularity: float
    levels: int
    communities: list[list[Any]]

class WeakPoints:
    articulation_points: list[Any]
    bridges: list[tuple[Any, Any]]
    component: Union[dict[Any, int], npt.NDArray[np.uint32]]
    components: int
    biconnected_components: int

class Mentor:
    city: str
    strength: float
    gap: float
    affinity: float
    score: float
    path: Path

class Recommendation:
    city: str
    partner: str
    score: float
    complementarity: float
    topology: float
    similarity: float
    reasons: list[str]

class PeerRecommendation:
    city: str
    peer: str
    score: float
    experience: float
    shared: float
    need_similarity: float
    reasons: list[str]

class Clustering:
    labels: npt.NDArray[np.int32]
    centres: Optional[npt.NDArray[np.float64]]
    medoids: Optional[list[int]]
    core: Optional[npt.NDArray[np.bool_]]
    inertia: float
    iterations: int
    converged: bool
    clusters: int
    ids: list[str]

class Graph:
    @property
    def nodes(self) -> list[Any]: ...
    @property
    def weight(self) -> str: ...
    def __len__(self) -> int: ...
    def __contains__(self, label: Any) -> bool: ...
    def number_of_nodes(self) -> int: ...
    def number_of_arcs(self) -> int: ...
    def to_networkx(self) -> Any: ...
    def to_igraph(self) -> Any: ...
    # centralities: {label: value}, or an array in node order with as_array=True
    def betweenness(self, normalized: bool = True, k: int = 0, seed: int = 0, threads: int = 0,
                    progress: Progress = None, as_array: bool = False) -> ByVertex: ...
    def closeness(self, threads: int = 0, as_array: bool = False) -> ByVertex: ...
    def harmonic(self, threads: int = 0, as_array: bool = False) -> ByVertex: ...
    def degree(self, normalized: bool = False, as_array: bool = False) -> ByVertex: ...
    def pagerank(self, alpha: float = 0.85, tol: float = 1e-6, max_iter: int = 100,
                 threads: int = 0, as_array: bool = False) -> ByVertex: ...
    def eigenvector(self, tol: float = 1e-6, max_iter: int = 100, threads: int = 0,
                    as_array: bool = False) -> ByVertex: ...
    def louvain(self, resolution: float = 1.0, seed: int = 0, max_levels: int = 64,
                as_array: bool = False) -> Partition: ...
    def leiden(self, resolution: float = 1.0, seed: int = 0, max_levels: int = 64,
               as_array: bool = False) -> Partition: ...
    def modularity(self, membership: Union[Mapping[Any, int], Sequence[int], npt.ArrayLike],
                   resolution: float = 1.0) -> float: ...
    def constraint(self, as_array: bool = False) -> ByVertex: ...
    def effective_size(self, as_array: bool = False) -> ByVertex: ...
    def weak_points(self, as_array: bool = False) -> WeakPoints: ...
    # paths
    def best_path(self, source: Any, target: Any, max_hops: Optional[int] = None,
                  avoid: Sequence[Any] = ...) -> Optional[Path]: ...
    def k_best_paths(self, source: Any, target: Any, k: int, max_hops: Optional[int] = None,
                     avoid: Sequence[Any] = ...) -> list[Path]: ...
    def widest_path(self, source: Any, target: Any, avoid: Sequence[Any] = ...) -> Optional[Path]: ...
    def stepping_stone_path(self, source: Any, target: Any,
                            level: Union[Mapping[Any, float], npt.ArrayLike],
                            max_step: Optional[float] = None,
                            avoid: Sequence[Any] = ...) -> Optional[Path]: ...
    def distances(self, source: Any, as_array: bool = False) -> ByVertex: ...

class Network(Graph):
    @property
    def embedded(self) -> bool: ...
    @property
    def year(self) -> Optional[int]: ...
    def num_cities(self) -> int: ...
    def num_countries(self) -> int: ...
    def num_partners(self) -> int: ...
    def num_relationships(self) -> int: ...
    def resolve(self, text: str) -> str: ...
    def city(self, id: str) -> City: ...
    def country(self, id: str) -> Country: ...
    def partner(self, id: str) -> Partner: ...
    def __getitem__(self, id: str) -> Union[City, Country, Partner]: ...
    def cities(self) -> list[City]: ...
    def countries(self) -> list[Country]: ...
    def partners(self) -> list[Partner]: ...
    def relationships(self, kind: Optional[str] = None) -> list[Relationship]: ...
    def as_of(self, year: int) -> Network: ...
    def weighted(self, weight: str = "strength") -> Graph: ...
    def learning_graph(self, focus: Optional[str] = None) -> Graph: ...
    def mentors(self, city: str, focus: str, n: int = 5, max_hops: Optional[int] = None,
                frontrunners: bool = False) -> list[Mentor]: ...
    def recommend(self, kind: Optional[str] = None, n: int = 10, city: Optional[str] = None,
                  partner: Optional[str] = None) -> list[Recommendation]: ...
    def recommend_peers(self, n: int = 10, city: Optional[str] = None) -> list[PeerRecommendation]: ...
    def write(self, path: str, format: Optional[str] = None) -> None: ...
    def to_json(self) -> str: ...

def embedded() -> Network: ...
def read(path: str, format: Optional[str] = None, progress: Progress = None) -> Network: ...
def city_features(network: Network, scaling: str = "none") -> tuple[npt.NDArray[np.float64], list[str], list[str]]: ...
def kmeans(points: PointsLike, k: int = 8, seed: int = 0, restarts: int = 10, max_iter: int = 300,
           tol: float = 1e-4, init: Optional[npt.ArrayLike] = None, scaling: str = "none",
           threads: int = 0, progress: Progress = None) -> Clustering: ...
def kmedoids(points: PointsLike, k: int, metric: str = "euclidean", scaling: str = "none") -> Clustering: ...
def dbscan(points: PointsLike, eps: float, min_samples: int = 5, metric: str = "euclidean",
           scaling: str = "none") -> Clustering: ...
def hierarchical(points: PointsLike, method: str = "average", metric: str = "euclidean",
                 scaling: str = "none") -> npt.NDArray[np.float64]: ...
def silhouette(points: PointsLike, labels: npt.ArrayLike, metric: str = "euclidean",
               scaling: str = "none", samples: bool = False) -> Union[float, npt.NDArray[np.float64]]: ...
def davies_bouldin(points: PointsLike, labels: npt.ArrayLike, scaling: str = "none") -> float: ...
def calinski_harabasz(points: PointsLike, labels: npt.ArrayLike, scaling: str = "none") -> float: ...
def linear_assignment(cost: npt.ArrayLike, maximize: bool = False) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], float]: ...
def _network_from_json(text: str, name: str = "<networkx>") -> Network: ...
def _graph_from_arrays(n: int, source: Any, target: Any, weight: Any, labels: list[Any],
                       weight_name: str) -> Graph: ...
def _graph_from_adjacency(adj: dict[Any, Any], labels: list[Any], weight: Optional[str],
                          directed: bool, multigraph: bool) -> Graph: ...
