# SPDX-License-Identifier: MIT
# Shared fixtures of the Python tests: the embedded network, and a weighted random graph built
# in NetworkX (the C++ reference tests' tolerance, 1e-9, applies to both).
import random

import pytest

import ascn

TOL = 1e-9


@pytest.fixture(scope="session")
def net():
    return ascn.embedded()


@pytest.fixture(scope="session")
def weighted():
    """(G, g): a connected weighted NetworkX graph of 80 nodes and its ascn Graph."""
    nx = pytest.importorskip("networkx")
    G = nx.connected_watts_strogatz_graph(80, 6, 0.3, seed=7)
    rng = random.Random(3)
    for u, v in G.edges():
        G[u][v]["w"] = rng.uniform(0.5, 3.0)
    return G, ascn.from_networkx(G, weight="w")


def close(a, b, tol=TOL):
    """Dicts with the same keys and values within tol (relative for large values)."""
    assert set(a) == set(b)
    for k in a:
        assert a[k] == pytest.approx(b[k], rel=tol, abs=tol), k
