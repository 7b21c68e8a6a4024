# SPDX-License-Identifier: MIT
# Clustering, quality indices and the assignment, against scikit-learn and SciPy at 1e-9.
import pytest

import ascn
from conftest import TOL

np = pytest.importorskip("numpy")


@pytest.fixture(scope="module")
def points():
    rng = np.random.default_rng(5)
    centres = np.array([[0.0, 0.0, 0.0], [5.0, 5.0, 0.0], [0.0, 6.0, 4.0]])
    return np.vstack([c + rng.normal(size=(40, 3)) for c in centres])


def test_kmeans_from_given_centres(points):
    cluster = pytest.importorskip("sklearn.cluster")
    init = points[[0, 50, 100]]
    ours = ascn.kmeans(points, init=init, tol=0)
    theirs = cluster.KMeans(n_clusters=3, init=init, n_init=1, algorithm="lloyd", tol=0).fit(points)
    # both number clusters by first member after relabelling: compare the partition
    assert ours.inertia == pytest.approx(theirs.inertia_, rel=TOL)
    pairs = set(zip(ours.labels.tolist(), theirs.labels_.tolist()))
    assert len(pairs) == 3
    assert ours.centres.shape == (3, 3)


def test_kmeans_the_tutorial(net):
    r = ascn.kmeans(net, k=4, seed=1, scaling="z_score")
    group = r.labels[r.ids.index("makassar")]
    mates = [i for i, l in zip(r.ids, r.labels) if l == group and i != "makassar"]
    assert mates == ["banyuwangi", "nay-pyi-taw", "phuket", "rayong", "sumedang"]
    x, ids, columns = ascn.city_features(net, scaling="z_score")
    assert x.shape == (38, 10) and len(ids) == 38 and columns[0] == "civic"
    assert round(ascn.silhouette(x, r.labels), 3) == 0.192


def test_quality_indices(points):
    metrics = pytest.importorskip("sklearn.metrics")
    labels = ascn.kmeans(points, k=3, seed=2).labels
    assert ascn.silhouette(points, labels) == pytest.approx(
        metrics.silhouette_score(points, labels), abs=TOL)
    assert ascn.silhouette(points, labels, samples=True) == pytest.approx(
        metrics.silhouette_samples(points, labels), abs=TOL)
    assert ascn.davies_bouldin(points, labels) == pytest.approx(
        metrics.davies_bouldin_score(points, labels), abs=TOL)
    assert ascn.calinski_harabasz(points, labels) == pytest.approx(
        metrics.calinski_harabasz_score(points, labels), rel=TOL)


@pytest.mark.parametrize("method", ["single", "complete", "average", "ward"])
def test_hierarchical(points, method):
    hierarchy = pytest.importorskip("scipy.cluster.hierarchy")
    ours = ascn.hierarchical(points, method)
    theirs = hierarchy.linkage(points, method)
    assert ours.shape == theirs.shape
    assert ours[:, 2] == pytest.approx(theirs[:, 2], abs=TOL)
    assert ours[:, 3].tolist() == theirs[:, 3].tolist()


def test_dbscan(points):
    cluster = pytest.importorskip("sklearn.cluster")
    ours = ascn.dbscan(points, eps=1.0, min_samples=5)
    theirs = cluster.DBSCAN(eps=1.0, min_samples=5).fit(points)
    assert (ours.labels == -1).tolist() == (theirs.labels_ == -1).tolist()
    assert len(set(zip(ours.labels.tolist(), theirs.labels_.tolist()))) == ours.clusters + (
        1 if (ours.labels == -1).any() else 0)


def test_kmedoids_cost(points):
    r = ascn.kmedoids(points, 3)
    d = np.linalg.norm(points[:, None, :] - points[None, r.medoids, :], axis=2)
    assert r.inertia == pytest.approx(d.min(axis=1).sum(), rel=TOL)


@pytest.mark.parametrize("shape", [(6, 6), (4, 7), (7, 4)])
def test_linear_assignment(shape):
    optimize = pytest.importorskip("scipy.optimize")
    cost = np.random.default_rng(1).uniform(size=shape)
    rows, cols, total = ascn.linear_assignment(cost)
    r2, c2 = optimize.linear_sum_assignment(cost)
    assert total == pytest.approx(cost[r2, c2].sum(), abs=TOL)
    assert cost[rows, cols].sum() == pytest.approx(total, abs=TOL)
    rows, cols, total = ascn.linear_assignment(cost, maximize=True)
    r2, c2 = optimize.linear_sum_assignment(cost, maximize=True)
    assert total == pytest.approx(cost[r2, c2].sum(), abs=TOL)


def test_bad_points():
    with pytest.raises(ascn.InvalidValueError) as e:
        ascn.kmeans(np.array([[0.0, np.nan], [1.0, 1.0]]), k=1)
    assert e.value.code == "invalid-value"
    with pytest.raises(ascn.InvalidValueError):
        ascn.kmeans(np.zeros((3, 2)), k=4)
    with pytest.raises(ascn.InvalidValueError):
        ascn.kmeans(np.zeros(3), k=1)
